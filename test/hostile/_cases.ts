// Valid calls of every exported function (issue 12, Deliver 3): the property run starts from these and changes one
// argument, or one value deep inside one, into something hostile. A function exported later and missing here fails
// the coverage test of every-export.test.ts until it is added (or exempted with a reason).
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import * as cchc from 'cchc';
import { writeXlsx, type XlsxWorkbookSpec } from 'cchc/xlsx';
import {
  binhDuong2017DistrictParTable,
  bnv2948ProvinceSkeleton,
  caMau2013Fragment,
  kienGiang2018ParClasses,
  kienGiang2019PlanResults,
  kienGiang2019Report,
  kienGiang2019UnitEvents,
  kienGiang2020Plan,
} from 'cchc/datasets';

/** One exported function: valid argument lists to start from, and what else the run must know. */
export interface Case {
  /** Valid argument lists (each is called as is once, and changed by the property run). */
  readonly valid: readonly (readonly unknown[])[];
  /** Why a returned `undefined` (at the top, or at a path) is a documented value, and where. */
  readonly undefinedAllowed?: { readonly reason: string; readonly at: (path: readonly (string | number)[]) => boolean };
  /** Where the result carries the caller's own values as given (not scanned), and why. */
  readonly passThrough?: { readonly reason: string; readonly at: (path: readonly (string | number)[]) => boolean };
  /** Call with `new` (a class). */
  readonly construct?: boolean;
  /** Relative share of the time budget (default 1). */
  readonly weight?: number;
  /** Why an error code that is not the library's, but written like one, is right here. */
  readonly customCodes?: string;
}

const cal = cchc.civilServiceCalendar;
const q1 = cchc.parsePeriod('Quý I/2020');
const records = [
  { id: 'A1', receivedAt: '2019-09-03', dueDate: '2019-09-10', resolvedAt: '2019-09-09', channel: 'online', agency: 'Sở Tư pháp' },
  { id: 'A2', receivedAt: '2019-09-04T16:30:00+07:00', dueDate: '2019-09-11', agency: 'Sở Tư pháp'.normalize('NFD') },
  { id: 'A3', receivedAt: '2019-09-05', dueDate: '2019-09-06', resolvedAt: '2019-09-20', channel: 'postal', procedure: 'Cấp phiếu LLTP' },
] as cchc.DossierRecord[];
const tally = cchc.tallyDossiers(records, { start: '2019-09-01', end: '2019-09-30', processingTime: true });
const row = cchc.tallyToRow(tally);
const caMauInputs = {
  '1.1.1': { outcome: 'Không kịp thời' },
  '1.1.2': { met: true },
  '1.1.3': { met: false },
  '1.1.4': { rate: 0.8 },
  '1.2.1': { met: true },
  '1.2.2': { met: true },
  '1.3': { points: 1.5 },
};
const methodology = cchc.defineMethodology(caMau2013Fragment);
const score = cchc.scoreAssessment(caMau2013Fragment, caMauInputs);
const dashboardInput = {
  title: 'Tỉnh X',
  asOf: '2019-12-31',
  classes: {
    rows: [
      { className: 'Tốt', count: 3 },
      { className: 'Khá', count: 1 },
    ],
  },
};
const dashboard = cchc.buildDashboard(dashboardInput);
const finding = cchc.makeFinding({
  code: 'sum-mismatch',
  severity: 'error',
  message: { vi: 'Lệch tổng', en: 'Sum mismatch' },
  location: 'Bảng hồ sơ TTHC — §II.2.2',
});
const task = cchc.planTasks(kienGiang2020Plan)[0]!;
const csv = [
  'id,receivedAt,dueDate,resolvedAt,channel',
  'A1,2019-09-03,2019-09-10,2019-09-09,online',
  'A2,2019-09-31,2019-10-09,,fax',
  '',
].join('\n');
const label = { vi: 'Tỷ lệ', en: 'Rate' };
const indicatorSpec = {
  id: 'inspection-coverage',
  name: { vi: 'Tỷ lệ cơ quan được kiểm tra CCHC', en: 'Share of agencies inspected' },
  numerator: { vi: 'Số cơ quan được kiểm tra', en: 'Agencies inspected' },
  denominator: { vi: 'Số sở, ngành', en: 'Departments' },
  unit: 'percent',
  direction: 'at-least',
  target: { value: 30 },
  sources: [{ document: 'Báo cáo 389/BC-UBND (Kiên Giang, 2019), §I.2' }],
};
const zodIssues = (() => {
  const r = z.object({ a: z.string() }).safeParse({ a: 1 });
  return r.success ? [] : r.error.issues;
})();

