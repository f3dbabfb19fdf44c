// QĐ 766 records from CSV rows (the objects `readCsvRecords` yields): dossier facts, the TTHC catalogue, PAKN.
import type { BilingualText } from '../core/bilingual.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import { catalogueSchema, paknSchema } from './_internal/record-schemas.js';
import type { Qd766Satisfaction } from '../dossier/qd766-facts.js';
import { QD766_PROCEDURE_COMPONENTS, type PaknRecord, type TthcCatalogueRecord } from './records.js';

/**
 * Options of the CSV row readers of the QĐ 766 module.
 *
 * @example
 * ```ts
 * import type { Qd766CsvOptions } from 'cchc';
 * const o: Qd766CsvOptions = { dateFormat: 'dd/mm/yyyy', columns: { paidOnline: 'DaThanhToanTrucTuyen' } };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766CsvOptions {
  /**
   * How dates are written: `'auto'` (default, as `readDossiersCsv` reads them: ISO when the year comes first, else
   * `dd/mm/yyyy`), `'iso'` (`2025-12-01`) or `'dd/mm/yyyy'` (`01/12/2025`).
   */
  readonly dateFormat?: 'auto' | 'iso' | 'dd/mm/yyyy';
  /** Header name of a field, when it is not the field's name (or its snake_case, or `qd766.` + the field's name). */
  readonly columns?: Readonly<Record<string, string>>;
}

/**
 * A row the readers could not use: its number (1 = the first row after the header), the column, and why.
 *
 * @category QĐ 766 service index
 */
export interface Qd766RejectedRow {
  readonly row: number;
  readonly field: string | null;
  readonly code: string;
  readonly reason: BilingualText;
}

const YES = new Set(['1', 'true', 'yes', 'y', 'x', 'co', 'dung', 'da']);
const NO = new Set(['0', 'false', 'no', 'n', 'khong', 'sai', 'chua']);
const SATISFACTION: Readonly<Record<string, Qd766Satisfaction>> = Object.freeze({
  satisfied: 'satisfied',
  'hai long': 'satisfied',
  'rat hai long': 'satisfied',
  dissatisfied: 'dissatisfied',
  'khong hai long': 'dissatisfied',
  'not-rated': 'not-rated',
  'chua danh gia': 'not-rated',
  'khong danh gia': 'not-rated',
});

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The header names a field is read from: the mapped one, or the field name, its snake_case, `qd766.` + field. */
function columnOf(
  row: Readonly<Record<string, string>>,
  field: string,
  columns: Readonly<Record<string, string>> | undefined,
): string | undefined {
  const names = columns?.[field] !== undefined ? [columns[field]!] : [field, snake(field), `qd766.${field}`];
  for (const n of names) if (Object.hasOwn(row, n)) return n;
  return undefined;
}

function flag(text: string): boolean | null | undefined {
  const t = foldVi(text.trim());
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

function date(text: string, format: 'auto' | 'iso' | 'dd/mm/yyyy'): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (format === 'iso' || (format === 'auto' && /^\d{4}-/.test(t))) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

function badValue(field: string, received: string, expected: string, path: (string | number)[]): CchcIssue {
  const p = { field, received: show(received), expected };
  return issue('INVALID_INPUT', path, vi.INVALID_INPUT__qd766CsvValue(p), en.INVALID_INPUT__qd766CsvValue(p), received);
}

/** The rows, checked: an array of row objects (cells are read as text). */
function readRows(rows: unknown): readonly Readonly<Record<string, string>>[] {
  if (!Array.isArray(rows)) {
    const p = { key: 'rows', received: show(rows) };
    throw new CchcError(issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), rows));
  }
  for (let i = 0; i < rows.length; i++) {
    const r: unknown = rows[i];
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new CchcError(
        issue('INVALID_INPUT', ['rows', i], vi.INVALID_INPUT__qd766CsvRow({ index: i }), en.INVALID_INPUT__qd766CsvRow({ index: i }), r),
      );
    }
    // A cell is text (or a number, a boolean, empty): an array or an object is not a cell, and is not read as one.
    for (const key of Object.keys(r)) {
      const v: unknown = (r as Record<string, unknown>)[key];
      if (
        v === undefined ||
        v === null ||
        typeof v === 'string' ||
        typeof v === 'number' ||
        typeof v === 'boolean' ||
        typeof v === 'bigint'
      )
        continue;
      const pe = { expected: 'a cell: text, a number or a boolean', received: show(v) };
      const pv = { expected: 'một ô: văn bản, số hoặc true/false', received: show(v) };
      throw new CchcError(issue('INVALID_INPUT', ['rows', i, key], viCore.INVALID_INPUT__type(pv), enCore.INVALID_INPUT__type(pe), v));
    }
  }
  return rows as readonly Readonly<Record<string, string>>[];
}

