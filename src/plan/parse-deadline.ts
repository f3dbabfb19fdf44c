import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { addDays, daysInMonth, formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import { parsePeriod, type Period, type PeriodKind } from '../core/period.js';
import { fold as foldText } from './_internal/folded.js';
import type { Deadline, DeadlineMilestone } from './deadline.js';
import { MAX_DEADLINE_TEXT_LENGTH } from './limits.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Options of {@link parseDeadline}.
 *
 * @example
 * ```ts
 * import type { ParseDeadlineOptions } from 'cchc';
 * const options: ParseDeadlineOptions = { planYear: 2020 };
 * ```
 *
 * @category Plans and tasks
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
  [/^(?:den het|het)\s+/, 'by'],
  [/^(?:den|trong|vao|xong trong)\s+/, 'by'],
  [/^cuoi\s+/, 'end'],
  [/^giua\s+/, 'middle'],
  [/^dau\s+/, 'start'],
];

// How a period text can start (saves calling parsePeriod, which throws, on every word).
const PERIOD_START = /^(?:\d|thang|qu[yi]|nam|ngay|nua|tu|giai doan|ca nam|mot|hai|ba|bon|sau|bay|tam|chin|muoi)/;

// Last words of a label that show the time after them was not read as written.
const LABEL_STOP = /(?:^|\s)(?:truoc|sau|tu|khi|cuoi|dau|giua|den|het|nhat|la|qua|hon|trong|vao|ngay|thang|quy|nam)$/;

// Ongoing work: "thường xuyên", "liên tục", "hằng ngày", "quanh năm", "cả năm (2021)", "các năm tiếp theo", possibly
// followed by the year it goes on in ("thường xuyên trong năm 2021", "thường xuyên hằng năm").
const ONGOING = '(?:thuong xuyen|lien tuc|hang ngay|hang tuan|quanh nam|ca nam|suot nam|(?:cac|nhung) nam tiep theo)';
const CONTINUOUS = new RegExp(String.raw`(?:^|\s)${ONGOING}(?:\s+(?:trong\s+)?(?:ca\s+|suot\s+)?nam(?:\s*\d{4})?|\s*\d{4}|\s+hang nam)?$`);
const HAS_ONGOING = new RegExp(String.raw`(?:^|\s)${ONGOING}(?:$|[\s,;])`);

// Reporting frequencies (kỳ báo cáo): "hằng quý", "định kỳ 6 tháng, năm", "quý, 6 tháng, năm".
const FREQ = String.raw`(?:(?:0?6|sau|0?9|chin)\s*thang|nua nam|quy|thang|nam)`;
const FREQ_SEP = String.raw`\s*(?:,|\s(?:va|hoac)\s|&)\s*`;
// At most 16 frequencies in one list (real lists have up to four), so that no list makes the match quadratic.
const FREQ_LIST = new RegExp(String.raw`(?:^|\s)((?:dinh ky\s+)?(?:hang\s+)?${FREQ}((?:${FREQ_SEP}(?:hang\s+)?${FREQ}){0,15}))$`);
// A day of every month, or of the last month of every quarter: "trước ngày 25 hằng tháng", "ngày 15 tháng cuối quý".
const DAY_OF_MONTH = /(?:^|\s)(?:(truoc|cham nhat|muon nhat|den|vao|trong)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:hang|moi)\s+thang$/;
const DAY_OF_QUARTER =
  /(?:^|\s)(?:(truoc|cham nhat|muon nhat|den|vao|trong)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+)?quy(?:\s+hang quy)?$/;

// A piece of a list that is only a number, left to take the unit of the piece before it: "6" in "Tháng 3, 6, 9, 12",
// "II/2021" in "Quý I, II/2021".
const BARE_PIECE = /^(?:iv|i{1,3}|\d{1,2})(?:\s*[/.-]\s*(?:nam\s*)?\d{4}|\s+nam\s+\d{4})?$/;

interface Failure {
  readonly reasonVi?: string;
  readonly reasonEn?: string;
}
interface FailureBox {
  value?: Failure;
}

/** One dated time read from a piece of text, with what a list needs to share with its neighbours. */
interface Single {
  readonly kind: PeriodKind;
  readonly year: number;
  /** The printed words before the time, prepositions included ("Định kỳ trước"); '' for a bare time ("20/12"). */
  readonly prefix: string;
}

/** What a part (or a piece of one) says: its dated milestones, whether work goes on, and for one time its details. */
interface Reading {
  readonly milestones: readonly DeadlineMilestone[];
  readonly continuous: boolean;
  readonly single?: Single;
}

const NEEDS_YEAR: Failure = {
  reasonVi: vi.UNRECOGNIZED_DEADLINE__needsYear(),
  reasonEn: en.UNRECOGNIZED_DEADLINE__needsYear(),
};

// ——— Linear time (issue 12) ———
// The reader tries many readings of a text, and a reading may try its pieces again. Three things keep its time linear
// in the length of the text (and the text is at most MAX_DEADLINE_TEXT_LENGTH long):
// - a time expression is short: no text `parsePeriod` reads is longer than TIME_WINDOW folded characters or
//   TIME_WORDS words, so only candidates that short are tried;
// - within one call, a candidate is read by `parsePeriod` once (`periods`, a memo);
// - a work budget per part, proportional to its length: the work counted is the text folded and the candidates tried,
//   and a part that would need more is reported as too complex (real parts use a small fraction of it).

