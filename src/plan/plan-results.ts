import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { parseViNumber } from '../core/parse-vi-number.js';
import { parsePeriod, type Period } from '../core/period.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { PlanResultEntriesSchema } from './plan-results-schema.js';
import { MAX_RESULT_QUANTITY_TEXT_LENGTH } from './limits.js';
import { fold } from './_internal/folded.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * A figure of a results table as a count: `{ count: 34, unit: 'nhiệm vụ' }`, optionally out of a total and with a
 * scope, as in "34 nhiệm vụ/06 đơn vị" or "179/183 lớp/toàn tỉnh".
 *
 * @example
 * ```ts
 * import type { ResultQuantityInput } from 'cchc';
 * const q: ResultQuantityInput = { count: 179, of: 183, unit: 'lớp', scope: 'toàn tỉnh' };
 * ```
 *
 * @category Plans and tasks
 */
export interface ResultQuantityInput {
  /** The count (số lượng). */
  readonly count: number;
  /** What is counted ("nhiệm vụ", "nội dung", "đơn vị", "lớp"). */
  readonly unit?: string;
  /** Out of how many, when printed as "179/183". */
  readonly of?: number;
  /** Where or among whom ("toàn tỉnh", "06 đơn vị"). */
  readonly scope?: string;
  /** A remark printed with the figure, in parentheses. */
  readonly note?: string;
}

/**
 * A figure read from a results table: {@link ResultQuantityInput} and the text it was read from.
 *
 * @example
 * ```ts
 * import { type ResultQuantity, parseResultQuantity } from 'cchc';
 * const q: ResultQuantity | null = parseResultQuantity('05 nội dung/toàn tỉnh');
 * q?.count; // 5
 * ```
 *
 * @category Plans and tasks
 */
export interface ResultQuantity extends ResultQuantityInput {
  /** The figure as printed, or the count as text when given as a number. */
  readonly text: string;
}

/**
 * One row of a results table like Phụ lục I of a CCHC report ("Kết quả thực hiện các kế hoạch"): a plan, when it was
 * issued, what it planned and what was completed — as printed text ("34 nhiệm vụ/06 đơn vị"), a number, or a
 * structured figure — or, for a row without figures, its explanation.
 *
 * @example
 * ```ts
 * import type { PlanResultEntry } from 'cchc';
 * const e: PlanResultEntry = {
 *   no: 20, plan: 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2019', issuedText: '17/01/2019',
 *   planned: '183 lớp/toàn tỉnh', completed: '179/183 lớp/toàn tỉnh', notes: 'Quyết định số 100/QĐ-UBND',
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanResultEntry {
  /** STT as printed. */
  readonly no?: number | string;
  /** The plan (Kế hoạch), verbatim. */
  readonly plan: string;
  /** Thời gian ban hành, verbatim ("07/12/2018", "04/2019"). */
  readonly issuedText?: string;
  /** Số nhiệm vụ / số đơn vị trong kế hoạch. */
  readonly planned?: string | number | ResultQuantityInput;
  /** Số nhiệm vụ / đơn vị được hoàn thành theo kế hoạch. */
  readonly completed?: string | number | ResultQuantityInput;
  /** Ghi chú, verbatim (the document that carried it out). */
  readonly notes?: string;
  /** For a row without figures: the text printed instead (why it was not done, moved, or done otherwise). */
  readonly explanation?: string;
}

/**
 * How a results row came out: all planned done, part of it, more than planned, or no figures to compare.
 *
 * @example
 * ```ts
 * import type { PlanResultStatus } from 'cchc';
 * const s: PlanResultStatus = 'partial';
 * ```
 *
 * @category Plans and tasks
 */
export type PlanResultStatus = 'complete' | 'partial' | 'exceeded' | 'not-measured';

