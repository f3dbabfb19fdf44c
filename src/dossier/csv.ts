import { parseAdminLevel } from '../core/admin-level.js';
import type { CchcErrorCode } from '../core/error-codes.js';
import { CchcError, fail, show } from '../core/errors.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { BATCH_REJECT, BATCHES, type BatchReject } from './_internal/batches.js';
import { CsvSplitter, type CsvPiece } from './_internal/csv-splitter.js';
import { newNormalized, normalizeDossier, normalizeFast } from './_internal/normalize.js';
import type { DossierChannel, DossierRecord, DossierSupplement } from './record.js';

// TextDecoder is a global of Node, Deno, Bun and browsers; declared here so the core needs no DOM or Node typings.
declare const TextDecoder: new (label?: string) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/** Text input: a whole CSV text, or chunks of it (strings or UTF-8 bytes), e.g. a Node readable stream.
 *
 * @example
 * ```ts
 * import type { CsvSource } from 'cchc';
 * const s: CsvSource = ['id,receivedAt,dueDate\n', '1,2019-09-03,2019-09-10\n'];
 * s.length; // 2
 * ``` */
export type CsvSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

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

const FIELDS: readonly DossierCsvField[] = ['id', 'level', 'agency', 'procedure', 'channel', 'receivedAt', 'dueDate', 'slaWorkingDays', 'resolvedAt', 'withdrawnAt', 'returnedAt', 'rejectedAt', 'supplements'];
const DATE_FIELDS = new Set<DossierCsvField>(['receivedAt', 'dueDate', 'resolvedAt', 'withdrawnAt', 'returnedAt', 'rejectedAt']);

/** Options of {@link readDossiersCsv}.
 *
 * @example
 * ```ts
 * import type { ReadDossiersCsvOptions } from 'cchc';
 * const o: ReadDossiersCsvOptions = { delimiter: ';', dateFormat: 'dd/mm/yyyy', columns: { id: 'MaHoSo' } };
 * o.columns?.id; // 'MaHoSo'
 * ``` */
