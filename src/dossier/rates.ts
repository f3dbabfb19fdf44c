import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import { checkTally, type DossierTally } from './tally.js';

/**
 * What an on-time (or late) rate is divided by (mẫu số của tỷ lệ đúng hạn). Provinces divide by different things;
 * the domain brief (§1.3) found four variants in use:
 *
 * - `resolved` (A): (early + on time) / resolved. Lâm Đồng Q1/2020 (635.593 / 643.272 = 98,81%); the seed report
 *   (Báo cáo 389/BC-UBND Kiên Giang 2019: 618.369 / 621.448 = 99,50%); Thừa Thiên Huế's dashboard.
 * - `resolved-plus-pending` (B, QĐ 766/QĐ-TTg): (early + on time + pending within due) / (resolved + pending), the
 *   "tiến độ giải quyết" indicator of the national index (ChippedTopaz/qd766 `docs/metrics.m0.json` stt 5).
 * - `due-in-period` (C): (early + on time) / dossiers whose outcome fell due in the period, i.e. resolved in the
 *   period plus pending past their due date (Vĩnh Phúc 9/2021: 4.157 / 4.169 = 99,71%, where "quá hạn" = resolved
 *   late + overdue unresolved).
 * - `workload` (D, Gia Lai one-stop): 1 − (late + overdue pending) / received including carried over.
 *
 * @example
 * ```ts
 * import { onTimeRate, emptyTally, type OnTimeDenominator } from 'cchc';
 * const d: OnTimeDenominator = 'resolved-plus-pending';
 * onTimeRate(emptyTally(), { denominator: d }); // null
 * ```
 *
 * @category Dossiers
 */
export type OnTimeDenominator = 'resolved' | 'resolved-plus-pending' | 'due-in-period' | 'workload';

/** The denominators, in the order above.
 *
 * @example
 * ```ts
 * import { ON_TIME_DENOMINATORS } from 'cchc';
 * ON_TIME_DENOMINATORS.length; // 4
 * ```
 *
 * @category Dossiers
 */
export const ON_TIME_DENOMINATORS: readonly OnTimeDenominator[] = Object.freeze([
  'resolved',
  'resolved-plus-pending',
  'due-in-period',
  'workload',
] as const);

/** Options of {@link onTimeRate} and {@link lateRate}.
 *
 * @example
 * ```ts
 * import type { RateOptions } from 'cchc';
 * const o: RateOptions = { denominator: 'workload' };
 * o.denominator; // 'workload'
 * ```
 *
 * @category Dossiers
 */
export interface RateOptions {
  /** See {@link OnTimeDenominator}. Default `'resolved'` (variant A, what the seed report and most reports print). */
  readonly denominator?: OnTimeDenominator;
}

function unknownDenominator(received: unknown, choices: readonly string[]): never {
  const suggestion = typeof received === 'string' ? (suggestKey(received, choices) ?? '') : '';
  const p = { choices: choices.join(', '), received: show(received), suggestion };
  const it = issue(
    'INVALID_INPUT',
    ['options', 'denominator'],
    vi.INVALID_INPUT__dossierDenominator(p),
    en.INVALID_INPUT__dossierDenominator(p),
    received,
  );
  throw new CchcError(suggestion ? { ...it, suggestion } : it);
}

function parts(tally: DossierTally, options: unknown): { good: number; bad: number; den: number } {
  const o = readOptions<RateOptions>(options, ['denominator']);
  const t = checkTally(tally, ['tally']);
  const early = t.resolved.early;
  const onTime = t.resolved.onTime;
  const denominator: unknown = o.denominator;
  switch (denominator ?? 'resolved') {
    case 'resolved':
      return { good: early + onTime, bad: t.resolved.late, den: t.resolved.total };
    case 'resolved-plus-pending':
      return {
        good: early + onTime + t.pending.withinDue,
        bad: t.resolved.late + t.pending.overdue,
        den: t.resolved.total + t.pending.total,
      };
    case 'due-in-period':
      return { good: early + onTime, bad: t.resolved.late + t.pending.overdue, den: t.resolved.total + t.pending.overdue };
    case 'workload': {
      const bad = t.resolved.late + t.pending.overdue;
      if (bad > t.received.total) {
        const p = { bad, received: t.received.total };
        throw new CchcError(
          issue(
            'INVALID_TALLY',
            ['tally', 'received', 'total'],
            vi.INVALID_TALLY__workload(p),
            en.INVALID_TALLY__workload(p),
            t.received.total,
          ),
        );
      }
      return { good: t.received.total - bad, bad, den: t.received.total };
    }
    default:
      return unknownDenominator(denominator, ON_TIME_DENOMINATORS);
  }
}

