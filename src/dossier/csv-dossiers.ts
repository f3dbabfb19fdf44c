import { parseAdminLevel } from '../core/admin-level.js';
import type { CchcErrorCode } from '../core/error-codes.js';
import { CchcError, fail, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';
import * as vi8 from '../core/messages/vi/dossier-nd118.js';
import * as en8 from '../core/messages/en/dossier-nd118.js';
import { BATCH_REJECT, BATCHES, RECORD_SINK, type BatchReject, type RecordSink } from './_internal/batches.js';
import { newNormalized, normalizeDossier, normalizeFast } from './_internal/normalize.js';
import type { DossierRecord } from './record.js';
import { missingColumns, tryLayout, ValueKind, type ColumnLayout, type DossierCsvField } from './csv-columns.js';
import { readDossiersCsvOptions, type ReadDossiersCsvOptions } from './csv-options.js';
import { CsvReportBuilder, type DossierCsvReport } from './csv-report.js';
import { checkCsvSource, csvPieceBatches, type CsvSource, type CsvTextInfo } from './csv-source.js';
import { channelTable, readChannel, readDate, readExtensionsCell, readQd766Fact, readSla, readSupplements } from './csv-values.js';
import type { CsvPiece } from './_internal/csv-splitter.js';

/** The result of {@link readDossiersCsv}: an async iterable of valid records, and its running report.
 *
 * @example
 * ```ts
 * import { readDossiersCsv, type DossierCsvReader } from 'cchc';
 * const reader: DossierCsvReader = readDossiersCsv('id,receivedAt,dueDate\n');
 * reader.report.rowsRead; // 0
 * ```
 *
 * @category Dossiers
 */
export interface DossierCsvReader extends AsyncIterable<DossierRecord> {
  /** The report so far (complete once the iteration has ended). */
  readonly report: DossierCsvReport;
}

/**
 * How many rows before the header a dossier file may have (a title, a date line, merged cells above the table): the
 * header is the first of the first {@link HEADER_SEARCH_ROWS} non-blank rows that names the `id` and `receivedAt`
 * columns. @internal
 */
export const HEADER_SEARCH_ROWS = 30;

/** Where the rows of a dossier file come from: CSV text, or a sheet of a workbook (`cchc/xlsx`). @internal */
export interface DossierRowSource {
  /** The rows, a batch at a time; `info` is filled as the source learns its encoding and delimiter. */
  batches(info: CsvTextInfo): AsyncIterable<CsvPiece[]>;
  /** The sheet the rows are from (workbooks), copied into every rejected-row entry. */
  readonly sheet?: string;
  /** Rows may be shorter or longer than the header (a workbook omits empty cells at the end of a row). */
  readonly ragged?: boolean;
}

/**
 * Read dossier records from CSV text (đọc danh sách hồ sơ từ tệp CSV), streaming with constant memory: give it a
 * string, an array of chunks, or a Node readable stream (`fs.createReadStream(path)`); it yields valid
 * {@link DossierRecord}s one at a time and keeps a report of rejected rows (row number, field, reason). A bad row never
 * aborts the run; it is reported and the others count. Feed the reader straight to {@link tallyDossiers}.
 *
 * Every data row is accounted for: `report.rowsRead === report.accepted + report.rejectedRows`, and by default each
 * physical line (LF, CRLF or a lone CR) is one row, so a stray double quote can never swallow the rows after it (see
 * `multilineFields`). Rows over the size limits ({@link MAX_CSV_ROW_CHARS}, {@link MAX_CSV_FIELD_CHARS}) are rejected
 * with `INPUT_TOO_LARGE` without being kept in memory; reading takes linear time whatever the input.
 *
 * Columns: the header names equal the record field names unless mapped (`columns`); empty cells are absent values
 * (`null`; every record of a file has the same fields, which keeps property access fast).
 * `supplements` holds requests separated by `;` (or `|` when `;` is the delimiter), each `requestedAt` or
 * `requestedAt>completedAt`. Every row is validated like {@link parseDossierRecord}.
 *
 * @throws {@link CchcError} `CSV_MISSING_COLUMN` when the header lacks `id` or `receivedAt` (nothing can be read; the
 *   message suggests the closest header name); `UNKNOWN_KEY` (with a suggestion) or `INVALID_INPUT` for bad options
 *   or a source that is not text.
 * @example
 * ```ts
 * import { readDossiersCsv, tallyDossiers } from 'cchc';
 * const csv = [
 *   'MaHoSo;NgayTiepNhan;NgayHenTra;NgayTra;channel',
 *   'HS1;02/09/2019;09/09/2019;06/09/2019;online',
 *   'HS2;03/09/2019;01/09/2019;;trực tiếp',
 *   'HS3;31/09/2019;10/10/2019;;fax',
 *   'HS4;20/09/2019 16:30;04/10/2019;;BCCI',
 * ].join('\n');
 * const reader = readDossiersCsv(csv, { delimiter: ';', dateFormat: 'dd/mm/yyyy', columns: { id: 'MaHoSo', receivedAt: 'NgayTiepNhan', dueDate: 'NgayHenTra', resolvedAt: 'NgayTra' } });
 * const t = await tallyDossiers(reader, { start: '2019-09-01', end: '2019-09-30' });
 * t.received.total; // 2
 * reader.report.rejectedRows; // 2
 * reader.report.rejected.map((r) => [r.row, r.field, r.code]); // [[3, 'dueDate', 'DUE_BEFORE_RECEIPT'], [4, 'channel', 'INVALID_CHANNEL'], [4, 'receivedAt', 'INVALID_DATE']]
 * reader.report.rowsRead === reader.report.accepted + reader.report.rejectedRows; // true
 * ```
 *
 * @category Dossiers
 */
export function readDossiersCsv(source: CsvSource, options?: ReadDossiersCsvOptions): DossierCsvReader {
  const o = readDossiersCsvOptions(options);
  checkCsvSource(source);
  const multiline = o.multilineFields ?? false;
  return readDossierRows(
    {
      batches: (info) =>
        csvPieceBatches(source, { delimiter: o.delimiter ?? 'auto', multiline, ...(o.encoding ? { encoding: o.encoding } : {}) }, info),
    },
    o,
  );
}

/**
 * The dossier reader over rows from any source (the options already checked). @internal
 */
export function readDossierRows(source: DossierRowSource, o: ReadDossiersCsvOptions): DossierCsvReader {
  const dateFormat = o.dateFormat ?? 'auto';
  const channels = channelTable(o.channelValues);
  const info: CsvTextInfo = {};
  let supSep = ';';
  const seenIds = o.rejectDuplicateIds ? new Map<string, number>() : undefined;
  const rep = new CsvReportBuilder(o.maxRejected ?? 10_000, o.onReject, source.sheet);
  const ragged = source.ragged ?? false;
  const padded = (fields: string[], width: number): string[] => {
    if (fields.length === width) return fields;
    if (fields.length > width) return fields.slice(0, width);
    const out = fields.slice();
    while (out.length < width) out.push('');
    return out;
  };

  async function* batches(sink?: RecordSink): AsyncGenerator<DossierRecord[]> {
    let layout: ColumnLayout | undefined;
    let width = 0;
    let row = 0; // spreadsheet row of the current piece: the header, blank rows and every record count
    const n = newNormalized();
    let present: readonly DossierCsvField[] = [];
    let presentAt: readonly number[] = [];
    let presentKind: readonly ValueKind[] = [];
    let hasExtensionColumns = false;
    let badFields: Set<string> | null = null;
    let curRow = 0;
    let curLine = 0;
    const problem = (field: string, code: CchcErrorCode, messageVi: string, messageEn: string) => {
      (badFields ??= new Set()).add(field);
      rep.reject(curRow, curLine, field, code, messageVi, messageEn);
    };
    let sinkRow = 0;
    let sinkLine = 0;
    const takeBackNow = (error: CchcError) => {
      rep.accepted--;
      rep.rejectedRows++;
      for (const x of error.issues) {
        const field = x.path.length > 1 ? String(x.path[1]) : null;
        rep.reject(sinkRow, sinkLine, field, x.code, x.messageVi, x.messageEn);
      }
    };
    // The rows before the header (a title, merged cells): the likeliest header among them names the most fields.
    let seen = 0;
    let best: { fields: readonly string[]; found: number } | undefined;
    const noHeader = (): never => missingColumns(best?.fields ?? [], o.columns, info.delimiter ?? ',');
    for await (const batch of source.batches(info)) {
      const records: DossierRecord[] = [];
      const rowOf: number[] = [];
      const lineOf: number[] = [];
      for (const piece of batch) {
        let p = piece;
        row = ragged ? p.line : row + 1;
        if (p.kind === 'blank') continue;
        if (layout === undefined) {
          if (p.kind === 'error') {
            if (seen === 0)
              fail(
                'CSV_MISSING_COLUMN',
                [],
                vi.CSV_MISSING_COLUMN__header({ message: p.messageVi }),
                en.CSV_MISSING_COLUMN__header({ message: p.messageEn }),
              );
            continue;
          }
          seen++;
          const tried = tryLayout(p.fields, o.columns);
          if (tried.layout === undefined) {
            if (best === undefined || tried.found > best.found) best = { fields: p.fields, found: tried.found };
            if (seen >= HEADER_SEARCH_ROWS) noHeader();
            continue;
          }
          layout = tried.layout;
          rep.headerRow = row;
          if (info.sheet !== undefined) rep.sheet = info.sheet;
          rep.delimiter = info.delimiter;
          rep.encoding = info.encoding;
          supSep = info.delimiter === ';' ? '|' : ';';
          width = layout.width;
          present = layout.fields;
          presentAt = layout.at;
          presentKind = layout.kinds;
          hasExtensionColumns = presentKind.some((k) => k === ValueKind.ExtensionNotice || k === ValueKind.ExtensionDue);
          continue;
        }
        if (ragged && p.kind === 'record' && p.fields.length !== width) p = { ...p, fields: padded(p.fields, width) };
        rep.rowsRead++;
        if (p.kind === 'error') {
          rep.rejectedRows++;
          rep.reject(row, p.line, null, p.code, p.messageVi, p.messageEn);
          continue;
        }
        if (p.fields.length !== width) {
          rep.rejectedRows++;
          const w = { fields: p.fields.length, width };
          rep.reject(row, p.line, null, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__width(w), en.INVALID_CSV_ROW__width(w));
          continue;
        }
        badFields = null;
        curRow = row;
        curLine = p.line;
        const rec: Record<string, unknown> = {};
        // The two columns of one extension make the record's `extension` (set after the other fields).
        let extNotice: string | null | undefined;
        let extDue: string | null | undefined;
        for (let k = 0; k < present.length; k++) {
          const f = present[k]!;
          let raw = p.fields[presentAt[k]!]!;
          const kind = presentKind[k]!;
          if (kind >= ValueKind.Qd766Flag) {
            // QĐ 766 block: into the record's `qd766` sub-object; an empty cell is unknown (left out).
            const v = readQd766Fact(kind === ValueKind.Qd766Satisfaction, raw);
            if (v === undefined)
              problem(
                f,
                'INVALID_INPUT',
                vi.INVALID_INPUT__csvQd766({ received: show(raw) }),
                en.INVALID_INPUT__csvQd766({ received: show(raw) }),
              );
            else if (v !== null) ((rec.qd766 ??= {}) as Record<string, unknown>)[f.slice(6)] = v;
            continue;
          }
          if (raw.length === 0) {
            if (kind === ValueKind.ExtensionNotice) extNotice = null;
            else if (kind === ValueKind.ExtensionDue) extDue = null;
            else rec[f] = null;
            continue;
          }
          const c0 = raw.charCodeAt(0);
          const c1 = raw.charCodeAt(raw.length - 1);
          if (c0 <= 32 || c1 <= 32) {
            raw = raw.trim();
            if (raw === '') {
              if (kind === ValueKind.ExtensionNotice) extNotice = null;
              else if (kind === ValueKind.ExtensionDue) extDue = null;
              else rec[f] = null;
              continue;
            }
          }
          if (kind === ValueKind.Text) rec[f] = raw;
          else if (kind === ValueKind.ExtensionNotice || kind === ValueKind.ExtensionDue) {
            const iso = readDate(raw, dateFormat);
            if (iso === undefined)
              problem(
                'extension',
                'INVALID_DATE',
                vi.INVALID_DATE__csvViDate({ received: show(raw) }),
                en.INVALID_DATE__csvViDate({ received: show(raw) }),
              );
            else if (kind === ValueKind.ExtensionNotice) extNotice = iso;
            else extDue = iso;
          } else if (kind === ValueKind.Extensions) {
            const list = readExtensionsCell(raw, supSep, dateFormat);
            if (Array.isArray(list)) rec[f] = list;
            else
              problem(
                f,
                'INVALID_EXTENSION',
                vi8.INVALID_EXTENSION__csv({ received: show(list.bad) }),
                en8.INVALID_EXTENSION__csv({ received: show(list.bad) }),
              );
          } else if (kind === ValueKind.Date) {
            if (dateFormat === 'iso') rec[f] = raw;
            else {
              const iso = readDate(raw, dateFormat);
              if (iso === undefined)
                problem(
                  f,
                  'INVALID_DATE',
                  dateFormat === 'auto'
                    ? vi.INVALID_DATE__csvAutoDate({ received: show(raw) })
                    : vi.INVALID_DATE__csvViDate({ received: show(raw) }),
                  dateFormat === 'auto'
                    ? en.INVALID_DATE__csvAutoDate({ received: show(raw) })
                    : en.INVALID_DATE__csvViDate({ received: show(raw) }),
                );
              else rec[f] = iso;
            }
          } else if (kind === ValueKind.Sla) {
            const sla = readSla(raw);
            if (sla === undefined)
              problem(f, 'INVALID_SLA', vi.INVALID_SLA__csv({ received: show(raw) }), en.INVALID_SLA__csv({ received: show(raw) }));
            else rec[f] = sla;
          } else if (kind === ValueKind.Channel) {
            const c = readChannel(channels, raw);
            if (c === undefined)
              problem(
                f,
                'INVALID_CHANNEL',
                vi.INVALID_CHANNEL__csv({ received: show(raw) }),
                en.INVALID_CHANNEL__csv({ received: show(raw) }),
              );
            else rec[f] = c;
          } else if (kind === ValueKind.Level) {
            try {
              rec[f] = raw === 'province' || raw === 'district' || raw === 'commune' ? raw : parseAdminLevel(raw);
            } catch (e) {
              if (!(e instanceof CchcError)) throw e;
              problem(f, e.code, e.messageVi, e.messageEn);
            }
          } else {
            const list = readSupplements(raw, supSep, dateFormat);
            if (Array.isArray(list)) rec[f] = list;
            else
              problem(
                f,
                'INVALID_SUPPLEMENT',
                vi.INVALID_SUPPLEMENT__csv({ received: show(list.bad) }),
                en.INVALID_SUPPLEMENT__csv({ received: show(list.bad) }),
              );
          }
        }
        if (hasExtensionColumns) {
          // One extension from its two columns: both empty is none; one alone is an incomplete extension (reported).
          if (extNotice == null && extDue == null) rec.extension = null;
          else {
            const e: Record<string, string> = {};
            if (extNotice != null) e.notifiedAt = extNotice;
            if (extDue != null) e.newDueDate = extDue;
            rec.extension = e;
          }
        }
        if (badFields !== null || !normalizeFast(rec, n)) {
          const bad: Set<string> = badFields ?? new Set<string>();
          // Every other problem of the row too (a field that failed to convert is not reported twice).
          const problems = normalizeDossier(rec, n);
          for (const i of problems) {
            const field = i.path.length > 0 ? String(i.path[0]) : null;
            if (field !== null && bad.has(field)) continue;
            if (bad.size > 0 && i.code === 'MISSING_DUE_DATE' && (bad.has('dueDate') || bad.has('slaWorkingDays'))) continue;
            bad.add(field ?? '');
            rep.reject(row, p.line, field, i.code, i.messageVi, i.messageEn);
          }
          if (bad.size > 0) {
            rep.rejectedRows++;
            continue;
          }
        }
        if (seenIds !== undefined) {
          const id = String(rec.id);
          const first = seenIds.get(id);
          if (first !== undefined) {
            rep.rejectedRows++;
            const d = { id: show(id), firstRow: first };
            rep.reject(row, p.line, 'id', 'DUPLICATE_DOSSIER_ID', vi.DUPLICATE_DOSSIER_ID__csv(d), en.DUPLICATE_DOSSIER_ID__csv(d));
            continue;
          }
          seenIds.set(id, row);
        }
        rep.accepted++;
        if (sink !== undefined) {
          // Handed over now, with its normalized form; a record the consumer finds invalid is a rejected row now.
          sinkRow = row;
          sinkLine = p.line;
          sink(rec as unknown as DossierRecord, n, takeBackNow);
          continue;
        }
        records.push(rec as unknown as DossierRecord);
        rowOf.push(row);
        lineOf.push(p.line);
      }
      if (records.length > 0) {
        // A consumer that finds a record invalid later (a date outside its calendar, …) hands it back as a rejected row.
        const takeBack: BatchReject = (k, error) => {
          rep.accepted--;
          rep.rejectedRows++;
          for (const x of error.issues) {
            const field = x.path.length > 1 ? String(x.path[1]) : null;
            rep.reject(rowOf[k]!, lineOf[k]!, field, x.code, x.messageVi, x.messageEn);
          }
        };
        (records as DossierRecord[] & { [BATCH_REJECT]?: BatchReject })[BATCH_REJECT] = takeBack;
        yield records;
      }
    }
    // A file with rows but no header among them: say which header was expected (an empty file is an empty result).
    if (layout === undefined && best !== undefined) noHeader();
    rep.encoding = info.encoding;
    rep.delimiter = info.delimiter;
  }
  async function* iterate(): AsyncGenerator<DossierRecord> {
    for await (const b of batches()) yield* b;
  }

  let started = false;
  const start = () => {
    if (started) fail('INVALID_INPUT', ['source'], vi.INVALID_INPUT__csvReaderReused(), en.INVALID_INPUT__csvReaderReused());
    started = true;
  };
  const reader = {
    get report() {
      return rep.report();
    },
    [Symbol.asyncIterator]() {
      start();
      return iterate();
    },
    [BATCHES]() {
      start();
      return batches();
    },
    async [RECORD_SINK](sink: RecordSink) {
      start();
      for await (const _ of batches(sink)) void _;
    },
  };
  return reader as DossierCsvReader;
}
