import { CchcError, show } from '../core/errors.js';
import type { SourceRef } from '../core/source-ref.js';
import type { BilingualText } from '../core/bilingual.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import { unknownIdIssue, withDeprecated } from '../core/fields.js';
import { normalizeTarget, type IndicatorTarget } from './define-indicator.js';
import { NationalTargetFilterSchema } from './national-targets-schema.js';
import * as vi from '../core/messages/vi/indicator.js';
import * as en from '../core/messages/en/indicator.js';

/**
 * The national programmes whose targets are encoded.
 *
 * @example
 * ```ts
 * import type { NationalProgramme } from 'cchc';
 * const programme: NationalProgramme = '76/NQ-CP';
 * ```
 *
 * @category Indicators
 */
export type NationalProgramme = '30c/NQ-CP' | '76/NQ-CP';

/**
 * A national administrative-reform target (chỉ tiêu của Chương trình tổng thể CCHC), linked to a registry indicator
 * when one measures it. `target` plugs into `evaluateIndicator(def, values, { target })`.
 *
 * @example
 * ```ts
 * import { getNationalTarget } from 'cchc';
 * getNationalTarget('76-online-payment-2025').target.value; // 80
 * ```
 *
 * @category Indicators
 */
export interface NationalTarget {
  /** Stable id: `'76-online-level-3-4-2025'`. */
  readonly id: string;
  /** The programme: Nghị quyết 30c/NQ-CP (2011–2020) or 76/NQ-CP (2021–2030). */
  readonly programme: NationalProgramme;
  /** The registry indicator that measures it, when there is one. */
  readonly indicatorId?: string;
  /** What the target asks, in Vietnamese and English. */
  readonly description: BilingualText;
  /** @deprecated Use `description.vi` (0.2). */
  readonly descriptionVi: string;
  /** @deprecated Use `description.en` (0.2). */
  readonly descriptionEn: string;
  /** The threshold, deadline and sources. */
  readonly target: IndicatorTarget & {
    readonly deadlineYear: number;
    readonly sources: readonly SourceRef[];
    /** @deprecated Use `sources[0]` (0.2). */
    readonly source: SourceRef;
  };
}

const src = (document: string, url: string, reliability: SourceRef['reliability'], note?: string): SourceRef => ({
  document,
  url,
  ...(reliability ? { reliability } : {}),
  ...(note ? { note } : {}),
});

interface TargetSpec {
  readonly id: string;
  readonly programme: NationalProgramme;
  readonly indicatorId?: string;
  readonly descriptionVi: string;
  readonly descriptionEn: string;
  readonly target: { readonly value: number; readonly inclusive?: boolean; readonly deadlineYear: number; readonly source: SourceRef };
}
/** A national target with its description and sources, and the deprecated duplicates (non-enumerable). */
const nationalTarget = ({ descriptionVi, descriptionEn, target, ...rest }: TargetSpec): NationalTarget =>
  withDeprecated(
    {
      ...rest,
      description: { vi: descriptionVi, en: descriptionEn },
      target: normalizeTarget({
        value: target.value,
        ...(target.inclusive !== undefined ? { inclusive: target.inclusive } : {}),
        deadlineYear: target.deadlineYear,
        sources: [target.source],
      }),
    } as NationalTarget,
    { descriptionVi, descriptionEn },
  );

const NQ30C = 'Nghị quyết 30c/NQ-CP (08/11/2011)';
const NQ76 = 'Nghị quyết 76/NQ-CP (15/07/2021)';
const LUATVN_76 =
  'https://english.luatvietnam.vn/hanh-chinh/resolution-76-nq-cp-2021-master-program-on-state-administration-reform-in-2021-2030-205518-d1.html';
const VGP_76 = 'http://news.chinhphu.vn/Home/Govt-issues-State-Administration-Reform-Master-Program-for-next-decade/20217/44658.vgp';

/**
 * The national targets of the two master programmes on state administration reform, as far as the project's domain
 * brief (`quotas-and-targets.md` §5) sources them. Only confirmed targets are listed; 76/NQ-CP targets on public
 * service units, staff, autonomy and 2030 satisfaction are deliberately absent (not verified from its text).
 *
 * - 30c/NQ-CP (2011–2020): satisfaction with state administrative agencies > 80% by 2020; with public education and
 *   health services > 60% by 2015 and > 80% by 2020; with the settlement of procedures > 80% by 2020.
 * - 76/NQ-CP (2021–2030): ≥ 20% of business regulations and ≥ 20% of compliance costs cut by 2025; ≥ 80% (2025) and
 *   ≥ 90% (2030) of procedures online at levels 3–4; ≥ 80% of procedures with financial obligations payable online;
 *   100% e-ID for online users; 100% of foundational national databases; satisfaction ≥ 90% by 2025.
 *
 * @example
 * ```ts
 * import { NATIONAL_TARGETS } from 'cchc';
 * NATIONAL_TARGETS.filter((t) => t.programme === '76/NQ-CP').length; // 8
 * ```
 *
 * @category Indicators
 */
