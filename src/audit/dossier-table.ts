import { checkPrintedRate } from '../core/check-printed-rate.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { localizeDecimalString } from '../core/format-number.js';
import { pushUnknownKeys } from '../core/options.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { parseViNumber, parseViPercent } from '../core/parse-vi-number.js';
import * as viMsg from '../core/messages/vi/audit.js';
import * as enMsg from '../core/messages/en/audit.js';
import type { OnTimeDenominator } from '../dossier/rates.js';
import { buildFinding, type AuditFinding } from './finding.js';
import { digitLimitIssue, printedTextIssue } from './limits.js';
import { levelFindings } from './_internal/level-findings.js';
import type { DateRange } from '../core/date-range.js';
import type { IsoDate } from '../core/iso-date.js';

/** A printed rate with the denominator it refers to (default: resolved dossiers).
 *
 * @example
 * ```ts
 * import type { PrintedDossierRate } from 'cchc';
 * const p: PrintedDossierRate = { text: '95,12%', denominator: 'resolved-plus-pending' };
 * p.text; // '95,12%'
 * ``` */
export interface PrintedDossierRate {
  /** The rate as printed, verbatim ("99,26%"). */
  readonly text: string;
  /** What it is a share of; see {@link OnTimeDenominator}. Default `'resolved'`. */
  readonly denominator?: OnTimeDenominator;
}

/** A printed overdue-pending rate with its denominator (default: pending dossiers).
 *
 * @example
 * ```ts
 * import type { PrintedOverdueRate } from 'cchc';
 * const p: PrintedOverdueRate = { text: '3,40%', denominator: 'pending' };
 * p.denominator; // 'pending'
 * ``` */
export interface PrintedOverdueRate {
  /** The rate as printed, verbatim. */
  readonly text: string;
  /** `'pending'` (default) or `'received'`. */
  readonly denominator?: 'pending' | 'received';
}

/**
 * A count as printed: a number, or its Vietnamese text ("72.428"; read with `parseViNumber`).
 *
 * @example
 * ```ts
 * import type { DossierTableCount } from 'cchc';
 * const c: DossierTableCount = '72.428';
 * c; // '72.428'
 * ```
 */
export type DossierTableCount = number | string;

/**
 * One row of a printed dossier table (một dòng của bảng số liệu hồ sơ TTHC), with whatever the table prints:
 * a number where the table prints only a total (`received: 72428`), or an object with the parts it prints.
 * `resolved.onTimeOrEarly` stands for tables that do not split early from on time ("đúng hạn" including early);
 * `received.new` for new receipts not split by channel ("tiếp nhận mới"), `received.newInPersonOrPostal` for the
 * column "trực tiếp, dịch vụ bưu chính" of Biểu II.06a; `dueInPeriod` for "hồ sơ đến hạn giải quyết" (resolved +
 * pending overdue), the denominator of the `due-in-period` rate. Counts may be numbers or Vietnamese number texts.
 *
 * @example
 * ```ts
 * import type { DossierTableRow } from 'cchc';
 * const row: DossierTableRow = { label: 'Cấp tỉnh', received: 72428, resolved: { total: 62337, onTimeOrEarly: 61878, late: 459 }, pending: 9235, printed: { onTimeRate: '99,26%' } };
 * row.pending; // 9235
 * ```
 */
export interface DossierTableRow {
  /** The row label as printed ("Cấp tỉnh", "Toàn tỉnh", a department's name). */
  readonly label: string;
  /** Tiếp nhận: total, or its parts. */
  readonly received?:
    | DossierTableCount
    | {
        readonly total?: DossierTableCount;
        readonly carriedOver?: DossierTableCount;
        readonly new?: DossierTableCount;
        readonly newOnline?: DossierTableCount;
        readonly newInPerson?: DossierTableCount;
        readonly newPostal?: DossierTableCount;
        readonly newInPersonOrPostal?: DossierTableCount;
      };
  /** Đã giải quyết: total, or its parts. */
  readonly resolved?:
    | DossierTableCount
    | { readonly total?: DossierTableCount; readonly early?: DossierTableCount; readonly onTime?: DossierTableCount; readonly late?: DossierTableCount; readonly onTimeOrEarly?: DossierTableCount };
  /** Đang giải quyết: total, or its parts. */
  readonly pending?: DossierTableCount | { readonly total?: DossierTableCount; readonly withinDue?: DossierTableCount; readonly overdue?: DossierTableCount };
  /** Rút / trả lại. */
  readonly withdrawnOrReturned?: DossierTableCount;
  /** Chờ bổ sung. */
  readonly awaitingSupplement?: DossierTableCount;
  /** Đến hạn giải quyết: resolved + pending overdue (Vĩnh Phúc's reports print it). */
  readonly dueInPeriod?: DossierTableCount;
  /**
   * Rates as printed: a text (denominator `resolved`, or `pending` for the overdue rate) or `{ text, denominator }`.
   * `earlyRate` is the share resolved early (trước hạn) alone, which some tables print beside the on-time share.
   */
  readonly printed?: {
    readonly onTimeRate?: string | PrintedDossierRate;
    readonly earlyRate?: string | PrintedDossierRate;
    readonly lateRate?: string | PrintedDossierRate;
    readonly overduePendingRate?: string | PrintedOverdueRate;
  };
}

