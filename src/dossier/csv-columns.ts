import { fail, show } from '../core/errors.js';
import { suggestKey } from '../core/suggest.js';
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
  | 'supplements';

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
] as const);

/** How a column's text is read into its field (numbers: the reader's hot loop switches on them). @internal */
export const ValueKind = { Text: 0, Date: 1, Sla: 2, Channel: 3, Level: 4, Supplements: 5 } as const;
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
    default:
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
  const nameOf = (f: DossierCsvField): string => headerName(columns?.[f] ?? f);
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
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
