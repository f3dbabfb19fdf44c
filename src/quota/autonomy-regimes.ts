import { CchcError, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import type { BilingualText } from '../core/bilingual.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import { ownEntry, unknownIdIssue, withDeprecated } from '../core/fields.js';
import type { SourceRef } from './source-ref.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * The financial-autonomy regimes `cchc` knows (cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập).
 *
 * @example
 * ```ts
 * import type { AutonomyRegimeId } from 'cchc';
 * const regime: AutonomyRegimeId = 'nd60-2021';
 * ```
 *
 * @category Quotas
 */
export type AutonomyRegimeId = 'nd60-2021' | 'tt145-2017';

/** The ids of {@link AUTONOMY_REGIMES}, in order. @internal */
export const AUTONOMY_REGIME_IDS: readonly AutonomyRegimeId[] = Object.freeze(['nd60-2021', 'tt145-2017']);

/**
 * One bound of a band, in percent points of the self-financing ratio.
 *
 * @example
 * ```ts
 * import type { AutonomyBound } from 'cchc';
 * const tenPercentInclusive: AutonomyBound = { percent: 10, inclusive: true };
 * ```
 *
 * @category Quotas
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
 *
 * @category Quotas
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
  /** Name of the group, in Vietnamese as the regulation words it, and in English. */
  readonly label: BilingualText;
  /** @deprecated Use `label.vi` (0.2). */
  readonly labelVi: string;
  /** @deprecated Use `label.en` (0.2). */
  readonly labelEn: string;
}

/**
 * A financial-autonomy regime as data: its bands in the order they are tried (first match wins), and its source.
 *
 * @example
 * ```ts
 * import { AUTONOMY_REGIMES } from 'cchc';
 * AUTONOMY_REGIMES['nd60-2021'].validity.start; // '2021-08-15'
 * ```
 *
 * @category Quotas
 */