/** Input of {@link auditDossierTable}.
 *
 * @example
 * ```ts
 * import { auditDossierTable, type AuditDossierTableInput } from 'cchc';
 * const input: AuditDossierTableInput = { rows: [{ label: 'Sở A', received: 10, resolved: 8, pending: 3 }], location: 'Biểu 06a' };
 * auditDossierTable(input)[0]?.code; // 'exceeds-received'
 * ``` */
export interface AuditDossierTableInput {
  /** The rows, in printed order, the total row included. */
  readonly rows: readonly DossierTableRow[];
  /**
   * Label of the total row. Default: the first row labelled "Toàn tỉnh", "Toàn quốc", "Toàn thành phố", "Tổng",
   * "Tổng cộng", "Tổng số", "Cộng" or "Total" (case and accents ignored), alone or followed by punctuation or a
   * qualifier ("Tổng cộng (3 cấp)", "Cộng toàn tỉnh"); a department such as "Công an tỉnh" or "Tổng cục Thuế" is not
   * a total row. Without a total row, sums are not checked. The other rows must be of one level (no subtotal rows):
   * audit each level's breakdown separately.
   */
  readonly totalLabel?: string;
  /** Where the table is (section, page), copied into every finding's `location`. */
  readonly location?: string;
  /** The day the figures refer to (ISO): with it, district rows after 30/06/2025 are `LEVEL_NOT_IN_FORCE`. */
  readonly date?: IsoDate;
  /** The reporting period (`{ start, end }`, a `Period`, or "Quý IV/2025"); see `TableDate`. */
  readonly period?: DateRange | string;
}

type Flat = Map<string, number>;

const FIELDS = [
  'received.total',
  'received.carriedOver',
  'received.new',
  'received.newOnline',
  'received.newInPerson',
  'received.newPostal',
  'received.newInPersonOrPostal',
  'resolved.total',
  'resolved.early',
  'resolved.onTime',
  'resolved.onTimeOrEarly',
  'resolved.late',
  'pending.total',
  'pending.withinDue',
  'pending.overdue',
  'withdrawnOrReturned',
  'awaitingSupplement',
  'dueInPeriod',
] as const;

const NAMES_VI: Record<string, string> = {
  'received.total': 'Tiếp nhận',
  'received.carriedOver': 'Tiếp nhận từ kỳ trước',
  'received.new': 'Mới tiếp nhận',
  'received.newInPersonOrPostal': 'Mới tiếp nhận trực tiếp và qua bưu chính',
  'received.newOnline': 'Mới tiếp nhận trực tuyến',
  'received.newInPerson': 'Mới tiếp nhận trực tiếp',
  'received.newPostal': 'Mới tiếp nhận qua bưu chính',
  'resolved.total': 'Đã giải quyết',
  'resolved.early': 'Giải quyết trước hạn',
  'resolved.onTime': 'Giải quyết đúng hạn',
  'resolved.onTimeOrEarly': 'Giải quyết đúng hạn (gồm trước hạn)',
  'resolved.late': 'Giải quyết quá hạn',
  'pending.total': 'Đang giải quyết',
  'pending.withinDue': 'Đang giải quyết trong hạn',
  'pending.overdue': 'Đang giải quyết quá hạn',
  withdrawnOrReturned: 'Rút / trả lại',
  awaitingSupplement: 'Chờ bổ sung',
  dueInPeriod: 'Đến hạn giải quyết',
};

/**
 * Whether a label names the total row: "Toàn tỉnh", "Toàn quốc", "Toàn thành phố", "Tổng", "Tổng cộng", "Tổng số",
 * "Cộng", "Total", optionally followed by punctuation or a qualifier ("Tổng cộng (3 cấp)", "Cộng toàn tỉnh", "Tổng các
 * cấp"); but not a row that merely starts with those letters ("Công an tỉnh", "Tổng cục Thuế", "Tổng công ty …").
 */
