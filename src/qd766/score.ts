import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcError, issue, show } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { isPlainObject } from '../core/schema.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import { lostPoints, type PointsRecovery } from '../par/lost-points.js';
import { scoreAssessment, type AssessmentScore } from '../par/score-assessment.js';
import { QD766_NUMERATORS } from './counted.js';
import type { Qd766Indicator, Qd766Measurement } from './measure.js';

/**
 * Options of {@link score766}.
 *
 * @example
 * ```ts
 * import type { Score766Options } from 'cchc';
 * const o: Score766Options = { partial: true };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Score766Options {
  /**
   * Score what could be measured when some indicators could not: they are left out of the points and of the maximum
   * (`complete: false`, a total over less than 100). Default `false`: an indicator not measurable is an error
   * (`QD766_NOT_MEASURABLE`, one issue per indicator), never a zero.
   */
  readonly partial?: boolean;
}

/**
 * One group of a {@link Qd766Score}.
 *
 * @example
 * ```ts
 * import type { Qd766GroupScore } from 'cchc';
 * import { CchcDecimal } from 'cchc';
 * const g: Qd766GroupScore = { code: '6', name: { vi: 'Thanh toán trực tuyến', en: 'Online payment' }, points: new CchcDecimal('6.25'), max: new CchcDecimal(10), maxPoints: new CchcDecimal(10) };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766GroupScore {
  readonly code: string;
  readonly name: BilingualText;
  /** Points of the group (the sum of its rounded indicators). */
  readonly points: Decimal;
  /** The maximum over what was scored (less than `maxPoints` when an indicator was left out). */
  readonly max: Decimal;
  /** The group's maximum in the methodology. */
  readonly maxPoints: Decimal;
}

/**
 * The result of {@link score766}.
 *
 * @example
 * ```ts
 * import type { Qd766Score } from 'cchc';
 * const total = (s: Qd766Score) => s.total.toFixed(2);
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766Score {
  /** The score of every node (`scoreAssessment`'s result). */
  readonly score: AssessmentScore;
  /** The total points (the index, out of 100 when complete). */
  readonly total: Decimal;
  /** The maximum scored over (100 when complete). */
  readonly max: Decimal;
  /** Whether every indicator was measured (or provided, awarded, not applicable). */
  readonly complete: boolean;
  /** The groups, in order. */
  readonly groups: readonly Qd766GroupScore[];
  /** The indicators left out because they could not be measured (with `partial`). */
  readonly notMeasurable: readonly Qd766Indicator[];
  /** The measurement scored. */
  readonly measurement: Qd766Measurement;
}

/**
 * Score a {@link Qd766Measurement} (chấm điểm Bộ chỉ số 766): the methodology it was measured for, at its unit level
 * (inherited and awarded indicators as the level says), each indicator rounded as the methodology says (2 decimals on
 * the portal), groups as sums of their indicators.
 *
 * @throws {@link CchcError} `QD766_NOT_MEASURABLE` with one issue per indicator that could not be measured ("Not
 *   measurable: 4.1 (…) needs …", path `[code]`) unless `partial`; the scoring errors of `scoreAssessment` for a bad
 *   provided input (`RATE_OUT_OF_RANGE`, `PAR_POINTS_ABOVE_MAX` …).
 *
 * @example
 * ```ts
 * import { measure766, score766 } from 'cchc';
 * const m = measure766({ pakn: [] }, { period: { start: '2025-11-01', end: '2025-11-30' }, level: 'province' });
 * score766(m); // throws CchcError QD766_NOT_MEASURABLE
 * const s = score766(m, { partial: true });
 * s.complete; // false
 * s.total.toString(); // '14' (4.3 awarded: 2; no PAKN: 6 + 6)
 * s.max.toString(); // '14'
 * ```
 *
 * @category QĐ 766 service index
 */
export function score766(measurement: Qd766Measurement, options?: Score766Options): Qd766Score {
  const o = readOptions<Score766Options>(options, ['partial']);
  const m = checkMeasurement(measurement);
  if (o.partial !== undefined && typeof o.partial !== 'boolean') {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'partial'],
        vi.INVALID_INPUT__qd766Partial({ received: show(o.partial) }),
        en.INVALID_INPUT__qd766Partial({ received: show(o.partial) }),
        o.partial,
      ),
    );
  }
  if (m.notMeasurable.length > 0 && o.partial !== true) {
    throw new CchcError(
      m.notMeasurable.map((i) => issue('QD766_NOT_MEASURABLE', [i.code], i.message?.vi ?? i.code, i.message?.en ?? i.code)),
    );
  }
  const levels = m.methodology.unitLevels;
  const score = scoreAssessment(m.methodology, m.inputs, {
    ...(levels?.includes(m.level) ? { unitLevel: m.level } : {}),
    ...(m.notMeasurable.length > 0 ? { exclude: m.notMeasurable.map((i) => i.code) } : {}),
  });
  const groups = m.methodology.nodes.map((n) => {
    const s = score.nodes[n.code]!;
    return Object.freeze({
      code: n.code,
      name: Object.freeze({ vi: n.name, en: n.nameEn ?? n.name }),
      points: s.achieved,
      max: s.max,
      maxPoints: n.maxPoints,
    });
  });
  return Object.freeze({
    score,
    total: score.total.achieved,
    max: score.total.max,
    complete: m.notMeasurable.length === 0,
    groups: Object.freeze(groups),
    notMeasurable: m.notMeasurable,
    measurement: m,
  });
}

