import type { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber, localizeDecimalString } from '../core/format-number.js';
import { checkLocale, type Locale } from '../core/locale.js';
import { pushUnknownKeys } from '../core/options.js';
import { roundDecimal } from '../core/rounding.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as viMsg from '../core/messages/vi/audit.js';
import * as enMsg from '../core/messages/en/audit.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import type { OnTimeDenominator } from '../dossier/rates.js';
import { buildFinding, type AuditFinding, type FindingSeverity } from './finding.js';
import { digitLimitIssue, printedTextIssue } from './limits.js';
import {
  exact,
  judge,
  minus,
  ratePercent,
  readFigure,
  sum,
  tidy,
  type ReadContext,
  type Reading,
  type Verdict,
} from './_internal/reading.js';
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
 * ```
 *
 * @category Audits
 */
export interface PrintedDossierRate {
  /** The rate as printed, verbatim ("99,26%", "gần 98%"). */
  readonly text: string;
  /**
   * What it is a share of; see {@link OnTimeDenominator}, plus `'received'` (every dossier received, carried over
   * included: "99,96% of 585.336 received") and, for the shares of receipts, `'new'` (new receipts only). Default
   * `'resolved'` for the on-time, early and late rates.
   */
  readonly denominator?: OnTimeDenominator | 'received' | 'new';
}

/** A printed overdue-pending rate with its denominator (default: pending dossiers).
 *
 * @example
 * ```ts
 * import type { PrintedOverdueRate } from 'cchc';
 * const p: PrintedOverdueRate = { text: '3,40%', denominator: 'pending' };
 * p.denominator; // 'pending'
 * ```
 *
 * @category Audits
 */
export interface PrintedOverdueRate {
  /** The rate as printed, verbatim. */
  readonly text: string;
  /** `'pending'` (default), `'received'` or `'due-in-period'` ("689 hồ sơ quá hạn … chiếm 3,45%" of those due). */
  readonly denominator?: 'pending' | 'received' | 'due-in-period';
}

/**
 * A printed share of receipts or of outcomes ("tiếp nhận trực tuyến 1.448 (19,26%)", "đã giải quyết 4.561 (80,7%)")
 * with the denominator it refers to.
 *
 * @example
 * ```ts
 * import type { PrintedShareRate } from 'cchc';
 * const p: PrintedShareRate = { text: '19.26%', denominator: 'new' };
 * ```
 *
 * @category Audits
 */
export interface PrintedShareRate {
  /** The rate as printed, verbatim. */
  readonly text: string;
  /** `'received'` (default: every dossier received, carried over included), `'new'`, `'resolved'` or `'due-in-period'`. */
  readonly denominator?: 'received' | 'new' | 'resolved' | 'due-in-period';
}

/**
 * A count as printed: a number, or its text ("72.428", "hơn 4.500 hồ sơ", "5,65 ngàn"; read with
 * `parseViApproximate` in the table's `locale`, approximate counts checked as intervals).
 *
 * @example
 * ```ts
 * import type { DossierTableCount } from 'cchc';
 * const c: DossierTableCount = '72.428';
 * c; // '72.428'
 * ```
 *
 * @category Audits
 */
export type DossierTableCount = number | string;

/**
 * One row of a printed dossier table (một dòng của bảng số liệu hồ sơ TTHC), with whatever the table prints: a
 * number where the table prints only a total (`received: 72428`), or an object with the parts it prints. Rows may be
 * levels, sectors, agencies, channels or periods. `resolved.onTimeOrEarly` stands for tables that do not split early
 * from on time ("đúng hạn" including early); `received.new` for new receipts not split by channel ("tiếp nhận mới"),
 * `received.newInPersonOrPostal` for the column "trực tiếp, dịch vụ bưu chính" of Biểu II.06a; `dueInPeriod` for "hồ
 * sơ đến hạn giải quyết" (resolved + pending overdue), the denominator of the `due-in-period` rate. Counts may be
 * numbers or printed texts, approximate ones included ("hơn 4.500", "5,65 ngàn").
 *
 * @example
 * ```ts
 * import type { DossierTableRow } from 'cchc';
 * const row: DossierTableRow = { label: 'Cấp tỉnh', received: 72428, resolved: { total: 62337, onTimeOrEarly: 61878, late: 459 }, pending: 9235, printed: { onTimeRate: '99,26%' } };
 * row.pending; // 9235
 * ```
 *
 * @category Audits
 */
export interface DossierTableRow {
  /** The row label as printed ("Cấp tỉnh", "Toàn tỉnh", a department's name, "Trực tuyến", "Đất đai"). */
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
    | {
        readonly total?: DossierTableCount;
        readonly early?: DossierTableCount;
        readonly onTime?: DossierTableCount;
        readonly late?: DossierTableCount;
        readonly onTimeOrEarly?: DossierTableCount;
      };
  /** Đang giải quyết: total, or its parts. */
  readonly pending?:
    | DossierTableCount
    | { readonly total?: DossierTableCount; readonly withinDue?: DossierTableCount; readonly overdue?: DossierTableCount };
  /** Rút / trả lại. */
  readonly withdrawnOrReturned?: DossierTableCount;
  /** Chờ bổ sung. */
  readonly awaitingSupplement?: DossierTableCount;
  /** Đến hạn giải quyết: resolved + pending overdue (Vĩnh Phúc's reports print it). */
  readonly dueInPeriod?: DossierTableCount;
  /**
   * Rates as printed: a text (over the key's default denominator) or `{ text, denominator }`:
   * - `onTimeRate` on time including early ("đúng hạn và trước hạn"), `onTimeOnlyRate` on time alone ("đúng hạn",
   *   printed beside the early share), `earlyRate` early alone, `lateRate` late — default over resolved;
   * - `overduePendingRate` pending overdue — default over pending;
   * - `resolvedRate`, `pendingRate` ("đã giải quyết 4.561 (80,7%)"), `withdrawnRate` — default over received;
   * - `onlineRate`, `inPersonRate`, `postalRate` new receipts by channel — default over received (`'new'`: over new
   *   receipts).
   */
  readonly printed?: {
    readonly onTimeRate?: string | PrintedDossierRate;
    readonly onTimeOnlyRate?: string | PrintedDossierRate;
    readonly earlyRate?: string | PrintedDossierRate;
    readonly lateRate?: string | PrintedDossierRate;
    readonly overduePendingRate?: string | PrintedOverdueRate;
    readonly resolvedRate?: string | PrintedShareRate;
    readonly pendingRate?: string | PrintedShareRate;
    readonly withdrawnRate?: string | PrintedShareRate;
    readonly onlineRate?: string | PrintedShareRate;
    readonly inPersonRate?: string | PrintedShareRate;
    readonly postalRate?: string | PrintedShareRate;
  };
}

/** Input of {@link auditDossierTable}.
 *
 * @example
 * ```ts
 * import { auditDossierTable, type AuditDossierTableInput } from 'cchc';
 * const input: AuditDossierTableInput = { rows: [{ label: 'Sở A', received: 10, resolved: 8, pending: 3 }], location: 'Biểu 06a' };
 * auditDossierTable(input)[0]?.code; // 'exceeds-received'
 * ```
 *
 * @category Audits
 */
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
  /**
   * Whether the other rows are the whole breakdown of the total row (default `true`). `false` for a list of some of
   * them ("các cơ quan tiếp nhận nhiều hồ sơ là …"): they must then not exceed the total row, instead of adding up to
   * it.
   */
  readonly complete?: boolean;
  /** The notation of printed counts and rates: `'vi'` (default) or `'en'` ("531,269", "99.85%"). Never guessed. */
  readonly locale?: Locale;
  /** How far an approximate count ("hơn 4.500") may be read from its number (default 0.1; see `parseViApproximate`). */
  readonly approximateTolerance?: number;
  /** The day the figures refer to (ISO): with it, district rows after 30/06/2025 are `LEVEL_NOT_IN_FORCE`. */
  readonly date?: IsoDate;
  /** The reporting period (`{ start, end }`, a `Period`, or "Quý IV/2025"); see `TableDate`. */
  readonly period?: DateRange | string;
}

type Flat = Map<string, Reading>;

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

const ROW_KEYS = [
  'label',
  'received',
  'resolved',
  'pending',
  'withdrawnOrReturned',
  'awaitingSupplement',
  'dueInPeriod',
  'printed',
] as const;
const GROUP_KEYS: Readonly<Record<'received' | 'resolved' | 'pending', readonly string[]>> = {
  received: ['total', 'carriedOver', 'new', 'newOnline', 'newInPerson', 'newPostal', 'newInPersonOrPostal'],
  resolved: ['total', 'early', 'onTime', 'late', 'onTimeOrEarly'],
  pending: ['total', 'withinDue', 'overdue'],
};
type RateKey =
  | 'onTimeRate'
  | 'onTimeOnlyRate'
  | 'earlyRate'
  | 'lateRate'
  | 'overduePendingRate'
  | 'resolvedRate'
  | 'pendingRate'
  | 'withdrawnRate'
  | 'onlineRate'
  | 'inPersonRate'
  | 'postalRate';
const PRINTED_KEYS: readonly RateKey[] = [
  'onTimeRate',
  'onTimeOnlyRate',
  'earlyRate',
  'lateRate',
  'overduePendingRate',
  'resolvedRate',
  'pendingRate',
  'withdrawnRate',
  'onlineRate',
  'inPersonRate',
  'postalRate',
];
const OUTCOME_DENOMINATORS = ['resolved', 'resolved-plus-pending', 'due-in-period', 'workload', 'received'];
const SHARE_DENOMINATORS = ['received', 'new', 'resolved', 'due-in-period'];
const DENOMINATORS: Readonly<Record<RateKey, { readonly default: string; readonly allowed: readonly string[] }>> = {
  onTimeRate: { default: 'resolved', allowed: OUTCOME_DENOMINATORS },
  onTimeOnlyRate: { default: 'resolved', allowed: OUTCOME_DENOMINATORS },
  earlyRate: { default: 'resolved', allowed: OUTCOME_DENOMINATORS },
  lateRate: { default: 'resolved', allowed: OUTCOME_DENOMINATORS },
  overduePendingRate: { default: 'pending', allowed: ['pending', 'received', 'due-in-period'] },
  resolvedRate: { default: 'received', allowed: SHARE_DENOMINATORS },
  pendingRate: { default: 'received', allowed: SHARE_DENOMINATORS },
  withdrawnRate: { default: 'received', allowed: SHARE_DENOMINATORS },
  onlineRate: { default: 'received', allowed: SHARE_DENOMINATORS },
  inPersonRate: { default: 'received', allowed: SHARE_DENOMINATORS },
  postalRate: { default: 'received', allowed: SHARE_DENOMINATORS },
};
const INPUT_KEYS = ['rows', 'totalLabel', 'location', 'complete', 'locale', 'approximateTolerance', 'date', 'period'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ownValue = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Unknown keys of an object, as `UNKNOWN_KEY` issues with a suggestion. */
function unknownKeys(o: Record<string, unknown>, known: readonly string[], path: CchcPath, problems: CchcIssue[]): void {
  pushUnknownKeys(problems, o, (key) => known.includes(key), path, known);
}

const countIssue = (path: CchcPath, v: unknown): CchcIssue =>
  issue(
    'INVALID_COUNT',
    path,
    viMsg.INVALID_COUNT__auditCount({ received: show(v) }),
    enMsg.INVALID_COUNT__auditCount({ received: show(v) }),
    v,
  );

function flatten(row: Record<string, unknown>, i: number, problems: CchcIssue[], ctx: ReadContext): Flat {
  const flat: Flat = new Map();
  const put = (key: string, v: unknown, path: (string | number)[]) => {
    if (v === undefined || v === null) return;
    if (typeof v === 'string') {
      const tooLarge = digitLimitIssue(v, path);
      if (tooLarge) {
        problems.push(tooLarge);
        return;
      }
      // a negative count is not a count (INVALID_COUNT), whatever its notation
      if (/^\s*[-−–]\s*\d/.test(v)) {
        problems.push(countIssue(path, v));
        return;
      }
    } else if (typeof v !== 'number') {
      problems.push(countIssue(path, v));
      return;
    }
    if (typeof v === 'number' && !Number.isSafeInteger(v)) {
      problems.push(countIssue(path, v));
      return;
    }
    const r = readFigure(v, path, 'count', ctx, problems);
    if (r) flat.set(key, r);
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
      problems.push(
        issue(
          'INVALID_COUNT',
          ['rows', i, group],
          viMsg.INVALID_COUNT__dossierTableGroup({ received: show(g) }),
          enMsg.INVALID_COUNT__dossierTableGroup({ received: show(g) }),
          g,
        ),
      );
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
  const sumOf = (keys: string[]) => (keys.every((k) => d.has(k)) ? sum(keys.map((k) => d.get(k)!)) : undefined);
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
 * `received.total`, `resolved.onTimeOrEarly`, `pending.total` … (exact counts; an approximate count is its printed
 * number). Throws the problems `auditDossierTable` would report.
 * @internal
 */
export function dossierTableRowCounts(row: DossierTableRow, index = 0): ReadonlyMap<string, number> {
  const problems: CchcIssue[] = [];
  const flat = isObject(row) ? flatten(row, index, problems, { locale: 'vi', tolerance: 0.1 }) : new Map<string, Reading>();
  if (problems.length > 0) throw new CchcError(problems);
  return new Map([...derive(flat)].map(([k, r]) => [k, r.point.toNumber()]));
}

/** The sets of parts each derivable field adds up from. */
const PARTS_OF: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'resolved.onTimeOrEarly': [['resolved.early', 'resolved.onTime']],
  'resolved.total': [
    ['resolved.onTimeOrEarly', 'resolved.late'],
    ['resolved.early', 'resolved.onTime', 'resolved.late'],
  ],
  'pending.total': [['pending.withinDue', 'pending.overdue']],
  'received.newInPersonOrPostal': [['received.newInPerson', 'received.newPostal']],
  'received.new': [
    ['received.newOnline', 'received.newInPersonOrPostal'],
    ['received.newOnline', 'received.newInPerson', 'received.newPostal'],
  ],
  'received.total': [
    ['received.carriedOver', 'received.new'],
    ['received.carriedOver', 'received.newOnline', 'received.newInPersonOrPostal'],
    ['received.carriedOver', 'received.newOnline', 'received.newInPerson', 'received.newPostal'],
  ],
  dueInPeriod: [
    ['resolved.total', 'pending.overdue'],
    ['resolved.onTimeOrEarly', 'resolved.late', 'pending.overdue'],
    ['resolved.early', 'resolved.onTime', 'resolved.late', 'pending.overdue'],
  ],
};

/** Whether a row prints a complete set of parts of a field. */
function printsParts(flat: Flat, field: string): boolean {
  return (PARTS_OF[field] ?? []).some((parts) => parts.every((p) => flat.has(p)));
}

type Term = readonly [sign: 1 | -1, field: string];
const plus = (...fields: string[]): Term[] => fields.map((f) => [1, f] as const);
const less = (a: string, ...b: string[]): Term[] => [[1, a], ...b.map((f) => [-1, f] as const)];

/** Numerator and denominator of a printed rate, as alternatives of signed sums of row fields (the first is the rate's own). */
function rateFormulas(key: RateKey, denominator: string): { num: Term[][]; den: Term[][] } {
  const den: Term[][] =
    denominator === 'resolved'
      ? [plus('resolved.total')]
      : denominator === 'resolved-plus-pending'
        ? [plus('resolved.total', 'pending.total')]
        : denominator === 'due-in-period'
          ? [plus('dueInPeriod')]
          : denominator === 'pending'
            ? [plus('pending.total')]
            : denominator === 'new'
              ? [plus('received.new')]
              : [plus('received.total')];
  switch (key) {
    case 'overduePendingRate':
      return { num: [plus('pending.overdue'), less('pending.total', 'pending.withinDue')], den };
    case 'earlyRate':
      return { num: [plus('resolved.early'), less('resolved.onTimeOrEarly', 'resolved.onTime')], den };
    case 'onTimeOnlyRate':
      return { num: [plus('resolved.onTime'), less('resolved.onTimeOrEarly', 'resolved.early')], den };
    case 'lateRate': {
      if (denominator === 'resolved') return { num: [plus('resolved.late'), less('resolved.total', 'resolved.onTimeOrEarly')], den };
      if (denominator === 'due-in-period')
        return { num: [plus('resolved.late', 'pending.overdue'), less('dueInPeriod', 'resolved.onTimeOrEarly')], den };
      return { num: [plus('resolved.late', 'pending.overdue')], den };
    }
    case 'resolvedRate':
      return { num: [plus('resolved.total')], den };
    case 'pendingRate':
      return { num: [plus('pending.total')], den };
    case 'withdrawnRate':
      return { num: [plus('withdrawnOrReturned')], den };
    case 'onlineRate':
      return { num: [plus('received.newOnline')], den };
    case 'inPersonRate':
      return { num: [plus('received.newInPerson')], den };
    case 'postalRate':
      return { num: [plus('received.newPostal')], den };
    default: {
      // onTimeRate
      if (denominator === 'resolved-plus-pending') return { num: [plus('resolved.onTimeOrEarly', 'pending.withinDue')], den };
      if (denominator === 'workload')
        return {
          num: [
            [
              [1, 'received.total'],
              [-1, 'resolved.late'],
              [-1, 'pending.overdue'],
            ],
          ],
          den,
        };
      return { num: [plus('resolved.onTimeOrEarly'), less('resolved.total', 'resolved.late')], den };
    }
  }
}

function percentText(p: Decimal, decimals: number, locale: 'vi' | 'en'): string {
  return `${localizeDecimalString(p.toFixed(decimals), locale, true)}%`;
}

/** A count as a finding value: the printed text of an approximate count, else the number. */
const countValue = (r: Reading): string | number | Decimal => (r.approximate && r.text !== undefined ? r.text : tidy(r.point));
/** A count in a message: its text when approximate, else the number in the locale's notation. */
const cv = (r: Reading, l: Locale): string => (r.approximate && r.text !== undefined ? r.text : formatNumber(r.point, { locale: l }));

const ORDER: Readonly<Record<Verdict, number>> = { exact: 0, approximate: 1, rounded: 2, truncated: 3, soft: 4, loose: 5, mismatch: 6 };

/**
 * Audit a printed dossier table (kiểm tra bảng số liệu giải quyết hồ sơ TTHC in trong báo cáo): the rows must add up
 * to the total row, each row must be consistent in itself, and each printed rate must follow from the row's counts.
 * Rows may be levels, sectors, agencies, channels or periods; counts may be approximate ("hơn 4.500", "5,65 ngàn"),
 * read as intervals: a gap an approximate count explains is no finding, one only a loose reading explains a warning.
 *
 * Findings (`AuditFinding`, see `makeFinding`):
 * - `sum-mismatch` (error): a field of the total row is not the sum of the other rows (only fields every row prints,
 *   or derives from printed parts); with `complete: false`, `rows-exceed-total` (error) when the rows listed exceed
 *   the total row;
 * - `parts-mismatch` (error): a total inside a row is not the sum of its parts (resolved = early + on time + late,
 *   pending = within + overdue, received = carried over + new, new = online + in person + postal, on time incl.
 *   early = early + on time, due in period = resolved + pending overdue); `parts-exceed-total` (error) when the parts
 *   a row prints already exceed its total (a part it leaves out would be negative);
 * - `exceeds-received` (error): resolved + pending (+ withdrawn/returned + awaiting supplement, when printed) is above
 *   received: more dossiers accounted for than received;
 * - `received-unaccounted` (info): received is above resolved + pending (+ the other printed outcomes); the table does
 *   not say what happened to the rest (withdrawn, returned, awaiting supplement?);
 * - `carried-over-implied` (info): only new receipts are printed and resolved + pending exceed them: dossiers were
 *   carried over from the previous period (not printed);
 * - `rate-mismatch` (error): a printed rate that no rounding or truncation of the counts gives;
 * - `rate-truncated` (info): a printed rate cut off instead of rounded (half-up would print another last digit);
 * - `rate-base` (info): the rate follows from the row's other counts (resolved − late) rather than from the count
 *   printed for it, which is then the one in doubt;
 * - `rate-undefined` (error): a rate printed over a denominator of 0;
 * - `rate-unverifiable` (info): a printed rate whose counts the row does not print;
 * - `LEVEL_NOT_IN_FORCE` (warning): with a `date` or `period` on or after 01/07/2025, a district row ("Cấp huyện",
 *   "Huyện …", "Thị xã …"): local government has had two levels since then (`adminLevelsOn`, `levelsNotInForce`).
 *   A table without a date gets no such finding.
 *
 * Printed rates are checked against the denominator each refers to (default: resolved dossiers for the on-time,
 * early and late rates, pending dossiers for the overdue rate, received dossiers for the shares of receipts and of
 * outcomes): `resolved`, `resolved-plus-pending`, `due-in-period` (the row's `dueInPeriod`, or resolved + pending
 * overdue), `workload` (received including carried over, numerator received − late − overdue), `received` (the
 * count over every dossier received), `new` (over new receipts), `pending`.
 *
 * @throws {@link CchcError} `INVALID_COUNT` (a count that is not a non-negative integer), `INVALID_NUMBER` /
 *   `AMBIGUOUS_NUMBER` (a count or printed rate that is not in the table's notation), `INVALID_INPUT`; every problem
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
 * // Báo Đồng Khởi, 6/6/2021: counts printed in "ngàn", the on-time count one that cannot be right
 * auditDossierTable({
 *   rows: [{ label: 'Trung tâm PVHCC tỉnh Bến Tre', received: '5.650', resolved: { total: '4.561', onTimeOrEarly: '4,52 ngàn', late: 12 }, pending: '1.089', printed: { onTimeRate: '99,7%' } }],
 * }).map((f) => f.code); // ['parts-mismatch', 'rate-base']
 * ```
 *
 * @category Audits
 */