function isTotalLabel(label: string): boolean {
  const t = foldVi(label);
  if (/^toan (tinh|quoc|thanh pho|huyen|thi xa|nganh)\b/.test(t) || /^(grand )?total\b/.test(t)) return true;
  const m = /^(tong cong|tong so|tong|cong)(.*)$/.exec(t);
  if (!m) return false;
  const rest = m[2]!;
  if (m[1] === 'tong cong' && /^ ty\b/.test(rest)) return false;
  return rest === '' || /^\s*[^a-z\s]/.test(rest) || /^\s+(toan|cac|chung|cong|so|hop)\b/.test(rest);
}

const vi = (n: number) => formatNumber(n);
const en = (n: number) => formatNumber(n, { locale: 'en' });

const ROW_KEYS = ['label', 'received', 'resolved', 'pending', 'withdrawnOrReturned', 'awaitingSupplement', 'dueInPeriod', 'printed'] as const;
const GROUP_KEYS: Readonly<Record<'received' | 'resolved' | 'pending', readonly string[]>> = {
  received: ['total', 'carriedOver', 'new', 'newOnline', 'newInPerson', 'newPostal', 'newInPersonOrPostal'],
  resolved: ['total', 'early', 'onTime', 'late', 'onTimeOrEarly'],
  pending: ['total', 'withinDue', 'overdue'],
};
const PRINTED_KEYS = ['onTimeRate', 'earlyRate', 'lateRate', 'overduePendingRate'] as const;
const INPUT_KEYS = ['rows', 'totalLabel', 'location', 'date', 'period'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ownValue = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Unknown keys of an object, as `UNKNOWN_KEY` issues with a suggestion. */
function unknownKeys(o: Record<string, unknown>, known: readonly string[], path: CchcPath, problems: CchcIssue[]): void {
  pushUnknownKeys(problems, o, (key) => known.includes(key), path, known);
}

const countIssue = (path: CchcPath, v: unknown): CchcIssue =>
  issue('INVALID_COUNT', path, viMsg.INVALID_COUNT__auditCount({ received: show(v) }), enMsg.INVALID_COUNT__auditCount({ received: show(v) }), v);

function flatten(row: Record<string, unknown>, i: number, problems: CchcIssue[]): Flat {
  const flat: Flat = new Map();
  const put = (key: string, v: unknown, path: (string | number)[]) => {
    if (v === undefined || v === null) return;
    if (typeof v === 'string') {
      const tooLarge = digitLimitIssue(v, path);
      if (tooLarge) {
        problems.push(tooLarge);
        return;
      }
      try {
        const d = parseViNumber(v);
        if (d.isInteger() && !d.isNegative() && d.lte(Number.MAX_SAFE_INTEGER)) v = d.toNumber();
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
        problems.push(...e.issues.map((x) => ({ ...x, path })));
        return;
      }
    }
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      problems.push(countIssue(path, v));
      return;
    }
    flat.set(key, v);
  };
  unknownKeys(row, ROW_KEYS, ['rows', i], problems);
  for (const group of ['received', 'resolved', 'pending'] as const) {
    const g = ownValue(row, group);
    if (g === undefined || g === null) continue;
    if (typeof g === 'number' || typeof g === 'string') put(`${group}.total`, g, ['rows', i, group]);
    else if (isObject(g)) {
      unknownKeys(g, GROUP_KEYS[group], ['rows', i, group], problems);
      for (const k of GROUP_KEYS[group]) put(`${group}.${k}`, ownValue(g, k), ['rows', i, group, k]);
    } else {
      problems.push(issue('INVALID_COUNT', ['rows', i, group], viMsg.INVALID_COUNT__dossierTableGroup({ received: show(g) }), enMsg.INVALID_COUNT__dossierTableGroup({ received: show(g) }), g));
    }
  }
  put('withdrawnOrReturned', ownValue(row, 'withdrawnOrReturned'), ['rows', i, 'withdrawnOrReturned']);
  put('awaitingSupplement', ownValue(row, 'awaitingSupplement'), ['rows', i, 'awaitingSupplement']);
  put('dueInPeriod', ownValue(row, 'dueInPeriod'), ['rows', i, 'dueInPeriod']);
  return flat;
}