export interface AutonomyRegime {
  /** See {@link AutonomyRegimeId}. */
  readonly id: AutonomyRegimeId;
  /** Name of the regulation, in Vietnamese and English. */
  readonly name: BilingualText;
  /** @deprecated Use `name.vi` (0.2). */
  readonly nameVi: string;
  /** @deprecated Use `name.en` (0.2). */
  readonly nameEn: string;
  /**
   * When the regime applies, bounds inclusive: `start` is its first day when known, `end` its last day when it has
   * been replaced (an absent bound is open).
   */
  readonly validity: { readonly start?: IsoDate; readonly end?: IsoDate };
  /** @deprecated Use `validity.start` (0.2). */
  readonly effectiveFrom?: IsoDate;
  /** @deprecated Use `validity.end` (0.2). */
  readonly effectiveUntil?: IsoDate;
  /** Which units it covers (English). */
  readonly scopeEn: string;
  /** Bands, tried in order. */
  readonly bands: readonly AutonomyBand[];
  /** The formula of the ratio, as the regulation gives it (Vietnamese). */
  readonly formulaVi: string;
  /** Where the thresholds were read. */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources[0]` (0.2). */
  readonly source: SourceRef;
}

const PD_VC =
  'https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/van-ban/can-bo-cong-chuc-vien-chuc/vien-chuc.md';

const b = (percent: number, inclusive: boolean): AutonomyBound => ({ percent, inclusive });

type BandSpec = Omit<AutonomyBand, 'label' | 'labelVi' | 'labelEn'>;
/** A band with its label, and the deprecated `labelVi` / `labelEn` duplicates (non-enumerable). */
const band = (spec: BandSpec, labelVi: string, labelEn: string): AutonomyBand =>
  withDeprecated({ ...spec, label: { vi: labelVi, en: labelEn } } as AutonomyBand, { labelVi, labelEn });

interface RegimeSpec {
  readonly id: AutonomyRegimeId;
  readonly name: BilingualText;
  readonly validity: { readonly start?: IsoDate; readonly end?: IsoDate };
  readonly scopeEn: string;
  readonly formulaVi: string;
  readonly bands: readonly AutonomyBand[];
  readonly sources: readonly SourceRef[];
}
/** A regime with the deprecated duplicates of its name, dates and source (non-enumerable). */
const regime = (spec: RegimeSpec): AutonomyRegime =>
  withDeprecated({ ...spec } as AutonomyRegime, {
    nameVi: spec.name.vi,
    nameEn: spec.name.en,
    effectiveFrom: spec.validity.start,
    effectiveUntil: spec.validity.end,
    source: spec.sources[0],
  });

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
 *
 * @category Quotas
 */
// Built and deeply frozen on first use (issue 18: nothing is built at import).
export const AUTONOMY_REGIMES: Readonly<Record<AutonomyRegimeId, AutonomyRegime>> = /* @__PURE__ */ lazyFrozen(() =>
  deepFreeze({
    'nd60-2021': regime({
      id: 'nd60-2021',
      name: {
        vi: 'Nghị định 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
        en: 'Decree 60/2021/ND-CP on the financial autonomy of public service units',
      },
      validity: { start: '2021-08-15' },
      scopeEn: 'All public service units (replaces Decrees 16/2015 and 141/2016).',
      formulaVi:
        'Mức tự bảo đảm chi thường xuyên (%) = A / B × 100%: A = các khoản thu theo Điều 11, 15, 19; B = chi thường xuyên theo Điều 12, 16, 20 (dự toán năm xây dựng phương án tự chủ)',
      bands: [
        band(
          { group: 1, code: 'recurrent-and-investment', min: b(100, true), max: null, requiresInvestment: true },
          'Nhóm 1: tự bảo đảm chi thường xuyên và chi đầu tư',
          'Group 1: self-funds recurrent and investment spending',
        ),
        band(
          { group: 2, code: 'recurrent', min: b(100, true), max: null, requiresInvestment: false },
          'Nhóm 2: tự bảo đảm chi thường xuyên',
          'Group 2: self-funds recurrent spending',
        ),
        band(
          { group: 3, code: 'partial', subBand: '70-100', min: b(70, true), max: b(100, false), requiresInvestment: false },
          'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 70% đến dưới 100%)',
          'Group 3: partly self-funds recurrent spending (70% to under 100%)',
        ),
        band(
          { group: 3, code: 'partial', subBand: '30-70', min: b(30, true), max: b(70, false), requiresInvestment: false },
          'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 30% đến dưới 70%)',
          'Group 3: partly self-funds recurrent spending (30% to under 70%)',
        ),
        band(
          { group: 3, code: 'partial', subBand: '10-30', min: b(10, true), max: b(30, false), requiresInvestment: false },
          'Nhóm 3: tự bảo đảm một phần chi thường xuyên (từ 10% đến dưới 30%)',
          'Group 3: partly self-funds recurrent spending (10% to under 30%)',
        ),
        band(
          { group: 4, code: 'state-funded', min: null, max: b(10, false), requiresInvestment: false },
          'Nhóm 4: do Nhà nước bảo đảm chi thường xuyên (dưới 10%)',
          'Group 4: recurrent spending funded by the State (under 10%)',
        ),
      ],
      sources: [
        {
          document: 'Nghị định 60/2021/NĐ-CP',
          article: 'Điều 9, Điều 10',
          url: PD_VC,
          reliability: 'A',
          note: 'Read in the Bộ pháp điển mirror, Điều 5.2.NĐ.14.9–14.10.',
        },
      ],
    }),
    'tt145-2017': regime({
      id: 'tt145-2017',
      name: {
        vi: 'Thông tư 145/2017/TT-BTC hướng dẫn Nghị định 141/2016/NĐ-CP (sự nghiệp kinh tế và sự nghiệp khác)',
        en: 'Circular 145/2017/TT-BTC guiding Decree 141/2016/ND-CP (economic and other sectors)',
      },
      validity: { end: '2021-08-14' },
      scopeEn: 'Public service units in the economic and other sectors, before Decree 60/2021 (the brief dates it 2018–2021).',
      formulaVi:
        'Mức tự bảo đảm chi thường xuyên (%) = tổng nguồn tài chính chi thường xuyên / tổng số chi thường xuyên × 100% (dự toán năm đầu thời kỳ ổn định)',
      bands: [
        band(
          { group: 1, code: 'recurrent-and-investment', min: b(100, false), max: null, requiresInvestment: true },
          'Tự bảo đảm chi thường xuyên và chi đầu tư (trên 100%)',
          'Self-funds recurrent and investment spending (over 100%)',
        ),
        band(
          { group: 2, code: 'recurrent', min: b(100, true), max: null, requiresInvestment: false },
          'Tự bảo đảm chi thường xuyên (từ 100% trở lên)',
          'Self-funds recurrent spending (100% or more)',
        ),
        band(
          { group: 3, code: 'partial', min: b(10, false), max: b(100, false), requiresInvestment: false },
          'Tự bảo đảm một phần chi thường xuyên (trên 10% đến dưới 100%)',
          'Partly self-funds recurrent spending (over 10% to under 100%)',
        ),
        band(
          { group: 4, code: 'state-funded', min: null, max: b(10, true), requiresInvestment: false },
          'Do Nhà nước bảo đảm chi thường xuyên (từ 10% trở xuống)',
          'Funded by the State (10% or less)',
        ),
      ],
      sources: [
        { document: 'Thông tư 145/2017/TT-BTC', url: PD_VC, reliability: 'A', note: 'Read in the Bộ pháp điển mirror, Điều 5.2.TT.26.5.' },
      ],
    }),
  }),
);

/**
 * One regime by id, read as an own key (a prototype name such as `'toString'` is not a regime).
 *
 * @throws {@link CchcError} `UNKNOWN_REGIME` (with the closest id as `suggestion`).
 * @internal
 */
export function getAutonomyRegime(id: unknown, path: CchcPath = ['regime']): AutonomyRegime {
  const r = ownEntry(AUTONOMY_REGIMES, id);
  if (r) return r;
  throw new CchcError(unknownRegimeIssue(id, path));
}

/** @internal */
export function unknownRegimeIssue(id: unknown, path: CchcPath): CchcIssue {
  const p = { received: show(id), known: AUTONOMY_REGIME_IDS.map((x) => `'${x}'`).join(', ') };
  return unknownIdIssue('UNKNOWN_REGIME', path, id, AUTONOMY_REGIME_IDS, vi.UNKNOWN_REGIME(p), en.UNKNOWN_REGIME(p));
}
