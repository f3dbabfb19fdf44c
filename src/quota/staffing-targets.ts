import type { BilingualText } from '../core/bilingual.js';
import type { DateRange } from '../core/date-range.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import type { SourceRef } from '../core/source-ref.js';
import { provinceByCode } from '../units/province-by-code.js';
import type { ProvinceCode } from '../units/types.js';
import type { StreamliningScope } from './streamlining-targets.js';

/**
 * One cut of a staffing target, for the units it applies to (mức giảm biên chế theo loại đơn vị).
 *
 * @example
 * ```ts
 * import type { StaffingCutRule } from 'cchc';
 * const rule: StaffingCutRule = { level: 'provincial', mergedUnits: 2, percent: 15, appliesTo: { vi: 'Tỉnh hợp nhất từ 2 tỉnh', en: 'Provinces merged from 2' } };
 * ```
 *
 * @category Quotas
 */
export interface StaffingCutRule {
  /** Central ministries and agencies (`'central'`) or provincial units (`'provincial'`). */
  readonly level: 'central' | 'provincial';
  /**
   * For a provincial unit: how many former provinces it was formed from on 01/07/2025 (1: not merged). For a central
   * unit: 1 (not merged) or 2 (merged), as the sources word it ("đã sắp xếp" / "chưa sắp xếp").
   */
  readonly mergedUnits?: 1 | 2 | 3;
  /** The minimum cut, in percent points of the base (15 for "15%"). */
  readonly percent: number;
  /** Who it applies to, in words. */
  readonly appliesTo: BilingualText;
}

/**
 * A staffing target of the 2026–2031 period (mục tiêu biên chế giai đoạn 2026–2031), as data with its sources and what
 * could not be verified. See {@link STAFFING_TARGETS_2026_2031}.
 *
 * @example
 * ```ts
 * import { STAFFING_TARGETS_2026_2031 } from 'cchc';
 * STAFFING_TARGETS_2026_2031[0]?.rules[0]?.percent; // 10
 * ```
 *
 * @category Quotas
 */
export interface StaffingTarget {
  /** Stable id. */
  readonly id: 'bnv10989-2025-public-employees' | 'bnv10989-2025-civil-servants';
  /** The instrument (Công văn 10989/BNV-TCBC of the Ministry of Home Affairs); its date and full text are unverified. */
  readonly instrument: SourceRef;
  /** Whose posts are cut: `'budget-paid-public-employees'` (viên chức) or `'state-administrative-staff'` (công chức). */
  readonly scope: StreamliningScope;
  /** The staffing period the proposal is for: 2026–2031. */
  readonly staffingPeriod: DateRange;
  /** What the cut is measured against. */
  readonly base: BilingualText;
  /** The cuts, by kind of unit. */
  readonly rules: readonly StaffingCutRule[];
  /** Fields kept out of the cut (education, health for viên chức). */
  readonly excludes: readonly BilingualText[];
  /** The ceiling of the period's staffing. */
  readonly ceiling: BilingualText;
  /** What the target asks, in words. */
  readonly description: BilingualText;
  /** Where it was read. */
  readonly sources: readonly SourceRef[];
  /** `false`: part of the target rests on sources that were not read in full (see `unverified`). */
  readonly verified: boolean;
  /** What remains unverified, in words. */
  readonly unverified: readonly BilingualText[];
}

const CV10989: SourceRef = {
  document: 'Công văn 10989/BNV-TCBC của Bộ Nội vụ (đề xuất biên chế giai đoạn 2026–2031 theo vị trí việc làm)',
  reliability: 'A',
  verified: false,
  note: 'Issued shortly before 24/11/2025 (proposals due before 26/11/2025); the number is confirmed by the press, the date, the full symbol and the text were not read.',
};
const LAODONG_10989: SourceRef = {
  document: 'Lao Động (English edition): "reduce at least 10% of staff compared to the assigned level by the end of 2026"',
  url: 'https://news.laodong.vn/thoi-su/phai-cat-giam-toi-thieu-10-bien-che-so-voi-muc-duoc-giao-den-het-nam-2026-1614921.ldo',
  reliability: 'B',
  verified: true,
  note: 'Names Document No. 10989; staffing of 2026–2031 may not exceed the level assigned for 2022–2026; education and health kept stable; proposals before 26/11/2025. Its "civil servants" is a mistranslation: the 10% cut is of viên chức (see Thanh Niên).',
};
const THANHNIEN_10989: SourceRef = {
  document: 'Thanh Niên: "Biên chế viên chức giáo dục, y tế sẽ được giữ ổn định" (sub-heading "Giảm tối thiểu 10% biên chế viên chức")',
  date: '2025-11-24',
  url: 'https://thanhnien.vn/bien-che-vien-chuc-giao-duc-y-te-se-duoc-giu-on-dinh-185251124171557166.htm',
  reliability: 'B',
  verified: true,
};
const VNECONOMY_10989: SourceRef = {
  document: 'VnEconomy: "Bộ Nội vụ đề nghị các địa phương gửi đề xuất biên chế trước 26/11"',
  date: '2025-11-24',
  url: 'https://vneconomy.vn/bo-noi-vu-de-nghi-cac-dia-phuong-gui-de-xuat-bien-che-truoc-2611.htm',
  reliability: 'B',
  verified: true,
  note: 'Dates the request; also cites the earlier Công văn 8091/BNV-TCBC of 17/09/2025.',
};
const LAODONG_CIVIL: SourceRef = {
  document: 'Lao Động: "Sẽ thực hiện giảm 15% biên chế công chức khi sáp nhập 2 tỉnh"',
  url: 'https://news.laodong.vn/thoi-su/se-thuc-hien-giam-15-bien-che-cong-chuc-khi-sap-nhap-2-tinh-1614653.ldo',
  reliability: 'B',
  verified: true,
  note: 'Central units merged −15%, not merged −5%; provinces not merged −5%, merged from two units −15%, from three −20%. The article is of the same days as CV 10989; that these cuts are written in CV 10989 itself, and against which base, was not read.',
};

