import { issue, type CchcIssue } from '../core/errors.js';
import { ratio, type Ratio } from '../core/ratio.js';
import * as s from '../core/schema.js';
import { throwIfAny } from '../core/fields.js';
import { UnitEventSchema, UnitReductionOptionsSchema } from './unit-reduction-schema.js';
import { buildTargetProgress, type TargetProgress } from './target-progress.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * Optional description of a unit event: what it was (label) and a group to break the total down by (sector, agency).
 *
 * @example
 * ```ts
 * import type { UnitEventInfo } from 'cchc';
 * const info: UnitEventInfo = { label: 'Giải thể Phòng Công chứng số 3', group: 'Sở Tư pháp' };
 * ```
 *
 * @category Quotas
 */
export interface UnitEventInfo {
  /** What happened, as the report says it ("Sáp nhập 06 Trung tâm Y tế dự phòng thành Trung tâm Kiểm soát bệnh tật"). */
  readonly label?: string;
  /** A group for the breakdown: `'health'`, `'education'`, `'Sở Tư pháp'` … (grouped in Unicode NFC). */
  readonly group?: string;
  /**
   * The units the event removed, as `unitReduction` returned it ({@link UnitEventEffect}): present when an event of a
   * result is passed back in, and then checked against the event (`INVALID_UNIT_EVENT` when it disagrees).
   */
  readonly reduction?: number;
}

/**
 * One change to the number of public service units (biến động đơn vị sự nghiệp công lập):
 * - `merge` (sáp nhập, hợp nhất): `from` units become `into` units, a reduction of `from − into`. Merging 41 units
 *   into 15 reduces 26. Use `into: 0` when the units are absorbed by units that already exist and keep counting
 *   (merging 1 centre into another existing centre reduces 1);
 * - `dissolve` (giải thể): `count` units end;
 * - `equitize` (cổ phần hóa): `count` units become joint-stock companies and leave the public sector;
 * - `convert` (chuyển đổi): `count` units become non-public bodies otherwise (a notary office, …);
 * - `create` (thành lập mới): `count` new units, which offset reductions.
 *
 * Counting rule: a merger of k bodies into 1 counts as k − 1 (domain brief §2, "Net counting per merger").
 *
 * @example
 * ```ts
 * import type { UnitEvent } from 'cchc';
 * const merger: UnitEvent = { kind: 'merge', from: 41, into: 15, group: 'health' };
 * ```
 *
 * @category Quotas
 */
export type UnitEvent =
  | ({ readonly kind: 'merge'; readonly from: number; readonly into: number } & UnitEventInfo)
  | ({ readonly kind: 'dissolve'; readonly count: number } & UnitEventInfo)
  | ({ readonly kind: 'equitize'; readonly count: number } & UnitEventInfo)
  | ({ readonly kind: 'convert'; readonly count: number } & UnitEventInfo)
  | ({ readonly kind: 'create'; readonly count: number } & UnitEventInfo);

/**
 * The kinds of {@link UnitEvent}, in a stable order.
 *
 * @example
 * ```ts
 * import { UNIT_EVENT_KINDS } from 'cchc';
 * UNIT_EVENT_KINDS.length; // 5
 * ```
 *
 * @category Quotas
 */
export const UNIT_EVENT_KINDS = Object.freeze(['merge', 'dissolve', 'equitize', 'convert', 'create'] as const);

/**
 * Options of {@link unitReduction}.
 *
 * @example
 * ```ts
 * import type { UnitReductionOptions } from 'cchc';
 * const options: UnitReductionOptions = { target: 100 };
 * ```
 *
 * @category Quotas
 */
export interface UnitReductionOptions {
  /** The target reduction (e.g. Kiên Giang's 100 units by 2021); adds `progress`. */
  readonly target?: number;
  /** The base count of units (e.g. those of 2015); adds `ofBase`. */
  readonly base?: number;
}

/**
 * One event with the change it makes.
 *
 * @example
 * ```ts
 * import { unitReduction } from 'cchc';
 * unitReduction([{ kind: 'create', count: 2 }]).events[0]?.reduction; // -2
 * ```
 *
 * @category Quotas
 */
export type UnitEventEffect = UnitEvent & {
  /** Units removed by the event (negative for `create`). */
  readonly reduction: number;
};

/**
 * Result of {@link unitReduction}.
 *
 * @example
 * ```ts
 * import { unitReduction } from 'cchc';
 * unitReduction([{ kind: 'dissolve', count: 2 }, { kind: 'create', count: 1 }]).creations; // 1
 * ```
 *
 * @category Quotas
 */
export interface UnitReduction {
  /** Units removed by merges, dissolutions, equitisations and conversions (gross). */
  readonly reductions: number;
  /** Units created. */
  readonly creations: number;
  /** reductions − creations (negative when more units were created than removed). */
  readonly net: number;
  /** Net change by kind (`create` as a negative number). */
  readonly byKind: Readonly<Record<UnitEvent['kind'], number>>;
  /** Net reduction by `group` (normalised to Unicode NFC), for the events that have one, in first-seen order. */
  readonly byGroup: Readonly<Record<string, number>>;
  /** Each event with its reduction, in input order. */
  readonly events: readonly UnitEventEffect[];
  /** Progress of `net` (0 when negative) against `options.target`. */
  readonly progress?: TargetProgress;
  /** net (0 when negative) / `options.base`, a share. */
  readonly ofBase?: Ratio;
}

