// English messages of the plan module, keyed by error code; `CODE__variant` keys are further texts of the same code.
// Same keys and parameters as the Vietnamese catalogue (`../vi/plan.ts`).

/** A count with English digit grouping (2000 → "2,000"). */
const n = (x: number): string => {
  const s = String(x);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
};

const FORMS_LIST = [
  '"Tháng 12/2019"',
  '"Quý I/2020"',
  '"Quý I, II/2021"',
  '"6 tháng đầu năm"',
  '"Năm 2020"',
  '"trong năm"',
  '"trước ngày 15/02/2020"',
  '"trước ngày 20/6 và 20/12"',
  '"15/02/2020"',
  '"cuối tháng 6/2020"',
  '"Quý II - III/2021"',
  '"hàng quý"',
  '"định kỳ 6 tháng, năm"',
  '"trước ngày 25 hằng tháng"',
  '"thực hiện thường xuyên"',
  '"Năm 2021 và các năm tiếp theo"',
];
const FORMS_NOTE = 'a part may start with what is due ("Xây dựng kế hoạch quý I") and parts are separated by ";"';
const FORMS = `${FORMS_LIST.join(', ')}; ${FORMS_NOTE}`;

// ——— parseDeadline ———
export const UNRECOGNIZED_DEADLINE = (p: { text: string; part: string; reason: string; understood: string }): string =>
  `Could not read the deadline ${p.text}: did not understand the part ${p.part}${p.reason ? ` (${p.reason})` : ''}. ` +
  `Understood: ${p.understood}. Forms read: ${FORMS}`;
export const UNRECOGNIZED_DEADLINE__notText = (p: { received: string }): string =>
  `Expected the text of a deadline, received ${p.received}`;
export const UNRECOGNIZED_DEADLINE__empty = (p: { received: string }): string => `The deadline is empty: ${p.received}`;
export const UNRECOGNIZED_DEADLINE__needsYear = (): string => 'this part names no year; pass { planYear }';
export const UNRECOGNIZED_DEADLINE__dayNotInEveryMonth = (p: { day: number }): string => `not every month has a day ${p.day}`;
export const UNRECOGNIZED_DEADLINE__noFixedDay = (p: { words: string; period: string }): string =>
  `no fixed day for ${p.words} ${p.period}`;
export const UNRECOGNIZED_DEADLINE__ambiguousRemark = (): string =>
  'the remark in parentheses names another time, not within the time before it, so which one is the deadline is unclear';
export const UNRECOGNIZED_DEADLINE__tooComplex = (): string =>
  'this part nests too deeply to be read (parentheses, lists, ongoing parts one after another)';
export const UNRECOGNIZED_DEADLINE__understoodPart = (p: { part: string; dates: string; continuous: boolean }): string =>
  `${p.part} → ${[p.dates, p.continuous ? 'continuous' : ''].filter((x) => x !== '').join(' + ')}`;
export const UNRECOGNIZED_DEADLINE__nothingUnderstood = (): string => 'nothing';
export const UNRECOGNIZED_DEADLINE__more = (p: { count: number }): string => ` and ${n(p.count)} more parts`;
export const INVALID_INPUT__planYear = (p: { received: string }): string =>
  `Invalid plan year: ${p.received} (expected a year from 1000 to 9999)`;
export const TEXT_TOO_LONG__deadline = (p: { max: number; length: number }): string =>
  `Deadline text too long: ${n(p.length)} characters, at most ${n(p.max)} (MAX_DEADLINE_TEXT_LENGTH); a real deadline cell is a few lines`;

// ——— Plans, tasks and progress records (schemas) ———
export const INVALID_INPUT__emptyDeadline = (): string => 'A deadline needs at least one dated milestone or to be continuous';
export const INVALID_PROGRESS__zeroTotal = (): string => 'The planned total (total) must be at least 1';
export const INVALID_PROGRESS__doneWithoutTotal = (): string => 'done and total go together';
export const INVALID_PROGRESS__reportedBeforeCompleted = (): string =>
  'reportedOn is before completedOn: a completion cannot be reported before it happens';
export const INVALID_PROGRESS__empty = (): string => 'Empty progress record: give completedOn, done/total, evidence or a note';
export const INVALID_PROGRESS__noMilestone = (p: { milestone: number; deadline: string; count: number }): string =>
  `No milestone ${p.milestone}: the deadline ${p.deadline} has ${p.count} (numbered from 0)`;