const PERIOD: DateRange = { start: '2026-01-01', end: '2031-12-31' };
const BASE: BilingualText = {
  vi: 'Biên chế được cấp có thẩm quyền giao đến hết năm 2026 (giai đoạn 2022–2026)',
  en: 'The staffing level assigned by the competent authorities up to the end of 2026 (period 2022–2026)',
};
const CEILING: BilingualText = {
  vi: 'Biên chế giai đoạn 2026–2031 không vượt quá biên chế được giao giai đoạn 2022–2026',
  en: 'Staffing for 2026–2031 may not exceed the level assigned for 2022–2026',
};

/**
 * The staffing targets of the 2026–2031 period set by the Ministry of Home Affairs (Bộ Nội vụ) in Công văn
 * 10989/BNV-TCBC (11/2025), as the press reports them:
 *
 * - **viên chức** (public-service staff paid from the budget): cut at least **10%** against the level assigned up to
 *   the end of 2026, after taking out education and health, which are kept stable;
 * - **công chức** (civil servants): provinces not merged −5%, merged from two provinces −15%, from three −20%;
 *   central units merged −15%, not merged −5%.
 *
 * In both, 2026–2031 staffing may not exceed the 2022–2026 level. The cut is measured "so với mức được giao đến hết năm
 * 2026" for the 2026–2031 proposal: the sources do not support reading it as "cut 10% by 31/12/2026" (an in-year
 * deadline is UNVERIFIED). The document's date and text were not read, so both targets carry `verified: false` and list
 * what is open. {@link provincialStaffingCuts} picks the civil-servant cut of a province from the registry.
 *
 * The earlier targets (KL 40-KL/TW for 2022–2026 …) are in `STREAMLINING_TARGETS`; the regimes for people leaving
 * (NĐ 154/2025/NĐ-CP to 2030) in {@link STREAMLINING_REGIMES}.
 *
 * @example
 * ```ts
 * import { STAFFING_TARGETS_2026_2031 } from 'cchc';
 * const [publicEmployees, civilServants] = STAFFING_TARGETS_2026_2031;
 * publicEmployees?.excludes.map((e) => e.en); // ['education', 'health']
 * civilServants?.rules.filter((r) => r.level === 'provincial').map((r) => [r.mergedUnits, r.percent]); // [[1, 5], [2, 15], [3, 20]]
 * civilServants?.verified; // false
 * ```
 *
 * @category Quotas
 */
