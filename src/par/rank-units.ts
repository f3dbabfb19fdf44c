import type { Decimal } from 'decimal.js';
import { CchcError, MAX_ISSUES, issue, show } from '../core/errors.js';
import { checkDecimals, roundDecimal, type RoundingMode } from '../core/rounding.js';
import * as coreVi from '../core/messages/vi/core.js';
import * as coreEn from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import { groupingKey, isObject, readChoice, readDecimal, readParOptions, typeIssue, type Problems } from './_internal/read.js';
import type { ParNumberInput } from './rule.js';

/**
 * An item to rank: a unit's id and its value (index or points). Other fields are kept in the result.
 *
 * @example
 * ```ts
 * import type { RankItem } from 'cchc';
 * const item: RankItem = { id: 'Hải Phòng', value: 91.8 };
 * ```
 *
 * @category PAR INDEX
 */
export interface RankItem {
  /** Unique id of the unit (mã / tên đơn vị). */
  readonly id: string | number;
  /** The value ranked on, e.g. the PAR INDEX (number, Decimal or Vietnamese text "84,58" or "84,58%"). */
  readonly value: ParNumberInput;
}

/**
 * Options of {@link rankUnits}.
 *
 * @example
 * ```ts
 * import type { RankUnitsOptions } from 'cchc';
 * const options: RankUnitsOptions = { decimals: 2, rounding: 'half-up' };
 * ```
 *
 * @category PAR INDEX
 */
export interface RankUnitsOptions {
  /** `'desc'` (default): the highest value ranks 1st, as in every PAR INDEX ranking; `'asc'`: the lowest. */
  readonly order?: 'desc' | 'asc';
  /**
   * Compare values rounded to this many decimals (as a table prints them) instead of exactly. Default: exact.
   */
  readonly decimals?: number;
  /** Rounding mode with `decimals`. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

/**
 * A ranked item: the item as given, plus its `rank`.
 *
 * @example
 * ```ts
 * import { rankUnits, type RankedUnit } from 'cchc';
 * const [top]: RankedUnit<{ id: string; value: number }>[] = rankUnits([{ id: 'Đà Nẵng', value: 90.25 }, { id: 'Hải Phòng', value: 91.8 }]);
 * top?.id; // 'Hải Phòng'
 * ```
 *
 * @category PAR INDEX
 */
export type RankedUnit<T extends RankItem = RankItem> = T & { readonly rank: number };

/**
 * Rank units by value (xếp hạng), competition style: equal values share a rank and the next rank skips
 * (1, 2, 3, 3, 5), the way "đồng hạng" is printed.
 *
 * - Values are compared exactly as decimals (84.58 and 84.580 are equal; 0.1 + 0.2 as a JS number is not 0.3), or
 *   after rounding when `decimals` is given.
 * - The result is sorted by rank; units with equal values keep their input order (a stable sort). That order is a
 *   presentation choice only: the official tie-breaking rule is UNKNOWN (no source found), so tied units share the
 *   rank rather than being split by a guessed criterion.
 *
 * @throws {@link CchcError} `PAR_DUPLICATE_UNIT` for a repeated id; `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` for a bad
 *   value; every problem listed.
 *
 * @example
 * ```ts
 * import { rankUnits } from 'cchc';
 * rankUnits([
 *   { id: 'A', value: 84.58 },
 *   { id: 'B', value: 80.27 },
 *   { id: 'C', value: 82 },
 *   { id: 'D', value: 80.27 },
 *   { id: 'E', value: 79.04 },
 * ]).map((u) => `${u.id}:${u.rank}`); // ['A:1', 'C:2', 'B:3', 'D:3', 'E:5']
 * ```
 *
 * @category PAR INDEX
 */
export function rankUnits<T extends RankItem>(items: readonly T[], options?: RankUnitsOptions): RankedUnit<T>[] {
  const o = readParOptions<RankUnitsOptions>(options, ['order', 'decimals', 'rounding']);
  const order = readChoice(o.order, ['desc', 'asc'] as const, 'desc', ['options', 'order']);
  const decimals = o.decimals === undefined ? undefined : checkDecimals(o.decimals, ['options', 'decimals']);
  const rounding = readRounding(o.rounding);
  if (!Array.isArray(items)) throw new CchcError(typeIssue(['items'], 'items', items));
  const problems: Problems = [];
  const seen = new Map<string | number, number>();
  const keyed: { item: T; value: Decimal; i: number }[] = [];
  // An index loop: holes of a sparse array are visited (and refused as items).
  for (let i = 0; i < items.length && problems.length < MAX_ISSUES; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) {
      problems.push(typeIssue(['items', i], 'unit', item));
      continue;
    }
    const id = Object.hasOwn(item, 'id') ? item.id : undefined;
    if ((typeof id !== 'string' || id === '') && !(typeof id === 'number' && Number.isFinite(id))) {
      problems.push(typeIssue(['items', i, 'id'], 'unitId', id));
    } else if (seen.has(groupingKey(id))) {
      problems.push(
        issue(
          'PAR_DUPLICATE_UNIT',
          ['items', i, 'id'],
          vi.PAR_DUPLICATE_UNIT({ unit: show(id), first: seen.get(groupingKey(id))! }),
          en.PAR_DUPLICATE_UNIT({ unit: show(id), first: seen.get(groupingKey(id))! }),
          id,
        ),
      );
    } else seen.set(groupingKey(id), i);
    const v = readDecimal(Object.hasOwn(item, 'value') ? item.value : undefined, ['items', i, 'value'], problems, { percentSign: true });
    if (v) keyed.push({ item: item as T, value: decimals === undefined ? v : roundDecimal(v, decimals, rounding), i });
  }
  if (problems.length > 0) throw new CchcError(problems);
  const sign = order === 'desc' ? -1 : 1;
  keyed.sort((a, b) => sign * a.value.cmp(b.value) || a.i - b.i);
  const out: RankedUnit<T>[] = [];
  keyed.forEach((k, pos) => {
    const prev = out[pos - 1];
    const rank = prev !== undefined && keyed[pos - 1]!.value.eq(k.value) ? prev.rank : pos + 1;
    out.push(Object.freeze({ ...k.item, rank }) as RankedUnit<T>);
  });
  return out;
}

const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];

/** The rounding option, compared by value: `'toString'` (a name on every object's prototype) is not a mode. */
function readRounding(value: unknown): RoundingMode {
  if (value === undefined) return 'half-up';
  if (typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value)) return value as RoundingMode;
  throw new CchcError(
    issue('INVALID_ROUNDING', ['options', 'rounding'], coreVi.INVALID_ROUNDING(show(value)), coreEn.INVALID_ROUNDING(show(value)), value),
  );
}
