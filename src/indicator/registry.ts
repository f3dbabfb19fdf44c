import { CchcError, show } from '../core/errors.js';
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import type { SourceRef } from '../core/source-ref.js';
import { unknownIdIssue } from '../core/fields.js';
import { DISBURSEMENT_TARGET_95 } from '../quota/disbursement.js';
import { defineIndicator, type IndicatorDefinition, type IndicatorSpec } from './define-indicator.js';
import * as vi from '../core/messages/vi/indicator.js';
import * as en from '../core/messages/en/indicator.js';

const SEED = 'Báo cáo 389/BC-UBND (UBND tỉnh Kiên Giang, 09/12/2019)';
const ND61: SourceRef = {
  document: 'Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông',
  date: '2018-04-23',
  url: 'https://vietjack.me/phap-luat/nghi-dinh-61-2018-nd-cp-ve-thuc-hien-co-che-mot-cua-mot-cua-lien-thong-trong-giai-quyet-thu-tuc-hanh/chuong-i-4656.html',
  reliability: 'A',
};
const ND43_LEVELS: SourceRef = {
  document: 'Nghị định 43/2011/NĐ-CP',
  article: 'khoản 4 Điều 3',
  url: 'http://pleiku.gialai.gov.vn/Xa-An-Phu/chuyenmuc/Thong-tin-tuyen-truyen/dich-vu-cong-truc-tuyen.aspx?page=9',
  reliability: 'A',
  note: 'Levels 1–4 of online public services, replaced by full-process / partial from 15/08/2022 (Nghị định 42/2022/NĐ-CP).',
};
const ND42_LEVELS: SourceRef = {
  document: 'Nghị định 42/2022/NĐ-CP',
  article: 'khoản 1 Điều 11',
  date: '2022-06-24',
  url: 'https://sotuphap.haugiang.gov.vn/xem-chi-tiet-tin_new/-/tin-tuc/Muc-o-cung-cap-dich-vu-cong-truc-tuyen-tren-moi-truong-mang26362',
  reliability: 'A',
  note: 'In force from 15/08/2022. The mapping of the old levels 3–4 onto full-process / partial is not stated in the part read.',
};
const NQ76: SourceRef = {
  document: 'Nghị quyết 76/NQ-CP (Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030)',
  date: '2021-07-15',
  url: 'https://english.luatvietnam.vn/hanh-chinh/resolution-76-nq-cp-2021-master-program-on-state-administration-reform-in-2021-2030-205518-d1.html',
  reliability: 'C',
};

const pct = (
  id: string,
  nameVi: string,
  nameEn: string,
  numerator: [string, string],
  denominator: [string, string],
  source: SourceRef,
  extra: Pick<IndicatorSpec, 'byLevel' | 'validity' | 'target' | 'share'> = {},
): IndicatorDefinition =>
  defineIndicator({
    id,
    name: { vi: nameVi, en: nameEn },
    numerator: { vi: numerator[0], en: numerator[1] },
    denominator: { vi: denominator[0], en: denominator[1] },
    unit: 'percent',
    direction: 'at-least',
    sources: [source],
    ...extra,
  });

const TTHC: [string, string] = ['Tổng số TTHC (theo cấp)', 'Administrative procedures (at the level)'];

