import { z } from 'zod';
import { fail, show } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from './source-ref.js';

/**
 * The financial-autonomy regimes `cchc` knows (cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập).
 *
 * @example
 * ```ts
 * import type { AutonomyRegimeId } from 'cchc';
 * const regime: AutonomyRegimeId = 'nd60-2021';
 * ```
 */
export type AutonomyRegimeId = 'nd60-2021' | 'tt145-2017';

/**
 * Schema of {@link AutonomyRegimeId}.
 *
 * @example
 * ```ts
 * import { AutonomyRegimeIdSchema } from 'cchc';
 * AutonomyRegimeIdSchema.safeParse('tt145-2017').success; // true
 * ```
 */
export const AutonomyRegimeIdSchema = z.enum(['nd60-2021', 'tt145-2017']);

/**
 * One bound of a band, in percent points of the self-financing ratio.
 *
 * @example
 * ```ts
 * import type { AutonomyBound } from 'cchc';
 * const tenPercentInclusive: AutonomyBound = { percent: 10, inclusive: true };
 * ```
 */
export interface AutonomyBound {
  /** The threshold (10 for 10%). */
  readonly percent: number;
  /** Whether the threshold itself belongs to the band. */
  readonly inclusive: boolean;
}

/**
 * One autonomy group of a regime: the self-financing ratio between `min` and `max` (each `null` when open), plus,
 * for the top group, self-funded investment.
 *
 * @example
 * ```ts
 * import { AUTONOMY_REGIMES } from 'cchc';
 * AUTONOMY_REGIMES['nd60-2021'].bands[2]?.subBand; // '70-100'
 * ```
 */
export interface AutonomyBand {
  /** 1 = self-funds recurrent and investment spending … 4 = state-funded. */
  readonly group: 1 | 2 | 3 | 4;
  /** Stable code of the group, the same in every regime. */
  readonly code: 'recurrent-and-investment' | 'recurrent' | 'partial' | 'state-funded';
  /** Sub-band of group 3 under NĐ 60/2021: `'70-100'`, `'30-70'`, `'10-30'`. */
  readonly subBand?: '70-100' | '30-70' | '10-30';
  /** Lower bound, or `null` for none. */
  readonly min: AutonomyBound | null;
  /** Upper bound, or `null` for none. */
  readonly max: AutonomyBound | null;
  /** Whether the band also needs self-funded investment (`fundsInvestment`). */
  readonly requiresInvestment: boolean;
  /** Vietnamese name, as the regulation words it. */
  readonly labelVi: string;
  /** English name. */
  readonly labelEn: string;
}

/**
 * A financial-autonomy regime as data: its bands in the order they are tried (first match wins), and its source.
 *
 * @example
 * ```ts
 * import { AUTONOMY_REGIMES } from 'cchc';
 * AUTONOMY_REGIMES['nd60-2021'].effectiveFrom; // '2021-08-15'
 * ```
 */
export interface AutonomyRegime {
  /** See {@link AutonomyRegimeId}. */
  readonly id: AutonomyRegimeId;
  /** Vietnamese name. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** First day the regime applies, when known. */
  readonly effectiveFrom?: IsoDate;
  /** Last day the regime applies, when it has been replaced. */
  readonly effectiveUntil?: IsoDate;
  /** Which units it covers. */
  readonly scopeEn: string;
  /** Bands, tried in order. */
  readonly bands: readonly AutonomyBand[];
  /** The formula of the ratio, as the regulation gives it. */
  readonly formulaVi: string;
  /** Where the thresholds were read. */
  readonly source: SourceRef;
}

const PD_VC =
  'https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md';

const b = (percent: number, inclusive: boolean): AutonomyBound => Object.freeze({ percent, inclusive });

/**
 * The regimes' thresholds, exactly as the regulations state them (domain brief `quotas-and-targets.md` §4, read in
 * the Bộ pháp điển mirror `PD_VC`, reliability A):
 *
 * **`nd60-2021`** — Nghị định 60/2021/NĐ-CP, Điều 9–10 (in force from 15/08/2021):
 * group 1 ≥ 100% and self-funded investment; group 2 ≥ 100%; group 3 from 10% to under 100%, in the sub-bands
 * 70–<100%, 30–<70%, 10–<30%; group 4 under 10% (or no revenue).
 *
 * **`tt145-2017`** — Thông tư 145/2017/TT-BTC guiding Nghị định 141/2016/NĐ-CP (economic and other sectors):
 * recurrent + investment > 100% and investment self-financed; recurrent ≥ 100%; partial over 10% to under 100%;
 * state-funded 10% or less (or no revenue).
 *
 * A ratio of exactly 10% is group 3 under NĐ 60/2021 but state-funded under TT 145/2017; exactly 100% with
 * self-funded investment is group 1 under NĐ 60/2021 but only "recurrent" under TT 145/2017 (which needs > 100%).
 *
 * @example
 * ```ts
 * import { AUTONOMY_REGIMES } from 'cchc';
 * AUTONOMY_REGIMES['nd60-2021'].bands.length; // 6
 * AUTONOMY_REGIMES['tt145-2017'].bands.find((x) => x.code === 'state-funded')?.max; // { percent: 10, inclusive: true }
 * ```
 */
