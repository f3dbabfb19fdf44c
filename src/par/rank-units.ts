import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import { checkDecimals, checkRounding, roundDecimal, type RoundingMode } from '../core/rounding.js';
import { RoundingModeSchema } from '../core/_zod-legacy.js';
import { isObject, readDecimal, typeIssue, type Problems } from './_internal/read.js';
import { ParNumberInputSchema, type ParNumberInput } from './rule.js';

/**
 * An item to rank: a unit's id and its value (index or points). Other fields are kept in the result.
 *
 * @example
 * ```ts
 * import type { RankItem } from 'cchc';
 * const item: RankItem = { id: 'Hải Phòng', value: 91.8 };
 * ```
 */
export interface RankItem {
  /** Unique id of the unit (mã / tên đơn vị). */
  readonly id: string | number;
  /** The value ranked on, e.g. the PAR INDEX (number, Decimal or Vietnamese text "84,58" or "84,58%"). */
  readonly value: ParNumberInput;
}

/**
 * Schema of {@link RankItem}.
 *
 * @example
 * ```ts
 * import { RankItemSchema } from 'cchc';
 * RankItemSchema.safeParse({ id: 'Quảng Ninh', value: '91,14' }).success; // true
 * ```
 */
export const RankItemSchema = z.object({ id: z.union([z.string().min(1), z.number()]), value: ParNumberInputSchema });

/**
 * Options of {@link rankUnits}.
 *
 * @example
 * ```ts
 * import type { RankUnitsOptions } from 'cchc';
 * const options: RankUnitsOptions = { decimals: 2, rounding: 'half-up' };
 * ```
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
 * Schema of {@link RankUnitsOptions}.
 *
 * @example
 * ```ts
 * import { RankUnitsOptionsSchema } from 'cchc';
 * RankUnitsOptionsSchema.safeParse({ order: 'asc' }).success; // true
 * ```
 */
export const RankUnitsOptionsSchema = z.object({
  order: z.enum(['desc', 'asc']).optional(),
  decimals: z.number().int().min(0).max(20).optional(),
  rounding: RoundingModeSchema.optional(),
});

/**
 * A ranked item: the item as given, plus its `rank`.
 *
 * @example
 * ```ts
 * import { rankUnits, type RankedUnit } from 'cchc';
 * const [top]: RankedUnit<{ id: string; value: number }>[] = rankUnits([{ id: 'Đà Nẵng', value: 90.25 }, { id: 'Hải Phòng', value: 91.8 }]);
 * top?.id; // 'Hải Phòng'
 * ```
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
 */
export function rankUnits<T extends RankItem>(items: readonly T[], options: RankUnitsOptions = {}): RankedUnit<T>[] {
  if (!Array.isArray(items)) throw new CchcError(typeIssue(['items'], 'một mảng { id, value }', 'an array of { id, value }', items));
  if (!isObject(options)) throw new CchcError(typeIssue(['options'], 'một đối tượng tuỳ chọn', 'an options object', options));
  const order = options.order ?? 'desc';
  if (order !== 'desc' && order !== 'asc') throw new CchcError(typeIssue(['order'], "'desc' hoặc 'asc'", "'desc' or 'asc'", order));
  const decimals = options.decimals === undefined ? undefined : checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding ?? 'half-up');
  const problems: Problems = [];
  const seen = new Map<string | number, number>();
  const keyed: { item: T; value: Decimal; i: number }[] = [];
  items.forEach((item: unknown, i) => {
    if (!isObject(item)) {
      problems.push(typeIssue(['items', i], 'một đơn vị { id, value }', 'a unit { id, value }', item));
      return;
    }
    const id = item.id;
    if ((typeof id !== 'string' || id === '') && !(typeof id === 'number' && Number.isFinite(id))) {
      problems.push(typeIssue(['items', i, 'id'], 'một mã đơn vị (chuỗi không rỗng hoặc số)', 'a unit id (non-empty string or number)', id));
    } else if (seen.has(id)) {
      problems.push(issue('PAR_DUPLICATE_UNIT', ['items', i, 'id'], `Đơn vị ${show(id)} trùng với mục ${seen.get(id)}`, `Unit ${show(id)} repeats item ${seen.get(id)}`, id));
    } else seen.set(id, i);
    const v = readDecimal(item.value, ['items', i, 'value'], problems, { percentSign: true });
    if (v) keyed.push({ item: item as T, value: decimals === undefined ? v : roundDecimal(v, decimals, rounding), i });
  });
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