/** Fill in what follows from the parts (on time incl. early; new receipts; totals from complete parts). */
function derive(flat: Flat): Flat {
  const d = new Map(flat);
  const sumOf = (keys: string[]) => (keys.every((k) => d.has(k)) ? keys.reduce((s, k) => s + d.get(k)!, 0) : undefined);
  const fill = (key: string, ...alternatives: string[][]) => {
    if (d.has(key)) return;
    for (const parts of alternatives) {
      const s = sumOf(parts);
      if (s !== undefined) {
        d.set(key, s);
        return;
      }
    }
  };
  fill('resolved.onTimeOrEarly', ['resolved.early', 'resolved.onTime']);
  fill('resolved.total', ['resolved.onTimeOrEarly', 'resolved.late']);
  fill('pending.total', ['pending.withinDue', 'pending.overdue']);
  fill('received.newInPersonOrPostal', ['received.newInPerson', 'received.newPostal']);
  fill('received.new', ['received.newOnline', 'received.newInPersonOrPostal']);
  fill('received.total', ['received.carriedOver', 'received.new']);
  fill('dueInPeriod', ['resolved.total', 'pending.overdue']);
  return d;
}

/**
 * The counts of a printed row, read (Vietnamese number texts included) and completed from their parts, keyed
 * `received.total`, `resolved.onTimeOrEarly`, `pending.total` … Throws the problems `auditDossierTable` would report.
 * @internal
 */
export function dossierTableRowCounts(row: DossierTableRow, index = 0): ReadonlyMap<string, number> {
  const problems: CchcIssue[] = [];
  const flat = isObject(row) ? flatten(row, index, problems) : new Map<string, number>();
  if (problems.length > 0) throw new CchcError(problems);
  return derive(flat);
}

/** The sets of parts each derivable field adds up from. */
const PARTS_OF: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'resolved.onTimeOrEarly': [['resolved.early', 'resolved.onTime']],
  'resolved.total': [['resolved.onTimeOrEarly', 'resolved.late'], ['resolved.early', 'resolved.onTime', 'resolved.late']],
  'pending.total': [['pending.withinDue', 'pending.overdue']],
  'received.newInPersonOrPostal': [['received.newInPerson', 'received.newPostal']],
  'received.new': [['received.newOnline', 'received.newInPersonOrPostal'], ['received.newOnline', 'received.newInPerson', 'received.newPostal']],
  'received.total': [['received.carriedOver', 'received.new'], ['received.carriedOver', 'received.newOnline', 'received.newInPersonOrPostal'], ['received.carriedOver', 'received.newOnline', 'received.newInPerson', 'received.newPostal']],
  dueInPeriod: [['resolved.total', 'pending.overdue'], ['resolved.onTimeOrEarly', 'resolved.late', 'pending.overdue'], ['resolved.early', 'resolved.onTime', 'resolved.late', 'pending.overdue']],
};

/** Whether a row prints a complete set of parts of a field. */
function printsParts(flat: Flat, field: string): boolean {
  return (PARTS_OF[field] ?? []).some((parts) => parts.every((p) => flat.has(p)));
}

type RateKey = 'onTimeRate' | 'earlyRate' | 'lateRate' | 'overduePendingRate';
type Term = readonly [sign: 1 | -1, field: string];
const plus = (...fields: string[]): Term[] => fields.map((f) => [1, f] as const);

/** Numerator and denominator of a printed rate, as alternatives of signed sums of row fields. */
function rateFormulas(key: RateKey, denominator: string): { num: Term[][]; den: Term[][] } {
  if (key === 'overduePendingRate') return { num: [plus('pending.overdue')], den: [plus(denominator === 'received' ? 'received.total' : 'pending.total')] };
  const den: Term[][] =
    denominator === 'resolved'
      ? [plus('resolved.total')]
      : denominator === 'resolved-plus-pending'
        ? [plus('resolved.total', 'pending.total')]
        : denominator === 'due-in-period'
          ? [plus('dueInPeriod')]
          : [plus('received.total')];
  if (key === 'earlyRate') return { num: [plus('resolved.early')], den };
  const bad: Term[][] =
    denominator === 'resolved'
      ? [plus('resolved.late')]
      : denominator === 'due-in-period'
        ? [plus('resolved.late', 'pending.overdue'), [[1, 'dueInPeriod'], [-1, 'resolved.onTimeOrEarly']]]
        : [plus('resolved.late', 'pending.overdue')];
  if (key === 'lateRate') return { num: bad, den };
  // onTimeRate
  if (denominator === 'resolved-plus-pending') return { num: [plus('resolved.onTimeOrEarly', 'pending.withinDue')], den };
  if (denominator === 'workload') return { num: [[[1, 'received.total'], [-1, 'resolved.late'], [-1, 'pending.overdue']]], den };
  return { num: [plus('resolved.onTimeOrEarly')], den };
}

function percentText(p: import('decimal.js').Decimal, decimals: number, locale: 'vi' | 'en'): string {
  return `${localizeDecimalString(p.toFixed(decimals), locale, true)}%`;
}