/** A cell as text (a CSV reader gives text; a number, a boolean or a bigint is read through String; readRows refused
 * anything else). */
const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function readFormat(o: Partial<Qd766CsvOptions>): 'auto' | 'iso' | 'dd/mm/yyyy' {
  const f = o.dateFormat ?? 'auto';
  if (f !== 'auto' && f !== 'iso' && f !== 'dd/mm/yyyy') {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'dateFormat'],
        vi.INVALID_INPUT__qd766DateFormat({ received: show(f) }),
        en.INVALID_INPUT__qd766DateFormat({ received: show(f) }),
        f,
      ),
    );
  }
  return f;
}

const CATALOGUE_DATES = ['legalBasisEffectiveAt', 'publishedAt', 'disclosedAt'] as const;
const CATALOGUE_FLAGS = ['feeRequired', 'onlinePaymentIntegrated', 'citizenApplicants'] as const;
const ONLINE: Readonly<Record<string, 'full' | 'partial' | 'none'>> = Object.freeze({
  full: 'full',
  'toan trinh': 'full',
  partial: 'partial',
  'mot phan': 'partial',
  none: 'none',
  khong: 'none',
});

/**
 * The TTHC catalogue from CSV rows, one procedure a row (columns: `code`, `name`, `legalBasisEffectiveAt`,
 * `publishedAt`, `disclosedAt`, `components` — the components shown, separated by `;` or `|`, or `all` —,
 * `onlineService` — `full` / `toàn trình`, `partial` / `một phần`, `none` —, `feeRequired`, `onlinePaymentIntegrated`,
 * `citizenApplicants`; snake_case names are read too). Bad rows are returned in `rejected`, never dropped silently.
 *
 * @example
 * ```ts
 * import { tthcCatalogueFromCsvRows } from 'cchc';
 * const r = tthcCatalogueFromCsvRows([
 *   { code: '1.001', published_at: '20/11/2025', legal_basis_effective_at: '01/12/2025', components: 'all', fee_required: 'có', online_service: 'toàn trình' },
 *   { code: '1.002', published_at: '31/11/2025' },
 * ], { dateFormat: 'dd/mm/yyyy' });
 * r.records[0]; // { code: '1.001', legalBasisEffectiveAt: '2025-12-01', publishedAt: '2025-11-20', components: ['name', 'sequence', 'channels', 'dossierParts', 'timeLimit', 'applicants', 'agency'], onlineService: 'full', feeRequired: true }
 * r.rejected.map((x) => [x.row, x.field, x.code]); // [[2, 'publishedAt', 'INVALID_DATE']]
 * // By default ('auto') both ISO and dd/mm/yyyy dates are read, as readDossiersCsv reads them
 * tthcCatalogueFromCsvRows([{ code: '1.003', published_at: '2025-11-20', disclosed_at: '21/11/2025' }]).records[0]; // { code: '1.003', publishedAt: '2025-11-20', disclosedAt: '2025-11-21' }
 * ```
 *
 * @category QĐ 766 service index
 */
export function tthcCatalogueFromCsvRows(
  rows: readonly Readonly<Record<string, string>>[],
  options?: Qd766CsvOptions,
): { readonly records: readonly TthcCatalogueRecord[]; readonly rejected: readonly Qd766RejectedRow[] } {
  const o = readOptions<Qd766CsvOptions>(options, ['columns', 'dateFormat']);
  const format = readFormat(o);
  const records: TthcCatalogueRecord[] = [];
  const rejected: Qd766RejectedRow[] = [];
  readRows(rows).forEach((row, i) => {
    const problems: CchcIssue[] = [];
    const rec: Record<string, unknown> = {};
    const cell = (f: string) => {
      const c = columnOf(row, f, o.columns);
      return c === undefined ? undefined : text(row[c]);
    };
    const code = cell('code');
    if (code !== undefined) rec.code = code.trim();
    const name = cell('name');
    if (name !== undefined && name.trim() !== '') rec.name = name.trim();
    for (const f of CATALOGUE_DATES) {
      const t = cell(f);
      if (t === undefined || t.trim() === '') continue;
      const d = date(t, format);
      if (d === undefined)
        problems.push(
          issue(
            'INVALID_DATE',
            [f],
            vi.INVALID_INPUT__qd766CsvValue({ field: f, received: show(t), expected: format }),
            en.INVALID_INPUT__qd766CsvValue({ field: f, received: show(t), expected: format }),
            t,
          ),
        );
      else rec[f] = d;
    }
    for (const f of CATALOGUE_FLAGS) {
      const t = cell(f);
      if (t === undefined) continue;
      const v = flag(t);
      if (v === undefined) problems.push(badValue(f, t, '1/0, true/false, có/không', [f]));
      else if (v !== null) rec[f] = v;
    }
    const comps = cell('components');
    if (comps !== undefined && comps.trim() !== '') {
      rec.components =
        foldVi(comps.trim()) === 'all'
          ? [...QD766_PROCEDURE_COMPONENTS]
          : comps
              .split(/[;|]/)
              .map((s) => s.trim())
              .filter((s) => s !== '');
    }
    const online = cell('onlineService');
    if (online !== undefined && online.trim() !== '') {
      const v = ONLINE[foldVi(online.trim())];
      if (v === undefined)
        problems.push(badValue('onlineService', online, "'full', 'partial', 'none' (toàn trình, một phần)", ['onlineService']));
      else rec.onlineService = v;
    }
    problems.push(
      ...catalogueSchema()
        .issuesOf(rec, { path: [] })
        .filter((p) => !problems.some((q) => q.path[0] === p.path[0])),
    );
    if (problems.length > 0) {
      for (const p of problems)
        rejected.push(
          Object.freeze({
            row: i + 1,
            field: p.path.length > 0 ? String(p.path[0]) : null,
            code: p.code,
            reason: Object.freeze({ vi: p.messageVi, en: p.messageEn }),
          }),
        );
      return;
    }
    records.push(Object.freeze(rec) as unknown as TthcCatalogueRecord);
  });
  return Object.freeze({ records: Object.freeze(records), rejected: Object.freeze(rejected) });
}

