// The QĐ 766 index as data: the configuration the national portal scores today (QD766_PORTAL, a fit to its published
// scores), the five groups of the 2022 decision as far as its text gives them (QD766_2022), and the level policies.
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { defineMethodology } from '../par/define-methodology.js';
import { registerLazy } from '../par/_internal/registry.js';
import type { Methodology, MethodologyNodeSpec, MethodologySpec } from '../par/methodology.js';
import { QD766_SOURCES as S } from './sources.js';

/**
 * A methodology constant defined on first use (importing the package validates and builds none, issue 18); it is a
 * methodology of `defineMethodology` for every function that takes one.
 */
function lazyMethodology(spec: () => MethodologySpec): Methodology {
  let m: Methodology | undefined;
  const build = (): Methodology => (m ??= defineMethodology(spec()));
  const standIn = lazyFrozen(build);
  registerLazy(standIn, build);
  return standIn;
}

const TREATED_AS_PROVINCE = { department: 'inherited', commune: 'inherited' } as const;

const PORTAL_NODES: readonly MethodologyNodeSpec[] = [
  {
    code: '1',
    name: 'Công khai, minh bạch',
    nameEn: 'Transparency and disclosure',
    maxPoints: 18,
    children: [
      {
        code: '1.1',
        name: 'Tỷ lệ thủ tục hành chính công bố đúng hạn',
        nameEn: 'Share of procedures published on time',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        atUnitLevel: TREATED_AS_PROVINCE,
        note: "TTHC whose publication decision is dated at least 5 working days (province; 20 for a ministry) before its legal basis takes effect ÷ TTHC in publication decisions dated in the period. 6 × rate; nothing to publish (0/0): the portal scores null, counted 0. Departments and communes get their province's value.",
      },
      {
        code: '1.2',
        name: 'Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn',
        nameEn: 'Share of procedures updated and disclosed on time',
        maxPoints: 4,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        atUnitLevel: TREATED_AS_PROVINCE,
        note: "TTHC disclosed on the national database within 5 working days (province; 10 for a ministry) of the publication decision ÷ TTHC to disclose in the period. 4 × rate; 0/0 → 0. Departments and communes get their province's value. 4 points is also the 2022 text's figure.",
      },
      {
        code: '1.3',
        name: 'Tỷ lệ thủ tục hành chính được công khai có đầy đủ các nội dung quy định về các bộ phận tạo thành của thủ tục hành chính',
        nameEn: 'Share of procedures disclosed with all required components',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true },
        atUnitLevel: TREATED_AS_PROVINCE,
        note: "TTHC disclosed with name, sequence, channels, dossier parts, deadline, applicant and agency (k2 Đ8 NĐ 63/2010) ÷ TTHC disclosed; not bound to the period. 2 × rate. The portal's score for 0/0 was never observed: an empty ratio is refused.",
      },
      {
        code: '1.4',
        name: 'Tỷ lệ hồ sơ được đồng bộ trạng thái theo thời gian thực với Cổng Dịch vụ công quốc gia',
        nameEn: 'Share of dossiers synced in real time with the National Public Service Portal',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: 'Synced dossiers received in the period ÷ max(national-report count, portal count). 6 × rate; no data → 0 (flag NO_NATIONAL_REPORT_DATA).',
      },
    ],
  },
  {
    code: '2',
    name: 'Tiến độ giải quyết',
    nameEn: 'Processing progress',
    maxPoints: 20,
    children: [
      {
        code: '2.1',
        name: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
        nameEn: 'Share of dossiers handled early or on time',
        maxPoints: 20,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: '(resolved early or on time + pending within due) ÷ (resolved + pending), under the qd766 dossier rules. 20 × rate, no threshold (fits to 984 scores); no dossier → 0 (observed once). "Thời gian giải quyết trung bình" (2.2) is shown without points.',
      },
    ],
  },
  {
    code: '3',
    name: 'Dịch vụ công trực tuyến',
    nameEn: 'Online public services',
    maxPoints: 12,
    children: [
      {
        code: '3.1',
        name: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính đủ điều kiện cung cấp toàn trình',
        nameEn: 'Full-process online dossiers among dossiers of procedures eligible for full-process service',
        maxPoints: 12,
        rule: { kind: 'proportional', share: true },
        note: "UNVERIFIED formula: the portal gives 12 × a ratio it supplies (56% → 6.72) whose definition could not be reproduced from its published parameters. measure766 computes the METRICS row 6 ratio (full-process online dossiers ÷ dossiers of eligible procedures); pass the portal's ratio to reproduce its score. Communes are scored on it (Phường Việt Trì 8/2026: 6.48).",
      },
    ],
  },
  {
    code: '4',
    name: 'Số hóa hồ sơ',
    nameEn: 'Dossier digitisation',
    maxPoints: 22,
    children: [
      {
        code: '4.1',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả giải quyết thủ tục hành chính điện tử',
        nameEn: 'Share of dossiers with an electronic result',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: 'Dossiers with an electronic result ÷ dossiers (the same denominator as 2.1 in every capture). 6 × rate; 0/0 → null, counted 0.',
      },
      {
        code: '4.2',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính thực hiện số hóa hồ sơ',
        nameEn: 'Share of dossiers digitised',
        maxPoints: 4,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: 'Dossiers with digitised components and a result file ÷ dossiers. 4 × rate: the formula document says full marks at 80%, the portal does not apply it (Sở GD&ĐT Phú Thọ 80.06% → 3.20).',
      },
      {
        code: '4.3',
        name: 'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
        nameEn: 'Coverage of electronic certified copies from originals',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true },
        atUnitLevel: { province: 'max', department: 'max', commune: 'max' },
        note: 'Communes offering e-certified copies ÷ communes. Observed: the portal gives every unit, departments included, the full 2 points (numerator and denominator null, fits to 984 scores); scored by its rule only without a unit level.',
      },
      {
        code: '4.4',
        name: 'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
        nameEn: 'Share of dossiers reusing digitised data',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true, fullAt: 0.8, whenEmpty: 'zero' },
        note: 'Dossiers with at least one component cut or replaced by digitised data ÷ dossiers. min(2, 2 × rate / 80%) (Đắk Lắk 18.63% → 0.47).',
      },
      {
        code: '4.5',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng',
        nameEn: 'Share of digitised dossiers linked and shared for reuse',
        maxPoints: 4,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: "Dossiers with a component from, or a result pushed to, the citizen's data store on the portal ÷ dossiers received. 4 × rate (2.14% → 0.09; 9.90% → 0.40).",
      },
      {
        code: '4.6',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính có sử dụng thông tin, dữ liệu dân cư',
        nameEn: 'Share of dossiers using population data',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: 'Dossiers with a VNeID-verified account or population-database data ÷ dossiers. 2 × rate. METRICS scopes it to provinces; the portal scores communes on it (Việt Trì 8/2026: 0.77).',
      },
      {
        code: '4.7',
        name: 'Tỷ lệ thủ tục hành chính triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính',
        nameEn: 'Share of procedures connected to population data',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true },
        note: 'TTHC with such dossiers ÷ TTHC whose applicants are citizens. 2 × rate (0/3 → 0; 0/0 never observed: refused). Communes are scored on it (Việt Trì: 46/385 → 0.24).',
      },
    ],
  },
  {
    code: '5',
    name: 'Mức độ hài lòng',
    nameEn: 'Satisfaction',
    maxPoints: 18,
    children: [
      {
        code: '5.1',
        name: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn',
        nameEn: 'Share of feedback handled on time',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'max' },
        note: 'PAKN handled on or before time + pending within time ÷ PAKN in scope. 6 × rate; no PAKN → 6 (the METRICS text says the points are split over other indicators; the portal gives 6).',
      },
      {
        code: '5.2',
        name: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
        nameEn: 'Satisfaction with feedback handling',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'max' },
        note: '(PAKN − dissatisfied, re-raised or overdue) ÷ PAKN first received in the period (formula of the 2022 text). 6 × rate; no PAKN → 6.',
      },
      {
        code: '5.3',
        name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
        nameEn: 'Satisfaction with receiving and handling procedures',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, fullAt: 0.9, whenEmpty: 'zero' },
        note: "(dossiers − dissatisfied, with a PAKN, or overdue) ÷ dossiers (formula of the 2022 text). min(6, 6 × rate / 90%); no dossier → 0. 6 points is also the 2022 text's figure.",
      },
    ],
  },
  {
    code: '6',
    name: 'Thanh toán trực tuyến',
    nameEn: 'Online payment',
    maxPoints: 10,
    children: [
      {
        code: '6.1',
        name: 'Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được tích hợp để người dân có thể thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia',
        nameEn: 'Share of fee-bearing procedures integrated for online payment on the portal',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true, fullAt: 0.8, whenEmpty: 'zero' },
        note: 'C = fee-bearing TTHC integrated for payment (API: totalFeeDossierFormality / totalFeeFormality). min(2, 2.5 × C): full marks at 80% per the formula document; never reached in the data (C ≤ 0.35).',
      },
      {
        code: '6.2',
        name: 'Tỷ lệ thủ tục hành chính có giao dịch thanh toán trực tuyến',
        nameEn: 'Share of procedures with an online payment transaction',
        maxPoints: 2,
        rule: { kind: 'proportional', share: true, fullAt: 0.8, whenEmpty: 'zero' },
        note: 'B = fee-bearing TTHC with at least one successful online payment ÷ fee-bearing TTHC. min(2, 2.5 × B).',
      },
      {
        code: '6.3',
        name: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
        nameEn: 'Share of dossiers paid online',
        maxPoints: 6,
        rule: { kind: 'proportional', share: true, whenEmpty: 'zero' },
        note: 'A = dossiers paid online (national or provincial payment gateway) ÷ dossiers with a financial obligation. 6 × A. The group is 6·A + min(2, 2.5·B) + min(2, 2.5·C), each part rounded to 2 decimals before the sum (Sở Xây dựng Đắk Lắk: 5.38 + 0.71 + 0.24 = 6.33, not 6.34).',
      },
    ],
  },
];