// The registry as written; defined (validated, frozen) on first use, not when the package is imported (issue 18).
const definitions = (): readonly IndicatorDefinition[] => [
  pct(
    'one-stop-coverage',
    'Tỷ lệ TTHC thực hiện theo cơ chế một cửa',
    'Share of administrative procedures handled under the one-stop mechanism',
    ['Số TTHC giải quyết theo cơ chế một cửa', 'Procedures handled one-stop'],
    TTHC,
    ND61,
    { byLevel: true },
  ),
  pct(
    'inter-agency-one-stop-share',
    'Tỷ lệ TTHC giải quyết theo cơ chế một cửa liên thông',
    'Share of procedures handled under the inter-agency one-stop mechanism',
    ['Số TTHC giải quyết theo cơ chế một cửa liên thông', 'Procedures handled inter-agency one-stop'],
    ['Tổng số TTHC trong bộ TTHC', 'Procedures in the province’s set'],
    ND61,
    { byLevel: true },
  ),
  pct(
    'procedures-published',
    'Tỷ lệ TTHC được công khai đầy đủ, đúng quy định',
    'Share of procedures published in full as required',
    ['Số TTHC được công khai đầy đủ trên Cổng/Trang TTĐT', 'Procedures published in full on the portal'],
    ['Tổng số TTHC trong bộ TTHC', 'Procedures in the province’s set'],
    { document: `${SEED}, Phụ lục IV dòng 1 (biểu mẫu báo cáo CCHC)` },
    { byLevel: true },
  ),
  pct(
    'online-services-level-1-2',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 1 và 2',
    'Share of procedures offered as online public services at levels 1–2',
    ['Số DVCTT mức độ 1, 2', 'Online services at levels 1–2'],
    TTHC,
    ND43_LEVELS,
    { validity: { end: '2022-08-14' } },
  ),
  pct(
    'online-services-level-3',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3',
    'Share of procedures offered online at level 3',
    ['Số DVCTT mức độ 3', 'Online services at level 3'],
    TTHC,
    ND43_LEVELS,
    { validity: { end: '2022-08-14' } },
  ),
  pct(
    'online-services-level-4',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4',
    'Share of procedures offered online at level 4',
    ['Số DVCTT mức độ 4', 'Online services at level 4'],
    TTHC,
    ND43_LEVELS,
    { validity: { end: '2022-08-14' } },
  ),
  pct(
    'online-services-level-3-4',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3 và 4',
    'Share of procedures offered online at levels 3–4',
    ['Số DVCTT mức độ 3, 4', 'Online services at levels 3–4'],
    TTHC,
    ND43_LEVELS,
    { validity: { end: '2022-08-14' } },
  ),
  pct(
    'online-services-full-process',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
    'Share of procedures offered as full-process online services',
    ['Số DVCTT toàn trình', 'Full-process online services'],
    TTHC,
    ND42_LEVELS,
    { validity: { start: '2022-08-15' } },
  ),
  pct(
    'online-services-partial',
    'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến một phần',
    'Share of procedures offered as partial online services',
    ['Số DVCTT một phần', 'Partial online services'],
    TTHC,
    ND42_LEVELS,
    { validity: { start: '2022-08-15' } },
  ),
  pct(
    'postal-procedures-share',
    'Tỷ lệ TTHC tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích',
    'Share of procedures whose dossiers can be filed and results returned by public postal service',
    ['Số TTHC thực hiện qua dịch vụ bưu chính công ích', 'Procedures available by public postal service'],
    TTHC,
    { document: 'Quyết định 45/2016/QĐ-TTg', date: '2016-10-19', note: `As cited in ${SEED}, §II.6.1c; the decision's text was not read.` },
  ),
  pct(
    'iso-9001-coverage',
    'Tỷ lệ cơ quan hành chính áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001',
    'Share of administrative agencies applying a TCVN ISO 9001 quality management system',
    ['Số cơ quan áp dụng HTQLCL theo TCVN ISO 9001', 'Agencies applying TCVN ISO 9001'],
    ['Số cơ quan hành chính thuộc diện áp dụng', 'Administrative agencies required to apply it'],
    { document: `${SEED}, §II.6.2 và Phụ lục II dòng 21–23 (biểu mẫu báo cáo CCHC)` },
    { byLevel: true },
  ),
  pct(
    'iso-9001-announced',
    'Tỷ lệ cơ quan đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001',
    'Share of agencies that have announced a TCVN ISO 9001-conformant quality system',
    ['Số cơ quan đã công bố HTQLCL phù hợp TCVN ISO 9001', 'Agencies that announced conformity'],
    ['Số cơ quan áp dụng HTQLCL theo TCVN ISO 9001', 'Agencies applying TCVN ISO 9001'],
    { document: `${SEED}, §II.6.2 và Phụ lục II dòng 21` },
    { byLevel: true },
  ),
  pct(
    'e-documents-fully-electronic',
    'Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước hoàn toàn dưới dạng điện tử',
    'Share of documents exchanged between state agencies fully electronically',
    ['Số văn bản trao đổi hoàn toàn trên môi trường mạng (không dùng văn bản giấy)', 'Documents exchanged fully online (no paper)'],
    ['Tổng số văn bản trao đổi giữa các cơ quan nhà nước', 'Documents exchanged between state agencies'],
    {
      document: `${SEED}, §II.6.1b`,
      note: 'No national target is encoded: the e-government targets (Nghị quyết 17/NQ-CP, 2019) were not verified.',
    },
  ),
  pct(
    'inspection-coverage',
    'Tỷ lệ cơ quan chuyên môn cấp tỉnh và UBND cấp huyện được kiểm tra CCHC trong năm',
    'Share of provincial departments and district people’s committees inspected for administrative reform in the year',
    ['Số sở, ngành và UBND cấp huyện được kiểm tra', 'Departments and districts inspected'],
    ['Tổng số sở, ngành và UBND cấp huyện', 'Departments and districts'],
    {
      document: `${SEED}, §I.2 ("đạt trên 30% số đơn vị")`,
      note: 'The 30% threshold is the one provinces report against (PAR INDEX criterion 1.3 "Kiểm tra công tác CCHC"); the sub-criterion text was not retrieved (par-index.md §4), so it is a documented default.',
    },
    { target: { value: 30 } },
  ),
  pct(
    'feedback-handled',
    'Tỷ lệ phản ánh, kiến nghị về quy định hành chính, TTHC được xử lý',
    'Share of citizen and business feedback on administrative rules and procedures handled',
    ['Số phản ánh, kiến nghị đã xử lý', 'Feedback items handled'],
    ['Số phản ánh, kiến nghị tiếp nhận', 'Feedback items received'],
    { document: 'Nghị định 20/2008/NĐ-CP', date: '2008-02-14', note: `As cited in ${SEED}, §IV.3; reported in Phụ lục V dòng 2.` },
  ),
  pct(
    'sipas-satisfaction',
    'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    'Satisfaction index of public administrative services (SIPAS)',
    ['Điểm hài lòng (SIPAS, %)', 'Satisfaction score (SIPAS, %)'],
    ['100%', '100%'],
    {
      document: 'Quyết định 2640/QĐ-BNV (Đề án đo lường sự hài lòng 2017–2020)',
      date: '2017-10-10',
      note: `As cited in ${SEED}, §IV.1. Evaluate it with { percent }: SIPAS is published as a percentage.`,
    },
  ),
  pct(
    'online-payment-share',
    'Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến',
    'Share of procedures with financial obligations that can be paid online',
    ['Số TTHC có nghĩa vụ tài chính thanh toán trực tuyến được', 'Such procedures payable online'],
    ['Số TTHC có yêu cầu nghĩa vụ tài chính', 'Procedures with financial obligations'],
    NQ76,
  ),
  pct(
    'business-regulation-cut',
    'Tỷ lệ quy định liên quan đến hoạt động kinh doanh được cắt giảm, đơn giản hóa',
    'Share of business-related regulations cut or simplified',
    ['Số quy định được cắt giảm, đơn giản hóa', 'Regulations cut or simplified'],
    ['Số quy định có hiệu lực tại ngày 31/5/2020', 'Regulations in force on 31/5/2020'],
    NQ76,
  ),
  pct(
    'compliance-cost-cut',
    'Tỷ lệ chi phí tuân thủ quy định kinh doanh được cắt giảm',
    'Share of the compliance cost of business regulations cut',
    ['Chi phí tuân thủ được cắt giảm', 'Compliance cost cut'],
    ['Chi phí tuân thủ theo các văn bản có hiệu lực tại ngày 31/5/2020', 'Compliance cost under the documents in force on 31/5/2020'],
    NQ76,
  ),
  pct(
    'online-users-with-eid',
    'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến được định danh điện tử',
    'Share of online public-service users with an electronic identification',
    ['Số người dùng DVCTT có định danh điện tử', 'Online-service users with an e-ID'],
    ['Số người dùng DVCTT', 'Online-service users'],
    NQ76,
  ),
  pct(
    'national-databases-completed',
    'Tỷ lệ cơ sở dữ liệu quốc gia nền tảng được hoàn thành',
    'Share of foundational national databases completed',
    ['Số CSDL quốc gia nền tảng đã hoàn thành', 'Foundational national databases completed'],
    ['Số CSDL quốc gia nền tảng', 'Foundational national databases'],
    NQ76,
  ),
  pct(
    'disbursement-rate',
    'Tỷ lệ giải ngân kế hoạch vốn đầu tư công',
    'Public investment disbursement rate',
    ['Số vốn đã giải ngân', 'Capital disbursed'],
    ['Kế hoạch vốn (ghi rõ: Thủ tướng giao hay tỉnh giao)', 'The plan (say which: PM-assigned or province-assigned)'],
    DISBURSEMENT_TARGET_95.sources[0]!,
    { target: { value: DISBURSEMENT_TARGET_95.percent, sources: [DISBURSEMENT_TARGET_95.sources[0]!] }, share: false },
  ),
];