export const UNKNOWN_KEY__progressOnTask = (p: { key: string }): string =>
  `${p.key} is not a field of a task: progress goes in progress, e.g. progress: [{ completedOn: '2020-03-20' }]`;
export const DUPLICATE_CODE__task = (p: { section: string; code: string }): string =>
  `Section ${p.section} has two tasks numbered ${p.code}`;
export const DUPLICATE_CODE__subsection = (p: { section: string; code: string }): string =>
  `Section ${p.section} has two sub-sections ${p.code}`;
export const DUPLICATE_CODE__section = (p: { code: string }): string => `The plan has two sections ${p.code}`;
export const INVALID_INPUT__noSuchTask = (p: { plan: string; id: string }): string => `The plan ${p.plan} has no task ${p.id}`;

// ——— taskStatus, planProgress, overdueTasks (options) ———
export const INVALID_INPUT__missingDate = (p: { key: string }): string => `${p.key} is missing: a date YYYY-MM-DD`;
export const INVALID_INPUT__planCalendar = (received: string): string =>
  `calendar must be a WorkCalendar made by createWorkCalendar (e.g. civilServiceCalendar), received ${received}`;
export const INVALID_INPUT__dueSoonDays = (p: { received: string }): string =>
  `dueSoonDays must be a non-negative integer, received ${p.received}`;
export const INVALID_INPUT__dueSoonConflict = (): string =>
  'dueSoon and the deprecated dueSoonDays cannot be given together: write dueSoon: { days, unit } only';

// ——— Status counts ———
export const INVALID_INPUT__statusCounts = (p: { received: string }): string =>
  `Expected counts of tasks by status { total, … }, received ${p.received}`;
export const INVALID_COUNT__statusTotal = (p: { total: string; sum: number }): string =>
  `The total ${p.total} is not the sum of the statuses (${n(p.sum)})`;
export const INVALID_COUNT__statusSumTooLarge = (p: { key: string }): string =>
  `The sum of ${p.key} exceeds the largest exact integer (2^53 − 1)`;
export const INVALID_INPUT__statusList = (p: { received: string }): string => `Expected a list of statuses, received ${p.received}`;
export const INVALID_INPUT__status = (p: { received: string; choices: string }): string =>
  `Unknown status: ${p.received} (use ${p.choices})`;

// ——— Agencies ———
export const INVALID_INPUT__agencyText = (p: { received: string }): string => `Expected an agency text, received ${p.received}`;
export const TEXT_TOO_LONG__agencies = (p: { max: number; length: number }): string =>
  `Agency text too long: ${n(p.length)} characters, at most ${n(p.max)} (MAX_AGENCY_TEXT_LENGTH)`;
export const INVALID_INPUT__agencyKey = (): string =>
  'An agency key is lower-case ASCII letters and digits joined by "-" (e.g. "so-noi-vu")';
export const INVALID_INPUT__agencyName = (): string => 'An agency name or alias needs at least one letter or digit';
export const INVALID_INPUT__oneAgency = (p: { agency: string; count: number }): string =>
  `Expected one agency; ${p.agency} names ${p.count}`;

// ——— Results tables ———
export const UNRECOGNIZED_QUANTITY = (p: { text: string }): string =>
  `Could not read the figure ${p.text}; forms read: ` +
  '"34 nhiệm vụ/06 đơn vị", "05 nội dung/toàn tỉnh", "47/63 đơn vị", "179/183 lớp/toàn tỉnh (note)", "//"';
export const UNRECOGNIZED_QUANTITY__notText = (p: { received: string }): string => `Expected the text of a figure, received ${p.received}`;
export const UNRECOGNIZED_QUANTITY__tooLarge = (p: { number: string; text: string; max: number }): string =>
  `The number ${p.number} in ${p.text} is too large to count exactly (above ${n(p.max)})`;
export const TEXT_TOO_LONG__quantity = (p: { max: number; length: number }): string =>
  `Figure too long: ${n(p.length)} characters, at most ${n(p.max)} (MAX_RESULT_QUANTITY_TEXT_LENGTH)`;
export const UNIT_MISMATCH = (p: { row: string; planned: string; completed: string }): string =>
  `Row ${p.row}: planned counts ${p.planned} but completed counts ${p.completed}`;