/**
 * The spec of {@link QD766_PORTAL}, for copying or adapting (e.g. with other level treatments).
 *
 * @example
 * ```ts
 * import { QD766_PORTAL_SPEC } from 'cchc';
 * QD766_PORTAL_SPEC.nodes.map((n) => n.maxPoints); // [18, 20, 12, 22, 18, 10]
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PORTAL_SPEC: MethodologySpec = /* @__PURE__ */ deepFreeze({
  id: 'qd766-portal',
  name: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg) — cấu hình chấm điểm quan sát trên Cổng Dịch vụ công quốc gia',
  maxPoints: 100,
  unitLevels: Object.freeze(['province', 'department', 'commune', 'ministry']),
  rounding: Object.freeze({ decimals: 2, mode: 'half-up' as const }),
  sources: Object.freeze([
    S.portalFits,
    S.phuThoCapture,
    S.dakLakCapture,
    S.provinceRanking,
    S.metrics,
    S.formulaDocument,
    S.decision,
    S.decisionFormulas,
    S.sixGroupsSeen,
  ]),
  notes: Object.freeze([
    'A configuration observed on dichvucong.gov.vn, fitted to its published scores (±0.01 on every group but 3): not a legal text. No decision amending QĐ 766/QĐ-TTg was found; the six groups split the 2022 group "Cung cấp dịch vụ trực tuyến" (22) into 3 (12) and 6 (10), and the portal\'s own API still reports the five 2022 groups with "Dịch vụ trực tuyến" = 22.',
    'Each indicator is rounded to 2 decimals (half-up) and groups are sums of the rounded indicators.',
    "Unit levels, as the portal does (captures of Phú Thọ 8/2026 and Đắk Lắk 10/2026): departments and communes get their province's 1.1–1.3 (inherited: give the province's values); 4.3 is 2 for every unit; communes and departments are scored on everything else, 3.1, 4.6 and 4.7 included. \"Communes get the maximum for 3.1, 4.6, 4.7\" is one crawler's policy (QD766_COMMUNE_FULL_MARKS_POLICY), not the portal's.",
    "Ministries: no capture was seen; the level is declared so that a ministry can be scored, on the province's rules (UNVERIFIED).",
    "Group 3 (DVCTT, 12): the portal's ratio could not be reproduced (the 2/4/6 split hypothesis was retired by its author): 3.1 takes a rate, computed by measure766 from the METRICS row 6 definition or given from the portal.",
  ]),
  nodes: PORTAL_NODES,
});

