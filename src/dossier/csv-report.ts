import type { BilingualText } from '../core/bilingual.js';
import type { CchcErrorCode } from '../core/error-codes.js';
import type { DetectedEncoding, TextEncodingName } from './csv-encoding.js';

/**
 * One problem of a rejected row (dòng bị loại). A row with several problems gives several entries with the same
 * `row`.
 *
 * @example
 * ```ts
 * import { readDossiersCsv } from 'cchc';
 * const reader = readDossiersCsv('id,receivedAt,dueDate,channel\n1,2019-09-03,2019-09-10,fax\n');
 * for await (const r of reader) void r;
 * reader.report.rejected[0]?.row; // 2
 * reader.report.rejected[0]?.message; // { vi: 'Kênh tiếp nhận không hợp lệ: "fax"', en: 'Unknown channel "fax"' }
 * ```
 *
 * @category Dossiers
 */
export interface RejectedCsvRow {
  /**
   * Row number as a spreadsheet shows the file: the header is row 1, and every record and every blank row counts (a
   * quoted field spanning several lines, with `multilineFields`, is still one row). Equal to `line` when no field
   * spans lines.
   */
  readonly row: number;
  /** Physical line where the row starts (1-based), as a text editor numbers it (LF, CRLF and a lone CR end a line); in a workbook, the row number. */
  readonly line: number;
  /** The sheet of a workbook the row is on (`readDossiersXlsx` in `cchc/xlsx`); absent for CSV. */
  readonly sheet?: string;
  /** The record field (or `null` for the whole row). */
  readonly field: string | null;
  /** Stable code (`INVALID_DATE`, `INVALID_CHANNEL`, `DUE_BEFORE_RECEIPT`, `INVALID_CSV_ROW`, `INPUT_TOO_LARGE`, …). */
  readonly code: CchcErrorCode;
  /** Why, in Vietnamese and English. */
  readonly message: BilingualText;
  /** @deprecated Use `message.en` (0.2). English reason. */
  readonly reason: string;
  /** @deprecated Use `message.vi` (0.2). Vietnamese reason. */
  readonly reasonVi: string;
}

/** What {@link readDossiersCsv} did so far. Always `rowsRead === accepted + rejectedRows`.
 *
 * @example
 * ```ts
 * import { readDossiersCsv } from 'cchc';
 * const reader = readDossiersCsv('id,receivedAt,dueDate\n1,2019-09-03,2019-09-10\n');
 * for await (const r of reader) void r;
 * reader.report.accepted; // 1
 * ```
 *
 * @category Dossiers
 */
export interface DossierCsvReport {
  /**
   * Data rows read: every row after the header that is not blank (blank: an empty line, a line of spaces, a row whose
   * fields are all empty), whether accepted or rejected. Every physical line is a row unless `multilineFields` joined
   * lines into one.
   */
  readonly rowsRead: number;
  /** Rows turned into records. */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejectedRows: number;
  /** Problems of the rejected rows, up to `maxRejected` entries. */
  readonly rejected: readonly RejectedCsvRow[];
  /** Whether entries were dropped because of `maxRejected`. */
  readonly truncated: boolean;
  /** The row of the header (1 unless title rows are above it); `null` before it is found. */
  readonly headerRow: number | null;
  /** The encoding the bytes were read in (`null` for text given as strings, or a workbook). */
  readonly encoding: Exclude<TextEncodingName, 'auto'> | null;
  /** The delimiter the rows were split by, given or detected (`null` for a workbook). */
  readonly delimiter: string | null;
  /** The sheet read (workbooks only). */
  readonly sheet?: string;
}

/** The running report of a reader, and the one way to add a rejected-row entry. @internal */
export class CsvReportBuilder {
  rowsRead = 0;
  accepted = 0;
  rejectedRows = 0;
  private truncated = false;
  private readonly rejected: RejectedCsvRow[] = [];
  /** A frozen copy of `rejected`, kept until an entry is added (the report is read often, e.g. by a progress line). */
  private frozen: readonly RejectedCsvRow[] | undefined;

  headerRow: number | null = null;
  encoding: DetectedEncoding | undefined;
  delimiter: string | undefined;

  constructor(
    private readonly maxRejected: number,
    private readonly onReject: ((r: RejectedCsvRow) => void) | undefined,
    public sheet?: string,
  ) {}

  /** Add one problem of a row (the row is counted as rejected by the caller). */
  reject(row: number, line: number, field: string | null, code: CchcErrorCode, messageVi: string, messageEn: string): void {
    const message: BilingualText = Object.freeze({ vi: messageVi, en: messageEn });
    const r: RejectedCsvRow = Object.freeze(
      this.sheet === undefined
        ? { row, line, field, code, message, reason: messageEn, reasonVi: messageVi }
        : { sheet: this.sheet, row, line, field, code, message, reason: messageEn, reasonVi: messageVi },
    );
    if (this.rejected.length < this.maxRejected) {
      this.rejected.push(r);
      this.frozen = undefined;
    } else this.truncated = true;
    this.onReject?.(r);
  }

  report(): DossierCsvReport {
    return Object.freeze({
      rowsRead: this.rowsRead,
      accepted: this.accepted,
      rejectedRows: this.rejectedRows,
      rejected: (this.frozen ??= Object.freeze([...this.rejected])),
      truncated: this.truncated,
      headerRow: this.headerRow,
      encoding: this.encoding?.encoding ?? null,
      delimiter: this.delimiter ?? null,
      ...(this.sheet !== undefined ? { sheet: this.sheet } : {}),
    });
  }
}