/**
 * Audit a printed dossier table (kiểm tra bảng số liệu giải quyết hồ sơ TTHC in trong báo cáo): the rows must add up
 * to the total row, each row must be consistent in itself, and each printed rate must follow from the row's counts.
 *
 * Findings (`AuditFinding`, see `makeFinding`):
 * - `sum-mismatch` (error): a field of the total row is not the sum of the other rows (only fields every row prints,
 *   or derives from printed parts);
 * - `parts-mismatch` (error): a total inside a row is not the sum of its parts (resolved = early + on time + late,
 *   pending = within + overdue, received = carried over + new, new = online + in person + postal, on time incl.
 *   early = early + on time, due in period = resolved + pending overdue);
 * - `exceeds-received` (error): resolved + pending (+ withdrawn/returned + awaiting supplement, when printed) is above
 *   received: more dossiers accounted for than received;
 * - `received-unaccounted` (info): received is above resolved + pending (+ the other printed outcomes); the table does
 *   not say what happened to the rest (withdrawn, returned, awaiting supplement?);
 * - `rate-mismatch` (error): a printed rate that neither rounding nor truncation of the counts gives;
 * - `rate-truncated` (info): a printed rate cut off instead of rounded (half-up would print another last digit);
 * - `rate-undefined` (error): a rate printed over a denominator of 0;
 * - `rate-unverifiable` (info): a printed rate whose counts the row does not print;
 * - `LEVEL_NOT_IN_FORCE` (warning): with a `date` or `period` on or after 01/07/2025, a district row ("Cấp huyện",
 *   "Huyện …", "Thị xã …"): local government has had two levels since then (`adminLevelsOn`, `levelsNotInForce`).
 *   A table without a date gets no such finding.
 *
 * Printed rates are checked with `checkPrintedRate` against the denominator each refers to (default: resolved
 * dossiers for the on-time, early and late rates, pending dossiers for the overdue rate): `resolved`,
 * `resolved-plus-pending`, `due-in-period` (the row's `dueInPeriod`, or resolved + pending overdue) or `workload`
 * (received including carried over), the named denominators of `onTimeRate`.
 *
 * @throws {@link CchcError} `INVALID_COUNT` (a count that is not a non-negative integer), `INVALID_NUMBER` /
 *   `AMBIGUOUS_NUMBER` (a count or printed rate that is not Vietnamese notation), `INVALID_INPUT`; every problem
 *   listed.
 *
 * @example
 * ```ts
 * import { auditDossierTable } from 'cchc';
 * import { kienGiang2019DossierTable } from 'cchc/datasets';
 * const rows = kienGiang2019DossierTable.rows.map((r) => ({
 *   label: r.label, received: r.received, pending: r.pending,
 *   resolved: { total: r.resolved, onTimeOrEarly: r.onTimeOrEarly, late: r.late },
 *   printed: { onTimeRate: r.printed.onTimeRate, lateRate: r.printed.lateRate },
 * }));
 * const findings = auditDossierTable({ rows });
 * findings.filter((f) => f.code === 'sum-mismatch').map((f) => f.field); // ['resolved.total', 'resolved.onTimeOrEarly', 'resolved.late', 'pending.total']
 * findings.find((f) => f.code === 'exceeds-received')?.row; // 'Cấp huyện'
 * findings.filter((f) => f.code === 'rate-truncated').map((f) => f.actual); // ['97,96%', '0,06%', '0,49%']
 * ```
 */