/**
 * The QĐ 766 index as the national portal (dichvucong.gov.vn, "Đánh giá chất lượng phục vụ") scores it today: six
 * groups 18 / 20 / 12 / 22 / 18 / 10 = 100, indicators 1.1–1.4, 2.1, 3.1, 4.1–4.7, 5.1–5.3, 6.1–6.3.
 *
 * **A configuration observed on the portal, not a legal text**: the rules are fits to its published scores
 * (reproduced to ±0.01 from real captures; see the golden tests), with their sources per indicator (`note`). What the
 * evidence shows:
 * - most indicators are max × rate; full marks at a threshold only for 4.4 (80%), 5.3 (90%), 6.1 and 6.2 (80%);
 * - no PAKN → 6 and 6 (5.1, 5.2); no dossier → 0 (2.1, 5.3, 4.x, 6.x); nothing to publish → 0 (1.1, 1.2);
 * - each indicator rounded to 2 decimals before the groups are summed (`rounding`);
 * - unit levels `province`, `department`, `commune`, `ministry`: departments and communes inherit their province's
 *   1.1–1.3 (`atUnitLevel: 'inherited'`), 4.3 is 2 for every unit (`'max'`), everything else is scored at every level.
 *   For the reading "communes get the maximum for 3.1, 4.6, 4.7" use {@link QD766_COMMUNE_FULL_MARKS_POLICY}.
 *
 * @example
 * ```ts
 * import { QD766_PORTAL, scoreAssessment } from 'cchc';
 * QD766_PORTAL.maxPoints.toString(); // '100'
 * QD766_PORTAL.nodes.map((n) => `${n.code}: ${n.maxPoints}`); // ['1: 18', '2: 20', '3: 12', '4: 22', '5: 18', '6: 10']
 * const full = Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '2.1', '3.1', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7',
 *   '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'].map((code) => [code, { rate: 1 }]));
 * scoreAssessment(QD766_PORTAL, full).total.achieved.toString(); // '100'
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PORTAL: Methodology = /* @__PURE__ */ lazyMethodology(() => QD766_PORTAL_SPEC);