/** Longer than any time expression `parsePeriod` reads ("từ ngày 15 tháng 02 năm 2020 đến hết ngày 31 tháng 12 năm 2020": 63). */
const TIME_WINDOW = 120;
/** More words than any time expression has ("từ ngày 15 / 02 / 2020 đến hết ngày 31 / 12 / 2020": 17). */
const TIME_WORDS = 24;
/** Work allowed per character of a part, and for any part; real deadline texts use well under a tenth of it. */
const WORK_PER_CHARACTER = 400;
const WORK_BASE = 20_000;
/** How deep readings may nest (a remark in a list of ongoing parts …); real texts need 3. */
const MAX_NESTING = 6;

/** Thrown when a part needs more work than its budget; caught for the part, never escapes `parseDeadline`. */
class TooComplex extends Error {}

interface Run {
  budget: number;
  depth: number;
  readonly periods: Map<string, Period | CchcError>;
  readonly times: Map<string, boolean>;
}
let run: Run | undefined;

function spend(work: number): void {
  if (run === undefined) return;
  run.budget -= work;
  if (run.budget < 0) throw new TooComplex();
}

function fold(text: string): ReturnType<typeof foldText> {
  spend(text.length + 1);
  return foldText(text);
}

/** `parsePeriod`, at most once per text and year within a call. */
function periodOf(text: string, year: number | undefined): Period | CchcError {
  const key = `${year ?? ''}\u0000${text}`;
  const hit = run?.periods.get(key);
  if (hit !== undefined) return hit;
  spend(text.length + 16);
  let out: Period | CchcError;
  try {
    out = parsePeriod(text, year === undefined ? undefined : { year });
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    out = e;
  }
  run?.periods.set(key, out);
  return out;
}

const SEPARATOR_CHARS = new Set([' ', ',', ';', ':', '+', '&', '-']);

