import { fail, show } from '../core/errors.js';
import { suggestKey } from '../core/suggest.js';
import { QD766_DOSSIER_FACTS, type Qd766DossierFact } from './qd766-facts.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';

/** The record fields a CSV column can map to.
 *
 * @example
 * ```ts
 * import type { DossierCsvField } from 'cchc';
 * const f: DossierCsvField = 'receivedAt';
 * f; // 'receivedAt'
 * ``` */
export type DossierCsvField =
  | 'id'
  | 'level'
  | 'agency'
  | 'procedure'
  | 'channel'
  | 'receivedAt'
  | 'dueDate'
  | 'slaWorkingDays'
  | 'resolvedAt'
  | 'withdrawnAt'
  | 'returnedAt'
  | 'rejectedAt'
  | 'supplements'
  // QĐ 766 block: the facts of the record's `qd766` sub-object (header `qd766.paidOnline`, `paidOnline` or `paid_online`)
  | `qd766.${Qd766DossierFact}`;

/** Every mappable field, in record order. @internal */
export const DOSSIER_CSV_FIELDS: readonly DossierCsvField[] = Object.freeze([
  'id',
  'level',
  'agency',
  'procedure',
  'channel',
  'receivedAt',
  'dueDate',
  'slaWorkingDays',
  'resolvedAt',
  'withdrawnAt',
  'returnedAt',
  'rejectedAt',
  'supplements',
  ...QD766_DOSSIER_FACTS.map((f) => `qd766.${f}` as const),
]);

/** How a column's text is read into its field (numbers: the reader's hot loop switches on them). @internal */
export const ValueKind = { Text: 0, Date: 1, Sla: 2, Channel: 3, Level: 4, Supplements: 5, Qd766Flag: 6, Qd766Satisfaction: 7 } as const;
/** @internal */
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

function kindOf(f: DossierCsvField): ValueKind {
  switch (f) {
    case 'receivedAt':
    case 'dueDate':
    case 'resolvedAt':
    case 'withdrawnAt':
    case 'returnedAt':
    case 'rejectedAt':
      return ValueKind.Date;
    case 'slaWorkingDays':
      return ValueKind.Sla;
    case 'channel':
      return ValueKind.Channel;
    case 'level':
      return ValueKind.Level;
    case 'supplements':
      return ValueKind.Supplements;
    case 'qd766.satisfaction':
      return ValueKind.Qd766Satisfaction;
    default:
      if (f.startsWith('qd766.')) return ValueKind.Qd766Flag;
      return ValueKind.Text;
  }
}

/** Where each present field is in a row, and how to read it. @internal */
export interface ColumnLayout {
  /** Fields of the header. */
  readonly width: number;
  /** The fields present in the file, in record order. */
  readonly fields: readonly DossierCsvField[];
  /** Their column positions. */
  readonly at: readonly number[];
  readonly kinds: readonly ValueKind[];
}

/** A header name as compared: spaces trimmed, Unicode NFC. @internal */
export function headerName(text: string): string {
  return text.trim().normalize('NFC');
}

/**
 * The layout of a dossier file from its header, or `CSV_MISSING_COLUMN` (with the closest header name as a suggestion)
 * when the header lacks `id` or `receivedAt`.
 * @internal
 */
export function layoutFromHeader(
  rawHeader: readonly string[],
  columns: Readonly<Partial<Record<DossierCsvField, string>>> | undefined,
  delimiter: string,
): ColumnLayout {
  const header = rawHeader.map(headerName);
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  // A QĐ 766 fact is also read from its bare name (`paidOnline`) or snake_case (`paid_online`) unless mapped.
  const nameOf = (f: DossierCsvField): string => {
    if (columns?.[f] !== undefined || !f.startsWith('qd766.')) return headerName(columns?.[f] ?? f);
    const fact = f.slice(6);
    return [f, fact, fact.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)].find((n) => index.has(n)) ?? f;
  };
  const missing = (['id', 'receivedAt'] as const).filter((f) => !index.has(nameOf(f)));
  if (missing.length > 0) {
    const suggestion =
      suggestKey(
        nameOf(missing[0]!),
        header.filter((h) => h !== ''),
      ) ?? '';
    const p = { columns: missing.map((f) => show(nameOf(f))).join(', '), header: show(rawHeader.join(delimiter)), suggestion };
    fail('CSV_MISSING_COLUMN', [], vi.CSV_MISSING_COLUMN__columns(p), en.CSV_MISSING_COLUMN__columns(p));
  }
  const fields = DOSSIER_CSV_FIELDS.filter((f) => index.has(nameOf(f)));
  return { width: header.length, fields, at: fields.map((f) => index.get(nameOf(f))!), kinds: fields.map(kindOf) };
}
