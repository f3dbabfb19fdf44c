import type { Decimal } from 'decimal.js';
import { CchcDecimal } from '../core/decimal.js';
import { CchcError, issue } from '../core/errors.js';
import { daysBetween, type IsoDate } from '../core/iso-date.js';
import { ratio, type Ratio } from '../core/ratio.js';
import type { PeriodKind } from '../core/period.js';
import { StreamliningPaceInputSchema } from './streamlining-schema.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * Input of {@link streamliningPace}: the two counts, the range `{ start, end }` of the path (a `Period` from
 * `parsePeriod` can be spread in: its description keys are accepted) and the date of the figure.
 *
 * @example
 * ```ts
 * import type { StreamliningPaceInput } from 'cchc';
 * const input: StreamliningPaceInput = { target: 100, achieved: 52, start: '2015-12-31', end: '2021-12-31', asOf: '2019-12-09' };
 * ```
 *
 * @category Quotas
 */
export interface StreamliningPaceInput {
  /** The target count due at `end` (posts to cut, units to reduce). */
  readonly target: number;
  /** The count achieved at `asOf`. */
  readonly achieved: number;
  /** Where the path starts at 0, e.g. `'2015-12-31'` for a cut measured against the 2015 quota. */
  readonly start: IsoDate;
  /** The deadline, where the path reaches the target, e.g. `'2021-12-31'`. */
  readonly end: IsoDate;
  /** The date `achieved` was measured. */
  readonly asOf: IsoDate;
  /** Description keys of a `Period` spread into the input (ignored). */
  readonly kind?: PeriodKind;
  /** @see kind */
  readonly year?: number;
  /** @see kind */
  readonly month?: number;
  /** @see kind */
  readonly quarter?: number;
  /** @see kind */
  readonly half?: number;
  /** @see kind */
  readonly months?: number;
  /** @see kind */
  readonly label?: string;
}

/**
 * Result of {@link streamliningPace}.
 *
 * @example
 * ```ts
 * import { streamliningPace } from 'cchc';
 * streamliningPace({ target: 10, achieved: 5, start: '2020-01-01', end: '2020-01-11', asOf: '2020-01-06' }).onTrack; // true
 * ```
 *
 * @category Quotas
 */
export interface StreamliningPace {
  /** `not-started` (asOf ≤ start), `in-progress`, or `past-deadline` (asOf ≥ end). */
  readonly phase: 'not-started' | 'in-progress' | 'past-deadline';
  /** Share of the period elapsed at `asOf`, in calendar days, clamped to 0…1 (days elapsed / days in the period). */
  readonly elapsed: Ratio;
  /** What the linear path expects by `asOf`: target × elapsed (exact, not rounded). */
  readonly expected: Decimal;
  /** The count achieved. */
  readonly achieved: number;
  /** achieved − expected (negative when behind). */
  readonly gap: Decimal;
  /** Whether achieved ≥ expected. */
  readonly onTrack: boolean;
}

/**
 * Is a cut on pace at a date? (kiểm tra tiến độ theo lộ trình tuyến tính). The path goes in a straight line from 0 at
 * `start` to `target` at `end`, day by day; at `asOf` it expects `target × days elapsed / days in the period`. Works for
 * posts (tinh giản biên chế) and units (giảm đơn vị sự nghiệp) alike.
 *
 * A straight line is the neutral reading of a multi-year minimum; annual-rate rules (Chỉ thị 02/CT-TTg: 1,5–2% a
 * year, conflicting with a 2,5% claim — domain brief §1.1) are not encoded because the sources conflict.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `INVALID_COUNT`, `INVALID_DATE_RANGE` (end not after start), `INVALID_INPUT`
 *   (not an object), `UNKNOWN_KEY`.
 * @example
 * ```ts
 * import { streamliningPace } from 'cchc';
 * // Kiên Giang: 52 of 100 public service units cut between the 2015 base and 09/12/2019, due by 31/12/2021
 * const p = streamliningPace({ target: 100, achieved: 52, start: '2015-12-31', end: '2021-12-31', asOf: '2019-12-09' });
 * p.expected.toFixed(2); // '65.65'
 * p.onTrack; // false
 * ```
 *
 * @category Quotas
 */
export function streamliningPace(input: StreamliningPaceInput): StreamliningPace {
  const v = StreamliningPaceInputSchema.parse(input);
  const total = daysBetween(v.start, v.end);
  if (total <= 0) {
    const p = { start: v.start, end: v.end };
    const viText = vi.INVALID_DATE_RANGE__streamliningPace(p);
    throw new CchcError(issue('INVALID_DATE_RANGE', ['end'], viText, en.INVALID_DATE_RANGE__streamliningPace(p), v.end));
  }
  const raw = daysBetween(v.start, v.asOf);
  const days = Math.min(Math.max(raw, 0), total);
  const elapsed = ratio(days, total);
  const expected = new CchcDecimal(v.target).times(elapsed.value);
  const gap = new CchcDecimal(v.achieved).minus(expected);
  return Object.freeze({
    phase: raw <= 0 ? 'not-started' : raw >= total ? 'past-deadline' : 'in-progress',
    elapsed,
    expected,
    achieved: v.achieved,
    gap,
    onTrack: !gap.isNegative(),
  });
}