/** `text` without trailing characters of `chars` (a loop from the end: a regex `[…]+$` is quadratic on a long run). */
function trimEndOf(text: string, chars: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a match of `re` (which ends with `$` and matches at most `span` characters) ends `text`; its start, or -1. */
function matchAtEnd(re: RegExp, text: string, span: number): { index: number; match: RegExpExecArray } | undefined {
  if (text.length <= span) {
    const m = re.exec(text);
    return m ? { index: m.index, match: m } : undefined;
  }
  // Cut at a space, so that a match that must start after a space or at the start is found as in the whole text.
  const from = text.indexOf(' ', text.length - span);
  if (from < 0) return undefined;
  const m = re.exec(text.slice(from));
  return m ? { index: from + m.index, match: m } : undefined;
}

const vnDate = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const LABEL_END_CHARS = new Set([' ', '\t', '\n', '\r', '\u00a0', ':', ',', ';', '+', '&', '-', '–', '—']);

function cleanLabel(label: string): string | undefined {
  const l = trimEndOf(label, LABEL_END_CHARS).trim();
  return l.length > 0 ? l : undefined;
}

function milestone(due: IsoDate, label: string | undefined, text: string): DeadlineMilestone {
  return Object.freeze(label === undefined ? { due, text } : { due, label, text });
}

/** Folded text without separators and a dangling "và" at its end ("quý i/2021 và", "tháng 12/2019 -"). */
function trimTail(folded: string): string {
  let out = folded;
  for (let before = ''; before !== out; ) {
    before = out;
    out = trimEndOf(out, SEPARATOR_CHARS);
    if (out === 'va') out = '';
    else if (out.endsWith(' va')) out = out.slice(0, -3);
  }
  return out;
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

/**
 * Whether folded text names a dated time somewhere ("ban hành tháng 12/2019 - thực hiện", "quý i,"): some run of its
 * words reads as a period with a number in it. Used to refuse labels that hide a second time.
 */
function containsTime(folded: string, planYear: number | undefined): boolean {
  const key = `${planYear ?? ''}\u0000${folded}`;
  const known = run?.times.get(key);
  if (known !== undefined) return known;
  const words = [...folded.matchAll(/\S+/g)];
  let found = false;
  let last = 0; // the last word that can end a time starting at word i (moves forward with i)
  for (let i = 0; i < words.length && !found; i++) {
    const from = words[i]!.index;
    const endOf = (j: number) => words[j]!.index + words[j]![0].length;
    while (last + 1 < words.length && last + 1 - i < TIME_WORDS && endOf(last + 1) - from <= TIME_WINDOW) last++;
    if (last < i) last = i;
    if (!PERIOD_START.test(folded.slice(from, from + 12))) continue;
    for (let j = last; j >= i; j--) {
      const candidate = trimTail(folded.slice(from, words[j]!.index + words[j]![0].length));
      spend(candidate.length + 1);
      if (/\d|qu[yi]\s*(?:iv|i{1,3})\b/.test(candidate) && readsAsTime(candidate, planYear)) {
        found = true;
        break;
      }
    }
  }
  run?.times.set(key, found);
  return found;
}

/**
 * Whether folded text ends with a dated time ("trước ngày 15/12" before "năm 2021"): then the time after it was only
 * the end of one time expression, not a time of its own.
 */
function endsWithTime(folded: string, planYear: number | undefined): boolean {
  const t = trimTail(folded);
  // Only the last TIME_WINDOW characters can hold a time that ends the text.
  const from = t.length <= TIME_WINDOW ? 0 : t.indexOf(' ', t.length - TIME_WINDOW);
  if (from < 0) return false;
  const tail = t.slice(from);
  for (const w of tail.matchAll(/(?:^|\s)(\S)/g)) {
    const candidate = tail.slice(w.index + w[0].length - 1);
    spend(candidate.length + 1);
    if (PERIOD_START.test(candidate) && /\d|qu[yi]\s*(?:iv|i{1,3})\b/.test(candidate) && readsAsTime(candidate, planYear)) return true;
  }
  return false;
}

/** Whether folded text reads as a period or date (an impossible date still names a time). */
function readsAsTime(candidate: string, planYear: number | undefined): boolean {
  const p = periodOf(candidate, planYear ?? 2000);
  return !(p instanceof CchcError) || p.code === 'INVALID_DATE';
}

/** A label that hides another time behind a separator, or ongoing work: two parts printed as one. */
function labelHidesAnotherPart(foldedLabel: string, planYear: number | undefined): boolean {
  if (HAS_ONGOING.test(foldedLabel)) return true;
  return /[,;+&]|\s-\s|(?:^|\s)va(?:\s|$)/.test(foldedLabel) && containsTime(foldedLabel, planYear);
}

type Folded = ReturnType<typeof fold>;

/** "Thường xuyên", "Thực hiện thường xuyên", "Quý I/2021 — thường xuyên", "Năm 2021 và các năm tiếp theo". */
function readContinuous(f: Folded, planYear: number | undefined): Reading | undefined | false {
  const c = matchAtEnd(CONTINUOUS, f.text, 80);
  if (!c) return false;
  const before = trimTail(f.text.slice(0, c.index));
  if (before === '') return { milestones: [], continuous: true };
  const dated = readTimes(f.slice(0, before.length), planYear, {});
  if (dated && dated.milestones.length > 0) return { milestones: dated.milestones, continuous: true };
  // "Thực hiện" before it is what goes on; a time that could not be read is not dropped.
  if (containsTime(before, planYear)) return undefined;
  return { milestones: [], continuous: true };
}

/** "Trước ngày 25 hằng tháng" (twelve milestones), "trước ngày 15 tháng cuối quý" (four). */
function readDayOfEveryPeriod(f: Folded, text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined | false {
  const monthly = DAY_OF_MONTH.exec(f.text);
  const m = monthly ?? DAY_OF_QUARTER.exec(f.text);
  if (!m) return false;
  if (labelHidesAnotherPart(f.text.slice(0, m.index), planYear)) return undefined;
  if (planYear === undefined) {
    failure.value = NEEDS_YEAR;
    return undefined;
  }
  const day = Number(m[2]);
  const months = monthly ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [3, 6, 9, 12];
  const last = Math.min(...months.map((mo) => daysInMonth(planYear, mo)));
  if (day < 1 || day > last) {
    const p = { day };
    const [reasonVi, reasonEn] = [vi.UNRECOGNIZED_DEADLINE__dayNotInEveryMonth(p), en.UNRECOGNIZED_DEADLINE__dayNotInEveryMonth(p)];
    failure.value = { reasonVi, reasonEn };
    return undefined;
  }
  const label = cleanLabel(f.slice(0, m.index));
  const milestones = months.map((mo) => {
    const date = formatIsoDate(planYear, mo, day);
    const name = `Tháng ${pad2(mo)}/${planYear}`;
    return milestone(m[1] === 'truoc' ? addDays(date, -1) : date, label === undefined ? name : `${label} (${name})`, text);
  });
  return { milestones, continuous: false };
}

/**
 * Reporting frequencies: "hàng quý" (four milestones, the last day of each quarter of the plan year), "hàng tháng"
 * (twelve), "hàng năm" (31/12), "định kỳ 6 tháng" (30/6 and 31/12), and lists of them ("định kỳ hằng quý, 6 tháng,
 * năm", "6 tháng, năm"): every period end once, in date order.
 */
function readFrequencies(f: Folded, text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined | false {
  const m = FREQ_LIST.exec(f.text);
  if (!m) return false;
  const list = m[1]!;
  if (!/^(?:dinh ky|hang)\s/.test(list) && m[2] === '') return false; // one bare "năm", "quý": not a frequency
  const listStart = m.index + m[0].length - list.length;
  if (labelHidesAnotherPart(f.text.slice(0, listStart), planYear)) return undefined;
  if (planYear === undefined) {
    failure.value = NEEDS_YEAR;
    return undefined;
  }
  const byDue = new Map<IsoDate, string>();
  for (const freq of list.replace(/^dinh ky\s+/, '').split(new RegExp(FREQ_SEP))) {
    const fr = freq.replace(/^hang\s+/, '').trim();
    const periods =
      fr === 'quy'
        ? ['I', 'II', 'III', 'IV'].map((q) => parsePeriod(`Quý ${q}/${planYear}`))
        : fr === 'thang'
          ? Array.from({ length: 12 }, (_, i) => parsePeriod(`Tháng ${i + 1}/${planYear}`))
          : fr === 'nam'
            ? [parsePeriod(`Năm ${planYear}`)]
            : /^(?:0?9|chin)/.test(fr)
              ? [parsePeriod(`9 tháng đầu năm ${planYear}`)]
              : [parsePeriod(`6 tháng đầu năm ${planYear}`), parsePeriod(`6 tháng cuối năm ${planYear}`)];
    // A day two frequencies share keeps the name of the longer period ("Năm 2020" over "6 tháng cuối năm 2020").
    for (const p of periods) byDue.set(p.end, p.label);
  }
  const label = cleanLabel(f.slice(0, listStart));
  const milestones = [...byDue]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([due, name]) => milestone(due, label === undefined ? name : `${label} (${name})`, text));
  return { milestones, continuous: false };
}

/** One time, optionally after what is due and a preposition: "Xây dựng kế hoạch trong tháng 12/2019". */
function readSingle(f: Folded, text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined {
  const t = f.text;
  // A start inside a run of prepositions whose time was already tried ("trong trong … quý I") ends at the same time:
  // skip to it, so that a long run costs its length once, not its length squared.
  let skipTo = 0;
  // Try every word as the start of the time expression, longest tail first; what comes before is the label.
  for (let s = 0; s < t.length; s++) {
    if (s > 0 && t[s - 1] !== ' ') continue;
    if (s < skipTo) continue;
    spend(1);
    let rest = t.slice(s);
    let restStart = s;
    let mode: Mode = 'by';
    for (let again = true; again; ) {
      again = false;
      for (const [re, m] of PREPOSITIONS) {
        const hit = re.exec(rest.slice(0, 24));
        if (hit) {
          if (mode === 'by') mode = m;
          rest = rest.slice(hit[0].length);
          restStart += hit[0].length;
          spend(1);
          again = true;
          break;
        }
      }
    }
    skipTo = restStart;
    // A time expression is short: a longer tail is not one (and is not handed to parsePeriod).
    if (rest.length === 0 || rest.length > TIME_WINDOW || !PERIOD_START.test(rest.slice(0, 12))) continue;
    const read = periodOf(f.slice(restStart), planYear);
    if (read instanceof CchcError) {
      if (read.code === 'INVALID_DATE') {
        failure.value = { reasonVi: read.issues[0]!.messageVi, reasonEn: read.issues[0]!.messageEn };
      } else if (read.code === 'MISSING_YEAR') failure.value ??= NEEDS_YEAR;
      continue;
    }
    const period: Period = read;
    const due = dueOf(mode, period);
    if (due === undefined) {
      const p = { words: show(f.slice(s, restStart)), period: period.label };
      failure.value = { reasonVi: vi.UNRECOGNIZED_DEADLINE__noFixedDay(p), reasonEn: en.UNRECOGNIZED_DEADLINE__noFixedDay(p) };
      return undefined;
    }
    if (s > 0) {
      const label = t.slice(0, s);
      // A label ending in a time word ("sau quý I", "trước khi quý II") means the time was not read as written.
      if (LABEL_STOP.test(trimTail(label).slice(-16))) return undefined;
      if (labelHidesAnotherPart(label, planYear)) return undefined;
      // A time right after another time or a number ("trước ngày 15/12 năm 2021" read as "năm 2021", "20 tháng 12" as
      // "tháng 12") was not read as written.
      const afterNumber = /(?:^|\s)(?:\d+|iv|i{1,3})$/.test(trimTail(label).slice(-TIME_WINDOW));
      if (restStart === s && (endsWithTime(label, planYear) || afterNumber)) return undefined;
    }
    return {
      milestones: [milestone(due, cleanLabel(f.slice(0, s)), text)],
      continuous: false,
      single: { kind: period.kind, year: period.year, prefix: restStart > 0 ? f.slice(0, restStart) : '' },
    };
  }
  return undefined;
}

/** The folded text before a final "hằng năm" and the separators before it ("tháng 9 hằng năm" → "tháng 9"), if any. */
function beforeYearly(t: string): string | undefined {
  if (!t.endsWith('hang nam')) return undefined;
  const at = t.length - 'hang nam'.length;
  let end = at;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === ',')) end--;
  return end === at || end === 0 ? undefined : t.slice(0, end);
}

/** One part or piece, read as a whole. */
function readOne(text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined {
  const f = fold(text);
  // "Tháng 9 hằng năm", "trước ngày 25/11 hằng năm": a day or month of every year, i.e. of the plan year.
  const yearly = beforeYearly(f.text);
  if (yearly !== undefined && !HAS_ONGOING.test(yearly) && containsTime(yearly, planYear)) {
    return readTimes(f.slice(0, yearly.length), planYear, failure);
  }
  const continuous = readContinuous(f, planYear);
  if (continuous !== false) return continuous;
  const dayOf = readDayOfEveryPeriod(f, text, planYear, failure);
  if (dayOf !== false) return dayOf;
  const frequencies = readFrequencies(f, text, planYear, failure);
  if (frequencies !== false) return frequencies;
  return readSingle(f, text, planYear, failure);
}

/** Split folded text at list marks (",", "và", and with `dashes` a spaced dash) into printed pieces. */
interface Piece {
  /** The piece as printed. */
  readonly printed: string;
  /** The folded mark before it (",", "va", "-"); '' for the first. */
  readonly mark: string;
  /** The words of the part from the start of this piece to the end of the piece after it, as printed. */
  readonly withNext?: string;
}

function splitPieces(f: Folded, dashes: boolean): Piece[] {
  const marks = dashes ? /\s*,\s*|\s+va\s+|\s+-\s+/g : /\s*,\s*|\s+va\s+/g;
  const spans: { from: number; to: number; mark: string }[] = [];
  let from = 0;
  let mark = '';
  for (const m of f.text.matchAll(marks)) {
    spans.push({ from, to: m.index, mark });
    from = m.index + m[0].length;
    mark = m[0].trim();
  }
  spans.push({ from, to: f.text.length, mark });
  return spans
    .map((sp, i) => {
      const next = spans[i + 1];
      const piece = { printed: f.slice(sp.from, sp.to), mark: sp.mark };
      return next ? { ...piece, withNext: f.slice(sp.from, next.to) } : piece;
    })
    .filter((p) => p.printed.length > 0);
}

/**
 * A list of times: "Quý I, quý III", "Tháng 3, 6, 9, 12", "Quý I, II/2021", "trước ngày 20/6 và 20/12",
 * "Xây dựng kế hoạch quý I và thực hiện quý III". A piece that is only a number takes the unit of the piece before
 * ("6" → "tháng 6"); a bare time takes the words before the previous time ("20/12" after "trước ngày 20/6" is "trước
 * 20/12"); a time without a year takes the year of the next time of the same unit that names one ("tháng 6, 12/2021"),
 * when that keeps them in order, and otherwise the plan year.
 */
function readList(list: readonly Piece[], planYear: number | undefined, failure: FailureBox): Reading | undefined {
  // "Quý I, 2021", "Tháng 12, năm 2021": a year after a comma is the year of the time before it, not a time of its own.
  const pieces: string[] = [];
  const printedPieces: string[] = [];
  list.forEach((p, i) => {
    const year = /^(?:nam\s*)?(\d{4})$/.exec(fold(p.printed).text);
    const before = pieces[pieces.length - 1];
    const merged = list[i - 1]?.withNext;
    if (
      p.mark === ',' &&
      year &&
      before !== undefined &&
      merged !== undefined &&
      !/\d{4}/.test(before) &&
      readOne(before, Number(year[1]), {})?.single
    ) {
      pieces[pieces.length - 1] = `${before} năm ${year[1]}`;
      printedPieces[printedPieces.length - 1] = merged;
    } else {
      pieces.push(p.printed);
      printedPieces.push(p.printed);
    }
  });
  const yearIn = (s: string) => /(?:^|\D)(\d{4})(?:\D|$)/.exec(fold(s).text)?.[1];
  // The year named by the nearest piece after each one (computed from the end: one pass, not one per piece).
  const hints: (number | undefined)[] = new Array<number | undefined>(pieces.length);
  for (let j = pieces.length - 1, next: number | undefined; j >= 0; j--) {
    hints[j] = next;
    const y = yearIn(pieces[j]!);
    if (y !== undefined) next = Number(y);
  }
  const hint = (i: number): number | undefined => hints[i];
  const items: { effective: string; printed: string; reading: Reading; ownYear: boolean }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const printed = printedPieces[i]!;
    const year = planYear ?? hint(i);
    const prev = items[items.length - 1]?.reading.single;
    const box: FailureBox = {};
    let effective = pieces[i]!;
    // After a month or a quarter, a bare number is another of the same unit: "2/2021" after "Quý 1" is quý 2, not
    // February.
    if (prev && (prev.kind === 'month' || prev.kind === 'quarter') && BARE_PIECE.test(fold(effective).text)) {
      effective = `${prev.kind === 'month' ? 'tháng' : 'quý'} ${effective}`;
    }
    let r = readOne(effective, year, box);
    if (r?.single?.prefix === '' && prev !== undefined && prev.prefix !== '') {
      const inherited = readOne(`${prev.prefix} ${effective}`, year, {});
      if (inherited) {
        r = inherited;
        effective = `${prev.prefix} ${effective}`;
      }
    }
    if (!r) {
      failure.value = box.value;
      return undefined;
    }
    items.push({ effective, printed, reading: r, ownYear: r.single === undefined || readOne(effective, undefined, {}) !== undefined });
  }
  // For each item, the nearest later item of the same kind that names its own year (one pass from the end).
  const nextOwn: ((typeof items)[number] | undefined)[] = new Array<(typeof items)[number] | undefined>(items.length);
  const byKind = new Map<PeriodKind, (typeof items)[number]>();
  for (let j = items.length - 1; j >= 0; j--) {
    const x = items[j]!;
    if (x.reading.single !== undefined) nextOwn[j] = byKind.get(x.reading.single.kind);
    if (x.ownYear && x.reading.single !== undefined) byKind.set(x.reading.single.kind, x);
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.ownYear) continue;
    const next = nextOwn[i];
    const borrowed = next ? readOne(item.effective, next.reading.single!.year, {}) : undefined;
    if (borrowed && next && borrowed.milestones[borrowed.milestones.length - 1]!.due <= next.reading.milestones[0]!.due) {
      item.reading = borrowed;
    } else if (planYear === undefined) {
      failure.value = NEEDS_YEAR;
      return undefined;
    }
  }
  return {
    milestones: items.flatMap((x) => x.reading.milestones.map((m) => milestone(m.due, m.label, x.printed))),
    continuous: items.some((x) => x.reading.continuous),
  };
}

const AMBIGUOUS_REMARK: Failure = {
  reasonVi: vi.UNRECOGNIZED_DEADLINE__ambiguousRemark(),
  reasonEn: en.UNRECOGNIZED_DEADLINE__ambiguousRemark(),
};

const TOO_COMPLEX: Failure = {
  reasonVi: vi.UNRECOGNIZED_DEADLINE__tooComplex(),
  reasonEn: en.UNRECOGNIZED_DEADLINE__tooComplex(),
};

/**
 * A part with a remark in parentheses at its end. A remark that names no time is left out ("Trước ngày 15/02/2021 (ban
 * hành)", "Năm 2021 (báo cáo năm)"); a year in it is the year of the time before it ("Quý I (năm 2021)"); ongoing
 * work in it adds `continuous` ("Quý I/2021 (thực hiện thường xuyên)"); a
 * time in it that makes the time before it precise is used ("Quý I/2021 (tháng 3)": 31/3/2021; "Hằng quý (trước ngày
 * 15 tháng cuối quý)": 14/3, 14/6, 14/9, 14/12); any other time in it makes the part ambiguous.
 */
function readWithRemark(outerText: string, remark: string, planYear: number | undefined, failure: FailureBox): Reading | undefined {
  // "Quý I (năm 2021)": the remark gives the year of the time before it.
  const year = /^(?:nam\s*)?(\d{4})$/.exec(fold(remark).text);
  if (year) {
    const own = readTimes(outerText, undefined, {}); // the time before it may name a year of its own
    if (own?.milestones.some((m) => !m.due.startsWith(year[1]!))) {
      failure.value = AMBIGUOUS_REMARK;
      return undefined;
    }
    return readTimes(outerText, Number(year[1]), failure);
  }
  const outer = readTimes(outerText, planYear, failure);
  if (!outer) return undefined;
  const r = fold(remark).text;
  const ongoing = readContinuous(fold(remark), planYear);
  if (ongoing && ongoing.milestones.length === 0) return { milestones: outer.milestones, continuous: true };
  const namesTime =
    containsTime(r, planYear) ||
    HAS_ONGOING.test(r) ||
    DAY_OF_MONTH.test(r) ||
    DAY_OF_QUARTER.test(r) ||
    /(?:^|\s)(?:hang|dinh ky)\s/.test(r);
  if (!namesTime) return outer;
  const inner = readTimes(remark, planYear, {});
  const within =
    inner !== undefined &&
    inner.milestones.length === outer.milestones.length &&
    inner.milestones.length > 0 &&
    inner.milestones.every((m, i) => m.due <= outer.milestones[i]!.due && (i === 0 || m.due > outer.milestones[i - 1]!.due));
  if (!within) {
    failure.value = AMBIGUOUS_REMARK;
    return undefined;
  }
  return {
    milestones: inner.milestones.map((m, i) => milestone(m.due, outer.milestones[i]!.label ?? m.label, outer.milestones[i]!.text)),
    continuous: outer.continuous || inner.continuous,
  };
}

/**
 * Read one part of a deadline (the text between ";"): a list of times, one time, a recurring time or ongoing work,
 * possibly with a remark in parentheses at its end (see `readWithRemark`).
 */
function readTimes(text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined {
  if (run !== undefined && run.depth >= MAX_NESTING) {
    failure.value = TOO_COMPLEX;
    return undefined;
  }
  if (run !== undefined) run.depth++;
  try {
    return readTimesAt(text, planYear, failure);
  } finally {
    if (run !== undefined) run.depth--;
  }
}

function readTimesAt(text: string, planYear: number | undefined, failure: FailureBox): Reading | undefined {
  const f = fold(text);
  const paren = /\s*\(([^()]*)\)$/.exec(f.text);
  if (paren && paren.index > 0)
    return readWithRemark(f.slice(0, paren.index), f.slice(paren.index).replace(/^\(\s*|\s*\)$/g, ''), planYear, failure);
  // "Định kỳ 6 tháng, năm", "quý, 6 tháng, năm" are one list of frequencies, not pieces.
  const freqs = FREQ_LIST.exec(f.text);
  if (freqs && freqs[2] !== '') {
    const r = readOne(text, planYear, failure);
    if (r) return r;
  }
  const listFailure: FailureBox = {};
  const pieces = splitPieces(f, false);
  if (pieces.length > 1) {
    const r = readList(pieces, planYear, listFailure);
    if (r) return r;
  }
  const whole = readOne(text, planYear, failure);
  if (whole) return whole;
  const withDashes = splitPieces(f, true);
  if (withDashes.length > pieces.length) {
    const r = readList(withDashes, planYear, listFailure);
    if (r) return r;
  }
  failure.value ??= listFailure.value;
  return undefined;
}

function describe(part: string, r: Reading): { vi: string; en: string } {
  const p = { part: show(part), dates: r.milestones.map((m) => vnDate(m.due)).join(', '), continuous: r.continuous };
  return { vi: vi.UNRECOGNIZED_DEADLINE__understoodPart(p), en: en.UNRECOGNIZED_DEADLINE__understoodPart(p) };
}

const PART_START_CHARS = /[\s\-–—+•*·]/u;
const PART_END_CHARS = /[\s.,;:]/u;

/** A part without its bullet and end punctuation (loops, not `[…]+$` regexes, which are quadratic on long runs). */
function cleanPart(p: string): string {
  let start = 0;
  let end = p.length;
  while (start < end && PART_START_CHARS.test(p[start]!)) start++;
  while (end > start && PART_END_CHARS.test(p[end - 1]!)) end--;
  return p.slice(start, end);
}

function splitParts(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map(cleanPart)
    .filter((p) => p.length > 0);
}

/** The understood parts, for messages: at most 10, then how many more. */
function understoodList(understood: readonly { vi: string; en: string }[]): { vi: string; en: string } {
  if (understood.length === 0) {
    return { vi: vi.UNRECOGNIZED_DEADLINE__nothingUnderstood(), en: en.UNRECOGNIZED_DEADLINE__nothingUnderstood() };
  }
  const shown = understood.slice(0, 10);
  const more = { count: understood.length - shown.length };
  return {
    vi: shown.map((u) => u.vi).join('; ') + (more.count > 0 ? vi.UNRECOGNIZED_DEADLINE__more(more) : ''),
    en: shown.map((u) => u.en).join('; ') + (more.count > 0 ? en.UNRECOGNIZED_DEADLINE__more(more) : ''),
  };
}

/**
 * Read a task's deadline text (thời hạn, "Thời gian ban hành") into dated milestones and a continuous flag.
 *
 * The text is split into parts at ";" and line breaks (a leading "-" bullet and a trailing "." are dropped). Each part
 * is one of
 * - a time, optionally after what is due: "Quý I/2020", "Tháng 12/2019", "Năm 2020", "6 tháng đầu năm", "Xây dựng
 *   kế hoạch trong tháng 12/2019", "XD kế hoạch quý I", "Thực hiện trong năm", "Quý II - III/2021" (a range) — the
 *   milestone is due on the **last day of the period named** (Bộ luật Dân sự 2015, Điều 148 khoản 1: a time limit
 *   ends at the end of its last day); "trước (ngày) 15/02/2020" is due the **day before** (2020-02-14), "trước tháng
 *   6/2020" on the day before the month starts; "cuối / giữa / đầu tháng, năm" follow Bộ luật Dân sự 2015 Điều 146
 *   khoản 2–3 (cuối tháng: its last day; giữa tháng: the 15th; giữa năm: 30/6; đầu năm: 1/1); "chậm nhất", "không
 *   quá", "(đến) hết", "trong", "vào" mean "by the end of"; "tháng 9 hằng năm", "trước 25/11 hằng năm" are that
 *   time of `planYear`;
 * - a list of times, one milestone each: "Quý I, quý III", "Tháng 3, 6, 9, 12", "Quý I, II/2021", "Tháng 6 và tháng
 *   12/2021", "trước ngày 20/6 và 20/12", "Xây dựng kế hoạch quý I và thực hiện quý III". A bare number takes the unit
 *   before it ("6" → tháng 6), a bare time the preposition and label before it ("20/12" after "trước ngày 20/6" is
 *   due 19/12), and a time without a year the year of the next time of the same unit ("tháng 6, 12/2021": June 2021);
 * - a reporting frequency: "hàng quý" / "hằng quý" (four milestones, the last day of each quarter of `planYear`),
 *   "hàng tháng" (twelve), "hàng năm" (31/12), "định kỳ 6 tháng" (30/6 and 31/12), lists such as "định kỳ hằng quý, 6
 *   tháng, năm" or "6 tháng, năm" (each period end once); "trước ngày 25 hằng tháng" (the 24th of each month),
 *   "trước ngày 15 tháng cuối quý" (14/3, 14/6, 14/9, 14/12);
 * - ongoing work: "thường xuyên", "liên tục", "hằng ngày", "quanh năm", "cả năm", "cả năm 2021", "thường xuyên trong
 *   năm 2021", "các năm tiếp theo" (sets `continuous`; no milestone). "Năm 2021 và các năm tiếp theo" is due 31/12/2021
 *   and continuous.
 *
 * A remark in parentheses at the end of a part is left out when it names no time ("Trước ngày 15/02/2021 (ban hành)");
 * a year in it is the year of the time before it ("Quý I (năm 2021)"); ongoing work in it sets `continuous`; a time
 * within the time before it makes that precise ("Quý I/2021 (tháng 1)": 31/1/2021; "Hằng quý (trước ngày 15 tháng
 * cuối quý)"); any other time in it ("Quý I/2021 (tháng 5)") makes the part ambiguous and it is rejected. Texts that
 * give no date — "Theo tiến độ", "Theo quy định", "Khi có yêu cầu", "Sau khi được phê duyệt" — are rejected: set
 * `deadline` by hand for such tasks.
 *
 * Parts that name no year take `options.planYear` (without it, they are not understood). Every deadline text of Kế
 * hoạch 164/KH-UBND (Kiên Giang, 2020) is read, verbatim. Deadlines falling on a weekend are not moved: Điều 148 khoản
 * 5 moves them to the next working day, which needs the working-day calendar; the printed date is kept.
 *
 * Limits (issue 12): a text longer than {@link MAX_DEADLINE_TEXT_LENGTH} (2,000 characters) is refused with
 * `TEXT_TOO_LONG` before it is read, and reading takes time linear in the length of the text. A part that nests
 * readings too deeply to be read in that time (more than a few remarks in parentheses, lists of ongoing parts …) is
 * not understood; no real deadline comes near either limit.
 *
 * @param text - the deadline text as printed
 * @param options - `planYear`, the year of the plan (needed only by parts that name no year)
 * @throws {@link CchcError} `UNRECOGNIZED_DEADLINE`, one issue per part not understood, each message listing the
 *   parts that were understood (with their dates) and the part that was not; `TEXT_TOO_LONG`; `INVALID_INPUT` for
 *   options that are not an object or a bad `planYear`, `UNKNOWN_KEY` for an unknown option (`planyear`).
 *
 * @example
 * ```ts
 * import { parseDeadline } from 'cchc';
 * parseDeadline('Trước ngày 15/02/2020', { planYear: 2020 }).milestones[0]!.due; // '2020-02-14'
 * parseDeadline('XD kế hoạch quý I; thực hiện quý III', { planYear: 2020 }).milestones.map((m) => m.due); // ['2020-03-31', '2020-09-30']
 * parseDeadline('- Ban hành tháng 12/2019; - Thực hiện thường xuyên', { planYear: 2020 }).continuous; // true
 * parseDeadline('hàng quý', { planYear: 2020 }).milestones.length; // 4
 * parseDeadline('Tháng 12/2019').milestones[0]!.due; // '2019-12-31'
 * parseDeadline('Quý I, II/2021').milestones.map((m) => m.due); // ['2021-03-31', '2021-06-30']
 * parseDeadline('Trước ngày 20/6 và 20/12', { planYear: 2021 }).milestones.map((m) => m.due); // ['2021-06-19', '2021-12-19']
 * parseDeadline('Định kỳ 6 tháng, năm', { planYear: 2021 }).milestones.map((m) => m.due); // ['2021-06-30', '2021-12-31']
 * parseDeadline('quý I'); // throws CchcError UNRECOGNIZED_DEADLINE
 * parseDeadline('Theo tiến độ', { planYear: 2020 }); // throws CchcError UNRECOGNIZED_DEADLINE
 * parseDeadline('Quý I', { planyear: 2020 } as never); // throws CchcError UNKNOWN_KEY
 * ```
 *
 * @category Plans and tasks
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions = {}): Deadline {
  const { planYear } = readOptions<ParseDeadlineOptions>(options, PARSE_DEADLINE_OPTIONS);
  if (planYear !== undefined && (typeof planYear !== 'number' || !Number.isInteger(planYear) || planYear < 1000 || planYear > 9999)) {
    const p = { received: show(planYear) };
    return fail('INVALID_INPUT', ['options', 'planYear'], vi.INVALID_INPUT__planYear(p), en.INVALID_INPUT__planYear(p), planYear);
  }
  if (typeof text !== 'string') {
    const p = { received: show(text) };
    return fail('UNRECOGNIZED_DEADLINE', ['text'], vi.UNRECOGNIZED_DEADLINE__notText(p), en.UNRECOGNIZED_DEADLINE__notText(p), text);
  }
  if (text.length > MAX_DEADLINE_TEXT_LENGTH) {
    const p = { max: MAX_DEADLINE_TEXT_LENGTH, length: text.length };
    return fail('TEXT_TOO_LONG', ['text'], vi.TEXT_TOO_LONG__deadline(p), en.TEXT_TOO_LONG__deadline(p), text);
  }
  const parts = splitParts(text);
  if (parts.length === 0) {
    const p = { received: show(text) };
    return fail('UNRECOGNIZED_DEADLINE', ['text'], vi.UNRECOGNIZED_DEADLINE__empty(p), en.UNRECOGNIZED_DEADLINE__empty(p), text);
  }

  const milestones: DeadlineMilestone[] = [];
  let continuous = false;
  const understood: { vi: string; en: string }[] = [];
  const notUnderstood: { part: string; failure?: Failure }[] = [];
  const outer = run;
  run = { budget: 0, depth: 0, periods: new Map(), times: new Map() };
  try {
    for (const part of parts) {
      const failure: FailureBox = {};
      run.budget = WORK_BASE + WORK_PER_CHARACTER * part.length;
      run.depth = 0;
      let r: Reading | undefined;
      try {
        r = readTimes(part, planYear, failure);
      } catch (e) {
        if (!(e instanceof TooComplex)) throw e;
        failure.value = TOO_COMPLEX;
      }
      if (r) {
        understood.push(describe(part, r));
        milestones.push(...r.milestones);
        continuous ||= r.continuous;
      } else notUnderstood.push(failure.value ? { part, failure: failure.value } : { part });
    }
  } finally {
    run = outer;
  }

  if (notUnderstood.length > 0) {
    const read = understoodList(understood);
    const issues: CchcIssue[] = notUnderstood.map(({ part, failure }) => {
      const common = { text: show(text), part: show(part) };
      return issue(
        'UNRECOGNIZED_DEADLINE',
        ['text'],
        vi.UNRECOGNIZED_DEADLINE({ ...common, reason: failure?.reasonVi ?? '', understood: read.vi }),
        en.UNRECOGNIZED_DEADLINE({ ...common, reason: failure?.reasonEn ?? '', understood: read.en }),
        text,
      );
    });
    throw new CchcError(issues);
  }
  return Object.freeze({ milestones: Object.freeze(milestones), continuous });
}

const PARSE_DEADLINE_OPTIONS: readonly string[] = Object.freeze(['planYear']);
