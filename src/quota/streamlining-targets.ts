import { CchcError, show } from '../core/errors.js';
import type { BilingualText } from '../core/bilingual.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import { unknownIdIssue, withDeprecated } from '../core/fields.js';
import type { SourceRef } from './source-ref.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * What a streamlining target cuts (phạm vi tinh giản):
 * - `political-system-payroll`: the payroll (biên chế) of the whole political system;
 * - `state-administrative-staff`: civil-servant posts in the state administrative apparatus (biên chế công chức);
 * - `cadres-civil-servants`: cán bộ, công chức;
 * - `public-service-units`: the number of public service units (số đơn vị sự nghiệp công lập), a count of units;
 * - `budget-paid-public-employees`: public employees paid from the state budget (viên chức hưởng lương từ NSNN).
 *
 * @example
 * ```ts
 * import type { StreamliningScope } from 'cchc';
 * const scope: StreamliningScope = 'public-service-units';
 * ```
 *
 * @category Quotas
 */
export type StreamliningScope =
  | 'political-system-payroll'
  | 'state-administrative-staff'
  | 'cadres-civil-servants'
  | 'public-service-units'
  | 'budget-paid-public-employees';

/**
 * A national streamlining target (mục tiêu tinh giản), as data: cut at least `percent` % of the `baseYear` quota
 * (or of the units) by `deadlineYear`. Targets are minimums ("ít nhất", "tối thiểu"): a target is met when the cut is
 * at least the target.
 *
 * @example
 * ```ts
 * import { getStreamliningTarget } from 'cchc';
 * getStreamliningTarget('nq19-2017-units').metric; // 'units'
 * ```
 *
 * @category Quotas
 */
export interface StreamliningTarget {
  /** Stable id: `nq39-2015-payroll`, `kl40-2022-cadres-civil-servants`, … */
  readonly id: string;
  /** The instrument that sets the target (document number and date). */
  readonly instrument: SourceRef;
  /** See {@link StreamliningScope}. */
  readonly scope: StreamliningScope;
  /** What is counted: posts of the assigned quota (biên chế giao) or units. */
  readonly metric: 'quota' | 'units';
  /** The year whose assigned quota (or unit count) is the base: 2015 for 2016–2021, 2021 for 2022–2026. */
  readonly baseYear: number;
  /** The minimum cut in percent of the base (10 for "ít nhất 10%"). */
  readonly percent: number;
  /** The year by which the cut is due. */
  readonly deadlineYear: number;
  /**
   * Carry-over between periods (KL 40-KL/TW): the ids of the earlier targets whose shortfall is added to this one and
   * whose surplus is credited to it. See `carryOverTarget`.
   */
  readonly carryOverFrom?: readonly string[];
  /** What the target asks, in Vietnamese and English. */
  readonly description: BilingualText;
  /** @deprecated Use `description.vi` (0.2). */
  readonly descriptionVi: string;
  /** @deprecated Use `description.en` (0.2). */
  readonly descriptionEn: string;
  /** Where the target was read (with reliability). */
  readonly sources: readonly SourceRef[];
}

const INFOGRAPHICS_KL40 =
  'https://infographics.vn/den-nam-2026-tinh-gian-it-nhat-5-bien-che-can-bo-cong-chuc-trong-he-thong-chinh-tri/104642.vna';
const BAOCHINHPHU_KL40 =
  'https://en.baochinhphu.vn/print/politburo-asks-for-further-downsizing-state-budget-payroll-111220727141929127.htm';
const VIETNAMPLUS_18_19 = 'https://en.vietnamplus.vn/vietnam-aims-to-reduce-at-least-10-percent-of-staff-by-2021-post120280.vnp';
const VGP_08 = 'http://news.chinhphu.vn/Utilities/PrintView.aspx?ID=33042';