/**
 * PAKN records from CSV rows (columns `id`, `receivedAt`, `dueDate`, `handledAt`, `satisfaction`, `reraised`,
 * `dossierId`; snake_case names are read too). Bad rows are returned in `rejected`.
 *
 * @example
 * ```ts
 * import { paknFromCsvRows } from 'cchc';
 * const r = paknFromCsvRows([{ id: 'PA1', received_at: '2025-12-01', handled_at: '2025-12-05', satisfaction: 'hài lòng' }]);
 * r.records[0]; // { id: 'PA1', receivedAt: '2025-12-01', handledAt: '2025-12-05', satisfaction: 'satisfied' }
 * ```
 *
 * @category QĐ 766 service index
 */
export function paknFromCsvRows(
  rows: readonly Readonly<Record<string, string>>[],
  options?: Qd766CsvOptions,
): { readonly records: readonly PaknRecord[]; readonly rejected: readonly Qd766RejectedRow[] } {
  const o = readOptions<Qd766CsvOptions>(options, ['columns', 'dateFormat']);
  const format = readFormat(o);
  const records: PaknRecord[] = [];
  const rejected: Qd766RejectedRow[] = [];
  readRows(rows).forEach((row, i) => {
    const problems: CchcIssue[] = [];
    const rec: Record<string, unknown> = {};
    const cell = (f: string) => {
      const c = columnOf(row, f, o.columns);
      return c === undefined ? undefined : text(row[c]);
    };
    const id = cell('id');
    if (id !== undefined) rec.id = id.trim();
    for (const f of ['receivedAt', 'dueDate', 'handledAt'] as const) {
      const t = cell(f);
      if (t === undefined || t.trim() === '') continue;
      const d = date(t, format);
      if (d === undefined)
        problems.push(
          issue(
            'INVALID_DATE',
            [f],
            vi.INVALID_INPUT__qd766CsvValue({ field: f, received: show(t), expected: format }),
            en.INVALID_INPUT__qd766CsvValue({ field: f, received: show(t), expected: format }),
            t,
          ),
        );
      else rec[f] = d;
    }
    const s = cell('satisfaction');
    if (s !== undefined && s.trim() !== '') {
      const v = SATISFACTION[foldVi(s.trim())];
      if (v === undefined) problems.push(badValue('satisfaction', s, "'satisfied', 'dissatisfied', 'not-rated'", ['satisfaction']));
      else rec.satisfaction = v;
    }
    const again = cell('reraised');
    if (again !== undefined) {
      const v = flag(again);
      if (v === undefined) problems.push(badValue('reraised', again, '1/0, true/false, có/không', ['reraised']));
      else if (v !== null) rec.reraised = v;
    }
    const dossier = cell('dossierId');
    if (dossier !== undefined && dossier.trim() !== '') rec.dossierId = dossier.trim();
    problems.push(
      ...paknSchema()
        .issuesOf(rec, { path: [] })
        .filter((p) => !problems.some((q) => q.path[0] === p.path[0])),
    );
    if (problems.length > 0) {
      for (const p of problems)
        rejected.push(
          Object.freeze({
            row: i + 1,
            field: p.path.length > 0 ? String(p.path[0]) : null,
            code: p.code,
            reason: Object.freeze({ vi: p.messageVi, en: p.messageEn }),
          }),
        );
      return;
    }
    records.push(Object.freeze(rec) as unknown as PaknRecord);
  });
  return Object.freeze({ records: Object.freeze(records), rejected: Object.freeze(rejected) });
}