/**
 * The on-time rate of a tally (tỷ lệ hồ sơ giải quyết đúng hạn, early included: every source counts "trước hạn" as
 * on time), over the named denominator ({@link OnTimeDenominator}).
 *
 * Returns `Ratio | null`: an exact {@link Ratio} (a fraction, its two counts kept: `numerator` / `denominator`), or
 * `null` when the denominator is 0 (a rate over nothing is neither 0% nor 100%). Format it with
 * {@link formatPercent}.
 *
 * @throws {@link CchcError} `INVALID_TALLY` (a tally with a NaN or negative count, totals that are not sums);
 *   `UNKNOWN_KEY` for an unknown option (`denominater` → did you mean `denominator`?); `INVALID_INPUT` for an
 *   unknown denominator (with a suggestion).
 * @example
 * ```ts
 * import { onTimeRate, formatPercent, tallyDossiers } from 'cchc';
 * const t = tallyDossiers(
 *   [
 *     { id: 1, receivedAt: '2019-09-02', dueDate: '2019-09-09', resolvedAt: '2019-09-06' },
 *     { id: 2, receivedAt: '2019-09-03', dueDate: '2019-09-10', resolvedAt: '2019-09-12' },
 *     { id: 3, receivedAt: '2019-09-20', dueDate: '2019-10-04' },
 *     { id: 4, receivedAt: '2019-09-04', dueDate: '2019-09-11' },
 *   ],
 *   { start: '2019-09-01', end: '2019-09-30' },
 * );
 * formatPercent(onTimeRate(t)!); // '50,00%'
 * formatPercent(onTimeRate(t, { denominator: 'resolved-plus-pending' })!); // '50,00%'
 * formatPercent(onTimeRate(t, { denominator: 'due-in-period' })!); // '33,33%'
 * onTimeRate(t, { denominator: 'workload' })?.numerator; // 2
 * onTimeRate(tallyDossiers([], { start: '2019-09-01', end: '2019-09-30' })); // null
 * onTimeRate(t, { denominater: 'workload' } as never); // throws CchcError UNKNOWN_KEY
 * ```
 *
 * @category Dossiers
 */
export function onTimeRate(tally: DossierTally, options?: RateOptions): Ratio | null {
  const p = parts(tally, options);
  return p.den === 0 ? null : ratio(p.good, p.den);
}

/**
 * The late rate of a tally (tỷ lệ trễ hạn / quá hạn) over the same denominators as {@link onTimeRate}, of which it is
 * the complement: late resolved over resolved (`resolved`), late + overdue pending otherwise. Returns `Ratio | null`:
 * an exact {@link Ratio} (a fraction), or `null` on an empty denominator.
 *
 * @throws {@link CchcError} as {@link onTimeRate}.
 *
 * @example
 * ```ts
 * import { lateRate, formatPercent } from 'cchc';
 * // Seed report, province level: 459 late of 62.337 resolved
 * const t = { received: { total: 72428, carriedOver: 0, newOnline: 0, newInPerson: 72428, newPostal: 0 },
 *   resolved: { total: 62337, early: 0, onTime: 61878, late: 459 }, pending: { total: 9235, withinDue: 9235, overdue: 0 },
 *   withdrawnOrReturned: 0, awaitingSupplement: 856 };
 * formatPercent(lateRate(t)!); // '0,74%'
 * ```
 *
 * @category Dossiers
 */
export function lateRate(tally: DossierTally, options?: RateOptions): Ratio | null {
  const p = parts(tally, options);
  return p.den === 0 ? null : ratio(p.bad, p.den);
}

/** Options of {@link overduePendingRate}.
 *
 * @example
 * ```ts
 * import type { OverduePendingRateOptions } from 'cchc';
 * const o: OverduePendingRateOptions = { denominator: 'received' };
 * o.denominator; // 'received'
 * ```
 *
 * @category Dossiers
 */
export interface OverduePendingRateOptions {
  /** `'pending'` (default): overdue / pending; `'received'`: overdue / received including carried over. */
  readonly denominator?: 'pending' | 'received';
}

/**
 * The share of pending dossiers that are past their due date (tỷ lệ hồ sơ đang giải quyết quá hạn). Returns
 * `Ratio | null`: an exact {@link Ratio} (a fraction), or `null` on an empty denominator.
 *
 * @throws {@link CchcError} `INVALID_TALLY`; `UNKNOWN_KEY` for an unknown option; `INVALID_INPUT` for an unknown
 *   denominator.
 *
 * @example
 * ```ts
 * import { overduePendingRate, formatPercent, tallyDossiers } from 'cchc';
 * const t = tallyDossiers(
 *   [{ id: 1, receivedAt: '2019-09-02', dueDate: '2019-09-09' }, { id: 2, receivedAt: '2019-09-20', dueDate: '2019-10-04' }],
 *   { start: '2019-09-01', end: '2019-09-30' },
 * );
 * formatPercent(overduePendingRate(t)!); // '50,00%'
 * ```
 *
 * @category Dossiers
 */
export function overduePendingRate(tally: DossierTally, options?: OverduePendingRateOptions): Ratio | null {
  const o = readOptions<OverduePendingRateOptions>(options, ['denominator']);
  const t = checkTally(tally, ['tally']);
  const d: unknown = o.denominator ?? 'pending';
  if (d !== 'pending' && d !== 'received') unknownDenominator(d, ['pending', 'received']);
  const den = d === 'pending' ? t.pending.total : t.received.total;
  return den === 0 ? null : ratio(t.pending.overdue, den);
}