const freeze = <T extends object>(o: T): Readonly<T> => Object.freeze(o);
/** A target with its description, and the deprecated `descriptionVi` / `descriptionEn` duplicates (non-enumerable). */
const target = ({ descriptionVi, descriptionEn, ...t }: Omit<StreamliningTarget, 'description'>): StreamliningTarget =>
  withDeprecated({ ...t, description: { vi: descriptionVi, en: descriptionEn } } as StreamliningTarget, { descriptionVi, descriptionEn });

/**
 * The national streamlining targets (mục tiêu tinh giản biên chế, giảm đơn vị sự nghiệp) as data, each with its
 * sources and their reliability (A: legal text … D: doubtful copy). The figures are those of the project's domain
 * brief `quotas-and-targets.md` §1.1; the full texts of the Party resolutions were not read, so most targets rest on
 * official-media summaries (B).
 *
 * - 39-NQ/TW (17/4/2015) and 18-NQ/TW (25/10/2017): ≥ 10% of the 2015 payroll by 2021.
 * - NQ 56/2017/QH14: 10% of the civil-servant quota assigned in 2015, by 2021.
 * - 19-NQ/TW (25/10/2017): ≥ 10% of public service units and ≥ 10% of budget-paid public employees vs 2015, by 2021.
 * - 08/NQ-CP (24/01/2018): a further 10% of units and of budget-paid staff vs 2021, by 2025.
 * - KL 40-KL/TW (18/7/2022): ≥ 5% of cán bộ, công chức and ≥ 10% of budget-paid viên chức vs 2021, by 2026, with
 *   the 2016–2021 shortfall carried over and the surplus credited (see `carryOverTarget`).
 *
 * @example
 * ```ts
 * import { STREAMLINING_TARGETS } from 'cchc';
 * STREAMLINING_TARGETS.filter((t) => t.deadlineYear === 2021).length; // 5
 * ```
 *
 * @category Quotas
 */