/**
 * One row of {@link PlanResults}.
 *
 * @example
 * ```ts
 * import { type PlanResultRow, planResults } from 'cchc';
 * const row: PlanResultRow = planResults([{ plan: 'Kế hoạch đào tạo', planned: '183 lớp/toàn tỉnh', completed: '179/183 lớp/toàn tỉnh' }]).rows[0]!;
 * row.status; // 'partial'
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanResultRow {
  readonly no?: number | string;
  readonly plan: string;
  /** The issue date or month read from `issuedText`. */
  readonly issued?: Period;
  readonly issuedText?: string;
  readonly planned?: ResultQuantity;
  readonly completed?: ResultQuantity;
  /** completed ÷ planned (counts, a fraction), when both are given and planned is not 0. */
  readonly ratio: Ratio | null;
  readonly status: PlanResultStatus;
  readonly notes?: string;
  readonly explanation?: string;
}

/**
 * Result of {@link planResults}.
 *
 * @example
 * ```ts
 * import { type PlanResults, planResults } from 'cchc';
 * const r: PlanResults = planResults([{ plan: 'A', planned: 2, completed: 2 }, { plan: 'B', explanation: 'Chưa ban hành báo cáo' }]);
 * [r.summary.complete, r.summary.notMeasured]; // [1, 1]
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanResults {
  readonly rows: readonly PlanResultRow[];
  readonly summary: {
    /** Rows (plans) in the table. */
    readonly total: number;
    /** Rows with planned and completed figures. */
    readonly measured: number;
    readonly complete: number;
    readonly partial: number;
    readonly exceeded: number;
    /** Rows without figures (kept, with their explanation). */
    readonly notMeasured: number;
    /** Plans completed in full (complete or exceeded) over all rows, a fraction; `null` for an empty table. */
    readonly completionRatio: Ratio | null;
    /** The same over measured rows only; `null` when none is measured. */
    readonly measuredCompletionRatio: Ratio | null;
    /** @deprecated Use `completionRatio` (0.2): the same `Ratio`. */
    readonly completion: Ratio | null;
    /** @deprecated Use `measuredCompletionRatio` (0.2): the same `Ratio`. */
    readonly measuredCompletion: Ratio | null;
  };
}

// "//", "-", "—", "" and "x": nothing printed (row 28 of Phụ lục I prints "//").
const NO_FIGURE = /^(?:\/\/|-+|—|x|\.+)?$/;
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const UNIT = String.raw`([^\d/()]*[^\d/()\s])`;
const TAIL = String.raw`(?:\s*/\s*([^()/]*[^()/\s]))?(?:\s*\(([^()]*)\))?`;
const OF_FORM = new RegExp(String.raw`^${NUM}\s*/\s*${NUM}(?:\s+${UNIT})?${TAIL}$`, 'd');
const COUNT_FORM = new RegExp(String.raw`^${NUM}(?:\s+${UNIT})?${TAIL}$`, 'd');

/**
 * Read a results-table figure: "34 nhiệm vụ/06 đơn vị", "05 nội dung/toàn tỉnh", "63/63 đơn vị", "179/183 lớp/toàn
 * tỉnh (còn lại 4 lớp …)", "40 đơn vị/1000 đơn vị tự chủ toàn bộ khi phí", "01/01 đơn vị". "//" or "-" mean no
 * figure (`null`). Numbers may use Vietnamese grouping ("1.000").
 *
 * Read in linear time, up to {@link MAX_RESULT_QUANTITY_TEXT_LENGTH} characters.
 *
 * @throws {@link CchcError} `UNRECOGNIZED_QUANTITY` for any other text, or a count above 2^53 − 1; `TEXT_TOO_LONG`.
 * @example
 * ```ts
 * import { parseResultQuantity } from 'cchc';
 * parseResultQuantity('34 nhiệm vụ/06 đơn vị'); // { count: 34, unit: 'nhiệm vụ', scope: '06 đơn vị', text: '34 nhiệm vụ/06 đơn vị' }
 * parseResultQuantity('47/63 đơn vị'); // { count: 47, of: 63, unit: 'đơn vị', text: '47/63 đơn vị' }
 * parseResultQuantity('//'); // null
 * ```
 *
 * @category Plans and tasks
 */