// Built and deeply frozen on first use (issue 18: nothing is built at import).
export const NATIONAL_TARGETS: readonly NationalTarget[] = /* @__PURE__ */ lazyFrozen(
  () =>
    deepFreeze([
      nationalTarget({
        id: '30c-satisfaction-2020',
        programme: '30c/NQ-CP' as const,
        indicatorId: 'sipas-satisfaction',
        descriptionVi: 'Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 80% vào năm 2020',
        descriptionEn: 'Satisfaction of individuals and organisations with state administrative agencies above 80% by 2020',
        target: {
          value: 80,
          inclusive: false,
          deadlineYear: 2020,
          source: src(
            NQ30C,
            'https://vietnamnet.vn/en/40-of-surveyed-residents-satisfied-with-public-services-E110688.html',
            'C',
            'Corroborated by Sở Nội vụ Bình Dương (B).',
          ),
        },
      }),
      nationalTarget({
        id: '30c-education-health-satisfaction-2015',
        programme: '30c/NQ-CP' as const,
        descriptionVi: 'Sự hài lòng đối với dịch vụ giáo dục, y tế công đạt trên 60% vào năm 2015',
        descriptionEn: 'Satisfaction with public education and health services above 60% by 2015',
        target: {
          value: 60,
          inclusive: false,
          deadlineYear: 2015,
          source: src(NQ30C, 'https://vietnamnet.vn/en/40-of-surveyed-residents-satisfied-with-public-services-E110688.html', 'C'),
        },
      }),
      nationalTarget({
        id: '30c-education-health-satisfaction-2020',
        programme: '30c/NQ-CP' as const,
        descriptionVi: 'Sự hài lòng đối với dịch vụ giáo dục, y tế công đạt trên 80% vào năm 2020',
        descriptionEn: 'Satisfaction with public education and health services above 80% by 2020',
        target: {
          value: 80,
          inclusive: false,
          deadlineYear: 2020,
          source: src(NQ30C, 'https://vietnamnet.vn/en/40-of-surveyed-residents-satisfied-with-public-services-E110688.html', 'C'),
        },
      }),
      nationalTarget({
        id: '30c-procedure-satisfaction-2020',
        programme: '30c/NQ-CP' as const,
        descriptionVi: 'Sự hài lòng về giải quyết thủ tục hành chính đạt trên 80% vào năm 2020 (kế hoạch thực hiện 2016–2020)',
        descriptionEn: 'Satisfaction with the settlement of administrative procedures above 80% by 2020 (2016–2020 implementation plan)',
        target: {
          value: 80,
          inclusive: false,
          deadlineYear: 2020,
          source: src(NQ30C, 'https://vietnamnet.vn/en/plan-to-realise-state-administrative-reform-targets-E151046.html', 'C'),
        },
      }),
      nationalTarget({
        id: '76-business-regulations-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'business-regulation-cut',
        descriptionVi:
          'Cắt giảm, đơn giản hóa tối thiểu 20% số quy định liên quan đến hoạt động kinh doanh (so với văn bản có hiệu lực ngày 31/5/2020), đến năm 2025',
        descriptionEn: 'Cut or simplify at least 20% of business-related regulations (vs those in force on 31/5/2020) by 2025',
        target: { value: 20, deadlineYear: 2025, source: src(NQ76, LUATVN_76, 'C', 'Also reported by Cổng TTĐT Chính phủ (B).') },
      }),
      nationalTarget({
        id: '76-compliance-costs-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'compliance-cost-cut',
        descriptionVi: 'Cắt giảm tối thiểu 20% chi phí tuân thủ quy định liên quan đến hoạt động kinh doanh, đến năm 2025',
        descriptionEn: 'Cut at least 20% of the compliance cost of business regulations by 2025',
        target: { value: 20, deadlineYear: 2025, source: src(NQ76, LUATVN_76, 'C') },
      }),
      nationalTarget({
        id: '76-online-level-3-4-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'online-services-level-3-4',
        descriptionVi:
          'Tối thiểu 80% TTHC có đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 3, 4, tích hợp trên Cổng Dịch vụ công quốc gia, đến năm 2025',
        descriptionEn:
          'At least 80% of eligible procedures online at levels 3–4 and integrated on the National Public Service Portal by 2025',
        target: {
          value: 80,
          deadlineYear: 2025,
          source: src(
            NQ76,
            VGP_76,
            'B',
            'Stated in levels 3–4, which Nghị định 42/2022 replaced from 15/08/2022; the mapping to full-process / partial is not sourced.',
          ),
        },
      }),
      nationalTarget({
        id: '76-online-level-3-4-2030',
        programme: '76/NQ-CP' as const,
        indicatorId: 'online-services-level-3-4',
        descriptionVi: 'Tối thiểu 90% TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 3, 4, đến năm 2030',
        descriptionEn: 'At least 90% of procedures online at levels 3–4 by 2030',
        target: { value: 90, deadlineYear: 2030, source: src(NQ76, VGP_76, 'B', 'Stated in levels 3–4; see the 2025 target.') },
      }),
      nationalTarget({
        id: '76-online-payment-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'online-payment-share',
        descriptionVi: 'Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến, đến năm 2025',
        descriptionEn: 'At least 80% of procedures with financial obligations payable online by 2025',
        target: { value: 80, deadlineYear: 2025, source: src(NQ76, LUATVN_76, 'C') },
      }),
      nationalTarget({
        id: '76-eid-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'online-users-with-eid',
        descriptionVi: '100% người dân sử dụng dịch vụ công trực tuyến được định danh điện tử, đến năm 2025',
        descriptionEn: '100% of online public-service users with an electronic identification by 2025',
        target: { value: 100, deadlineYear: 2025, source: src(NQ76, LUATVN_76, 'C') },
      }),
      nationalTarget({
        id: '76-national-databases-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'national-databases-completed',
        descriptionVi: 'Hoàn thành 100% cơ sở dữ liệu quốc gia nền tảng, đến năm 2025',
        descriptionEn: 'Complete 100% of the foundational national databases by 2025',
        target: { value: 100, deadlineYear: 2025, source: src(NQ76, LUATVN_76, 'C') },
      }),
      nationalTarget({
        id: '76-satisfaction-2025',
        programme: '76/NQ-CP' as const,
        indicatorId: 'sipas-satisfaction',
        descriptionVi:
          'Mức độ hài lòng của người dân, doanh nghiệp về sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%, đến năm 2025',
        descriptionEn: 'Satisfaction with state administrative services at least 90% by 2025',
        target: {
          value: 90,
          deadlineYear: 2025,
          source: src(
            NQ76,
            'https://thainguyentv.vn/by-2025-the-level-of-peoples-satisfaction-with-administrative-services-to-be-at-least-90-104434.html',
            'B',
            'A provincial restatement of the 76/NQ-CP target.',
          ),
        },
      }),
    ] as NationalTarget[]),
  { array: true },
);