export const AUTONOMY_REGIMES: Readonly<Record<AutonomyRegimeId, AutonomyRegime>> = Object.freeze({
  'nd60-2021': Object.freeze({
    id: 'nd60-2021',
    nameVi: 'Nghị định 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
    nameEn: 'Decree 60/2021/ND-CP on the financial autonomy of public service units',
    effectiveFrom: '2021-08-15',
    scopeEn: 'All public service units (replaces Decrees 16/2015 and 141/2016).',
    formulaVi: 'Mức tự bảo đảm chi thường xuyên (%) = A / B × 100%: A = các khoản thu theo Điều 11, 15, 19; B = chi thường xuyên theo Điều 12, 16, 20 (dự toán năm xây dựng phương án tự chủ)',
    bands: Object.freeze([
      Object.freeze({ group: 1, code: 'recurrent-and-investment', min: b(100, true), max: null, requiresInvestment: true, labelVi: 'Nhóm 1: tự bảo đảm chi thường xuyên và chi đầu tư', labelEn: 'Group 1: self-funds recurrent and investment spending' }),
      Object.freeze({ group: 2, code: 'recurrent', min: b(100, true), max: null, requiresInvestment: false, labelVi: 'Nhóm 2: tự bảo đảm chi thường xuyên', labelEn: 'Group 2: self-funds recurrent spending' }),
      Object.freeze({ group: 3, code: 'partial', subBand: '70-100', min: b(70, true), max: b(100, false), requiresInvestment: false, labelVi: 'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 70% đến dưới 100%)', labelEn: 'Group 3: partly self-funds recurrent spending (70% to under 100%)' }),
      Object.freeze({ group: 3, code: 'partial', subBand: '30-70', min: b(30, true), max: b(70, false), requiresInvestment: false, labelVi: 'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 30% đến dưới 70%)', labelEn: 'Group 3: partly self-funds recurrent spending (30% to under 70%)' }),
      Object.freeze({ group: 3, code: 'partial', subBand: '10-30', min: b(10, true), max: b(30, false), requiresInvestment: false, labelVi: 'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 10% đến dưới 30%)', labelEn: 'Group 3: partly self-funds recurrent spending (10% to under 30%)' }),
      Object.freeze({ group: 4, code: 'state-funded', min: null, max: b(10, false), requiresInvestment: false, labelVi: 'Nhóm 4: do Nhà nước bảo đảm chi thường xuyên (dưới 10%)', labelEn: 'Group 4: recurrent spending funded by the State (under 10%)' }),
    ] as AutonomyBand[]),
    source: Object.freeze({ document: 'Nghị định 60/2021/NĐ-CP', article: 'Điều 9, Điều 10', url: PD_VC, reliability: 'A', note: 'Read in the Bộ pháp điển mirror, Điều 5.2.NĐ.14.9–14.10.' }),
  }),
  'tt145-2017': Object.freeze({
    id: 'tt145-2017',
    nameVi: 'Thông tư 145/2017/TT-BTC hướng dẫn Nghị định 141/2016/NĐ-CP (sự nghiệp kinh tế và sự nghiệp khác)',
    nameEn: 'Circular 145/2017/TT-BTC guiding Decree 141/2016/ND-CP (economic and other sectors)',
    effectiveUntil: '2021-08-14',
    scopeEn: 'Public service units in the economic and other sectors, before Decree 60/2021 (the brief dates it 2018–2021).',
    formulaVi: 'Mức tự bảo đảm chi thường xuyên (%) = tổng nguồn tài chính chi thường xuyên / tổng số chi thường xuyên × 100% (dự toán năm đầu thời kỳ ổn định)',
    bands: Object.freeze([
      Object.freeze({ group: 1, code: 'recurrent-and-investment', min: b(100, false), max: null, requiresInvestment: true, labelVi: 'Tự bảo đảm chi thường xuyên và chi đầu tư (trên 100%)', labelEn: 'Self-funds recurrent and investment spending (over 100%)' }),
      Object.freeze({ group: 2, code: 'recurrent', min: b(100, true), max: null, requiresInvestment: false, labelVi: 'Tự bảo đảm chi thường xuyên (từ 100% trở lên)', labelEn: 'Self-funds recurrent spending (100% or more)' }),
      Object.freeze({ group: 3, code: 'partial', min: b(10, false), max: b(100, false), requiresInvestment: false, labelVi: 'Tự bảo đảm một phần chi thường xuyên (trên 10% đến dưới 100%)', labelEn: 'Partly self-funds recurrent spending (over 10% to under 100%)' }),
      Object.freeze({ group: 4, code: 'state-funded', min: null, max: b(10, true), requiresInvestment: false, labelVi: 'Do Nhà nước bảo đảm chi thường xuyên (từ 10% trở xuống)', labelEn: 'Funded by the State (10% or less)' }),
    ] as AutonomyBand[]),
    source: Object.freeze({ document: 'Thông tư 145/2017/TT-BTC', url: PD_VC, reliability: 'A', note: 'Read in the Bộ pháp điển mirror, Điều 5.2.TT.26.5.' }),
  }),
} as Record<AutonomyRegimeId, AutonomyRegime>);

/** @internal */
export function getAutonomyRegime(id: unknown): AutonomyRegime {
  if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(AUTONOMY_REGIMES, id)) return AUTONOMY_REGIMES[id as AutonomyRegimeId];
  return fail(
    'UNKNOWN_REGIME',
    ['regime'],
    `Không có cơ chế tự chủ ${show(id)}; dùng 'nd60-2021' hoặc 'tt145-2017'`,
    `Unknown autonomy regime ${show(id)}; use 'nd60-2021' or 'tt145-2017'`,
    id,
  );
}