export function parseResultQuantity(text: string): ResultQuantity | null {
  if (typeof text !== 'string') {
    const p = { received: show(text) };
    const [viText, enText] = [vi.UNRECOGNIZED_QUANTITY__notText(p), en.UNRECOGNIZED_QUANTITY__notText(p)];
    throw new CchcError(issue('UNRECOGNIZED_QUANTITY', ['text'], viText, enText, text));
  }
  if (text.length > MAX_RESULT_QUANTITY_TEXT_LENGTH) {
    const p = { max: MAX_RESULT_QUANTITY_TEXT_LENGTH, length: text.length };
    throw new CchcError(issue('TEXT_TOO_LONG', ['text'], vi.TEXT_TOO_LONG__quantity(p), en.TEXT_TOO_LONG__quantity(p), text));
  }
  const trimmed = text.trim();
  if (NO_FIGURE.test(trimmed)) return null;
  const f = fold(trimmed);
  const ofMatch = OF_FORM.exec(f.text);
  const m = ofMatch ?? COUNT_FORM.exec(f.text);
  if (!m) {
    const p = { text: show(text) };
    throw new CchcError(issue('UNRECOGNIZED_QUANTITY', ['text'], vi.UNRECOGNIZED_QUANTITY(p), en.UNRECOGNIZED_QUANTITY(p), text));
  }
  // Map folded capture groups back to the printed words.
  const original = (group: number): string | undefined => {
    const span = m.indices?.[group];
    return span === undefined ? undefined : f.slice(span[0], span[1]);
  };
  const num = (s: string) => {
    const n = parseViNumber(s).toNumber();
    if (!Number.isSafeInteger(n)) {
      const p = { number: show(s), text: show(text), max: Number.MAX_SAFE_INTEGER };
      const [viText, enText] = [vi.UNRECOGNIZED_QUANTITY__tooLarge(p), en.UNRECOGNIZED_QUANTITY__tooLarge(p)];
      throw new CchcError(issue('UNRECOGNIZED_QUANTITY', ['text'], viText, enText, text));
    }
    return n;
  };
  const out: { -readonly [K in keyof ResultQuantity]: ResultQuantity[K] } = { count: num(m[1]!), text: '' };
  const base = ofMatch ? 1 : 0;
  if (ofMatch) out.of = num(m[2]!);
  const unit = original(2 + base);
  const scope = original(3 + base);
  const note = original(4 + base);
  if (unit !== undefined) out.unit = unit;
  if (scope !== undefined) out.scope = scope;
  if (note !== undefined) out.note = note;
  delete (out as { text?: string }).text;
  out.text = text;
  return Object.freeze(out);
}

function quantity(v: string | number | ResultQuantityInput | undefined): ResultQuantity | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return parseResultQuantity(v);
  if (typeof v === 'number') return Object.freeze({ count: v, text: String(v) });
  return Object.freeze({ ...v, text: `${v.of === undefined ? v.count : `${v.count}/${v.of}`}${v.unit ? ` ${v.unit}` : ''}` });
}

/**
 * Read a results table such as Phụ lục I "Kết quả thực hiện các kế hoạch" of a CCHC report: per plan, what was planned,
 * what was completed and the exact ratio, with rows without figures kept (status `not-measured`) with their
 * explanation. Planned and completed must count the same unit ("nhiệm vụ" and "nhiệm vụ"); when completed is printed
 * as "179/183", its count (179) is compared with the planned count (183).
 *
 * @throws {@link CchcError} listing every problem: `INVALID_INPUT`, `UNKNOWN_KEY` (a misspelt key such as `planed`,
 *   with a suggestion), `UNRECOGNIZED_QUANTITY`, `TEXT_TOO_LONG`, `UNIT_MISMATCH`, `UNRECOGNIZED_PERIOD`
 *   (issuedText), each with the row index in its path.
 *
 * @example
 * ```ts
 * import { planResults, formatPercent } from 'cchc';
 * import { kienGiang2019PlanResults } from 'cchc/datasets';
 * const r = planResults(kienGiang2019PlanResults);
 * [r.summary.total, r.summary.complete, r.summary.partial, r.summary.notMeasured]; // [34, 21, 3, 10]
 * formatPercent(r.rows[19]!.ratio!); // '97,81%'
 * formatPercent(r.summary.completionRatio!); // '61,76%'
 * ```
 *
 * @category Plans and tasks
 */