const portalCodes = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '3.1',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '6.3',
];
const portalScore = cchc.scoreAssessment(cchc.QD766_PORTAL, Object.fromEntries(portalCodes.map((c) => [c, { rate: 1 }])));
const nov2025 = { start: '2025-11-01', end: '2025-11-30' };
const measurement = cchc.measure766({ pakn: [] }, { period: nov2025, level: 'province' });
const score766 = cchc.score766(measurement, { partial: true });
const row766 = {
  group_key: '????????10n?|#P1',
  carried_over: 0,
  new_online: 2,
  new_in_person: 0,
  new_postal: 0,
  resolved_early: 1,
  resolved_on_time: 1,
  resolved_late: 0,
  pending_within_due: 0,
  pending_overdue: 0,
  withdrawn_or_returned: 0,
  awaiting_supplement: 0,
};
const levelSpec = {
  id: 'x',
  name: 'x',
  unitLevels: ['province', 'commune'],
  nodes: [
    { code: '1', name: 'A', maxPoints: 6, rule: 'proportional' },
    { code: '2', name: 'B', maxPoints: 4, rule: 'proportional' },
  ],
};

// ——— cchc/xlsx: small workbooks written by the library, and the fixtures of issue 17 (openpyxl, XlsxWriter) ———
const io17 = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io17/${name}`, import.meta.url)));
const xlsxSpec: XlsxWorkbookSpec = {
  sheets: [
    {
      name: 'Hồ sơ',
      rows: [
        ['DANH SÁCH HỒ SƠ THÁNG 9/2019'],
        [],
        ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Hình thức nộp'],
        ['HS1', { date: '2019-09-03' }, { date: '2019-09-10' }, { date: '2019-09-09' }, 'Trực tuyến'],
        ['HS2', '04/09/2019', '11/09/2019', null, 'Trực tiếp'],
        ['=HS3', { date: '2019-09-05', style: 'date' }, { value: 43709, style: 'date' }, true, { value: 0.9926, style: 'percent' }],
      ],
      columnWidths: [12, 14],
      freeze: { rows: 3, columns: 1 },
      merges: ['A1:E1'],
      printTitleRows: { from: 3, to: 3 },
      landscape: true,
    },
    {
      name: 'Tổng hợp',
      rows: [
        ['Cấp', 'Tiếp nhận'],
        ['Cấp xã', 10],
        [
          { value: 'Tổng', style: 'total' },
          { formula: 'SUM(B2:B2)', value: 10, style: 'total' },
        ],
      ],
    },
  ],
};
const xlsxBook = await writeXlsx(xlsxSpec);
const methodologyBook = await writeXlsx({
  sheets: [
    {
      name: 'Phụ lục',
      rows: [
        ['STT', 'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm'],
        ['1', 'Báo cáo CCHC', 2, null],
        ['1.1', 'Báo cáo gửi đúng thời gian', 1, 'binary'],
        ['1.2', 'Báo cáo đầy đủ nội dung', 1, 'binary'],
        [null, 'Tổng cộng', 2, null],
      ],
    },
  ],
});
const hosoXlsx = io17('hoso.xlsx');

/** Library objects, for the hostile pool: results handed back in, some with a field changed by the mutation. */
export const LIBRARY_OBJECTS: readonly unknown[] = [
  tally,
  row,
  methodology,
  score,
  dashboard,
  finding,
  task,
  q1,
  kienGiang2020Plan,
  xlsxBook,
];

/** Every exported function of `cchc`, `cchc/datasets`, `cchc/zod` and `cchc/xlsx`, by name, with valid calls. */
export const CASES: Readonly<Record<string, Case>> = {
  // ——— core: numbers, rates, formatting ———
  ratio: {
    valid: [
      [1, 3],
      [-0, 5],
      [618369, 621448],
    ],
  },
  quantityRatio: {
    valid: [
      [2.5, 10],
      [cchc.parseViNumber('4,2'), 6n],
    ],
  },
  percent: { valid: [[cchc.ratio(1, 3)], [cchc.ratio(2, 3), { rounding: 'down', decimals: 1 }]] },
  exactPercent: { valid: [[cchc.ratio(1, 3)], [cchc.quantityRatio(1, 8)]] },
  rateOf: { valid: [['85%'], [0.85], [{ numerator: 1, denominator: 2 }], [cchc.ratio(1, 2), { max: 1 }]] },
  roundDecimal: {
    valid: [
      [2.345, 2, 'half-up'],
      [cchc.parseViNumber('2,345'), 1, 'half-even'],
    ],
  },
  largestRemainder: { valid: [[[14, 22, 4, 2], { decimals: 2 }], [[1, 1, 1]]] },
  formatNumber: { valid: [[639677], [1234.5, { locale: 'en', decimals: 1 }], [10n ** 30n]] },
  formatPercent: { valid: [[cchc.ratio(618369, 621448)], [cchc.ratio(1, 3), { locale: 'en', decimals: 1, rounding: 'down' }]] },
  formatPercentPoints: { valid: [[97.5], [cchc.parseViNumber('99,5'), { locale: 'en' }]] },
  parseViNumber: { valid: [['639.677'], ['4,2'], ['-0.0']] },
  parseViPercent: { valid: [['99,50%'], ['85', { requireSign: false }]] },
  checkPrintedRate: {
    valid: [
      [{ numerator: 618369, denominator: 621448, printed: '99,50%' }],
      [{ numerator: 1, denominator: 3, printed: '33,3%', decimals: 1 }],
    ],
  },
  checkSum: { valid: [[{ parts: [9235, 15297, 753], total: 17385 }], [{ parts: [cchc.parseViNumber('1,5'), 2], total: 3.5 }]] },
  isCchcError: { valid: [[new cchc.CchcError([]), 'INVALID_INPUT'], [new Error('x')]] },
  suggestKey: {
    valid: [
      ['denominater', ['denominator', 'rounding']],
      ['colour', ['denominator']],
    ],
    undefinedAllowed: { reason: 'no candidate is close enough: "no suggestion" is undefined, as documented', at: (p) => p.length === 0 },
  },
  zodIssuesToCchc: { valid: [[zodIssues], [zodIssues, ['body']]] },
  toZod: { valid: [[cchc.DossierRecordSchema], [cchc.IsoDateSchema]] },
  CchcError: {
    valid: [[[]], [{ code: 'INVALID_INPUT', path: [], messageVi: 'x', messageEn: 'x' }]],
    construct: true,
    customCodes: "a caller may build a CchcError with a code of its own (written like the library's: A–Z, 0–9, _)",
  },
  // ——— core: dates, periods, levels ———
  isIsoDate: { valid: [['2020-01-20'], ['2020-02-30']] },
  isIsoTimestamp: { valid: [['2020-01-20T16:30:00+07:00'], ['2020-01-20T16:30:00']] },
  parseIsoDate: { valid: [['2020-01-20'], ['2020-02-29', ['date']]] },
  parseTimestamp: { valid: [['2020-01-20T17:30:00Z'], ['2020-01-20T15:05:00+07:00', { offsetMinutes: 420 }]] },
  toDayNumber: { valid: [['2020-01-20']] },
  fromDayNumber: { valid: [[18281], [0]] },
  addDays: {
    valid: [
      ['2020-02-28', 2],
      ['2020-01-01', -1],
    ],
  },
  daysBetween: { valid: [['2020-01-01', '2020-12-31']] },
  dayOfWeek: { valid: [['2020-01-20']] },
  parsePeriod: { valid: [['Quý I/2020'], ['6 tháng đầu năm', { year: 2020 }], ['từ ngày 16/12/2018 đến ngày 15/9/2019']] },
  periodContains: {
    valid: [
      [q1, '2020-03-31'],
      [{ start: '2020-01-01', end: '2020-01-31' }, '2020-02-01'],
    ],
  },
  dateRangeContains: { valid: [[{ start: '2020-01-01', end: '2020-03-31' }, '2020-03-31']] },
  adminLevelLabel: { valid: [['commune'], ['province', { locale: 'en' }]] },
  parseAdminLevel: { valid: [['Cấp huyện'], ['cấp xã']] },
  adminLevelsOn: { valid: [['2019-12-09'], ['2025-07-01']] },
  // ——— calendar ———
  isWorkingDay: { valid: [['2020-01-23'], ['2019-01-05', { calendar: cal }]] },
  addWorkingDays: {
    valid: [
      ['2020-01-20', 5],
      ['2024-04-26', 1, { calendar: cal }],
    ],
  },
  workingDaysBetween: {
    valid: [
      ['2020-01-20', '2020-02-03'],
      ['2020-02-03', '2020-01-20', { calendar: cal }],
    ],
  },
  dueDate: {
    valid: [
      ['2020-01-20', 5],
      ['2025-03-12T16:10:00+07:00', 0, { cutoff: '15:00' }],
    ],
  },
  receiptDate: { valid: [['2025-03-12T15:20:00+07:00', { cutoff: '15:00' }], ['2025-03-12']] },
  vnHolidays: { valid: [[2024], [2020, { regime: 'labour-code' }]] },
  holidayLawOn: { valid: [['2020-09-02'], ['2021-09-02']] },
  solarToLunar: { valid: [['2025-01-29'], ['2007-02-17', { utcOffset: 8 }]] },
  lunarToSolar: { valid: [[{ year: 2026, month: 3, day: 10 }], [{ year: 2025, month: 6, day: 1, leap: true }]] },
  calendarRows: { valid: [[{ start: '2024-04-30', end: '2024-05-04' }], ['2024-05-03', '2024-05-04', { calendar: cal }]], weight: 1 },
  createWorkCalendar: {
    valid: [
      [{ holidays: 'labour-code' }],
      [{ name: 'tinh-x', days: [{ date: '2027-05-03', kind: 'day-off', label: { vi: 'Nghỉ', en: 'Day off' } }] }],
      [],
    ],
    weight: 2,
  },
  isWorkCalendar: { valid: [[cal], [{ isWorkingDay: () => true }]] },
  // ——— dossier ———
  parseDossierRecord: { valid: [[records[0]], [records[1]]] },
  classifyDossier: {
    valid: [
      [records[0], { asOf: '2019-09-30' }],
      [records[2], { asOf: '2019-09-30', rules: 'qd766', calendar: cal }],
    ],
  },
  tallyDossiers: {
    valid: [
      [records, { start: '2019-09-01', end: '2019-09-30' }],
      [records, { ...q1, groupBy: 'agency' }],
      [records, { start: '2019-09-01', end: '2019-09-30', groupBy: 'procedure', processingTime: true }],
    ],
  },
  tallyDossierColumns: {
    valid: [
      [
        { received: Int32Array.of(cchc.toDayNumber('2019-09-03')), due: Int32Array.of(cchc.toDayNumber('2019-09-10')) },
        { start: '2019-09-01', end: '2019-09-30' },
      ],
    ],
  },
  emptyTally: { valid: [[]] },
  mergeTallies: { valid: [[tally, tally], [tally, cchc.emptyTally(), tally], [tally]] },
  checkTally: { valid: [[tally], [tally, ['tally']]] },
  onTimeRate: { valid: [[tally], [tally, { denominator: 'resolved' }]] },
  lateRate: { valid: [[tally], [tally, { denominator: 'resolved' }]] },
  overduePendingRate: { valid: [[tally]] },
  qd766ProgressScore: { valid: [[tally], [tally, { maxPoints: 10 }]] },
  averageProcessingTime: { valid: [[tally]] },
  tallyToRow: { valid: [[tally], [cchc.emptyTally()]] },
  tallyFromRow: { valid: [[row], [{ ...row, new_online: String(row.new_online), carried_over: '-0.0' }]] },
  tallyAggregateRows: { valid: [[[row, row]], [[{ ...row, level: 'commune' }], { groupBy: 'level' }]] },
  resolveDossierRules: { valid: [['report'], [{ preset: 'qd766', compare: 'date' }], []] },
  readDossiersCsv: {
    valid: [[csv], [csv.replaceAll('\n', '\r'), { multilineFields: true }], [['id,receivedAt\n', 'A,2019-09-03\n']]],
    weight: 2,
  },
  readCsvRecords: { valid: [[csv], ['a;b\r1;2\r', { delimiter: ';' }]], weight: 2 },
  dossierSql: {
    valid: [
      [{ dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', start: '2019-01-01', end: '2019-09-30', groupBy: 'level' }],
      [{ dialect: 'postgres', dossiers: 'd', calendarTable: 'c', ...q1 }],
    ],
  },
  dossierSqlProblems: { valid: [[{ dialect: 'postgres', dossiers: 'dossiers', calendarTable: 'cal' }]] },
  calendarTableSql: {
    valid: [
      [[{ date: '2024-05-03', isWorkingDay: true, workingDayIndex: 10 }], { table: 'cal' }],
      [cchc.calendarRows({ start: '2024-04-29', end: '2024-05-05' })],
    ],
  },
  // ——— plan ———
  parseDeadline: {
    valid: [['Trước ngày 15/02/2020', { planYear: 2020 }], ['XD kế hoạch quý I; thực hiện quý III', { planYear: 2020 }], ['Thường xuyên']],
  },
  parseAgencies: { valid: [['Sở Nội vụ, VP UBND tỉnh'], ['Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã', {}]] },
  parseResultQuantity: { valid: [['05 nội dung/toàn tỉnh'], ['34 nhiệm vụ/06 đơn vị']] },
  parsePlan: {
    valid: [
      [
        {
          number: '01/KH-SNV',
          issuedOn: '2020-01-06',
          issuer: 'Sở Nội vụ',
          year: 2020,
          title: 'Kế hoạch CCHC năm 2020',
          sections: [
            {
              code: 'I',
              title: 'Chỉ đạo, điều hành',
              tasks: [
                {
                  code: '1',
                  content: 'Kiểm tra CCHC',
                  product: 'Kế hoạch',
                  lead: 'Sở Nội vụ',
                  coordinating: [],
                  deadlineText: 'XD kế hoạch quý I; thực hiện quý III',
                },
              ],
            },
          ],
        },
      ],
    ],
  },
  planTasks: { valid: [[kienGiang2020Plan]] },
  planProgress: {
    valid: [
      [kienGiang2020Plan, { asOf: '2020-06-30', groupBy: 'section' }],
      [kienGiang2020Plan, { asOf: '2020-02-14', groupBy: 'lead' }],
    ],
  },
  taskStatus: {
    valid: [
      [task, { asOf: '2020-06-30' }],
      [task, { asOf: '2020-01-02', calendar: cal }],
    ],
  },
  overdueTasks: { valid: [[kienGiang2020Plan, { asOf: '2020-02-15' }]] },
  tasksOfAgency: {
    valid: [
      [kienGiang2020Plan, 'Sở Tài chính'],
      [kienGiang2020Plan, 'VP UBND tỉnh', { role: 'lead' }],
    ],
  },
  withProgress: { valid: [[kienGiang2020Plan, { 'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND' }] }]] },
  countStatuses: { valid: [[['done-on-time', 'done-late', 'overdue', 'continuous']]] },
  emptyStatusCounts: { valid: [[]] },
  mergeStatusCounts: { valid: [[cchc.countStatuses(['overdue']), cchc.countStatuses(['not-due'])]] },
  completionRatio: { valid: [[cchc.countStatuses(['done-on-time', 'overdue'])], [cchc.emptyStatusCounts()]] },
  planResults: {
    valid: [[[{ plan: 'Kế hoạch đào tạo', planned: '183 lớp/toàn tỉnh', completed: '179/183 lớp/toàn tỉnh' }]], [kienGiang2019PlanResults]],
  },
  // ——— PAR ———
  defineMethodology: { valid: [[caMau2013Fragment], [bnv2948ProvinceSkeleton]], weight: 2 },
  methodologyFromRows: {
    valid: [
      [
        [
          { code: '1', name: 'Báo cáo CCHC', maxPoints: '2' },
          { code: '1.1', name: 'Báo cáo gửi đúng thời gian', maxPoints: '1', rule: 'binary' },
          { code: '1.2', name: 'Báo cáo đầy đủ nội dung', maxPoints: '1', rule: 'binary' },
        ],
        { id: 'demo', name: 'Minh hoạ' },
      ],
    ],
  },
  methodologyToRows: { valid: [[methodology], [methodology, { format: 'text' }]] },
  scoreAssessment: {
    valid: [
      [caMau2013Fragment, caMauInputs],
      [methodology, caMauInputs, { only: 'assessed' }],
    ],
    weight: 2,
  },
  compareAssessments: { valid: [[methodology, { selfAssessment: caMauInputs, appraisal: { ...caMauInputs, '1.1.4': { rate: '85%' } } }]] },
  lostPoints: { valid: [[score], [score, { level: 'criterion' }]] },
  pointsToTarget: {
    valid: [
      [score, 90],
      [score, cchc.ratio(9, 10)],
    ],
  },
  classify: {
    valid: [
      [84.58, cchc.PAR_INDEX_GROUPS],
      [90, cchc.HUE_PAR_CLASSES],
    ],
  },
  gradeDistribution: { valid: [[[84.58, 82, 79.04, 65], cchc.PAR_INDEX_GROUPS]] },
  rankUnits: {
    valid: [
      [
        [
          { id: 'Đà Nẵng', value: 90.25 },
          { id: 'Hải Phòng', value: 91.8 },
          { id: 'Huế', value: 90.25 },
        ],
      ],
    ],
    passThrough: {
      reason:
        "rankUnits keeps the caller's other fields of each item as given (RankItemSchema is open by design): a NaN or an undefined there is the caller's own",
      at: (p) => p.length === 2 && typeof p[0] === 'number' && !['id', 'value', 'rank'].includes(String(p[1])),
    },
  },
  rankTarget: { valid: [[{ rank: 20, of: 63, target: { from: 25, to: 30 } }]] },
  parseRuleText: { valid: [['binary'], ['tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0']] },
  formatRuleText: {
    valid: [
      [{ kind: 'binary' }],
      [
        {
          kind: 'tiered',
          tiers: [
            { outcome: 'Kịp thời', points: 1 },
            { outcome: 'Không', points: 0 },
          ],
        },
      ],
    ],
  },
  // ——— quota and indicators ———
  streamliningProgress: { valid: [[{ base: 2838, target: 284, achieved: 250 }]] },
  streamliningPace: { valid: [[{ target: 100, achieved: 52, start: '2015-12-31', end: '2021-12-31', asOf: '2019-12-09' }]] },
  getStreamliningTarget: { valid: [['nq19-2017-units'], ['kl40-2022-cadres-civil-servants']] },
  unitReduction: { valid: [[kienGiang2019UnitEvents], [[{ kind: 'create', count: 2 }]]] },
  carryOverTarget: {
    valid: [[{ previous: { target: 284, achieved: 250 }, current: { base: 2600, targetPercent: 5, targetRounding: 'up' } }]],
  },
  targetProgress: { valid: [[{ achieved: 52, target: 100 }]] },
  disbursementRate: {
    valid: [
      [{ disbursed: 3145, plan: 5582 }],
      [{ disbursed: 3145, plan: 5582, planKind: 'province-assigned', target: cchc.DISBURSEMENT_TARGET_95 }],
    ],
  },
  disbursementDeadline: { valid: [[2019]] },
  autonomyGroup: {
    valid: [
      [0.45, { regime: 'nd60-2021' }],
      ['100%', { regime: 'nd60-2021' }],
    ],
  },
  selfFinancingRatio: { valid: [[{ revenue: 4.2, recurrentSpending: 6 }]] },
  defineIndicator: { valid: [[indicatorSpec]] },
  getIndicator: { valid: [['one-stop-coverage'], ['feedback-handled']] },
  evaluateIndicator: {
    valid: [
      [cchc.getIndicator('postal-procedures-share'), { numerator: 1008, denominator: 1991 }],
      ['feedback-handled', { numerator: 0, denominator: 0 }],
    ],
  },
  evaluateIndicatorByLevel: {
    valid: [
      [
        cchc.getIndicator('one-stop-coverage'),
        {
          province: { numerator: 1579, denominator: 1579 },
          district: { numerator: 249, denominator: 249 },
          commune: { numerator: 121, denominator: 121 },
        },
      ],
    ],
  },
  findNationalTargets: { valid: [[{ indicatorId: 'online-services-level-3-4' }], []] },
  getNationalTarget: { valid: [['76-online-payment-2025'], ['30c-satisfaction-2020']] },
  // ——— audit ———
  makeFinding: { valid: [[{ code: 'sum-mismatch', severity: 'error', message: { vi: 'Lệch tổng', en: 'Sum mismatch' } }]] },
  summarizeFindings: { valid: [[[finding]], [[]]] },
  sortFindings: { valid: [[[finding, { ...finding, severity: 'info' }]]] },
  isDossierTableFinding: { valid: [[finding]] },
  auditTableSums: {
    valid: [
      [
        {
          location: 'Phụ lục II',
          columns: [
            { key: 'total', label: { vi: 'Tổng số', en: 'Total' } },
            { key: 'province', label: { vi: 'Cấp tỉnh', en: 'Province' } },
            { key: 'district', label: { vi: 'Cấp huyện', en: 'District' } },
          ],
          rows: [{ key: '6', label: { vi: 'Số cơ quan', en: 'Agencies' }, cells: { total: 27, province: 13, district: 12 } }],
          rowSums: [{ total: 'total', parts: ['province', 'district'] }],
        },
      ],
    ],
  },
  auditIdentity: { valid: [[{ label, terms: [{ value: 10000 }, { value: 7, sign: -1 }, { value: 11 }], result: 1004 }]] },
  auditPrintedRate: { valid: [[{ label, numerator: 3145, denominator: 5582, printed: '56,35%' }]] },
  auditShares: {
    valid: [
      [
        {
          label,
          total: 42,
          items: [
            { label: { vi: 'Xuất sắc', en: 'Excellent' }, count: 14, printedShare: '33,3%' },
            { label: { vi: 'Tốt', en: 'Good' }, count: 22, printedShare: '52,40%' },
            { label: { vi: 'Khá', en: 'Fair' }, count: 6, printedShare: '14,30%' },
          ],
        },
      ],
    ],
  },
  auditParts: { valid: [[{ label: { vi: 'Chữ ký số', en: 'Signatures' }, total: 371, parts: [62, 15, 95, 47], exhaustive: false }]] },
  auditSameValue: {
    valid: [
      [
        {
          label,
          values: [
            { value: 958, location: '§II.3' },
            { value: 901, location: 'Phụ lục III, dòng 2', parts: [276, 625] },
          ],
        },
      ],
    ],
  },
  auditClaim: { valid: [[{ label, numerator: 14, denominator: 42, comparison: 'at-least', percent: 30 }]] },
  auditDossierTable: { valid: [[cchc.toDossierTableInput(kienGiang2019Report.dossierTable!)]] },
  auditParTable: {
    valid: [
      [
        binhDuong2017DistrictParTable.rows.map((r) => ({
          unit: r.unit,
          rank: r.rank,
          components: { appraisal: r.appraisal, survey: r.survey },
          total: r.total,
          index: r.index,
        })),
        {
          maxPoints: binhDuong2017DistrictParTable.maxPoints,
          componentMax: binhDuong2017DistrictParTable.componentMax,
          printedMean: binhDuong2017DistrictParTable.printedMean,
          indexDecimals: 2,
        },
      ],
      [
        [
          { unit: 'A', index: 80, rank: 1 },
          { unit: 'B', index: 80, rank: 1 },
        ],
      ],
    ],
    weight: 2,
  },
  auditReport: { valid: [[kienGiang2019Report]], weight: 2 },
  getReportFigure: {
    valid: [
      [kienGiang2019Report, 'plIII.1.total'],
      [kienGiang2019Report, 'plIII.2.total'],
    ],
  },
  toDossierTableInput: { valid: [[kienGiang2019Report.dossierTable]] },
  // ——— report ———
  buildDashboard: { valid: [[dashboardInput], [{ ...dashboardInput, plan: kienGiang2020Plan }]], weight: 2 },
  renderDashboard: { valid: [[dashboard], [dashboard, { format: 'markdown', locale: 'en' }]] },
  dashboardBlocks: { valid: [[dashboard], [dashboard, { locale: 'en' }]] },
  dashboardCharts: { valid: [[dashboard], [dashboard, { locale: 'en' }]] },
  taskStatusLabel: { valid: [['overdue'], ['done-on-time', { locale: 'en' }]] },
  onTimeRateChartSpec: {
    valid: [
      [
        [
          { label: 'Sở A', rate: cchc.ratio(97, 100) },
          { label: 'Sở B', rate: '95,5%' },
        ],
        { targetPercent: 95 },
      ],
    ],
  },
  classDistributionChartSpec: {
    valid: [
      [kienGiang2018ParClasses.classes.map((c) => ({ className: c.label, count: c.count }))],
      [[{ className: 'Tốt', count: 22 }], { locale: 'en' }],
    ],
  },
  progressChartSpec: { valid: [[[{ group: 'Sở Nội vụ', counts: { done: 10, overdue: 2 } }]]] },
  // ——— core and calendar (phase 3) ———
  weekPeriod: {
    valid: [
      [2025, 49],
      [2025, 49, { weekEndsOn: 5 }],
    ],
  },
  isProvisional: { valid: [['2026-11-24'], ['2027-01-01', { calendar: cal }]] },
  firstProvisionalDay: {
    valid: [[{ start: '2026-12-25', end: '2027-01-10' }], [{ start: '2026-11-01', end: '2026-12-31' }]],
    undefinedAllowed: { reason: 'no provisional day in the range: undefined, as documented', at: (p) => p.length === 0 },
  },
  // ——— units ———
  provincesOn: { valid: [['2025-06-30'], ['2025-07-01']] },
  provinceByCode: {
    valid: [
      ['91', { on: '2025-06-30' }],
      ['46', { on: '2024-12-31' }],
    ],
  },
  provinceHistory: { valid: [['46'], ['89']] },
  provinceByName: {
    valid: [
      ['TP.HCM', { on: '2025-07-01' }],
      ['tinh an giang', { on: '2025-06-30' }],
    ],
  },
  findProvinces: { valid: [['An Giang'], ['Hà Tây']] },
  successorOn: {
    valid: [
      ['89', '2025-07-01'],
      ['77', '2026-01-01'],
    ],
  },
  predecessorsOf: {
    valid: [
      ['91', { on: '2025-07-01' }],
      ['46', { on: '2025-01-01' }],
    ],
  },
  levelsNotInForce: {
    valid: [
      [['Cấp huyện'], { date: '2025-12-31' }],
      [['Cấp huyện', 'Cấp xã'], { period: 'Quý IV/2025' }],
    ],
  },
  mapSeries: {
    valid: [
      [[{ code: '01', date: '2024-12-31', value: 5 }], { to: '2025-07-01', combine: 'sum' }],
      [[], { to: '2025-07-01', combine: 'sum' }],
    ],
  },
  // ——— PAR, quota (phase 3) ———
  withUnitLevelTreatments: {
    valid: [
      [levelSpec, { commune: { '2': 'max' } }],
      [levelSpec, { commune: { '2': 'max' } }, { id: 'my-policy', note: 'n' }],
    ],
  },
  provincialStaffingCuts: { valid: [['79'], ['01']] },
  streamliningRegimeOn: { valid: [['2025-06-15'], ['2026-12-01']] },
  // ——— QĐ 766 ———
  qd766CommuneFullMarksMethodology: { valid: [[]] },
  qd766Methodology: { valid: [['2025-12-08'], ['2023-06-30']] },
  measure766: { valid: [[{ pakn: [] }, { period: nov2025, level: 'province' }]], weight: 2 },
  score766: { valid: [[measurement, { partial: true }]] },
  lostPoints766: { valid: [[score766]] },
  qd766Sql: {
    valid: [[{ dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', period: { start: '2025-01-01', end: '2025-12-31' } }]],
  },
  measure766FromRows: { valid: [[[row766], { pakn: [] }, { period: nov2025, level: 'province' }]] },
  audit766Scores: {
    valid: [
      [
        [
          { unit: 'Đồng Tháp', rank: 1, total: 68.8, groups: { '1': 11.46, '2': 17.69, '3': 8.84, '4': 9.72, '5': 14.67, '6': 6.42 } },
          { unit: 'Đồng Nai', rank: 2, total: 67.48, groups: { '1': 12.31, '2': 16.14, '3': 9.25, '4': 10.03, '5': 12.32, '6': 7.43 } },
        ],
        { asOf: '2026-10-10' },
      ],
    ],
  },
  qd766WeeklySnapshot: {
    valid: [
      [2025, 49],
      [2025, 50, { weekEndsOn: 1 }],
    ],
  },
  regroup766To2022: { valid: [[portalScore]] },
  tthcCatalogueFromCsvRows: {
    valid: [
      [
        [
          {
            code: '1.001',
            published_at: '20/11/2025',
            legal_basis_effective_at: '01/12/2025',
            components: 'all',
            fee_required: 'có',
            online_service: 'toàn trình',
          },
          { code: '1.002', published_at: '31/11/2025' },
        ],
        { dateFormat: 'dd/mm/yyyy' },
      ],
    ],
  },
  paknFromCsvRows: { valid: [[[{ id: 'PA1', received_at: '2025-12-01', handled_at: '2025-12-05', satisfaction: 'hài lòng' }]]] },
  // ——— after NĐ 118 and the audit work (phase 3–4) ———
  parseViApproximate: { valid: [['hơn 4.500 hồ sơ'], ['gần 98%']] },
  dossierRulesInForce: { valid: [['2025-06-30'], ['2025-07-01T08:00:00+07:00']] },
  auditChange: {
    valid: [
      [{ label, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%' }],
      [{ label, current: 9, of: 63, change: 'tăng 26 bậc' }],
    ],
  },
  auditSipasTable: {
    valid: [
      [
        [
          { unit: 'Quảng Ninh', index: '90,61%', rank: 'dẫn đầu' },
          { unit: 'Thái Nguyên', index: '90,29%', rank: 'thứ 2' },
        ],
      ],
      [[{ unit: 'X', components: { access: { score: '8,95', percent: '89,46%' } } }]],
    ],
  },
  impliedBase: {
    valid: [
      ['12.400 người', '11,25%'],
      ['221.768 tỷ đồng', '47%'],
    ],
  },
  auditImpliedBase: { valid: [[{ label, part: 240, rate: '6,75%' }]] },
  auditTaskSummary: {
    valid: [
      [{ label, completed: '28/32', printed: { completedRate: '87,5%' } }],
      [{ label, assigned: '1.686', completed: '1.420', notCompleted: '265' }],
    ],
  },
  auditDocument: {
    valid: [
      [
        {
          type: 'checks',
          checks: [
            {
              kind: 'parts',
              label: { vi: 'TTHC công bố', en: 'Procedures published' },
              total: '7.518',
              parts: ['3.595', '977', '2.926'],
              exhaustive: true,
            },
          ],
        },
      ],
    ],
    weight: 2,
  },
  auditInputJsonSchema: { valid: [[]] },
  // ——— cchc/xlsx (issue 17) ———
  writeXlsx: { valid: [[xlsxSpec], [{ sheets: [{ name: 'Sheet1', rows: [] }] }]], weight: 2 },
  xlsxSheetNames: { valid: [[xlsxBook], [hosoXlsx], [xlsxBook.slice().buffer]] },
  readXlsxRows: {
    valid: [[xlsxBook], [hosoXlsx, { sheet: 'danh sach ho so' }], [xlsxBook, { sheet: 2 }], [new Blob([xlsxBook])]],
    weight: 2,
  },
  readDossiersXlsx: {
    valid: [
      [xlsxBook],
      [hosoXlsx, { sheet: 'Danh sách hồ sơ', maxRejected: 10 }],
      [xlsxBook, { dateFormat: 'dd/mm/yyyy', rejectDuplicateIds: true }],
    ],
    weight: 2,
  },
  readDossierTableXlsx: { valid: [[io17('bieu-06a.xlsx')], [io17('bieu-06a.xlsx'), { sheet: 1 }]], weight: 2 },
  readParTableXlsx: { valid: [[io17('par-ketqua.xlsx')]], weight: 2 },
  readMethodologyXlsx: { valid: [[methodologyBook], [methodologyBook, { sheet: 'Phụ lục' }]], weight: 2 },
};

/** Valid inputs of some exported schemas (the others are given hostile values only). */
export const SCHEMA_SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  DossierRecordSchema: records,
  DossierTallySchema: [tally],
  PlanSchema: [kienGiang2020Plan],
  ReportSchema: [kienGiang2019Report],
  MethodologySpecSchema: [caMau2013Fragment],
  DashboardSchema: [dashboard],
  DashboardInputSchema: [dashboardInput],
  AuditFindingSchema: [finding],
  IndicatorSpecSchema: [indicatorSpec],
  PeriodSchema: [q1],
  DateRangeSchema: [{ start: '2020-01-01', end: '2020-03-31' }],
  StreamliningProgressInputSchema: [{ base: 2838, target: 284, achieved: 250 }],
  UnitEventSchema: kienGiang2019UnitEvents,
  ParTableRowSchema: binhDuong2017DistrictParTable.rows,
  WorkCalendarSpecSchema: [{ holidays: 'labour-code' }],
  AssessmentInputsSchema: [caMauInputs],
  RateInputSchema: ['85%', 0.5, { numerator: 1, denominator: 2 }],
  CheckSumInputSchema: [{ parts: [1, 2], total: 3 }],
  SourceRefSchema: [{ document: 'x', verified: false }],
};

/** Valid arguments of methods of returned objects, by method name (others get hostile values only). */
export const METHOD_SAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  isWorkingDay: [['2020-01-23']],
  entry: [['2020-01-23'], ['2020-01-21']],
  entries: [[{ start: '2020-01-01', end: '2020-02-29' }], ['2020-01-01', '2020-01-31'], []],
  isWorkingDayNumber: [[18281]],
  workingDayIndex: [[18281]],
  dayNumberAtWorkingDayIndex: [[cal.firstWorkingDayIndex + 10]],
  addWorkingDaysToDayNumber: [[18281, 5]],
  workingDaysBetweenDayNumbers: [[18281, 18300]],
  classifyDayNumbers: [[Int32Array.of(18281, 18282)], [[18281], new Uint8Array(1)]],
  workingDayIndexes: [[Int32Array.of(18281, 18282)]],
};