const unknownPart = (code: string, name: string, nameEn: string, note?: string) =>
  Object.freeze({ code, name, nameEn, maxPoints: null, ...(note ? { note } : {}) });

/**
 * The spec of {@link QD766_2022}.
 *
 * @example
 * ```ts
 * import { QD766_2022_SPEC } from 'cchc';
 * QD766_2022_SPEC.nodes.map((n) => n.maxPoints); // [18, 20, 22, 22, 18]
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_2022_SPEC: MethodologySpec = /* @__PURE__ */ deepFreeze({
  id: 'qd766-2022',
  name: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg ngày 23/6/2022)',
  maxPoints: 100,
  sources: Object.freeze([S.decision, S.decisionPoints, S.decisionIndicators, S.decisionFormulas]),
  notes: Object.freeze([
    'The five groups and their maxima are from the decision; the appendix table of per-indicator points was not readable. Only three indicator points are known (1.2 = 4, 2.1 = 20, 5.3 = 6, quoted by the press): every group is scored as a whole (allocation unknown), its indicators are listed as parts.',
    'Group order as the decision summaries list it: 3 = Số hóa hồ sơ, 4 = Cung cấp dịch vụ trực tuyến (the VPCP formula document numbers them the other way round).',
    "The portal's six groups regroup exactly into these five (QD766_2022_INFERRED_GROUPING); that allocation is inferred, not the 2022 text.",
  ]),
  nodes: Object.freeze<MethodologyNodeSpec[]>([
    {
      code: '1',
      name: 'Công khai, minh bạch',
      nameEn: 'Transparency and disclosure',
      maxPoints: 18,
      rule: 'manual',
      allocation: 'unknown',
      parts: [
        unknownPart('1.1', 'Tỷ lệ TTHC công bố đúng hạn', 'Procedures published on time'),
        {
          code: '1.2',
          name: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn',
          nameEn: 'Procedures updated and disclosed on time',
          maxPoints: 4,
          note: 'baocaotaichinh.vn [C]',
        },
        unknownPart('1.3', 'Tỷ lệ TTHC được công khai đầy đủ nội dung', 'Procedures disclosed with all components'),
        unknownPart('1.4', 'Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia', 'Dossiers synced to the National Portal'),
      ],
    },
    {
      code: '2',
      name: 'Tiến độ, kết quả giải quyết',
      nameEn: 'Processing progress and results',
      maxPoints: 20,
      rule: 'manual',
      allocation: 'unknown',
      parts: [
        {
          code: '2.1',
          name: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
          nameEn: 'Dossiers handled early or on time',
          maxPoints: 20,
          note: '"up to 20", baocaotaichinh.vn [C]',
        },
        unknownPart('2.2', 'Thời gian giải quyết TTHC trung bình', 'Average processing time'),
      ],
    },
    {
      code: '3',
      name: 'Số hóa hồ sơ',
      nameEn: 'Dossier digitisation',
      maxPoints: 22,
      rule: 'manual',
      allocation: 'unknown',
      parts: [
        unknownPart('3.1', 'Tỷ lệ hồ sơ có cấp kết quả giải quyết điện tử', 'Dossiers with an electronic result'),
        unknownPart('3.2', 'Tỷ lệ hồ sơ được số hóa', 'Dossiers digitised'),
        unknownPart(
          '3.3',
          'Tỷ lệ hồ sơ khai thác, sử dụng lại dữ liệu số hóa',
          'Dossiers reusing digitised data',
          'The source list is truncated after the second item; this item is from implementation documents.',
        ),
      ],
    },
    {
      code: '4',
      name: 'Cung cấp dịch vụ trực tuyến',
      nameEn: 'Online service provision',
      maxPoints: 22,
      rule: 'manual',
      allocation: 'unknown',
      parts: [
        unknownPart('4.1', 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', 'Procedures offering an online service'),
        unknownPart('4.2', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'Online services that received dossiers'),
        unknownPart('4.3', 'Tỷ lệ hồ sơ theo hình thức nộp', 'Dossiers by submission channel'),
        unknownPart('4.4', 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến', 'Procedures with an online payment transaction'),
        unknownPart('4.5', 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'Dossiers paid online'),
      ],
    },
    {
      code: '5',
      name: 'Mức độ hài lòng',
      nameEn: 'Satisfaction',
      maxPoints: 18,
      rule: 'manual',
      allocation: 'unknown',
      parts: [
        unknownPart('5.1', 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', 'Feedback handled on time'),
        unknownPart('5.2', 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', 'Satisfaction with feedback handling'),
        {
          code: '5.3',
          name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
          nameEn: 'Satisfaction with procedure handling',
          maxPoints: 6,
          note: 'baocaotaichinh.vn [C]',
        },
      ],
    },
  ]),
});

/**
 * The QĐ 766 index as the 2022 decision gives it (Quyết định 766/QĐ-TTg, 23/6/2022, in service from 1/8/2022): five
 * groups 18 / 20 / 22 / 22 / 18 = 100, as far as the text gives them. The split of each group's points among its
 * indicators is **unknown** (the appendix table was not readable; only 1.2 = 4, 2.1 = 20 and 5.3 = 6 are quoted by the
 * press), so every group is a node with `allocation: 'unknown'`: it is scored as a whole (`{ points }`), and an input
 * for one of its indicators is `PAR_ALLOCATION_UNKNOWN`. Nothing is invented: unknown points are `null` in `parts`.
 *
 * For the portal's allocation regrouped into these five groups (inferred, not the text), see
 * {@link QD766_2022_INFERRED_GROUPING} and {@link regroup766To2022}.
 *
 * @example
 * ```ts
 * import { QD766_2022, scoreAssessment } from 'cchc';
 * QD766_2022.nodes.map((n) => `${n.code} ${n.name}: ${n.maxPoints}`)[3]; // '4 Cung cấp dịch vụ trực tuyến: 22'
 * QD766_2022.nodes[0]?.parts?.map((p) => p.maxPoints?.toString() ?? 'unknown'); // ['unknown', '4', 'unknown', 'unknown']
 * // The national average of 10/10/2026 on the portal's five-group "radar":
 * const radar = { '1': { points: 10.46 }, '2': { points: 17.56 }, '3': { points: 9.61 }, '4': { points: 14.72 }, '5': { points: 10.24 } };
 * scoreAssessment(QD766_2022, radar).total.achieved.toString(); // '62.59'
 * scoreAssessment(QD766_2022, { '1.2': { points: 3 } }); // throws CchcError VALIDATION_FAILED (PAR_ALLOCATION_UNKNOWN, PAR_MISSING_INPUT)
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_2022: Methodology = /* @__PURE__ */ lazyMethodology(() => QD766_2022_SPEC);