export function auditDossierTable(input: AuditDossierTableInput): AuditFinding[] {
  if (!isObject(input) || !Array.isArray(input.rows)) {
    const p = { received: show(input) };
    throw new CchcError(
      issue('INVALID_INPUT', ['rows'], viMsg.INVALID_INPUT__dossierTableRows(p), enMsg.INVALID_INPUT__dossierTableRows(p), input),
    );
  }
  const problems: CchcIssue[] = [];
  const inp = input as unknown as Record<string, unknown>;
  unknownKeys(inp, INPUT_KEYS, [], problems);
  for (const key of ['totalLabel', 'location'] as const) {
    const v = ownValue(inp, key);
    if (v !== undefined && typeof v !== 'string')
      problems.push(issue('INVALID_INPUT', [key], viMsg.INVALID_INPUT__dossierTableLabel(), enMsg.INVALID_INPUT__dossierTableLabel(), v));
  }
  const complete = ownValue(inp, 'complete');
  if (complete !== undefined && typeof complete !== 'boolean') {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['complete'],
        viCore.INVALID_INPUT__type({ expected: 'true hoặc false', received: show(complete) }),
        enCore.INVALID_INPUT__type({ expected: 'true or false', received: show(complete) }),
        complete,
      ),
    );
  }
  let locale: Locale = 'vi';
  if (ownValue(inp, 'locale') !== undefined) {
    try {
      locale = checkLocale(ownValue(inp, 'locale'), ['locale']);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  const approx = ownValue(inp, 'approximateTolerance');
  if (approx !== undefined && !(typeof approx === 'number' && Number.isFinite(approx) && approx >= 0 && approx <= 1)) {
    const p = { min: 0, max: 1, received: show(approx) };
    problems.push(issue('INVALID_INPUT', ['approximateTolerance'], viCore.INVALID_INPUT__range(p), enCore.INVALID_INPUT__range(p), approx));
  }
  const ctx: ReadContext = { locale, tolerance: typeof approx === 'number' ? approx : 0.1 };
  const rows = input.rows;
  // Array.from (not map) visits the holes of a sparse array: a missing row is a problem, not a skipped one.
  const flats = Array.from(rows, (r: unknown, i): Flat => {
    if (!isObject(r) || typeof ownValue(r, 'label') !== 'string') {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['rows', i, 'label'],
          viMsg.INVALID_INPUT__dossierTableLabel(),
          enMsg.INVALID_INPUT__dossierTableLabel(),
          isObject(r) ? r.label : r,
        ),
      );
      return new Map();
    }
    return flatten(r, i, problems, ctx);
  });
  // Parse the printed rates up front, so that every bad text is reported together.
  type P = { key: RateKey; text: string; denominator: string; read: Reading };
  const printed: P[][] = Array.from(rows, (r: unknown, i): P[] => {
    const out: P[] = [];
    const pr = isObject(r) ? ownValue(r, 'printed') : undefined;
    if (pr === undefined || pr === null) return out;
    if (!isObject(pr)) {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['rows', i, 'printed'],
          viMsg.INVALID_INPUT__dossierTableRate({ received: show(pr) }),
          enMsg.INVALID_INPUT__dossierTableRate({ received: show(pr) }),
          pr,
        ),
      );
      return out;
    }
    unknownKeys(pr, PRINTED_KEYS, ['rows', i, 'printed'], problems);
    for (const key of PRINTED_KEYS) {
      const v = ownValue(pr, key);
      if (v === undefined || v === null) continue;
      const path = ['rows', i, 'printed', key];
      const def = DENOMINATORS[key].default;
      if (isObject(v)) unknownKeys(v, ['text', 'denominator'], path, problems);
      const text = typeof v === 'string' ? v : isObject(v) ? ownValue(v, 'text') : undefined;
      const denominator = isObject(v) ? (ownValue(v, 'denominator') ?? def) : def;
      const allowed = DENOMINATORS[key].allowed;
      if (typeof text !== 'string') {
        problems.push(
          issue(
            'INVALID_INPUT',
            path,
            viMsg.INVALID_INPUT__dossierTableRate({ received: show(v) }),
            enMsg.INVALID_INPUT__dossierTableRate({ received: show(v) }),
            v,
          ),
        );
        continue;
      }
      if (typeof denominator !== 'string' || !allowed.includes(denominator)) {
        const p = { received: show(denominator), allowed: allowed.join(', ') };
        problems.push(
          issue(
            'INVALID_INPUT',
            [...path, 'denominator'],
            viMsg.INVALID_INPUT__dossierTableDenominator(p),
            enMsg.INVALID_INPUT__dossierTableDenominator(p),
            denominator,
          ),
        );
        continue;
      }
      const tooLong = printedTextIssue(text, path);
      if (tooLong) {
        problems.push(tooLong);
        continue;
      }
      const read = readFigure(text, path, 'percent', ctx, problems);
      if (read) out.push({ key, text, denominator, read });
    }
    return out;
  });
  if (problems.length > 0) throw new CchcError(problems.slice(0, 1000));

  const findings: AuditFinding[] = [];
  const loc = input.location !== undefined ? { location: input.location } : {};
  const derived = flats.map(derive);
  const push = (f: {
    code: string;
    severity: FindingSeverity;
    row?: string;
    field?: string;
    expected?: AuditFinding['expected'];
    actual?: AuditFinding['actual'];
    vi: string;
    en: string;
  }) => findings.push(buildFinding({ ...f, ...loc }));

  // 1. Identities inside each row.
  rows.forEach((r, i) => {
    const f = flats[i]!;
    const d = derived[i]!;
    const label = r.label;
    const identity = (field: string, parts: string[], source: Flat) => {
      if (!f.has(field) || !parts.every((p) => source.has(p))) return;
      const s = sum(parts.map((p) => source.get(p)!));
      const total = f.get(field)!;
      const verdict = judge(s, total);
      if (verdict !== 'loose' && verdict !== 'mismatch') return;
      const partsVi = parts.map((p) => NAMES_VI[p]!.toLowerCase()).join(' + ');
      push({
        code: 'parts-mismatch',
        severity: verdict === 'loose' ? 'warning' : 'error',
        row: label,
        field,
        expected: countValue(s),
        actual: countValue(total),
        vi: `${label}: ${NAMES_VI[field]} in ${cv(total, 'vi')} nhưng ${partsVi} = ${parts.map((p) => cv(source.get(p)!, 'vi')).join(' + ')} = ${cv(s, 'vi')}`,
        en: `${label}: ${field} is printed as ${cv(total, 'en')} but ${parts.join(' + ')} = ${parts.map((p) => cv(source.get(p)!, 'en')).join(' + ')} = ${cv(s, 'en')}`,
      });
    };
    identity('resolved.onTimeOrEarly', ['resolved.early', 'resolved.onTime'], f);
    if (f.has('resolved.early') && f.has('resolved.onTime'))
      identity('resolved.total', ['resolved.early', 'resolved.onTime', 'resolved.late'], f);
    else identity('resolved.total', ['resolved.onTimeOrEarly', 'resolved.late'], d);
    identity('pending.total', ['pending.withinDue', 'pending.overdue'], f);
    identity('received.newInPersonOrPostal', ['received.newInPerson', 'received.newPostal'], f);
    // New receipts and the received total: against the most detailed parts printed (each mistake reported once).
    const channels =
      f.has('received.newInPerson') && f.has('received.newPostal')
        ? ['received.newOnline', 'received.newInPerson', 'received.newPostal']
        : ['received.newOnline', 'received.newInPersonOrPostal'];
    identity('received.new', channels, f);
    if (channels.every((k) => f.has(k))) identity('received.total', ['received.carriedOver', ...channels], f);
    else identity('received.total', ['received.carriedOver', 'received.new'], d);
    if (f.has('resolved.early') && f.has('resolved.onTime'))
      identity('dueInPeriod', ['resolved.early', 'resolved.onTime', 'resolved.late', 'pending.overdue'], f);
    else identity('dueInPeriod', ['resolved.total', 'pending.overdue'], d);

    // A total the row prints with only some of its parts: those parts cannot exceed it (the part left out would be
    // negative).
    for (const [total, alternatives] of Object.entries(PARTS_OF)) {
      if (!f.has(total) || printsParts(d, total)) continue;
      const parts = alternatives.reduce<string[]>((best, alt) => {
        const known = alt.filter((p) => d.has(p));
        return known.length > best.length ? known : best;
      }, []);
      if (parts.length === 0) continue;
      const s = sum(parts.map((p) => d.get(p)!));
      const t = f.get(total)!;
      if (s.core.lo !== null && t.core.hi !== null && s.core.lo.gt(t.core.hi)) {
        const loose = s.loose.lo === null || t.loose.hi === null || s.loose.lo.lte(t.loose.hi);
        push({
          code: 'parts-exceed-total',
          severity: loose ? 'warning' : 'error',
          row: label,
          field: total,
          expected: countValue(t),
          actual: countValue(s),
          vi: `${label}: ${viF.partsExceedTotal({ total: `${NAMES_VI[total]!.toLowerCase()} ${cv(t, 'vi')}`, parts: parts.map((p) => `${NAMES_VI[p]!.toLowerCase()} ${cv(d.get(p)!, 'vi')}`).join(' + ') })}`,
          en: `${label}: ${enF.partsExceedTotal({ total: `${total} ${cv(t, 'en')}`, parts: parts.map((p) => `${p} ${cv(d.get(p)!, 'en')}`).join(' + ') })}`,
        });
      }
    }

    const received = d.get('received.total');
    const resolved = d.get('resolved.total');
    const pending = d.get('pending.total');
    const extras = (['withdrawnOrReturned', 'awaitingSupplement'] as const).filter((k) => d.has(k));
    if (received !== undefined && resolved !== undefined) {
      // pending left out: what the row prints of it is a lower bound
      const pendingLower =
        pending ??
        (['pending.withinDue', 'pending.overdue'].some((k) => d.has(k))
          ? sum(['pending.withinDue', 'pending.overdue'].filter((k) => d.has(k)).map((k) => d.get(k)!))
          : undefined);
      const parts = [
        'resolved.total',
        ...(pending ? ['pending.total'] : pendingLower ? ['pending.withinDue', 'pending.overdue'].filter((k) => d.has(k)) : []),
        ...extras,
      ];
      const accounted = sum(parts.map((p) => d.get(p)!));
      const partsVi = parts.map((p) => NAMES_VI[p]!.toLowerCase()).join(' + ');
      const partsEn = parts.join(' + ');
      const valuesVi = parts.map((p) => cv(d.get(p)!, 'vi')).join(' + ');
      const valuesEn = parts.map((p) => cv(d.get(p)!, 'en')).join(' + ');
      const over = accounted.core.lo !== null && received.core.hi !== null && accounted.core.lo.gt(received.core.hi);
      const under =
        pending !== undefined && accounted.core.hi !== null && received.core.lo !== null && accounted.core.hi.lt(received.core.lo);
      if (over) {
        const loose = accounted.loose.lo === null || received.loose.hi === null || accounted.loose.lo.lte(received.loose.hi);
        const diff = accounted.point.minus(received.point);
        push({
          code: 'exceeds-received',
          severity: loose ? 'warning' : 'error',
          row: label,
          field: partsEn,
          expected: countValue(received),
          actual: countValue(accounted),
          vi: `${label}: ${partsVi} = ${valuesVi} = ${cv(accounted, 'vi')}, lớn hơn số tiếp nhận ${cv(received, 'vi')} (thừa ${formatNumber(diff)} hồ sơ)`,
          en: `${label}: ${partsEn} = ${valuesEn} = ${cv(accounted, 'en')}, more than the ${cv(received, 'en')} received (${formatNumber(diff, { locale: 'en' })} too many)`,
        });
      } else if (under) {
        const diff = received.point.minus(accounted.point);
        push({
          code: 'received-unaccounted',
          severity: 'info',
          row: label,
          field: partsEn,
          expected: countValue(received),
          actual: countValue(accounted),
          vi: `${label}: tiếp nhận ${cv(received, 'vi')} nhưng ${partsVi} chỉ có ${cv(accounted, 'vi')}; ${formatNumber(diff)} hồ sơ không rõ tình trạng (rút, trả lại, chờ bổ sung?)`,
          en: `${label}: ${cv(received, 'en')} received but ${partsEn} = ${cv(accounted, 'en')}; ${formatNumber(diff, { locale: 'en' })} dossiers are not accounted for (withdrawn, returned, awaiting supplement?)`,
        });
      }
    } else if (received === undefined && d.has('received.new') && !d.has('received.carriedOver') && resolved !== undefined) {
      // only new receipts printed: more resolved (and pending) than new receipts means dossiers carried over
      const fresh = d.get('received.new')!;
      const parts = ['resolved.total', ...(pending ? ['pending.total'] : [])];
      const accounted = sum(parts.map((p) => d.get(p)!));
      if (accounted.core.lo !== null && fresh.core.hi !== null && accounted.core.lo.gt(fresh.core.hi)) {
        const diff = accounted.point.minus(fresh.point);
        const p = (l: Locale) => ({ fresh: cv(fresh, l), accounted: cv(accounted, l), carried: formatNumber(diff, { locale: l }) });
        push({
          code: 'carried-over-implied',
          severity: 'info',
          row: label,
          field: 'received.carriedOver',
          expected: tidy(diff),
          actual: null,
          vi: `${label}: ${viF.carriedOverImplied(p('vi'))}`,
          en: `${label}: ${enF.carriedOverImplied(p('en'))}`,
        });
      }
    }
  });

  // 2. Rows against the total row.
  const totalIndex = rows.findIndex((r) =>
    input.totalLabel !== undefined ? foldVi(r.label) === foldVi(input.totalLabel) : isTotalLabel(r.label),
  );
  if (input.totalLabel !== undefined && totalIndex < 0) {
    const p = { received: show(input.totalLabel) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['totalLabel'],
        viMsg.INVALID_INPUT__dossierTableTotal(p),
        enMsg.INVALID_INPUT__dossierTableTotal(p),
        input.totalLabel,
      ),
    );
  }
  if (totalIndex >= 0) {
    const total = derived[totalIndex]!;
    const others = derived.filter((_, i) => i !== totalIndex);
    const totalRow = rows[totalIndex]!;
    if (others.length > 0 && complete === false) {
      // a list of some rows: they must not exceed the total row
      for (const field of FIELDS) {
        if (!total.has(field)) continue;
        const listed = others.filter((o) => o.has(field));
        if (listed.length === 0) continue;
        const s = sum(listed.map((o) => o.get(field)!));
        const t = total.get(field)!;
        if (s.core.lo !== null && t.core.hi !== null && s.core.lo.gt(t.core.hi)) {
          const loose = s.loose.lo === null || t.loose.hi === null || s.loose.lo.lte(t.loose.hi);
          const p = (l: Locale) => ({
            field: l === 'vi' ? NAMES_VI[field]! : field,
            rows: listed.map((o) => cv(o.get(field)!, l)).join(' + '),
            sum: cv(s, l),
            total: cv(t, l),
            label: totalRow.label,
          });
          push({
            code: 'rows-exceed-total',
            severity: loose ? 'warning' : 'error',
            row: totalRow.label,
            field,
            expected: countValue(t),
            actual: countValue(s),
            vi: viF.rowsExceedTotal(p('vi')),
            en: enF.rowsExceedTotal(p('en')),
          });
        }
      }
    } else if (others.length > 0) {
      const othersPrinted = flats.filter((_, i) => i !== totalIndex);
      for (const field of FIELDS) {
        // A field is checked when every row has it (printed or derived from printed parts) and the total row prints
        // it; a field the total row only derives is checked when another row prints it without its parts (then it is
        // the only way to compare that row). So each mistake is reported once.
        if (!total.has(field) || !others.every((o) => o.has(field))) continue;
        if (!flats[totalIndex]!.has(field) && !othersPrinted.some((o) => o.has(field) && !printsParts(o, field))) continue;
        const s = sum(others.map((o) => o.get(field)!));
        const printedTotal = total.get(field)!;
        const verdict = judge(s, printedTotal);
        if (verdict !== 'loose' && verdict !== 'mismatch') continue;
        const diff = s.point.minus(printedTotal.point);
        const sign = diff.gt(0) ? '+' : '';
        push({
          code: 'sum-mismatch',
          severity: verdict === 'loose' ? 'warning' : 'error',
          row: totalRow.label,
          field,
          expected: countValue(s),
          actual: countValue(printedTotal),
          vi: `${NAMES_VI[field]}: cộng các dòng ${others.map((o) => cv(o.get(field)!, 'vi')).join(' + ')} = ${cv(s, 'vi')} nhưng dòng "${totalRow.label}" in ${cv(printedTotal, 'vi')} (lệch ${sign}${formatNumber(diff)})`,
          en: `${field}: the rows add up to ${others.map((o) => cv(o.get(field)!, 'en')).join(' + ')} = ${cv(s, 'en')} but "${totalRow.label}" prints ${cv(printedTotal, 'en')} (difference ${sign}${formatNumber(diff, { locale: 'en' })})`,
        });
      }
    }
  }

  // 3. Printed rates.
  rows.forEach((r, i) => {
    const d = derived[i]!;
    for (const p of printed[i]!) {
      const field = `printed.${p.key}`;
      // Each side of the rate: alternatives, each a signed sum of fields; the first is the rate's own formula, the
      // others what the row's other counts give when one of them is in doubt.
      const formulas = rateFormulas(p.key, p.denominator);
      const evaluate = (terms: readonly Term[]): Reading | undefined => {
        if (!terms.every(([, k]) => d.has(k))) return undefined;
        const pos = terms.filter(([s]) => s === 1).map(([, k]) => d.get(k)!);
        const neg = terms.filter(([s]) => s === -1).map(([, k]) => d.get(k)!);
        return neg.length === 0 ? sum(pos) : minus(sum(pos), sum(neg));
      };
      const nums = formulas.num.map(evaluate);
      const dens = formulas.den.map(evaluate);
      const needed = [...new Set([...formulas.num[0]!, ...formulas.den[0]!].map(([, k]) => k))];
      const base = { row: r.label, field, actual: p.text };
      const num0 = nums.find((x) => x !== undefined);
      const den0 = dens.find((x) => x !== undefined);
      if (num0 === undefined || den0 === undefined) {
        const missing = needed.filter((k) => !d.has(k));
        push({
          code: 'rate-unverifiable',
          severity: 'info',
          ...base,
          vi: `${r.label}: không kiểm tra được tỷ lệ ${p.text} vì bảng không in ${missing.map((k) => NAMES_VI[k]!.toLowerCase()).join(', ')}`,
          en: `${r.label}: the rate ${p.text} cannot be checked: the table does not print ${missing.join(', ')}`,
        });
        continue;
      }
      if (den0.point.isZero() && !den0.approximate) {
        push({
          code: 'rate-undefined',
          severity: 'error',
          ...base,
          expected: null,
          vi: `${r.label}: tỷ lệ ${p.text} được in trên mẫu số bằng 0 (${p.denominator})`,
          en: `${r.label}: the rate ${p.text} is printed over a denominator of 0 (${p.denominator})`,
        });
        continue;
      }
      // (workload: late + overdue above received makes the numerator negative; exceeds-received reports that row)
      const clamp = (x: Reading): Reading => (x.point.isNegative() ? exact(0) : x);
      const candidates = nums
        .flatMap((n, ni) => dens.map((dd, di) => ({ n, dd, primary: ni === nums.indexOf(num0) && di === dens.indexOf(den0) })))
        .filter((c) => c.n !== undefined && c.dd !== undefined && !c.dd.point.isZero());
      const judged = candidates.map((c) => {
        const computed = ratePercent(clamp(c.n!), c.dd!)!;
        return { ...c, computed, verdict: judge(computed, p.read, { truncation: true }) };
      });
      const primary = judged.find((c) => c.primary) ?? judged[0]!;
      const best = judged.reduce((a, b) => (ORDER[b.verdict] < ORDER[a.verdict] ? b : a), primary);
      const num = clamp(primary.n!);
      const den = primary.dd!;
      const k = p.read.decimals;
      if (best !== primary && ORDER[best.verdict] <= ORDER.truncated && ORDER[primary.verdict] > ORDER.truncated) {
        // the rate follows from the other counts of the row: the count printed for it is the one in doubt
        const q = (l: Locale) => ({
          rate: p.text,
          expr: `${cv(clamp(best.n!), l)}/${cv(best.dd!, l)} = ${percentText(roundDecimal(best.computed.point, k + 2, 'half-up'), k + 2, l)}`,
          other: `${cv(num, l)}/${cv(den, l)} = ${percentText(roundDecimal(primary.computed.point, k + 2, 'half-up'), k + 2, l)}`,
        });
        push({
          code: 'rate-base',
          severity: 'info',
          ...base,
          expected: percentText(roundDecimal(best.computed.point, k, 'half-up'), k, 'vi'),
          vi: `${r.label}: ${viF.dossierRateBase(q('vi'))}`,
          en: `${r.label}: ${enF.dossierRateBase(q('en'))}`,
        });
        continue;
      }
      const verdict = best.verdict;
      if (verdict === 'exact' || verdict === 'approximate' || verdict === 'rounded' || verdict === 'soft') continue;
      const exactVi = localizeDecimalString(roundDecimal(primary.computed.point, Math.max(4, k + 2), 'down').toString(), 'vi');
      const exactEn = localizeDecimalString(roundDecimal(primary.computed.point, Math.max(4, k + 2), 'down').toString(), 'en');
      const roundedVi = percentText(roundDecimal(primary.computed.point, k, 'half-up'), k, 'vi');
      const roundedEn = percentText(roundDecimal(primary.computed.point, k, 'half-up'), k, 'en');

      if (verdict === 'truncated') {
        push({
          code: 'rate-truncated',
          severity: 'info',
          ...base,
          expected: roundedVi,
          vi: `${r.label}: ${cv(num, 'vi')}/${cv(den, 'vi')} = ${exactVi}…%, làm tròn là ${roundedVi}; báo cáo in ${p.text} (cắt bớt chữ số, không làm tròn)`,
          en: `${r.label}: ${cv(num, 'en')}/${cv(den, 'en')} = ${exactEn}…%, which rounds to ${roundedEn}; the report prints ${p.text} (truncated, not rounded)`,
        });
      } else {
        push({
          code: 'rate-mismatch',
          severity: verdict === 'loose' ? 'warning' : 'error',
          ...base,
          expected: roundedVi,
          vi: `${r.label}: ${cv(num, 'vi')}/${cv(den, 'vi')} = ${exactVi}…% (làm tròn ${roundedVi}) nhưng báo cáo in ${p.text}`,
          en: `${r.label}: ${cv(num, 'en')}/${cv(den, 'en')} = ${exactEn}…% (rounded ${roundedEn}) but the report prints ${p.text}`,
        });
      }
    }
  });
  findings.push(
    ...levelFindings(
      rows.map((r) => r.label),
      input,
      input.location,
    ),
  );
  return findings;
}