export interface ReadDossiersCsvOptions {
  /**
   * Header name of each record field, where it differs from the field name (the default):
   * `{ id: 'MaHoSo', receivedAt: 'NgayTiepNhan', dueDate: 'NgayHenTra', resolvedAt: 'NgayTra' }`.
   * `id` and `receivedAt` are required; other columns may be absent from the file.
   */
  readonly columns?: Partial<Record<DossierCsvField, string>>;
  /** Field delimiter, one character. Default `','`; Vietnamese spreadsheets often export `';'`. */
  readonly delimiter?: string;
  /**
   * How dates are written:
   * - `'iso'` (default): `YYYY-MM-DD`, or ISO date-times with an offset;
   * - `'dd/mm/yyyy'`: Vietnamese order, `20/01/2020` or `20/01/2020 16:30[:00]` (a clock time without an offset is
   *   Vietnam's, UTC+7). One-digit day and month are accepted.
   */
  readonly dateFormat?: 'iso' | 'dd/mm/yyyy';
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

/**
 * One problem of a rejected row (dòng bị loại). A row with several problems gives several entries with the same
 * `row`.
 *
 * @example
 * ```ts
 * import { readDossiersCsv } from 'cchc';
 * const reader = readDossiersCsv('id,receivedAt,dueDate\n1,2019-09-31,2019-10-10\n');
 * for await (const r of reader) void r;
 * reader.report.rejected[0]?.row; // 2
 * ```
 */
export interface RejectedCsvRow {
  /**
   * Row number as a spreadsheet shows the file: the header is row 1, and every record and every blank row counts (a
   * quoted field spanning several lines is still one row). Equal to `line` when no field spans lines.
   */
  readonly row: number;
  /** Physical line where the row starts (1-based), as a text editor numbers it. */
  readonly line: number;
  /** The record field (or `null` for the whole row). */
  readonly field: string | null;
  /** Stable code (`INVALID_DATE`, `INVALID_CHANNEL`, `DUE_BEFORE_RECEIPT`, `INVALID_CSV_ROW`, …). */
  readonly code: CchcErrorCode;
  /** English reason. */
  readonly reason: string;
  /** Vietnamese reason. */
  readonly reasonVi: string;
}

/** What {@link readDossiersCsv} did so far.
 *
 * @example
 * ```ts
 * import { readDossiersCsv } from 'cchc';
 * const reader = readDossiersCsv('id,receivedAt,dueDate\n1,2019-09-03,2019-09-10\n');
 * for await (const r of reader) void r;
 * reader.report.accepted; // 1
 * ``` */
export interface DossierCsvReport {
  /** Data rows read (header and blank rows excluded: empty lines, lines of spaces, rows whose fields are all empty). */
  readonly rowsRead: number;
  /** Rows turned into records. */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejectedRows: number;
  /** Problems of the rejected rows, up to `maxRejected` entries. */
  readonly rejected: readonly RejectedCsvRow[];
  /** Whether entries were dropped because of `maxRejected`. */
  readonly truncated: boolean;
}

/** The result of {@link readDossiersCsv}: an async iterable of valid records, and its running report.
 *
 * @example
 * ```ts
 * import { readDossiersCsv, type DossierCsvReader } from 'cchc';
 * const reader: DossierCsvReader = readDossiersCsv('id,receivedAt,dueDate\n');
 * reader.report.rowsRead; // 0
 * ``` */
export interface DossierCsvReader extends AsyncIterable<DossierRecord> {
  /** The report so far (complete once the iteration has ended). */
  readonly report: DossierCsvReport;
}

const BASE_CHANNELS: Record<string, DossierChannel> = {
  'in-person': 'in-person',
  online: 'online',
  postal: 'postal',
  'truc tiep': 'in-person',
  'truc tuyen': 'online',
  'buu chinh': 'postal',
  'buu chinh cong ich': 'postal',
  'qua buu chinh cong ich': 'postal',
  'qua buu chinh': 'postal',
  'dich vu buu chinh': 'postal',
  'dich vu buu chinh cong ich': 'postal',
  'buu dien': 'postal',
  'qua buu dien': 'postal',
  bcci: 'postal',
  'nop truc tiep': 'in-person',
  'tai bo phan mot cua': 'in-person',
  'nop truc tuyen': 'online',
  'qua mang': 'online',
  'truc tuyen toan trinh': 'online',
  'truc tuyen mot phan': 'online',
  'muc do 3': 'online',
  'muc do 4': 'online',
  'in person': 'in-person',
};

/** Longest piece of text handed to the splitter at once (characters). */
const STRING_SLICE = 1 << 16;

/** Chunks of text from any source, decoding UTF-8 bytes. */
async function* textChunks(source: CsvSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    // Slices, so that records are built (and can be dropped) a chunk at a time even from one big string.
    for (let i = 0; i < source.length; i += STRING_SLICE) yield source.slice(i, i + STRING_SLICE);
    return;
  }
  if (source === null || typeof source !== 'object' || (!(Symbol.asyncIterator in source) && !(Symbol.iterator in source))) {
    fail('INVALID_INPUT', ['source'], `Cần nội dung CSV (chuỗi, hoặc các đoạn chuỗi/byte, ví dụ một stream), nhận được ${show(source)}`, `Expected CSV text (a string, or chunks of strings/bytes such as a stream), received ${show(source)}`, source);
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      if (chunk.length <= STRING_SLICE) yield chunk;
      else for (let i = 0; i < chunk.length; i += STRING_SLICE) yield chunk.slice(i, i + STRING_SLICE);
    } else if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
    else fail('INVALID_INPUT', ['source'], `Đoạn dữ liệu phải là chuỗi hoặc byte, nhận được ${show(chunk)}`, `A chunk must be a string or bytes, received ${show(chunk)}`, chunk);
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

function checkDelimiter(d: unknown): string {
  const delim = d ?? ',';
  if (typeof delim !== 'string' || delim.length !== 1 || delim === '"' || delim === '\n' || delim === '\r') {
    return fail('INVALID_INPUT', ['delimiter'], `Dấu phân cách phải là một ký tự (",", ";", tab), nhận được ${show(d)}`, `The delimiter must be one character (",", ";", tab), received ${show(d)}`, d);
  }
  return delim;
}

/** Records of a CSV text as arrays of fields, with line numbers and unsplittable rows, one batch per chunk. @internal */
async function* csvPieceBatches(source: CsvSource, delimiter: string): AsyncGenerator<CsvPiece[]> {
  const splitter = new CsvSplitter(delimiter);
  for await (const text of textChunks(source)) {
    const out: CsvPiece[] = [];
    splitter.push(text, out);
    if (out.length > 0) yield out;
  }
  const out: CsvPiece[] = [];
  splitter.end(out);
  if (out.length > 0) yield out;
}

/**
 * Read any CSV text into row objects keyed by the header (e.g. pre-aggregated tallies for
 * {@link tallyAggregateRows}). Streaming, constant memory.
 *
 * @throws {@link CchcError} `INVALID_CSV_ROW` for a row that cannot be split or has the wrong number of fields (with
 *   its line number).
 * @example
 * ```ts
 * import { readCsvRecords, tallyAggregateRows } from 'cchc';
 * const csv = 'level;carried_over;new_online;new_in_person;new_postal;resolved_early;resolved_on_time;resolved_late;pending_within_due;pending_overdue;withdrawn_or_returned;awaiting_supplement\n' +
 *   'commune;1;0;4;0;0;4;1;0;0;0;0\n';
 * const t = await tallyAggregateRows(readCsvRecords(csv, { delimiter: ';' }));
 * t.resolved.onTime; // 4
 * ```
 */
export async function* readCsvRecords(source: CsvSource, options: { readonly delimiter?: string } = {}): AsyncGenerator<Record<string, string>> {
  const delimiter = checkDelimiter(options?.delimiter);
  let header: string[] | undefined;
  for await (const batch of csvPieceBatches(source, delimiter)) for (const p of batch) {
    if (p.kind === 'blank') continue;
    if (p.kind === 'error') fail('INVALID_CSV_ROW', [p.line], `Dòng ${p.line}: ${p.messageVi}`, `Line ${p.line}: ${p.messageEn}`);
    if (header === undefined) {
      header = p.fields.map((h) => h.trim());
      continue;
    }
    if (p.fields.length !== header.length) {
      fail('INVALID_CSV_ROW', [p.line], `Dòng ${p.line} có ${p.fields.length} trường, tiêu đề có ${header.length}`, `Line ${p.line} has ${p.fields.length} fields, the header ${header.length}`);
    }
    const o: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) o[header[i]!] = p.fields[i]!;
    yield o;
  }
}