function checkMeasurement(m: unknown): Qd766Measurement {
  if (
    !isPlainObject(m) ||
    !isPlainObject(m.inputs) ||
    !isPlainObject(m.indicators) ||
    !Array.isArray(m.notMeasurable) ||
    typeof m.level !== 'string' ||
    !isPlainObject(m.methodology)
  ) {
    const p = { received: show(m) };
    throw new CchcError(
      issue('INVALID_INPUT', ['measurement'], vi.INVALID_INPUT__qd766Measurement(p), en.INVALID_INPUT__qd766Measurement(p), m),
    );
  }
  return m as unknown as Qd766Measurement;
}

/**
 * One line of {@link lostPoints766}: an indicator's lost points, and what would win them back.
 *
 * @example
 * ```ts
 * import type { Qd766LostPoints } from 'cchc';
 * const line = (l: Qd766LostPoints) => l.text.en; // '191 more dossiers paid online → +0.67'
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766LostPoints {
  readonly code: string;
  readonly name: BilingualText;
  readonly lost: Decimal;
  readonly achieved: Decimal;
  readonly max: Decimal;
  /** For an indicator measured from counts: how many more in its numerator win the points back. */
  readonly recover?: PointsRecovery;
  /** What the numerator counts ("dossiers paid online"). */
  readonly counted?: BilingualText;
  /** "12 more dossiers paid online → +0,8" (vi: "thêm 12 hồ sơ thanh toán trực tuyến → +0,8"); the loss alone otherwise. */
  readonly text: BilingualText;
}

/** Points as an explanation prints them: up to 2 decimals, trailing zeros dropped, in the locale's notation. */
function pointsText(d: Decimal, locale: 'vi' | 'en'): string {
  const s = d.toDecimalPlaces(2).toFixed();
  return locale === 'vi' ? s.replace('.', ',') : s;
}

function countText(n: number, locale: 'vi' | 'en'): string {
  const s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
  return s;
}

/**
 * Where a QĐ 766 score loses points, largest loss first, with the count that wins each back (điểm bị mất và cách lấy
 * lại): for an indicator measured from counts, `count` more in its numerator — the denominator unchanged: dossiers
 * already received, now handled on time or paid online — win all its lost points back after the portal's rounding
 * ("12 more dossiers paid online → +0,8"). Indicators inherited from the province, provided or awarded are listed
 * with their loss only.
 *
 * @example
 * ```ts
 * import { lostPoints766, measure766, score766 } from 'cchc';
 * const dossiers = Array.from({ length: 10 }, (_, i) => ({
 *   id: i, receivedAt: '2025-11-03', dueDate: '2025-11-07', resolvedAt: '2025-11-06',
 *   qd766: { feeRequired: true, paidOnline: i < 8, satisfaction: 'not-rated' as const },
 * }));
 * const m = measure766({ dossiers, pakn: [] }, { period: { start: '2025-11-01', end: '2025-11-30' }, level: 'province' });
 * const [first] = lostPoints766(score766(m, { partial: true }));
 * first?.text.en; // '2 more dossiers paid online → +1.2'
 * first?.text.vi; // 'thêm 2 hồ sơ thanh toán trực tuyến → +1,2'
 * ```
 *
 * @category QĐ 766 service index
 */
export function lostPoints766(result: Qd766Score): Qd766LostPoints[] {
  if (!isPlainObject(result) || !isPlainObject(result.measurement) || !isPlainObject(result.score)) {
    const p = { received: show(result) };
    throw new CchcError(
      issue('INVALID_INPUT', ['result'], vi.INVALID_INPUT__qd766Measurement(p), en.INVALID_INPUT__qd766Measurement(p), result),
    );
  }
  const m = result.measurement;
  const items = lostPoints(result.score, { recovery: { methodology: m.methodology, inputs: m.inputs } });
  return items.map((l) => {
    const node = m.indicators[l.code];
    const name = node?.name ?? Object.freeze({ vi: l.name, en: l.name });
    const counted = QD766_NUMERATORS[l.code];
    const r = l.recover;
    const text =
      r && counted
        ? {
            vi: `thêm ${countText(r.count, 'vi')} ${counted.vi} → +${pointsText(r.points, 'vi')}`,
            en: `${countText(r.count, 'en')} more ${counted.en} → +${pointsText(r.points, 'en')}`,
          }
        : { vi: `${l.code}: −${pointsText(l.lost, 'vi')}`, en: `${l.code}: −${pointsText(l.lost, 'en')}` };
    return Object.freeze({
      code: l.code,
      name,
      lost: l.lost,
      achieved: l.achieved,
      max: l.max,
      ...(r ? { recover: r } : {}),
      ...(counted ? { counted } : {}),
      text: Object.freeze(text),
    });
  });
}