// Built and deeply frozen on first use (issue 18: nothing is built at import).
export const STREAMLINING_TARGETS: readonly StreamliningTarget[] = /* @__PURE__ */ lazyFrozen(
  () =>
    deepFreeze([
      target({
        id: 'nq39-2015-payroll',
        instrument: freeze({ document: 'Nghị quyết 39-NQ/TW', date: '2015-04-17' }),
        scope: 'political-system-payroll',
        metric: 'quota',
        baseYear: 2015,
        percent: 10,
        deadlineYear: 2021,
        descriptionVi: 'Tinh giản tối thiểu 10% biên chế của cả hệ thống chính trị so với năm 2015, đến năm 2021',
        descriptionEn: 'Cut at least 10% of the political system payroll vs 2015, by 2021',
        sources: freeze([
          freeze({
            document: 'Nghị quyết 39-NQ/TW (English translation: title and date)',
            url: 'https://vanbanphapluat.co/resolution-no-39-nq-tw-downsizing-restructuring-officials-public-empoyees-2015',
            reliability: 'A' as const,
            note: 'The clause text with the 10% target was not retrieved.',
          }),
          freeze({
            document: 'TTXVN infographic on the 2021 result',
            url: 'https://infographics.vn/nam-2021-lan-dau-tien-vuot-muc-tieu-tinh-gian-bien-che-va-giam-hang-nghin-don-vi-cap-phong/42723.vna',
            reliability: 'B' as const,
            note: 'Gives the date as 07/4/2015, which conflicts with 17/4/2015.',
          }),
        ]),
      }),
      target({
        id: 'nq56-2017-state-administrative-staff',
        instrument: freeze({ document: 'Nghị quyết 56/2017/QH14', date: '2017-11-24' }),
        scope: 'state-administrative-staff',
        metric: 'quota',
        baseYear: 2015,
        percent: 10,
        deadlineYear: 2021,
        descriptionVi: 'Giảm 10% biên chế so với biên chế giao năm 2015, đến năm 2021',
        descriptionEn: 'Cut 10% of the staff quota assigned in 2015, by 2021',
        sources: freeze([
          freeze({
            document: 'LawNet summary of NQ 56/2017/QH14',
            url: 'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/by-2021-ensuring-a-10-reduction-in-staffing-compared-to-2015-160492.html',
            reliability: 'C' as const,
          }),
        ]),
      }),
      target({
        id: 'nq18-2017-payroll',
        instrument: freeze({ document: 'Nghị quyết 18-NQ/TW', date: '2017-10-25' }),
        scope: 'political-system-payroll',
        metric: 'quota',
        baseYear: 2015,
        percent: 10,
        deadlineYear: 2021,
        descriptionVi: 'Giảm ít nhất 10% biên chế của hệ thống chính trị so với năm 2015, đến năm 2021',
        descriptionEn: 'Cut at least 10% of the political system payroll vs 2015, by 2021',
        sources: freeze([
          freeze({
            document: 'Pháp Luật TP.HCM',
            url: 'https://plo.vn/thoi-su/den-2021-giam-it-nhat-10-bien-che-so-voi-2015-735955.html',
            reliability: 'B' as const,
          }),
          freeze({ document: 'VietnamPlus', url: VIETNAMPLUS_18_19, reliability: 'B' as const }),
        ]),
      }),
      target({
        id: 'nq19-2017-units',
        instrument: freeze({ document: 'Nghị quyết 19-NQ/TW', date: '2017-10-25' }),
        scope: 'public-service-units',
        metric: 'units',
        baseYear: 2015,
        percent: 10,
        deadlineYear: 2021,
        descriptionVi: 'Giảm ít nhất 10% số đơn vị sự nghiệp công lập so với năm 2015, đến năm 2021',
        descriptionEn: 'Cut at least 10% of public service units vs 2015, by 2021',
        sources: freeze([freeze({ document: 'VietnamPlus', url: VIETNAMPLUS_18_19, reliability: 'B' as const })]),
      }),
      target({
        id: 'nq19-2017-budget-paid-staff',
        instrument: freeze({ document: 'Nghị quyết 19-NQ/TW', date: '2017-10-25' }),
        scope: 'budget-paid-public-employees',
        metric: 'quota',
        baseYear: 2015,
        percent: 10,
        deadlineYear: 2021,
        descriptionVi: 'Giảm ít nhất 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2015, đến năm 2021',
        descriptionEn: 'Cut at least 10% of budget-paid public-service staff vs 2015, by 2021',
        sources: freeze([freeze({ document: 'VietnamPlus', url: VIETNAMPLUS_18_19, reliability: 'B' as const })]),
      }),
      target({
        id: 'nq08cp-2018-units-2025',
        instrument: freeze({ document: 'Nghị quyết 08/NQ-CP', date: '2018-01-24' }),
        scope: 'public-service-units',
        metric: 'units',
        baseYear: 2021,
        percent: 10,
        deadlineYear: 2025,
        descriptionVi: 'Giảm bình quân 10% số đơn vị sự nghiệp công lập so với năm 2021, đến năm 2025 (toàn quốc 5.213 đơn vị)',
        descriptionEn: 'Cut 10% of public service units vs 2021, by 2025 (5,213 units nationwide)',
        sources: freeze([freeze({ document: 'Cổng TTĐT Chính phủ', url: VGP_08, reliability: 'B' as const })]),
      }),
      target({
        id: 'nq08cp-2018-budget-paid-staff-2025',
        instrument: freeze({ document: 'Nghị quyết 08/NQ-CP', date: '2018-01-24' }),
        scope: 'budget-paid-public-employees',
        metric: 'quota',
        baseYear: 2021,
        percent: 10,
        deadlineYear: 2025,
        descriptionVi: 'Giảm 10% biên chế sự nghiệp hưởng lương từ ngân sách so với năm 2021, đến năm 2025 (toàn quốc 184.832)',
        descriptionEn: 'Cut 10% of budget-paid public-service staff vs 2021, by 2025 (184,832 nationwide)',
        sources: freeze([freeze({ document: 'Cổng TTĐT Chính phủ', url: VGP_08, reliability: 'B' as const })]),
      }),
      target({
        id: 'kl40-2022-cadres-civil-servants',
        instrument: freeze({ document: 'Kết luận 40-KL/TW', date: '2022-07-18' }),
        scope: 'cadres-civil-servants',
        metric: 'quota',
        baseYear: 2021,
        percent: 5,
        deadlineYear: 2026,
        carryOverFrom: freeze(['nq39-2015-payroll', 'nq18-2017-payroll']),
        descriptionVi:
          'Tinh giản ít nhất 5% biên chế cán bộ, công chức so với năm 2021, giai đoạn 2022–2026; nơi chưa đạt 10% giai đoạn 2016–2021 phải tiếp tục thực hiện phần còn thiếu, nơi vượt được tính vào giai đoạn 2022–2026',
        descriptionEn:
          'Cut at least 5% of cán bộ, công chức posts vs 2021 in 2022–2026; a shortfall against the 2016–2021 10% target must still be made up, a surplus counts toward 2022–2026',
        sources: freeze([
          freeze({ document: 'TTXVN infographic', url: INFOGRAPHICS_KL40, reliability: 'B' as const }),
          freeze({ document: 'Báo Chính phủ (English)', url: BAOCHINHPHU_KL40, reliability: 'B' as const }),
          freeze({
            document: 'Lao Động',
            url: 'https://news.laodong.vn/thoi-su/tinh-gian-bien-che-hon-16000-cong-chuc-vien-chuc-1438377.ldo',
            reliability: 'C' as const,
          }),
        ]),
      }),
      target({
        id: 'kl40-2022-budget-paid-public-employees',
        instrument: freeze({ document: 'Kết luận 40-KL/TW', date: '2022-07-18' }),
        scope: 'budget-paid-public-employees',
        metric: 'quota',
        baseYear: 2021,
        percent: 10,
        deadlineYear: 2026,
        carryOverFrom: freeze(['nq19-2017-budget-paid-staff']),
        descriptionVi:
          'Tinh giản ít nhất 10% biên chế viên chức hưởng lương từ ngân sách nhà nước so với năm 2021, giai đoạn 2022–2026, cùng quy tắc chuyển tiếp phần thiếu/vượt của giai đoạn 2016–2021',
        descriptionEn:
          'Cut at least 10% of budget-paid viên chức vs 2021 in 2022–2026, with the same carry-over of the 2016–2021 shortfall or surplus',
        sources: freeze([
          freeze({ document: 'TTXVN infographic', url: INFOGRAPHICS_KL40, reliability: 'B' as const }),
          freeze({ document: 'Báo Chính phủ (English)', url: BAOCHINHPHU_KL40, reliability: 'B' as const }),
        ]),
      }),
    ] as StreamliningTarget[]),
  { array: true },
);

const TARGET_IDS: readonly string[] = /* @__PURE__ */ lazyFrozen(() => STREAMLINING_TARGETS.map((x) => x.id), { array: true });

/**
 * One national streamlining target by id (see {@link STREAMLINING_TARGETS}).
 *
 * @throws {@link CchcError} `UNKNOWN_TARGET`, with the closest id as `suggestion`.
 * @example
 * ```ts
 * import { getStreamliningTarget } from 'cchc';
 * getStreamliningTarget('kl40-2022-cadres-civil-servants').percent; // 5
 * getStreamliningTarget('kl28'); // throws CchcError UNKNOWN_TARGET
 * ```
 *
 * @category Quotas
 */
export function getStreamliningTarget(id: string): StreamliningTarget {
  const t = typeof id === 'string' ? STREAMLINING_TARGETS.find((x) => x.id === id) : undefined;
  if (t) return t;
  const p = { received: show(id), known: TARGET_IDS.join(', ') };
  const viText = vi.UNKNOWN_TARGET__streamlining(p);
  const it = unknownIdIssue('UNKNOWN_TARGET', ['id'], id, TARGET_IDS, viText, en.UNKNOWN_TARGET__streamlining(p));
  throw new CchcError(it);
}