export function auditDossierTable(input: AuditDossierTableInput): AuditFinding[] {
  if (!isObject(input) || !Array.isArray(input.rows)) {
    const p = { received: show(input) };
    throw new CchcError(issue('INVALID_INPUT', ['rows'], viMsg.INVALID_INPUT__dossierTableRows(p), enMsg.INVALID_INPUT__dossierTableRows(p), input));
  }
  const problems: CchcIssue[] = [];
  unknownKeys(input as unknown as Record<string, unknown>, INPUT_KEYS, [], problems);
  for (const key of ['totalLabel', 'location'] as const) {
    const v = ownValue(input as unknown as Record<string, unknown>, key);
    if (v !== undefined && typeof v !== 'string') problems.push(issue('INVALID_INPUT', [key], viMsg.INVALID_INPUT__dossierTableLabel(), enMsg.INVALID_INPUT__dossierTableLabel(), v));
  }
  const rows = input.rows;
  // Array.from (not map) visits the holes of a sparse array: a missing row is a problem, not a skipped one.
  const flats = Array.from(rows, (r: unknown, i): Flat => {
    if (!isObject(r) || typeof ownValue(r, 'label') !== 'string') {
      problems.push(issue('INVALID_INPUT', ['rows', i, 'label'], viMsg.INVALID_INPUT__dossierTableLabel(), enMsg.INVALID_INPUT__dossierTableLabel(), isObject(r) ? r.label : r));
      return new Map();
    }
    return flatten(r, i, problems);
  });
  // Parse the printed rates up front, so that every bad text is reported together.
  type P = { key: RateKey; text: string; denominator: string };
  const printed: P[][] = Array.from(rows, (r: unknown, i): P[] => {
    const out: P[] = [];
    const pr = isObject(r) ? ownValue(r, 'printed') : undefined;
    if (pr === undefined || pr === null) return out;
    if (!isObject(pr)) {
      problems.push(issue('INVALID_INPUT', ['rows', i, 'printed'], viMsg.INVALID_INPUT__dossierTableRate({ received: show(pr) }), enMsg.INVALID_INPUT__dossierTableRate({ received: show(pr) }), pr));
      return out;
    }
    unknownKeys(pr, PRINTED_KEYS, ['rows', i, 'printed'], problems);
    for (const key of PRINTED_KEYS) {
      const v = ownValue(pr, key);
      if (v === undefined || v === null) continue;
      const path = ['rows', i, 'printed', key];
      const def = key === 'overduePendingRate' ? 'pending' : 'resolved';
      if (isObject(v)) unknownKeys(v, ['text', 'denominator'], path, problems);
      const text = typeof v === 'string' ? v : isObject(v) ? ownValue(v, 'text') : undefined;
      const denominator = isObject(v) ? (ownValue(v, 'denominator') ?? def) : def;
      const allowed = key === 'overduePendingRate' ? ['pending', 'received'] : ['resolved', 'resolved-plus-pending', 'due-in-period', 'workload'];
      if (typeof text !== 'string') {
        problems.push(issue('INVALID_INPUT', path, viMsg.INVALID_INPUT__dossierTableRate({ received: show(v) }), enMsg.INVALID_INPUT__dossierTableRate({ received: show(v) }), v));
        continue;
      }
      if (typeof denominator !== 'string' || !allowed.includes(denominator)) {
        const p = { received: show(denominator), allowed: allowed.join(', ') };
        problems.push(issue('INVALID_INPUT', [...path, 'denominator'], viMsg.INVALID_INPUT__dossierTableDenominator(p), enMsg.INVALID_INPUT__dossierTableDenominator(p), denominator));
        continue;
      }
      const tooLong = printedTextIssue(text, path);
      if (tooLong) {
        problems.push(tooLong);
        continue;
      }
      try {
        parseViPercent(text, { requireSign: false });
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
        problems.push(...e.issues.map((x) => ({ ...x, path })));
        continue;
      }
      out.push({ key, text, denominator });
    }
    return out;
  });
  if (problems.length > 0) throw new CchcError(problems.slice(0, 1000));

  const findings: AuditFinding[] = [];
  const loc = input.location !== undefined ? { location: input.location } : {};
  const derived = flats.map(derive);

  // 1. Identities inside each row.
  rows.forEach((r, i) => {
    const f = flats[i]!;
    const d = derived[i]!;
    const label = r.label;
    const identity = (field: string, parts: string[], source: Flat) => {
      if (!f.has(field) || !parts.every((p) => source.has(p))) return;
      const sum = parts.reduce((s, p) => s + source.get(p)!, 0);
      const total = f.get(field)!;
      if (sum === total) return;
      const partsVi = parts.map((p) => NAMES_VI[p]!.toLowerCase()).join(' + ');
      findings.push(
        buildFinding({
          code: 'parts-mismatch',
          severity: 'error',
          row: label,
          field,
          expected: sum,
          actual: total,
          vi: `${label}: ${NAMES_VI[field]} in ${vi(total)} nhưng ${partsVi} = ${parts.map((p) => vi(source.get(p)!)).join(' + ')} = ${vi(sum)}`,
          en: `${label}: ${field} is printed as ${en(total)} but ${parts.join(' + ')} = ${parts.map((p) => en(source.get(p)!)).join(' + ')} = ${en(sum)}`,
          ...loc,
        }),
      );
    };
    identity('resolved.onTimeOrEarly', ['resolved.early', 'resolved.onTime'], f);
    if (f.has('resolved.early') && f.has('resolved.onTime')) identity('resolved.total', ['resolved.early', 'resolved.onTime', 'resolved.late'], f);
    else identity('resolved.total', ['resolved.onTimeOrEarly', 'resolved.late'], d);
    identity('pending.total', ['pending.withinDue', 'pending.overdue'], f);
    identity('received.newInPersonOrPostal', ['received.newInPerson', 'received.newPostal'], f);
    // New receipts and the received total: against the most detailed parts printed (each mistake reported once).
    const channels = f.has('received.newInPerson') && f.has('received.newPostal') ? ['received.newOnline', 'received.newInPerson', 'received.newPostal'] : ['received.newOnline', 'received.newInPersonOrPostal'];
    identity('received.new', channels, f);
    if (channels.every((k) => f.has(k))) identity('received.total', ['received.carriedOver', ...channels], f);
    else identity('received.total', ['received.carriedOver', 'received.new'], d);
    if (f.has('resolved.early') && f.has('resolved.onTime')) identity('dueInPeriod', ['resolved.early', 'resolved.onTime', 'resolved.late', 'pending.overdue'], f);
    else identity('dueInPeriod', ['resolved.total', 'pending.overdue'], d);

    const received = d.get('received.total');
    const resolved = d.get('resolved.total');
    const pending = d.get('pending.total');
    if (received !== undefined && resolved !== undefined && pending !== undefined) {
      const extras = (['withdrawnOrReturned', 'awaitingSupplement'] as const).filter((k) => d.has(k));
      const parts = ['resolved.total', 'pending.total', ...extras];
      const accounted = parts.reduce((s, p) => s + d.get(p)!, 0);
      const partsVi = parts.map((p) => NAMES_VI[p]!.toLowerCase()).join(' + ');
      const partsEn = parts.join(' + ');
      const valuesVi = parts.map((p) => vi(d.get(p)!)).join(' + ');
      const valuesEn = parts.map((p) => en(d.get(p)!)).join(' + ');
      if (accounted > received) {
        findings.push(
          buildFinding({
            code: 'exceeds-received',
            severity: 'error',
            row: label,
            field: partsEn,
            expected: received,
            actual: accounted,
            vi: `${label}: ${partsVi} = ${valuesVi} = ${vi(accounted)}, lớn hơn số tiếp nhận ${vi(received)} (thừa ${vi(accounted - received)} hồ sơ)`,
            en: `${label}: ${partsEn} = ${valuesEn} = ${en(accounted)}, more than the ${en(received)} received (${en(accounted - received)} too many)`,
            ...loc,
          }),
        );
      } else if (accounted < received) {
        findings.push(
          buildFinding({
            code: 'received-unaccounted',
            severity: 'info',
            row: label,
            field: partsEn,
            expected: received,
            actual: accounted,
            vi: `${label}: tiếp nhận ${vi(received)} nhưng ${partsVi} chỉ có ${vi(accounted)}; ${vi(received - accounted)} hồ sơ không rõ tình trạng (rút, trả lại, chờ bổ sung?)`,
            en: `${label}: ${en(received)} received but ${partsEn} = ${en(accounted)}; ${en(received - accounted)} dossiers are not accounted for (withdrawn, returned, awaiting supplement?)`,
            ...loc,
          }),
        );
      }
    }
  });

  // 2. Rows against the total row.
  const totalIndex = rows.findIndex((r) => (input.totalLabel !== undefined ? foldVi(r.label) === foldVi(input.totalLabel) : isTotalLabel(r.label)));
  if (input.totalLabel !== undefined && totalIndex < 0) {
    const p = { received: show(input.totalLabel) };
    throw new CchcError(issue('INVALID_INPUT', ['totalLabel'], viMsg.INVALID_INPUT__dossierTableTotal(p), enMsg.INVALID_INPUT__dossierTableTotal(p), input.totalLabel));
  }
  if (totalIndex >= 0) {
    const total = derived[totalIndex]!;
    const others = derived.filter((_, i) => i !== totalIndex);
    const totalRow = rows[totalIndex]!;
    if (others.length > 0) {
      const othersPrinted = flats.filter((_, i) => i !== totalIndex);
      for (const field of FIELDS) {
        // A field is checked when every row has it (printed or derived from printed parts) and the total row prints
        // it; a field the total row only derives is checked when another row prints it without its parts (then it is
        // the only way to compare that row). So each mistake is reported once.
        if (!total.has(field) || !others.every((o) => o.has(field))) continue;
        if (!flats[totalIndex]!.has(field) && !othersPrinted.some((o) => o.has(field) && !printsParts(o, field))) continue;
        const sum = others.reduce((s, o) => s + o.get(field)!, 0);
        const printedTotal = total.get(field)!;
        if (sum === printedTotal) continue;
        const diff = sum - printedTotal;
        findings.push(
          buildFinding({
            code: 'sum-mismatch',
            severity: 'error',
            row: totalRow.label,
            field,
            expected: sum,
            actual: printedTotal,
            vi: `${NAMES_VI[field]}: cộng các dòng ${others.map((o) => vi(o.get(field)!)).join(' + ')} = ${vi(sum)} nhưng dòng "${totalRow.label}" in ${vi(printedTotal)} (lệch ${diff > 0 ? '+' : ''}${vi(diff)})`,
            en: `${field}: the rows add up to ${others.map((o) => en(o.get(field)!)).join(' + ')} = ${en(sum)} but "${totalRow.label}" prints ${en(printedTotal)} (difference ${diff > 0 ? '+' : ''}${en(diff)})`,
            ...loc,
          }),
        );
      }
    }
  }

  // 3. Printed rates.
  rows.forEach((r, i) => {
    const d = derived[i]!;
    for (const p of printed[i]!) {
      const field = `printed.${p.key}`;
      const g = (k: string) => d.get(k)!;
      // Each side of the rate: alternatives (the first one whose fields the row has wins), each a signed sum of fields.
      const formulas = rateFormulas(p.key, p.denominator);
      const evaluate = (alternatives: readonly Term[][]): number | undefined => {
        for (const terms of alternatives) {
          if (terms.every(([, k]) => d.has(k))) return terms.reduce((sum, [sign, k]) => sum + sign * g(k), 0);
        }
        return undefined;
      };
      const rawNum = evaluate(formulas.num);
      // (workload: late + overdue above received makes it negative; exceeds-received reports that row already)
      const num = rawNum === undefined ? undefined : Math.max(0, rawNum);
      const den = evaluate(formulas.den);
      const needed = [...new Set([...formulas.num[0]!, ...formulas.den[0]!].map(([, k]) => k))];
      const base = { row: r.label, field, actual: p.text, ...loc };
      if (num === undefined || den === undefined) {
        const missing = needed.filter((k) => !d.has(k));
        findings.push(
          buildFinding({
            code: 'rate-unverifiable',
            severity: 'info',
            ...base,
            vi: `${r.label}: không kiểm tra được tỷ lệ ${p.text} vì bảng không in ${missing.map((k) => NAMES_VI[k]!.toLowerCase()).join(', ')}`,
            en: `${r.label}: the rate ${p.text} cannot be checked: the table does not print ${missing.join(', ')}`,
          }),
        );
        continue;
      }
      if (den === 0) {
        findings.push(
          buildFinding({
            code: 'rate-undefined',
            severity: 'error',
            ...base,
            expected: null,
            vi: `${r.label}: tỷ lệ ${p.text} được in trên mẫu số bằng 0 (${p.denominator})`,
            en: `${r.label}: the rate ${p.text} is printed over a denominator of 0 (${p.denominator})`,
          }),
        );
        continue;
      }
      const check = checkPrintedRate({ numerator: num, denominator: den, printed: p.text });
      if (check.verdict === 'rounded') continue;
      const roundedVi = percentText(check.expectedRounded, check.decimals, 'vi');
      const roundedEn = percentText(check.expectedRounded, check.decimals, 'en');
      const exactVi = localizeDecimalString(check.computed.toDecimalPlaces(Math.max(4, check.decimals + 2), 1).toString(), 'vi');
      const exactEn = localizeDecimalString(check.computed.toDecimalPlaces(Math.max(4, check.decimals + 2), 1).toString(), 'en');
      if (check.verdict === 'truncated') {
        findings.push(
          buildFinding({
            code: 'rate-truncated',
            severity: 'info',
            ...base,
            expected: roundedVi,
            vi: `${r.label}: ${vi(num)}/${vi(den)} = ${exactVi}…%, làm tròn là ${roundedVi}; báo cáo in ${p.text} (cắt bớt chữ số, không làm tròn)`,
            en: `${r.label}: ${en(num)}/${en(den)} = ${exactEn}…%, which rounds to ${roundedEn}; the report prints ${p.text} (truncated, not rounded)`,
          }),
        );
      } else {
        findings.push(
          buildFinding({
            code: 'rate-mismatch',
            severity: 'error',
            ...base,
            expected: roundedVi,
            vi: `${r.label}: ${vi(num)}/${vi(den)} = ${exactVi}…% (làm tròn ${roundedVi}) nhưng báo cáo in ${p.text}`,
            en: `${r.label}: ${en(num)}/${en(den)} = ${exactEn}…% (rounded ${roundedEn}) but the report prints ${p.text}`,
          }),
        );
      }
    }
  });
  findings.push(...levelFindings(rows.map((r) => r.label), input, input.location));
  return findings;
}