let built:
  | {
      readonly list: readonly IndicatorDefinition[];
      readonly byId: ReadonlyMap<string, IndicatorDefinition>;
      readonly ids: readonly string[];
    }
  | undefined;

/** The registry, built on first use. */
function registry(): NonNullable<typeof built> {
  if (built) return built;
  const list = Object.freeze([...definitions()]);
  const byId: ReadonlyMap<string, IndicatorDefinition> = new Map(list.map((d) => [d.id, d]));
  built = { list, byId, ids: Object.freeze([...byId.keys()]) };
  return built;
}

/**
 * The registry of indicators a yearly CCHC report uses (danh mục chỉ số), each defined with
 * `defineIndicator` and citing its source: one-stop and inter-agency coverage by level, published procedures, online
 * services at levels 1–4 (to 14/8/2022) and full-process / partial (from 15/8/2022), postal procedures, ISO 9001
 * coverage and announcements, fully electronic documents, inspection coverage (≥ 30%), feedback handled, SIPAS
 * satisfaction, the 76/NQ-CP indicators (online payment, regulation and compliance-cost cuts, e-ID, national
 * databases) and the disbursement rate (≥ 95% of the PM-assigned plan). National targets are in `NATIONAL_TARGETS`.
 *
 * @example
 * ```ts
 * import { INDICATORS } from 'cchc';
 * INDICATORS.some((d) => d.id === 'online-services-full-process'); // true
 * ```
 *
 * @category Indicators
 */
export const INDICATORS: readonly IndicatorDefinition[] = /* @__PURE__ */ lazyFrozen(() => registry().list, { array: true });

/**
 * One indicator of the registry by id.
 *
 * @throws {@link CchcError} `UNKNOWN_INDICATOR`, with the closest id as `suggestion`.
 * @example
 * ```ts
 * import { getIndicator } from 'cchc';
 * getIndicator('inspection-coverage').target?.value; // 30
 * getIndicator('nope'); // throws CchcError UNKNOWN_INDICATOR
 * ```
 *
 * @category Indicators
 */
export function getIndicator(id: string): IndicatorDefinition {
  // A Map holds only its own entries: 'constructor' or '__proto__' is never an indicator.
  const { byId, ids } = registry();
  const d = typeof id === 'string' ? byId.get(id) : undefined;
  if (d) return d;
  const p = { received: show(id), known: ids.join(', ') };
  throw new CchcError(unknownIdIssue('UNKNOWN_INDICATOR', ['id'], id, ids, vi.UNKNOWN_INDICATOR(p), en.UNKNOWN_INDICATOR(p)));
}
