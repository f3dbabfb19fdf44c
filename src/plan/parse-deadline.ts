import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { addDays, type IsoDate } from '../core/iso-date.js';
import { parsePeriod, type Period } from '../core/period.js';
import { fold } from './_internal/folded.js';
import type { Deadline, DeadlineMilestone } from './deadline.js';

/**
 * Options of {@link parseDeadline}.
 *
 * @example
 * ```ts
 * const options: ParseDeadlineOptions = { planYear: 2020 };
 * ```
 */
export interface ParseDeadlineOptions {
  /**
   * The year of the plan (năm kế hoạch). Parts that name no year ("quý I", "trong năm", "6 tháng đầu năm",
   * "hàng quý") belong to it; without it they cannot be read. Parts that name a year ("Tháng 12/2019") keep theirs.
   */
  readonly planYear?: number;
}

type Mode = 'by' | 'before' | 'end' | 'middle' | 'start';

// Words before the time, read on folded text. "by": the last day of the period; "before": the day before it starts.
const PREPOSITIONS: readonly (readonly [RegExp, Mode])[] = [
  [/^truoc\s+/, 'before'],
  [/^(?:cham nhat|muon nhat|han chot|thoi han)(?:\s+la)?\s+/, 'by'],
  [/^khong (?:qua|muon hon)\s+/, 'by'],
  [/^den het\s+/, 'by'],
  [/^(?:den|trong|vao|xong trong)\s+/, 'by'],
  [/^cuoi\s+/, 'end'],
  [/^giua\s+/, 'middle'],
  [/^dau\s+/, 'start'],
];

// How a period text can start (saves calling parsePeriod, which throws, on every word).
const PERIOD_START = /^(?:\d|thang|qu[yi]|nam|ngay|nua|tu|mot|hai|ba|bon|sau|bay|tam|chin|muoi)/;

// Last words of a label that show the time after them was not read as written.
const LABEL_STOP = /(?:^|\s)(?:truoc|sau|tu|khi|cuoi|dau|giua|den|het|nhat|la|qua|hon|trong|vao|ngay|thang|quy|nam)$/;

const CONTINUOUS = /(?:^|\s)(?:thuong xuyen|lien tuc|hang ngay|hang tuan|quanh nam|ca nam)$/;
const RECURRING = /(?:^|\s)(?:dinh ky\s+)?hang\s+(quy|thang|nam)$/;

const FORMS_VI =
  '"Tháng 12/2019", "Quý I/2020", "6 tháng đầu năm", "Năm 2020", "trong năm", "trước ngày 15/02/2020", "15/02/2020", "cuối tháng 6/2020", "hàng quý", "thực hiện thường xuyên"; có thể ghi việc phải làm trước thời gian ("Xây dựng kế hoạch quý I") và nhiều phần cách nhau bằng ";"';
const FORMS_EN =
  '"Tháng 12/2019", "Quý I/2020", "6 tháng đầu năm", "Năm 2020", "trong năm", "trước ngày 15/02/2020", "15/02/2020", "cuối tháng 6/2020", "hàng quý", "thực hiện thường xuyên"; a part may start with what is due ("Xây dựng kế hoạch quý I") and parts are separated by ";"';

type PartReading =
  | { readonly kind: 'dated'; readonly milestones: readonly DeadlineMilestone[] }
  | { readonly kind: 'continuous'; readonly label?: string };

interface Failure {
  readonly reasonVi?: string;
  readonly reasonEn?: string;
}

const vnDate = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function cleanLabel(label: string): string | undefined {
  const l = label.replace(/[\s:,\-–—]+$/u, '').trim();
  return l.length > 0 ? l : undefined;
}

function milestone(due: IsoDate, label: string | undefined, text: string): DeadlineMilestone {
  return Object.freeze(label === undefined ? { due, text } : { due, label, text });
}

function dueOf(mode: Mode, p: Period): IsoDate | undefined {
  switch (mode) {
    case 'by':
    case 'end':
      return p.end;
    case 'before':
      return addDays(p.start, -1);
    case 'middle':
      // Bộ luật Dân sự 2015, Điều 146 khoản 2b, 3b: giữa tháng = ngày 15; giữa năm = ngày cuối cùng của tháng sáu.
      if (p.kind === 'month') return `${p.start.slice(0, 8)}15`;
      if (p.kind === 'year') return `${p.year}-06-30`;
      return undefined;
    case 'start':
      // Điều 146 khoản 2a, 3a: đầu tháng = ngày đầu tiên của tháng; đầu năm = ngày đầu tiên của tháng một.
      if (p.kind === 'month' || p.kind === 'year') return p.start;
      return undefined;
  }
}

/** Read one part ("Xây dựng kế hoạch quý I"); `undefined` with a reason when it cannot. */
const NEEDS_YEAR: Failure = {
  reasonVi: 'phần này không ghi năm; hãy truyền { planYear }',
  reasonEn: 'this part names no year; pass { planYear }',
};