export function planResults(entries: readonly PlanResultEntry[]): PlanResults {
  const valid = PlanResultEntriesSchema.parse(entries, { path: ['entries'] });
  const problems: CchcIssue[] = [];
  const rows: PlanResultRow[] = [];
  valid.forEach((e, i) => {
    const at = (field: string, fn: () => ResultQuantity | null): ResultQuantity | null => {
      try {
        return fn();
      } catch (err) {
        if (!(err instanceof CchcError)) throw err;
        problems.push(...err.issues.map((x) => ({ ...x, path: ['entries', i, field] })));
        return null;
      }
    };
    const planned = at('planned', () => quantity(e.planned));
    const completed = at('completed', () => quantity(e.completed));
    let issued: Period | undefined;
    if (e.issuedText !== undefined && e.issuedText.trim() !== '') {
      try {
        issued = parsePeriod(e.issuedText);
      } catch (err) {
        if (!(err instanceof CchcError)) throw err;
        problems.push(...err.issues.map((x) => ({ ...x, path: ['entries', i, 'issuedText'] })));
      }
    }
    let r: Ratio | null = null;
    let status: PlanResultStatus = 'not-measured';
    if (planned && completed) {
      const pu = planned.unit === undefined ? undefined : fold(planned.unit).text;
      const cu = completed.unit === undefined ? undefined : fold(completed.unit).text;
      if (pu !== undefined && cu !== undefined && pu.normalize('NFC') !== cu.normalize('NFC')) {
        const p = { row: String(e.no ?? i + 1), planned: show(planned.unit), completed: show(completed.unit) };
        problems.push(issue('UNIT_MISMATCH', ['entries', i], vi.UNIT_MISMATCH(p), en.UNIT_MISMATCH(p)));
      } else if (planned.count > 0) {
        r = ratio(completed.count, planned.count);
        status = completed.count === planned.count ? 'complete' : completed.count < planned.count ? 'partial' : 'exceeded';
      }
    }
    const row: { -readonly [K in keyof PlanResultRow]: PlanResultRow[K] } = { plan: e.plan, ratio: r, status };
    if (e.no !== undefined) row.no = e.no;
    if (issued !== undefined) row.issued = issued;
    if (e.issuedText !== undefined) row.issuedText = e.issuedText;
    if (planned) row.planned = planned;
    if (completed) row.completed = completed;
    if (e.notes !== undefined) row.notes = e.notes;
    if (e.explanation !== undefined) row.explanation = e.explanation;
    rows.push(Object.freeze(row));
  });
  if (problems.length > 0) throw new CchcError(problems);
  const count = (s: PlanResultStatus) => rows.filter((x) => x.status === s).length;
  const complete = count('complete');
  const exceeded = count('exceeded');
  const measured = rows.length - count('not-measured');
  const completion = rows.length > 0 ? ratio(complete + exceeded, rows.length) : null;
  const measuredCompletion = measured > 0 ? ratio(complete + exceeded, measured) : null;
  return Object.freeze({
    rows: Object.freeze(rows),
    summary: Object.freeze({
      total: rows.length,
      measured,
      complete,
      partial: count('partial'),
      exceeded,
      notMeasured: count('not-measured'),
      completionRatio: completion,
      measuredCompletionRatio: measuredCompletion,
      completion,
      measuredCompletion,
    }),
  });
}