/** dd/mm/yyyy[ HH:mm[:ss]] → ISO; undefined when malformed. */
function viDateToIso(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (m[4] === undefined) return iso;
  return `${iso}T${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}+07:00`;
}

/**
 * Read dossier records from CSV text (đọc danh sách hồ sơ từ tệp CSV), streaming with constant memory: give it a
 * string, an array of chunks, or a Node readable stream (`fs.createReadStream(path)`); it yields valid
 * {@link DossierRecord}s one at a time and keeps a report of rejected rows (row number, field, reason). A bad row never
 * aborts the run; it is reported and the others count. Feed the reader straight to {@link tallyDossiers}.
 *
 * Columns: the header names equal the record field names unless mapped (`columns`); empty cells are absent values
 * (`null`; every record of a file has the same fields, which keeps property access fast).
 * `supplements` holds requests separated by `;` (or `|` when `;` is the delimiter), each `requestedAt` or
 * `requestedAt>completedAt`. Every row is validated like {@link parseDossierRecord}.
 *
 * @throws {@link CchcError} `CSV_MISSING_COLUMN` when the header lacks `id` or `receivedAt` (nothing can be read);
 *   `INVALID_INPUT` for bad options or a source that is not text.
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
 * const t = await tallyDossiers(reader, { from: '2019-09-01', to: '2019-09-30' });
 * t.received.total; // 2
 * reader.report.rejectedRows; // 2
 * reader.report.rejected.map((r) => [r.row, r.field, r.code]); // [[3, 'dueDate', 'DUE_BEFORE_RECEIPT'], [4, 'channel', 'INVALID_CHANNEL'], [4, 'receivedAt', 'INVALID_DATE']]
 * ```
 */