/** Options of {@link qd766ProgressScore}.
 *
 * @example
 * ```ts
 * import type { Qd766ProgressScoreOptions } from 'cchc';
 * const o: Qd766ProgressScoreOptions = { maxPoints: 20 };
 * o.maxPoints; // 20
 * ```
 *
 * @category Dossiers
 */
export interface Qd766ProgressScoreOptions {
  /** Points of the indicator. Default 20 (QĐ 766/QĐ-TTg, group "Tiến độ, kết quả giải quyết", 20 of 100 points). */
  readonly maxPoints?: DecimalInput;
}

/**
 * The QĐ 766 progress score (điểm chỉ số "tiến độ giải quyết", Quyết định 766/QĐ-TTg ngày 23/06/2022), in
 * **points** (0 to `maxPoints`, not a fraction): maxPoints × (resolved early or on time + pending within due) /
 * (resolved + pending), an exact Decimal (round it yourself for display).
 * Source: the group maxima of QĐ 766 (20 points for "Tiến độ, kết quả giải quyết"; sonoivu.namdinh.gov.vn) and the
 * portal's formula "20 × totalOnTime / totalReceived" (ChippedTopaz/qd766 `docs/metrics.m0.json` stt 5, fitted to 984
 * published scores). Compute the tally with `rules: 'qd766'`. Returns `Decimal | null`: points, or `null` on an empty
 * denominator. The fraction itself is `onTimeRate(t, { denominator: 'resolved-plus-pending' })`.
 *
 * @throws {@link CchcError} `INVALID_TALLY`; `UNKNOWN_KEY` for an unknown option; `INVALID_NUMBER` for a negative or
 *   non-finite `maxPoints`.
 *
 * @example
 * ```ts
 * import { qd766ProgressScore, tallyDossiers } from 'cchc';
 * const t = tallyDossiers(
 *   [
 *     { id: 1, receivedAt: '2023-03-01', dueDate: '2023-03-08', resolvedAt: '2023-03-07' },
 *     { id: 2, receivedAt: '2023-03-02', dueDate: '2023-03-09', resolvedAt: '2023-03-10' },
 *     { id: 3, receivedAt: '2023-03-20', dueDate: '2023-04-03' },
 *     { id: 4, receivedAt: '2023-03-21', dueDate: '2023-04-04' },
 *   ],
 *   { start: '2023-03-01', end: '2023-03-31', rules: 'qd766' },
 * );
 * qd766ProgressScore(t)?.toString(); // '15'
 * qd766ProgressScore(t, { maxPoints: 10 })?.toString(); // '7.5'
 * ```
 *
 * @category Dossiers
 */
export function qd766ProgressScore(tally: DossierTally, options?: Qd766ProgressScoreOptions): Decimal | null {
  const o = readOptions<Qd766ProgressScoreOptions>(options, ['maxPoints']);
  const max = toDecimal(o.maxPoints ?? 20, ['options', 'maxPoints']);
  if (max.isNegative()) {
    const p = { received: max.toString() };
    throw new CchcError(
      issue(
        'INVALID_NUMBER',
        ['options', 'maxPoints'],
        vi.INVALID_NUMBER__dossierMaxPoints(p),
        en.INVALID_NUMBER__dossierMaxPoints(p),
        max.toString(),
      ),
    );
  }
  const r = onTimeRate(tally, { denominator: 'resolved-plus-pending' });
  return r === null ? null : new CchcDecimal(max).times(r.value);
}

/**
 * Average processing time in working days (thời gian giải quyết trung bình, ngày làm việc): working days from receipt
 * to resolution, summed over the resolved dossiers whose time was measured, divided by their number. Needs a tally
 * made with `processingTime: true` (on the tally's calendar, `tally.calendar`); exact, round it yourself. Under
 * `supplementTime: 'subtract'` the
 * working days spent waiting on the applicant are left out (QĐ 766 formula description 2.2: handling time = end −
 * start − supplement time). `null` when nothing was measured.
 *
 * Which dossiers: those resolved in the tally's period, carried-over ones included (the report's "đã giải quyết").
 * The QĐ 766 description averages over completed dossiers whose processing *started* in the period; for that
 * figure, tally only the dossiers received in the period (filter the records, or `groupBy` a function of
 * `receivedAt`).
 *
 * @example
 * ```ts
 * import { averageProcessingTime } from 'cchc';
 * const t = { received: { total: 2, carriedOver: 0, newOnline: 2, newInPerson: 0, newPostal: 0 },
 *   resolved: { total: 2, early: 1, onTime: 1, late: 0 }, pending: { total: 0, withinDue: 0, overdue: 0 },
 *   withdrawnOrReturned: 0, awaitingSupplement: 0, processing: { count: 2, workingDays: 7 } };
 * averageProcessingTime(t)?.toString(); // '3.5'
 * ```
 *
 * @category Dossiers
 */
export function averageProcessingTime(tally: DossierTally): Decimal | null {
  const t = checkTally(tally, ['tally']);
  if (t.processing === undefined || t.processing.count === 0) return null;
  return new CchcDecimal(t.processing.workingDays).div(t.processing.count);
}
