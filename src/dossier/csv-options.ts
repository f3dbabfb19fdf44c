import { issue, show } from '../core/errors.js';
import * as s from '../core/schema.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';
import type { DossierChannel } from './record.js';
import { DOSSIER_CSV_FIELDS, type DossierCsvField } from './csv-columns.js';
import type { RejectedCsvRow } from './csv-report.js';
import { TEXT_ENCODINGS, type TextEncodingName } from './csv-encoding.js';

/** Options of {@link readCsvRecords}.
 *
 * @example
 * ```ts
 * import type { ReadCsvRecordsOptions } from 'cchc';
 * const o: ReadCsvRecordsOptions = { delimiter: ';' };
 * o.delimiter; // ';'
 * ```
 *
 * @category Dossiers
 */
export interface ReadCsvRecordsOptions {
  /**
   * Field delimiter: one character, or `'auto'` (the default): detected from the first lines among `,` `;` tab and `|`
   * (Excel in a Vietnamese locale saves `;`). Detection picks the delimiter that splits the most lines into the same
   * number of columns; when two split them equally well it stops with `AMBIGUOUS_CSV_DELIMITER` rather than guess.
   */
  readonly delimiter?: string;
  /**
   * Encoding of byte chunks (strings are already text): `'auto'` (default: byte-order mark, then UTF-16 by its zero
   * bytes, UTF-8, or Windows-1258 by its Vietnamese letters), `'utf-8'`, `'utf-16le'`, `'utf-16be'` or
   * `'windows-1258'`. Bytes that are not text in it are `INVALID_TEXT_ENCODING`, never replacement characters.
   */
  readonly encoding?: TextEncodingName;
  /**
   * Whether a quoted field may hold line breaks (RFC 4180 §2.6: a cell typed with Alt+Enter in Excel). Default
   * `false`: a line break always ends a row, so that a stray double quote can never swallow the rows after it. With
   * `true`, a quoted field may run over several lines only into a well-formed row with the header's number of fields.
   */
  readonly multilineFields?: boolean;
}

/** Options of {@link readDossiersCsv}.
 *
 * @example
 * ```ts
 * import type { ReadDossiersCsvOptions } from 'cchc';
 * const o: ReadDossiersCsvOptions = { delimiter: ';', dateFormat: 'dd/mm/yyyy', columns: { id: 'MaHoSo' } };
 * o.columns?.id; // 'MaHoSo'
 * ```
 *
 * @category Dossiers
 */
export interface ReadDossiersCsvOptions extends ReadCsvRecordsOptions {
  /**
   * Header name of each record field, where it differs from the field name (the default):
   * `{ id: 'MaHoSo', receivedAt: 'NgayTiepNhan', dueDate: 'NgayHenTra', resolvedAt: 'NgayTra' }`.
   * `id` and `receivedAt` are required; other columns may be absent from the file. Header names are compared after
   * trimming spaces and Unicode NFC normalisation (a header typed with decomposed accents still matches).
   */
  readonly columns?: Partial<Record<DossierCsvField, string>>;
  /**
   * How dates are written:
   * - `'auto'` (default): each cell as written, ISO (`2019-09-03`, a date-time with an offset) or Vietnamese
   *   (`03/09/2019`, `03/09/2019 16:30`); the two cannot be confused (the year comes first or last);
   * - `'iso'`: `YYYY-MM-DD`, or ISO date-times with an offset, only;
   * - `'dd/mm/yyyy'`: Vietnamese order, `20/01/2020` or `20/01/2020 16:30[:00]` (a clock time without an offset is
   *   Vietnam's, UTC+7). One-digit day and month are accepted.
   */
  readonly dateFormat?: 'auto' | 'iso' | 'dd/mm/yyyy';
  /**
   * Extra channel spellings, folded (case and accents ignored), e.g. `KENH_THUC_HIEN_CHANNELS` for the national codes
   * 1/2/3. Always understood: `in-person`, `online`, `postal`; "trực tiếp", "nộp trực tiếp", "tại bộ phận một cửa";
   * "trực tuyến", "nộp trực tuyến", "qua mạng", "trực tuyến toàn trình / một phần", "mức độ 3", "mức độ 4" (online
   * submission levels of NĐ 43/2011); "bưu chính", "(qua) bưu chính công ích", "dịch vụ bưu chính", "(qua) bưu điện",
   * "BCCI".
   */
  readonly channelValues?: Readonly<Record<string, DossierChannel>>;
  /** How many rejected-row entries the report keeps (the count goes on). Default 10 000. */
  readonly maxRejected?: number;
  /**
   * Reject a row whose `id` an earlier accepted row already had (code `DUPLICATE_DOSSIER_ID`), so that a dossier
   * exported twice is not counted twice. Default `false`: checking needs memory for every id seen (about 50–100 bytes
   * per dossier), which breaks the constant-memory promise on national-scale files; deduplicate in the database there.
   */
  readonly rejectDuplicateIds?: boolean;
  /** Called for each rejected row entry as it is found (for logging or a side file). */
  readonly onReject?: (rejected: RejectedCsvRow) => void;
}