function readPart(part: string, planYear: number | undefined, failure: { value?: Failure }): PartReading | undefined {
  const f = fold(part);
  const t = f.text;

  const cont = CONTINUOUS.exec(t);
  if (cont) {
    const label = cleanLabel(f.slice(0, cont.index));
    return label === undefined ? { kind: 'continuous' } : { kind: 'continuous', label };
  }

  const rec = RECURRING.exec(t);
  if (rec) {
    if (planYear === undefined) {
      failure.value = NEEDS_YEAR;
      return undefined;
    }
    const prefix = cleanLabel(f.slice(0, rec.index));
    const periods: Period[] =
      rec[1] === 'quy'
        ? ['I', 'II', 'III', 'IV'].map((q) => parsePeriod(`Quý ${q}/${planYear}`))
        : rec[1] === 'thang'
          ? Array.from({ length: 12 }, (_, i) => parsePeriod(`Tháng ${i + 1}/${planYear}`))
          : [parsePeriod(`Năm ${planYear}`)];
    return {
      kind: 'dated',
      milestones: periods.map((p) => milestone(p.end, prefix === undefined ? p.label : `${prefix} (${p.label})`, part)),
    };
  }

  // Try every word as the start of the time expression, longest tail first; what comes before is the label.
  for (let s = 0; s < t.length; s++) {
    if (s > 0 && t[s - 1] !== ' ') continue;
    let rest = t.slice(s);
    let restStart = s;
    let mode: Mode = 'by';
    for (let again = true; again; ) {
      again = false;
      for (const [re, m] of PREPOSITIONS) {
        const hit = re.exec(rest);
        if (hit) {
          if (mode === 'by') mode = m;
          rest = rest.slice(hit[0].length);
          restStart += hit[0].length;
          again = true;
          break;
        }
      }
    }
    if (rest.length === 0 || !PERIOD_START.test(rest)) continue;
    let period: Period;
    try {
      period = parsePeriod(f.slice(restStart), { year: planYear });
    } catch (e) {
      if (e instanceof CchcError && e.code === 'INVALID_DATE') {
        failure.value = { reasonVi: e.issues[0]!.messageVi, reasonEn: e.issues[0]!.messageEn };
      } else if (e instanceof CchcError && e.code === 'MISSING_YEAR') {
        failure.value ??= NEEDS_YEAR;
      } else if (!(e instanceof CchcError)) throw e;
      continue;
    }
    const due = dueOf(mode, period);
    if (due === undefined) {
      failure.value = {
        reasonVi: `không rõ ngày nào là "${f.slice(s, restStart)}" ${period.label}`,
        reasonEn: `no fixed day for "${f.slice(s, restStart)}" ${period.label}`,
      };
      return undefined;
    }
    // A label ending in a time word ("sau quý I", "trước khi quý II") means the time was not read as written.
    if (s > 0 && LABEL_STOP.test(t.slice(0, s).trim())) return undefined;
    return { kind: 'dated', milestones: [milestone(due, cleanLabel(f.slice(0, s)), part)] };
  }
  return undefined;
}

function describe(part: string, r: PartReading): { vi: string; en: string } {
  if (r.kind === 'continuous') return { vi: `${show(part)} → thường xuyên`, en: `${show(part)} → continuous` };
  const dates = r.milestones.map((m) => vnDate(m.due)).join(', ');
  return { vi: `${show(part)} → ${dates}`, en: `${show(part)} → ${dates}` };
}

function splitParts(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map((p) => p.replace(/^[\s\-–—+•*·]+/u, '').replace(/[\s.,;:]+$/u, ''))
    .filter((p) => p.length > 0);
}