export const STAFFING_TARGETS_2026_2031: readonly StaffingTarget[] = deepFreeze([
  {
    id: 'bnv10989-2025-public-employees',
    instrument: CV10989,
    scope: 'budget-paid-public-employees',
    staffingPeriod: PERIOD,
    base: BASE,
    rules: [
      {
        level: 'central',
        percent: 10,
        appliesTo: {
          vi: 'Viên chức của các bộ, ngành (trừ giáo dục, y tế)',
          en: 'Viên chức of ministries and agencies (education and health excepted)',
        },
      },
      {
        level: 'provincial',
        percent: 10,
        appliesTo: {
          vi: 'Viên chức của các tỉnh, thành phố (trừ giáo dục, y tế)',
          en: 'Viên chức of provinces and cities (education and health excepted)',
        },
      },
    ],
    excludes: [
      { vi: 'giáo dục', en: 'education' },
      { vi: 'y tế', en: 'health' },
    ],
    ceiling: CEILING,
    description: {
      vi: 'Giảm tối thiểu 10% biên chế viên chức so với mức được giao đến hết năm 2026, sau khi trừ giáo dục và y tế (giữ ổn định), trong đề xuất biên chế giai đoạn 2026–2031',
      en: 'Cut at least 10% of viên chức posts against the level assigned up to the end of 2026, education and health (kept stable) excepted, in the 2026–2031 staffing proposal',
    },
    sources: [CV10989, LAODONG_10989, THANHNIEN_10989, VNECONOMY_10989],
    verified: false,
    unverified: [
      { vi: 'Ngày ban hành và toàn văn Công văn 10989/BNV-TCBC', en: 'The date and full text of Công văn 10989/BNV-TCBC' },
      { vi: 'Có hay không thời hạn hoàn thành trong năm 2026', en: 'Whether a deadline within 2026 is set' },
    ],
  },
  {
    id: 'bnv10989-2025-civil-servants',
    instrument: CV10989,
    scope: 'state-administrative-staff',
    staffingPeriod: PERIOD,
    base: BASE,
    rules: [
      { level: 'central', mergedUnits: 1, percent: 5, appliesTo: { vi: 'Bộ, ngành chưa sắp xếp', en: 'Central units not merged' } },
      { level: 'central', mergedUnits: 2, percent: 15, appliesTo: { vi: 'Bộ, ngành đã sắp xếp, hợp nhất', en: 'Central units merged' } },
      { level: 'provincial', mergedUnits: 1, percent: 5, appliesTo: { vi: 'Tỉnh, thành phố không sắp xếp', en: 'Provinces not merged' } },
      {
        level: 'provincial',
        mergedUnits: 2,
        percent: 15,
        appliesTo: { vi: 'Tỉnh, thành phố hợp nhất từ 2 tỉnh', en: 'Provinces merged from two' },
      },
      {
        level: 'provincial',
        mergedUnits: 3,
        percent: 20,
        appliesTo: { vi: 'Tỉnh, thành phố hợp nhất từ 3 tỉnh', en: 'Provinces merged from three' },
      },
    ],
    excludes: [],
    ceiling: CEILING,
    description: {
      vi: 'Giảm biên chế công chức: tỉnh không sắp xếp 5%, hợp nhất 2 tỉnh 15%, hợp nhất 3 tỉnh 20%; bộ, ngành đã sắp xếp 15%, chưa sắp xếp 5%',
      en: 'Cut civil-servant posts: provinces not merged 5%, merged from two 15%, from three 20%; central units merged 15%, not merged 5%',
    },
    sources: [CV10989, LAODONG_CIVIL],
    verified: false,
    unverified: [
      {
        vi: 'Các mức này được ghi trong chính Công văn 10989/BNV-TCBC hay văn bản kèm theo',
        en: 'Whether these cuts are written in Công văn 10989/BNV-TCBC itself or in a companion document',
      },
      {
        vi: 'Mốc so sánh (biên chế được giao đến hết năm 2026) đối với công chức',
        en: 'The base (the level assigned up to the end of 2026) for civil servants',
      },
    ],
  },
] as StaffingTarget[]);

/**
 * The 2026–2031 staffing cuts that apply to a provincial unit of 01/07/2025, from the registry: the civil-servant cut
 * by the number of provinces it was merged from (5%, 15% or 20%) and the viên chức cut (10%, education and health
 * excepted). Both rest on press reports of CV 10989/BNV-TCBC (`verified: false`; see {@link STAFFING_TARGETS_2026_2031}).
 *
 * @param code - the code of a unit in force on 01/01/2026 (one of the 34).
 * @throws {@link CchcError} `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE`, `PROVINCE_NOT_IN_FORCE` (a code closed on
 *   30/06/2025).
 *
 * @example
 * ```ts
 * import { provincialStaffingCuts } from 'cchc';
 * provincialStaffingCuts('79').civilServants; // { percent: 20, mergedUnits: 3 }
 * provincialStaffingCuts('91').civilServants.percent; // 15
 * provincialStaffingCuts('01').civilServants.percent; // 5
 * provincialStaffingCuts('01').publicEmployees.percent; // 10
 * provincialStaffingCuts('89'); // throws CchcError PROVINCE_NOT_IN_FORCE
 * ```
 *
 * @category Quotas
 */
export function provincialStaffingCuts(code: ProvinceCode): {
  readonly civilServants: { readonly percent: number; readonly mergedUnits: 1 | 2 | 3 };
  readonly publicEmployees: { readonly percent: number; readonly excludes: readonly BilingualText[] };
  readonly verified: false;
  readonly sources: readonly SourceRef[];
} {
  const unit = provinceByCode(code, { on: PERIOD.start });
  const mergedUnits = Math.min(3, Math.max(1, unit.mergedFrom?.length ?? 1)) as 1 | 2 | 3;
  const [pe, cs] = STAFFING_TARGETS_2026_2031 as readonly [StaffingTarget, StaffingTarget];
  const rule = cs.rules.find((r) => r.level === 'provincial' && r.mergedUnits === mergedUnits)!;
  return Object.freeze({
    civilServants: Object.freeze({ percent: rule.percent, mergedUnits }),
    publicEmployees: Object.freeze({ percent: pe.rules.find((r) => r.level === 'provincial')!.percent, excludes: pe.excludes }),
    verified: false as const,
    sources: Object.freeze([...cs.sources, ...pe.sources.filter((s) => !cs.sources.includes(s))]),
  });
}