/**
 * Net reduction of public service units from a list of events (giảm đơn vị sự nghiệp công lập), with a breakdown by
 * kind and group and, given a target, the progress against it ("giảm 52 đơn vị, đạt 52% so với lộ trình").
 *
 * @throws {@link CchcError} `INVALID_UNIT_EVENT` (a merge into as many units as were merged, or more; an event passed
 *   back with a `reduction` it does not make), `INVALID_COUNT`, `INVALID_INPUT` (an unknown kind, options that are not
 *   an object), `UNKNOWN_KEY` (a typo, with a `suggestion`) — every problem listed with its event index.
 * @example
 * ```ts
 * import { unitReduction, formatPercent } from 'cchc';
 * // Kiên Giang 2019: 11 hospitals + 15 health centres + 15 population centres → 15 district health centres
 * unitReduction([{ kind: 'merge', from: 41, into: 15 }]).net; // 26
 * const r = unitReduction(
 *   [{ kind: 'merge', from: 41, into: 15 }, { kind: 'dissolve', count: 2 }, { kind: 'create', count: 1 }],
 *   { target: 100 },
 * );
 * r.net; // 27
 * formatPercent(r.progress!.ofTarget!, { decimals: 0 }); // '27%'
 * ```
 *
 * @category Quotas
 */
export function unitReduction(events: readonly UnitEvent[], options: UnitReductionOptions = {}): UnitReduction {
  // Every problem at once: the schema's (per event and options) and the events that contradict themselves.
  const problems: CchcIssue[] = [];
  const eventsSchema = s.array(UnitEventSchema);
  problems.push(...eventsSchema.issuesOf(events, { path: ['events'] }));
  problems.push(...UnitReductionOptionsSchema.issuesOf(options, { path: ['options'] }));
  if (Array.isArray(events)) {
    for (let i = 0; i < events.length; i++) {
      const e: unknown = events[i];
      if (typeof e !== 'object' || e === null) continue;
      const { kind, from, into, count, reduction } = e as Partial<Record<'kind' | 'from' | 'into' | 'count' | 'reduction', unknown>>;
      if (
        kind === 'merge' &&
        Number.isSafeInteger(from) &&
        Number.isSafeInteger(into) &&
        (into as number) >= 0 &&
        (into as number) >= (from as number)
      ) {
        const p = { from: String(from), into: String(into) };
        problems.push(issue('INVALID_UNIT_EVENT', ['events', i, 'into'], vi.INVALID_UNIT_EVENT(p), en.INVALID_UNIT_EVENT(p), into));
        continue;
      }
      // An event passed back from a result: its reduction must be the one the event makes.
      // Numbers only: a count given as an object (with no prototype, no valueOf) is the schema's problem, not a TypeError.
      const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
      const expected = kind === 'merge' ? num(from) - num(into) : kind === 'create' ? -num(count) : num(count);
      if (Number.isSafeInteger(reduction) && Number.isSafeInteger(expected) && reduction !== expected) {
        const p = { reduction: String(reduction), expected: String(expected) };
        const viText = vi.INVALID_UNIT_EVENT__reduction(p);
        problems.push(issue('INVALID_UNIT_EVENT', ['events', i, 'reduction'], viText, en.INVALID_UNIT_EVENT__reduction(p), reduction));
      }
    }
  }
  throwIfAny(sortByPath(problems));
  const list = events;
  const opts = options;
  const byKind: Record<UnitEvent['kind'], number> = { merge: 0, dissolve: 0, equitize: 0, convert: 0, create: 0 };
  const byGroup = new Map<string, number>();
  let reductions = 0;
  let creations = 0;
  const effects: UnitEventEffect[] = list.map((e) => {
    const reduction = e.kind === 'merge' ? e.from - e.into : e.kind === 'create' ? -e.count : e.count;
    if (reduction >= 0) reductions += reduction;
    else creations += -reduction;
    byKind[e.kind] += reduction;
    if (e.group !== undefined) {
      // One group for composed and decomposed spellings of the same name ("Sở Tư pháp").
      const key = e.group.normalize('NFC');
      byGroup.set(key, (byGroup.get(key) ?? 0) + reduction);
    }
    return Object.freeze({ ...e, reduction }) as UnitEventEffect;
  });
  const net = reductions - creations;
  const out: UnitReduction = {
    reductions,
    creations,
    net,
    byKind: Object.freeze(byKind),
    byGroup: Object.freeze(Object.fromEntries(byGroup)),
    events: Object.freeze(effects),
    ...(opts.target !== undefined ? { progress: buildTargetProgress(Math.max(0, net), opts.target) } : {}),
    ...(opts.base !== undefined ? { ofBase: ratio(Math.max(0, net), opts.base) } : {}),
  };
  return Object.freeze(out);
}

/** Problems in the order of the events they are about (stable), then those about the options. */
function sortByPath(problems: CchcIssue[]): CchcIssue[] {
  const key = (p: CchcIssue) => (p.path[0] === 'events' ? (typeof p.path[1] === 'number' ? p.path[1] : -1) : Number.MAX_SAFE_INTEGER);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => key(a.p) - key(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