/**
 * Read a task's deadline text (thời hạn, "Thời gian ban hành") into dated milestones and a continuous flag.
 *
 * The text is split into parts at ";" and line breaks (a leading "-" bullet and a trailing "." are dropped). Each part
 * is either
 * - a time, optionally after what is due: "Quý I/2020", "Tháng 12/2019", "Năm 2020", "6 tháng đầu năm", "Xây dựng
 *   kế hoạch trong tháng 12/2019", "XD kế hoạch quý I", "Thực hiện trong năm" — the milestone is due on the **last day
 *   of the period named** (Bộ luật Dân sự 2015, Điều 148 khoản 1: a time limit ends at the end of its last day);
 *   "trước (ngày) 15/02/2020" is due the **day before** (2020-02-14), "trước tháng 6/2020" on the day before the month
 *   starts; "cuối / giữa / đầu tháng, năm" follow Bộ luật Dân sự 2015 Điều 146 khoản 2–3 (cuối tháng: its last day;
 *   giữa tháng: the 15th; giữa năm: 30/6; đầu năm: 1/1); "chậm nhất", "không quá", "đến hết", "trong", "vào" mean
 *   "by the end of";
 * - a recurring time: "hàng quý" / "hằng quý" (four milestones, the last day of each quarter of `planYear`),
 *   "hàng tháng" (twelve), "hàng năm" (31/12 of `planYear`);
 * - an ongoing part: "thường xuyên", "liên tục", "hằng ngày", "quanh năm" (sets `continuous`; no milestone).
 *
 * Parts that name no year take `options.planYear` (without it, they are not understood). Every deadline text of Kế hoạch 164/KH-UBND (Kiên Giang, 2020) is
 * read, verbatim. Deadlines falling on a weekend are not moved: Điều 148 khoản 5 moves them to the next working day,
 * which needs the working-day calendar; the printed date is kept.
 *
 * @param text - the deadline text as printed
 * @param options - `planYear`, the year of the plan (needed only by parts that name no year)
 * @throws {@link CchcError} `UNRECOGNIZED_DEADLINE`, one issue per part not understood, each message listing the
 *   parts that were understood (with their dates) and the part that was not; `INVALID_INPUT` for a bad `planYear`.
 *
 * @example
 * ```ts
 * import { parseDeadline } from 'cchc';
 * parseDeadline('Trước ngày 15/02/2020', { planYear: 2020 }).milestones[0].due; // '2020-02-14'
 * parseDeadline('XD kế hoạch quý I; thực hiện quý III', { planYear: 2020 }).milestones.map((m) => m.due); // ['2020-03-31', '2020-09-30']
 * parseDeadline('- Ban hành tháng 12/2019; - Thực hiện thường xuyên', { planYear: 2020 }).continuous; // true
 * parseDeadline('hàng quý', { planYear: 2020 }).milestones.length; // 4
 * parseDeadline('Tháng 12/2019').milestones[0].due; // '2019-12-31'
 * parseDeadline('quý I'); // throws CchcError UNRECOGNIZED_DEADLINE
 * parseDeadline('Ban hành sớm', { planYear: 2020 }); // throws CchcError UNRECOGNIZED_DEADLINE
 * ```
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Deadline {
  if (typeof options !== 'object' || options === null) {
    return fail('INVALID_INPUT', ['options'], `Tùy chọn phải là { planYear }, nhận được ${show(options)}`, `The options must be { planYear }, received ${show(options)}`, options);
  }
  const { planYear } = options;
  if (planYear !== undefined && (typeof planYear !== 'number' || !Number.isInteger(planYear) || planYear < 1000 || planYear > 9999)) {
    return fail('INVALID_INPUT', ['planYear'], `Năm kế hoạch không hợp lệ: ${show(planYear)}`, `Invalid plan year: ${show(planYear)}`, planYear);
  }
  if (typeof text !== 'string') {
    return fail('UNRECOGNIZED_DEADLINE', ['text'], `Cần chuỗi thời hạn, nhận được ${show(text)}`, `Expected the text of a deadline, received ${show(text)}`, text);
  }
  const parts = splitParts(text);
  if (parts.length === 0) {
    return fail('UNRECOGNIZED_DEADLINE', ['text'], `Thời hạn trống: ${show(text)}`, `The deadline is empty: ${show(text)}`, text);
  }

  const milestones: DeadlineMilestone[] = [];
  let continuous = false;
  const understood: { vi: string; en: string }[] = [];
  const notUnderstood: { part: string; failure?: Failure }[] = [];

  const take = (part: string, r: PartReading) => {
    understood.push(describe(part, r));
    if (r.kind === 'continuous') continuous = true;
    else milestones.push(...r.milestones);
  };

  for (const part of parts) {
    // "Quý I, quý III" or "Xây dựng kế hoạch quý I và thực hiện quý III": pieces that each read on their own.
    const pieces = part.split(/\s*,\s*|\s+và\s+/u).filter((p) => p.length > 0);
    if (pieces.length > 1) {
      const readings = pieces.map((p) => readPart(p, planYear, {}));
      if (readings.every((r) => r !== undefined)) {
        readings.forEach((r, i) => take(pieces[i]!, r!));
        continue;
      }
    }
    const failure: { value?: Failure } = {};
    const whole = readPart(part, planYear, failure);
    if (whole) take(part, whole);
    else notUnderstood.push(failure.value ? { part, failure: failure.value } : { part });
  }

  if (notUnderstood.length > 0) {
    const readVi = understood.length > 0 ? understood.map((u) => u.vi).join('; ') : 'không có phần nào';
    const readEn = understood.length > 0 ? understood.map((u) => u.en).join('; ') : 'nothing';
    const issues: CchcIssue[] = notUnderstood.map(({ part, failure }) =>
      issue(
        'UNRECOGNIZED_DEADLINE',
        ['text'],
        `Không đọc được thời hạn ${show(text)}: không hiểu phần ${show(part)}${failure?.reasonVi ? ` (${failure.reasonVi})` : ''}. Đã hiểu: ${readVi}. Các dạng đọc được: ${FORMS_VI}`,
        `Could not read the deadline ${show(text)}: did not understand the part ${show(part)}${failure?.reasonEn ? ` (${failure.reasonEn})` : ''}. Understood: ${readEn}. Forms read: ${FORMS_EN}`,
        text,
      ),
    );
    throw new CchcError(issues);
  }
  return Object.freeze({ milestones: Object.freeze(milestones), continuous });
}
