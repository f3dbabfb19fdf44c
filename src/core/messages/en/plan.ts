// English messages of the plan module, keyed by error code; `CODE__variant` keys are further texts of the same code.
// Same keys and parameters as the Vietnamese catalogue (`../vi/plan.ts`).

/** A count with English digit grouping (2000 → "2,000"). */
const n = (x: number): string => {
  const s = String(x);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
};

const FORMS =
  '"Tháng 12/2019", "Quý I/2020", "Quý I, II/2021", "6 tháng đầu năm", "Năm 2020", "trong năm", "trước ngày 15/02/2020", "trước ngày 20/6 và 20/12", "15/02/2020", "cuối tháng 6/2020", "Quý II - III/2021", "hàng quý", "định kỳ 6 tháng, năm", "trước ngày 25 hằng tháng", "thực hiện thường xuyên", "Năm 2021 và các năm tiếp theo"; a part may start with what is due ("Xây dựng kế hoạch quý I") and parts are separated by ";"';

// ——— parseDeadline ———
export const UNRECOGNIZED_DEADLINE = (p: { text: string; part: string; reason: string; understood: string }): string =>
  `Could not read the deadline ${p.text}: did not understand the part ${p.part}${p.reason ? ` (${p.reason})` : ''}. Understood: ${p.understood}. Forms read: ${FORMS}`;
export const UNRECOGNIZED_DEADLINE__notText = (p: { received: string }): string => `Expected the text of a deadline, received ${p.received}`;
export const UNRECOGNIZED_DEADLINE__empty = (p: { received: string }): string => `The deadline is empty: ${p.received}`;
export const UNRECOGNIZED_DEADLINE__needsYear = (): string => 'this part names no year; pass { planYear }';
export const UNRECOGNIZED_DEADLINE__dayNotInEveryMonth = (p: { day: number }): string => `not every month has a day ${p.day}`;
export const UNRECOGNIZED_DEADLINE__noFixedDay = (p: { words: string; period: string }): string => `no fixed day for ${p.words} ${p.period}`;
export const UNRECOGNIZED_DEADLINE__ambiguousRemark = (): string =>
  'the remark in parentheses names another time, not within the time before it, so which one is the deadline is unclear';
export const UNRECOGNIZED_DEADLINE__tooComplex = (): string => 'this part nests too deeply to be read (parentheses, lists, ongoing parts one after another)';
export const UNRECOGNIZED_DEADLINE__understoodPart = (p: { part: string; dates: string; continuous: boolean }): string =>
  `${p.part} → ${[p.dates, p.continuous ? 'continuous' : ''].filter((x) => x !== '').join(' + ')}`;
export const UNRECOGNIZED_DEADLINE__nothingUnderstood = (): string => 'nothing';
export const UNRECOGNIZED_DEADLINE__more = (p: { count: number }): string => ` and ${n(p.count)} more parts`;
export const INVALID_INPUT__planYear = (p: { received: string }): string => `Invalid plan year: ${p.received} (expected a year from 1000 to 9999)`;
export const TEXT_TOO_LONG__deadline = (p: { max: number; length: number }): string =>
  `Deadline text too long: ${n(p.length)} characters, at most ${n(p.max)} (MAX_DEADLINE_TEXT_LENGTH); a real deadline cell is a few lines`;