export function readDossiersCsv(source: CsvSource, options: ReadDossiersCsvOptions = {}): DossierCsvReader {
  const delimiter = checkDelimiter(options?.delimiter);
  const dateFormat = options?.dateFormat ?? 'iso';
  if (dateFormat !== 'iso' && dateFormat !== 'dd/mm/yyyy') {
    fail('INVALID_INPUT', ['dateFormat'], `dateFormat phải là 'iso' hoặc 'dd/mm/yyyy', nhận được ${show(dateFormat)}`, `dateFormat must be 'iso' or 'dd/mm/yyyy', received ${show(dateFormat)}`, dateFormat);
  }
  const maxRejected = options?.maxRejected ?? 10_000;
  if (!Number.isSafeInteger(maxRejected) || maxRejected < 0) fail('INVALID_INPUT', ['maxRejected'], 'maxRejected phải là số nguyên không âm', 'maxRejected must be a non-negative integer', maxRejected);
  const columns: Record<DossierCsvField, string> = Object.fromEntries(FIELDS.map((f) => [f, options?.columns?.[f] ?? f])) as Record<DossierCsvField, string>;
  if (options?.columns) {
    for (const [k, v] of Object.entries(options.columns)) {
      if (!(FIELDS as readonly string[]).includes(k) || typeof v !== 'string') {
        fail('INVALID_INPUT', ['columns', k], `Ánh xạ cột không hợp lệ: ${k} → ${show(v)}`, `Invalid column mapping ${k} → ${show(v)}`, v);
      }
    }
  }
  const channels: Record<string, DossierChannel> = { ...BASE_CHANNELS };
  for (const [k, v] of Object.entries(options?.channelValues ?? {})) channels[foldVi(k)] = v;
  const supSep = delimiter === ';' ? '|' : ';';
  const dedupe = options?.rejectDuplicateIds ?? false;
  if (typeof dedupe !== 'boolean') fail('INVALID_INPUT', ['rejectDuplicateIds'], 'rejectDuplicateIds phải là true hoặc false', 'rejectDuplicateIds must be true or false', dedupe);
  const seenIds = dedupe ? new Map<string, number>() : undefined;

  const rejected: RejectedCsvRow[] = [];
  let rowsRead = 0;
  let accepted = 0;
  let rejectedRows = 0;
  let truncated = false;
  const report = (): DossierCsvReport => Object.freeze({ rowsRead, accepted, rejectedRows, rejected: Object.freeze([...rejected]), truncated });
  const reject = (row: number, line: number, field: string | null, code: CchcErrorCode, reason: string, reasonVi: string) => {
    const r: RejectedCsvRow = Object.freeze({ row, line, field, code, reason, reasonVi });
    if (rejected.length < maxRejected) rejected.push(r);
    else truncated = true;
    options?.onReject?.(r);
  };

  async function* batches(): AsyncGenerator<DossierRecord[]> {
    let index: Partial<Record<DossierCsvField, number>> | undefined;
    let width = 0;
    let row = 0; // spreadsheet row of the current piece: the header, blank rows and every record count
    const n = newNormalized();
    let present: DossierCsvField[] = [];
    let presentAt: number[] = [];
    let presentKind: number[] = [];
    let badFields: Set<string> | null = null;
    let curRow = 0;
    let curLine = 0;
    const problem = (field: string, code: CchcErrorCode, reason: string, reasonVi: string) => {
      (badFields ??= new Set()).add(field);
      reject(curRow, curLine, field, code, reason, reasonVi);
    };
    for await (const batch of csvPieceBatches(source, delimiter)) {
      const records: DossierRecord[] = [];
      const rowOf: number[] = [];
      const lineOf: number[] = [];
      for (const p of batch) {
      row++;
      if (p.kind === 'blank') continue;
      if (index === undefined) {
        if (p.kind === 'error') fail('CSV_MISSING_COLUMN', [], `Không đọc được dòng tiêu đề: ${p.messageVi}`, `Cannot read the header: ${p.messageEn}`);
        const header = p.fields.map((h) => h.trim());
        width = header.length;
        index = {};
        for (const f of FIELDS) {
          const at = header.indexOf(columns[f]);
          if (at >= 0) index[f] = at;
        }
        const missing = (['id', 'receivedAt'] as const).filter((f) => index![f] === undefined);
        if (missing.length > 0) {
          fail(
            'CSV_MISSING_COLUMN',
            [],
            `Tiêu đề CSV thiếu cột ${missing.map((f) => `"${columns[f]}"`).join(', ')} (dùng tùy chọn columns để ánh xạ). Tiêu đề: ${header.join(delimiter)}`,
            `The CSV header lacks the column(s) ${missing.map((f) => `"${columns[f]}"`).join(', ')} (map them with the columns option). Header: ${header.join(delimiter)}`,
          );
        }
        present = FIELDS.filter((f) => index![f] !== undefined);
        presentAt = present.map((f) => index![f]!);
        presentKind = present.map((f) => (DATE_FIELDS.has(f) ? 1 : f === 'slaWorkingDays' ? 2 : f === 'channel' ? 3 : f === 'level' ? 4 : f === 'supplements' ? 5 : 0));
        continue;
      }
      rowsRead++;
      if (p.kind === 'error') {
        rejectedRows++;
        reject(row, p.line, null, 'INVALID_CSV_ROW', p.messageEn, p.messageVi);
        continue;
      }
      if (p.fields.length !== width) {
        rejectedRows++;
        reject(row, p.line, null, 'INVALID_CSV_ROW', `The row has ${p.fields.length} fields, the header ${width}`, `Dòng có ${p.fields.length} trường, tiêu đề có ${width}`);
        continue;
      }
      badFields = null;
      curRow = row;
      curLine = p.line;
      const rec: Record<string, unknown> = {};
      for (let k = 0; k < present.length; k++) {
        const f = present[k]!;
        let raw = p.fields[presentAt[k]!]!;
        if (raw.length === 0) {
          rec[f] = null;
          continue;
        }
        const c0 = raw.charCodeAt(0);
        const c1 = raw.charCodeAt(raw.length - 1);
        if (c0 <= 32 || c1 <= 32) {
          raw = raw.trim();
          if (raw === '') {
            rec[f] = null;
            continue;
          }
        }
        const kind = presentKind[k]!;
        if (kind === 0) rec[f] = raw;
        else if (kind === 1) {
          if (dateFormat === 'iso') rec[f] = raw;
          else {
            const iso = viDateToIso(raw);
            if (iso === undefined) problem(f, 'INVALID_DATE', `Not a date dd/mm/yyyy [HH:mm]: ${JSON.stringify(raw)}`, `Không phải ngày dd/mm/yyyy [HH:mm]: ${JSON.stringify(raw)}`);
            else rec[f] = iso;
          }
        } else if (kind === 2) {
          if (/^\d+$/.test(raw)) rec[f] = Number(raw);
          else problem(f, 'INVALID_SLA', `slaWorkingDays must be a non-negative integer, received ${JSON.stringify(raw)}`, `Thời hạn giải quyết phải là số nguyên không âm, nhận được ${JSON.stringify(raw)}`);
        } else if (kind === 3) {
          const c = channels[raw] ?? channels[foldVi(raw)];
          if (c === undefined) problem(f, 'INVALID_CHANNEL', `Unknown channel ${JSON.stringify(raw)}`, `Kênh tiếp nhận không hợp lệ: ${JSON.stringify(raw)}`);
          else rec[f] = c;
        } else if (kind === 4) {
          try {
            rec[f] = raw === 'province' || raw === 'district' || raw === 'commune' ? raw : parseAdminLevel(raw);
          } catch (e) {
            if (!(e instanceof CchcError)) throw e;
            problem(f, e.code, e.messageEn, e.messageVi);
          }
        } else {
          const list: DossierSupplement[] = [];
          for (const item of raw.split(supSep)) {
            const [q, c, extra] = item.split('>').map((s) => s.trim());
            const conv = (s: string | undefined) => (s === undefined || s === '' ? undefined : dateFormat === 'iso' ? s : viDateToIso(s));
            const qi = conv(q);
            const ci = conv(c);
            if (qi === undefined || extra !== undefined || (c !== undefined && c !== '' && ci === undefined)) {
              problem(f, 'INVALID_SUPPLEMENT', `Not a supplement "requestedAt" or "requestedAt>completedAt": ${JSON.stringify(item)}`, `Không phải lần bổ sung dạng "ngày yêu cầu" hoặc "ngày yêu cầu>ngày bổ sung xong": ${JSON.stringify(item)}`);
              break;
            }
            list.push(ci === undefined ? { requestedAt: qi } : { requestedAt: qi, completedAt: ci });
          }
          rec[f] = list;
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
          reject(row, p.line, field, i.code, i.messageEn, i.messageVi);
        }
        if (bad.size > 0) {
          rejectedRows++;
          continue;
        }
      }
      if (seenIds !== undefined) {
        const id = String(rec.id);
        const first = seenIds.get(id);
        if (first !== undefined) {
          rejectedRows++;
          reject(
            row,
            p.line,
            'id',
            'DUPLICATE_DOSSIER_ID',
            `The dossier id ${JSON.stringify(id)} was already read on row ${first}`,
            `Mã hồ sơ ${JSON.stringify(id)} đã có ở dòng ${first}`,
          );
          continue;
        }
        seenIds.set(id, row);
      }
      accepted++;
      records.push(rec as unknown as DossierRecord);
      rowOf.push(row);
      lineOf.push(p.line);
      }
      if (records.length > 0) {
        // A consumer that finds a record invalid later (a date outside its calendar, …) hands it back as a rejected row.
        const takeBack: BatchReject = (k, error) => {
          accepted--;
          rejectedRows++;
          for (const x of error.issues) {
            const field = x.path.length > 1 ? String(x.path[1]) : null;
            reject(rowOf[k]!, lineOf[k]!, field, x.code, x.messageEn, x.messageVi);
          }
        };
        (records as DossierRecord[] & { [BATCH_REJECT]?: BatchReject })[BATCH_REJECT] = takeBack;
        yield records;
      }
    }
  }
  async function* iterate(): AsyncGenerator<DossierRecord> {
    for await (const b of batches()) yield* b;
  }

  let started = false;
  const start = () => {
    if (started) fail('INVALID_INPUT', ['source'], 'Trình đọc CSV chỉ duyệt được một lần', 'A CSV reader can be iterated only once');
    started = true;
  };
  const reader = {
    get report() {
      return report();
    },
    [Symbol.asyncIterator]() {
      start();
      return iterate();
    },
    [BATCHES]() {
      start();
      return batches();
    },
  };
  return reader as DossierCsvReader;
}