const DelimiterSchema = s.custom<string>(
  'delimiter',
  (v, path, ctx) => {
    if (typeof v === 'string' && ((v.length === 1 && v !== '"' && v !== '\n' && v !== '\r') || v === 'auto')) return true;
    ctx.issues.push(
      issue(
        'INVALID_INPUT',
        path,
        vi.INVALID_INPUT__csvDelimiter({ received: show(v) }),
        en.INVALID_INPUT__csvDelimiter({ received: show(v) }),
        v,
      ),
    );
    return false;
  },
  { type: 'string', minLength: 1, maxLength: 1 },
);

const FunctionSchema = s.custom<(rejected: RejectedCsvRow) => void>('function', (v, path, ctx) => {
  if (typeof v === 'function') return true;
  ctx.issues.push(
    issue(
      'INVALID_INPUT',
      path,
      vi.INVALID_INPUT__csvFunction({ received: show(v) }),
      en.INVALID_INPUT__csvFunction({ received: show(v) }),
      v,
    ),
  );
  return false;
});

const EncodingSchema = s.custom<TextEncodingName>('encoding', (v, path, ctx) => {
  if (typeof v === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(v)) return true;
  const p = { received: show(v), known: TEXT_ENCODINGS.join(', ') };
  ctx.issues.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__csvEncoding(p), en.INVALID_INPUT__csvEncoding(p), v));
  return false;
});

const recordsShape = {
  delimiter: DelimiterSchema.optional(),
  multilineFields: s.boolean().optional(),
  encoding: EncodingSchema.optional(),
};
let recordsSchema: s.Schema<ReadCsvRecordsOptions> | undefined;
let dossiersSchema: s.Schema<ReadDossiersCsvOptions> | undefined;

/** The options of readCsvRecords, checked (strict: an unknown key is `UNKNOWN_KEY` with a suggestion). @internal */
export function readCsvRecordsOptions(options: unknown): ReadCsvRecordsOptions {
  recordsSchema ??= s.object(recordsShape);
  return recordsSchema.parse(options === undefined ? {} : options, { path: ['options'] }) as ReadCsvRecordsOptions;
}

/** The options of readDossiersCsv, checked (strict, also inside `columns`). @internal */
export function readDossiersCsvOptions(options: unknown): ReadDossiersCsvOptions {
  dossiersSchema ??= s.object({
    ...recordsShape,
    columns: s
      .object(
        Object.fromEntries(DOSSIER_CSV_FIELDS.map((f) => [f, s.string().min(1).optional()])) as unknown as Record<
          DossierCsvField,
          s.Schema<string | undefined>
        >,
      )
      .optional(),
    dateFormat: s.oneOf(['auto', 'iso', 'dd/mm/yyyy']).optional(),
    channelValues: s.record(s.string().min(1), s.oneOf(['in-person', 'online', 'postal'])).optional(),
    maxRejected: s.count().optional(),
    rejectDuplicateIds: s.boolean().optional(),
    onReject: FunctionSchema.optional(),
  }) as unknown as s.Schema<ReadDossiersCsvOptions>;
  return dossiersSchema.parse(options === undefined ? {} : options, { path: ['options'] });
}