/**
 * Filter of {@link findNationalTargets}.
 *
 * @example
 * ```ts
 * import type { NationalTargetFilter } from 'cchc';
 * const filter: NationalTargetFilter = { programme: '30c/NQ-CP', deadlineYear: 2020 };
 * ```
 *
 * @category Indicators
 */
export interface NationalTargetFilter {
  /** Only this programme. */
  readonly programme?: NationalProgramme;
  /** Only targets measured by this registry indicator. */
  readonly indicatorId?: string;
  /** Only targets due in this year. */
  readonly deadlineYear?: number;
}

/**
 * National targets matching a filter, in registry order.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a malformed filter (or one that is not an object), `UNKNOWN_KEY` for a
 *   key it does not know (with a `suggestion`).
 * @example
 * ```ts
 * import { findNationalTargets } from 'cchc';
 * findNationalTargets({ indicatorId: 'online-services-level-3-4' }).map((t) => t.target.value); // [80, 90]
 * ```
 *
 * @category Indicators
 */
export function findNationalTargets(filter: NationalTargetFilter = {}): NationalTarget[] {
  const f = NationalTargetFilterSchema.parse(filter, { path: ['filter'] });
  return NATIONAL_TARGETS.filter(
    (t) =>
      (f.programme === undefined || t.programme === f.programme) &&
      (f.indicatorId === undefined || t.indicatorId === f.indicatorId) &&
      (f.deadlineYear === undefined || t.target.deadlineYear === f.deadlineYear),
  );
}

const TARGET_IDS: readonly string[] = /* @__PURE__ */ lazyFrozen(() => NATIONAL_TARGETS.map((x) => x.id), { array: true });

/**
 * One national target by id.
 *
 * @throws {@link CchcError} `UNKNOWN_TARGET`, with the closest id as `suggestion`.
 * @example
 * ```ts
 * import { getNationalTarget, getIndicator, evaluateIndicator } from 'cchc';
 * // SIPAS 2019 national result 84,45% against 30c/NQ-CP's "above 80% by 2020"
 * const t = getNationalTarget('30c-satisfaction-2020');
 * evaluateIndicator(getIndicator('sipas-satisfaction'), { percent: 84.45 }, { target: t.target }).status; // 'met'
 * ```
 *
 * @category Indicators
 */
export function getNationalTarget(id: string): NationalTarget {
  const t = typeof id === 'string' ? NATIONAL_TARGETS.find((x) => x.id === id) : undefined;
  if (t) return t;
  const p = { received: show(id), known: TARGET_IDS.join(', ') };
  const it = unknownIdIssue('UNKNOWN_TARGET', ['id'], id, TARGET_IDS, vi.UNKNOWN_TARGET__national(p), en.UNKNOWN_TARGET__national(p));
  throw new CchcError(it);
}
