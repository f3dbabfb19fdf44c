import { foldVi } from '../core/_internal/fold-vi.js';
import { fail, show } from '../core/errors.js';
import { suggestKey } from '../core/suggest.js';
import { QD766_DOSSIER_FACTS, type Qd766DossierFact } from './qd766-facts.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';

/** The record fields a CSV column can map to; `extensionNotifiedAt` and `extensionNewDueDate` are the two columns of
 * one extension (they make the record's `extension`), `extensions` a cell of several (`notifiedAt>newDueDate`, separated
 * like supplements).
 *
 * @example
 * ```ts
 * import type { DossierCsvField } from 'cchc';
 * const f: DossierCsvField = 'receivedAt';
 * f; // 'receivedAt'
 * ```
 *
 * @category Dossiers
 */
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
  | 'submittedAt'
  | 'stoppedAt'
  | 'extensions'
  | 'extensionNotifiedAt'
  | 'extensionNewDueDate'
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
  'submittedAt',
  'stoppedAt',
  'extensions',
  'extensionNotifiedAt',
  'extensionNewDueDate',
  ...QD766_DOSSIER_FACTS.map((f) => `qd766.${f}` as const),
]);

/**
 * How a column's text is read into its field (numbers: the reader's hot loop switches on them; the QĐ 766 kinds come
 * last, the reader tests `>= Qd766Flag`). @internal
 */
export const ValueKind = {
  Text: 0,
  Date: 1,
  Sla: 2,
  Channel: 3,
  Level: 4,
  Supplements: 5,
  Extensions: 6,
  ExtensionNotice: 7,
  ExtensionDue: 8,
  Qd766Flag: 9,
  Qd766Satisfaction: 10,
} as const;
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
    case 'submittedAt':
    case 'stoppedAt':
      return ValueKind.Date;
    case 'extensions':
      return ValueKind.Extensions;
    case 'extensionNotifiedAt':
      return ValueKind.ExtensionNotice;
    case 'extensionNewDueDate':
      return ValueKind.ExtensionDue;
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

// One-stop system headers (issue 17): the column headers the provincial one-stop systems and the national public
// service portal print in their dossier exports, recognised without a mapping (`columns` / `--map` stay for the rest).
// Compared by {@link headerKey}: case, accents, spaces, punctuation and a trailing "(…)" ignored, so "Ngày tiếp nhận",
// "NGÀY TIẾP NHẬN", "Ngày  tiếp nhận (dd/mm/yyyy)", "NgayTiepNhan" and "ngay_tiep_nhan" are one header. The first form
// of each list is the one messages show.
/** @internal */
export const ONE_STOP_HEADERS: Readonly<Partial<Record<DossierCsvField, readonly string[]>>> = Object.freeze({
  id: [
    'Mã hồ sơ',
    'Mã HS',
    'Số hồ sơ',
    'Mã số hồ sơ',
    'Số biên nhận',
    'Mã biên nhận',
    'Số hiệu hồ sơ',
    'Mã hồ sơ TTHC',
    'Dossier ID',
    'Dossier code',
  ],
  receivedAt: [
    'Ngày tiếp nhận',
    'Ngày nhận',
    'Ngày nhận hồ sơ',
    'Ngày tiếp nhận hồ sơ',
    'Thời gian tiếp nhận',
    'Ngày giờ tiếp nhận',
    'Received',
    'Received date',
    'Date received',
  ],
  dueDate: [
    'Ngày hẹn trả',
    'Ngày hẹn trả kết quả',
    'Ngày hẹn trả KQ',
    'Ngày hẹn',
    'Hẹn trả',
    'Hạn giải quyết',
    'Hạn xử lý',
    'Thời hạn hẹn trả',
    'Due date',
  ],
  resolvedAt: [
    'Ngày trả kết quả',
    'Ngày trả KQ',
    'Ngày trả',
    'Ngày có kết quả',
    'Ngày hoàn thành',
    'Ngày giải quyết xong',
    'Ngày hoàn thành giải quyết',
    'Thời gian trả kết quả',
    'Resolved',
    'Resolved date',
  ],
  withdrawnAt: ['Ngày rút hồ sơ', 'Ngày rút', 'Ngày công dân rút hồ sơ', 'Withdrawn'],
  returnedAt: ['Ngày trả lại hồ sơ', 'Ngày trả lại', 'Ngày hoàn trả hồ sơ', 'Returned'],
  rejectedAt: ['Ngày từ chối', 'Ngày từ chối tiếp nhận', 'Ngày không tiếp nhận', 'Rejected'],
  agency: [
    'Cơ quan giải quyết',
    'Cơ quan xử lý',
    'Cơ quan thụ lý',
    'Đơn vị giải quyết',
    'Đơn vị xử lý',
    'Cơ quan',
    'Đơn vị',
    'Nơi giải quyết',
    'Agency',
  ],
  procedure: ['Tên thủ tục', 'Thủ tục', 'Thủ tục hành chính', 'Tên thủ tục hành chính', 'Tên TTHC', 'TTHC', 'Procedure'],
  channel: [
    'Hình thức nộp',
    'Hình thức tiếp nhận',
    'Hình thức nộp hồ sơ',
    'Kênh nộp',
    'Kênh tiếp nhận',
    'Phương thức nộp',
    'Hình thức',
    'Kênh',
    'Channel',
  ],
  level: ['Cấp giải quyết', 'Cấp thực hiện', 'Cấp', 'Cấp hành chính', 'Level'],
  slaWorkingDays: [
    'Thời hạn giải quyết (ngày làm việc)',
    'Số ngày giải quyết',
    'Số ngày làm việc',
    'Thời hạn (ngày)',
    'Thời hạn giải quyết',
    'SLA',
  ],
  supplements: ['Bổ sung hồ sơ', 'Yêu cầu bổ sung', 'Supplements'],
});

/**
 * Vietnamese header names understood without a `columns` mapping, for the date fields, compared folded (accents, case,
 * spaces, `_`, `-` and `.` ignored): "Ngày tiếp nhận", "NgayTiepNhan" and "ngay_tiep_nhan" are one name. Used only for
 * a field whose own name is not in the header and that `columns` does not map, and never for a column another field
 * already reads. Columns whose values vary by system (channel codes, levels, SLA texts such as "05 ngày làm việc")
 * have none: map them with `columns`.
 *
 * @example
 * ```ts
 * import { DOSSIER_CSV_HEADER_ALIASES } from 'cchc';
 * DOSSIER_CSV_HEADER_ALIASES.stoppedAt?.includes('Ngày dừng'); // true
 * DOSSIER_CSV_HEADER_ALIASES.receivedAt?.[0]; // 'Ngày tiếp nhận'
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_CSV_HEADER_ALIASES: Readonly<Partial<Record<DossierCsvField, readonly string[]>>> = Object.freeze({
  id: Object.freeze(['Mã hồ sơ', 'Mã số hồ sơ', 'Số hồ sơ', 'MaHoSo']),
  receivedAt: Object.freeze(['Ngày tiếp nhận', 'Thời gian tiếp nhận', 'Ngày tiếp nhận hồ sơ', 'NgayTiepNhan']),
  submittedAt: Object.freeze(['Ngày nộp', 'Ngày nộp hồ sơ', 'Thời gian nộp', 'Thời điểm nộp', 'NgayNop', 'NgayNopHoSo']),
  dueDate: Object.freeze(['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'NgayHenTra']),
  resolvedAt: Object.freeze([
    'Ngày có kết quả',
    'Ngày giải quyết xong',
    'Ngày kết thúc xử lý',
    'Ngày trả kết quả',
    'Ngày trả',
    'NgayCoKetQua',
    'NgayKetThucXuLy',
    'NgayTraKetQua',
    'NgayTra',
  ]),
  withdrawnAt: Object.freeze(['Ngày rút hồ sơ', 'Ngày rút', 'NgayRutHoSo']),
  returnedAt: Object.freeze(['Ngày trả lại hồ sơ', 'Ngày trả lại', 'NgayTraLai']),
  rejectedAt: Object.freeze(['Ngày từ chối tiếp nhận', 'Ngày từ chối', 'NgayTuChoi']),
  stoppedAt: Object.freeze(['Ngày dừng', 'Ngày dừng xử lý', 'Ngày dừng giải quyết', 'Ngày dừng thực hiện', 'NgayDung', 'NgayDungXuLy']),
  extensionNotifiedAt: Object.freeze(['Ngày gia hạn', 'Ngày thông báo gia hạn', 'Ngày xin lỗi', 'NgayGiaHan', 'NgayThongBaoGiaHan']),
  extensionNewDueDate: Object.freeze([
    'Ngày hẹn trả mới',
    'Ngày hẹn trả lại',
    'Ngày hẹn lại',
    'Ngày hẹn trả sau gia hạn',
    'NgayHenTraMoi',
    'NgayHenTraLai',
  ]),
});

/** A header as compared with the known headers: folded (case, accents), a trailing "(…)" dropped, letters and digits only. @internal */
export function headerKey(text: string): string {
  return foldVi(text.replace(/\([^()]*\)\s*$/, '')).replace(/[^a-z0-9]+/g, '');
}

let aliasIndex: Map<string, DossierCsvField> | undefined;
/** Known header key → field (built once). */
function aliases(): Map<string, DossierCsvField> {
  if (aliasIndex) return aliasIndex;
  aliasIndex = new Map();
  for (const f of DOSSIER_CSV_FIELDS) {
    for (const name of [...(ONE_STOP_HEADERS[f] ?? []), ...(DOSSIER_CSV_HEADER_ALIASES[f] ?? [])]) {
      const k = headerKey(name);
      if (!aliasIndex.has(k)) aliasIndex.set(k, f);
    }
  }
  return aliasIndex;
}

/** The headers recognised for each field, for messages: `id: Mã hồ sơ, Số hồ sơ, …`. @internal */
export function knownHeaders(fields: readonly DossierCsvField[] = DOSSIER_CSV_FIELDS): string {
  return fields.map((f) => `${f} (${[f, ...(ONE_STOP_HEADERS[f] ?? []).slice(0, 3)].map((h) => `"${h}"`).join(', ')}, …)`).join('; ');
}

/** A field's column by its own name; a QĐ 766 fact is also read from its bare name (`paidOnline`) or snake_case (`paid_online`). */
function ownName(f: DossierCsvField, index: ReadonlyMap<string, number>): number | undefined {
  const i = index.get(f);
  if (i !== undefined || !f.startsWith('qd766.')) return i;
  const fact = f.slice(6);
  return index.get(fact) ?? index.get(fact.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
}

/**
 * Where each field is in a header, or `undefined` when `id` or `receivedAt` is missing. A field is found by its mapped
 * name (`columns`), else by its own name, else by a one-stop header ({@link ONE_STOP_HEADERS}); the first column
 * that matches wins. `found` counts the fields recognised (to pick the likeliest header row). @internal
 */
export function tryLayout(
  rawHeader: readonly string[],
  columns: Readonly<Partial<Record<DossierCsvField, string>>> | undefined,
): { layout: ColumnLayout | undefined; found: number } {
  const header = rawHeader.map(headerName);
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const byAlias = new Map<DossierCsvField, number>();
  const known = aliases();
  header.forEach((h, i) => {
    if (h === '') return;
    const f = known.get(headerKey(h));
    if (f !== undefined && !byAlias.has(f)) byAlias.set(f, i);
  });
  const used = new Set<number>();
  const at = new Map<DossierCsvField, number>();
  // Mapped names and field names first, so that an alias never takes a column named for another field.
  for (const f of DOSSIER_CSV_FIELDS) {
    const mapped = columns?.[f];
    const i = mapped !== undefined ? index.get(headerName(mapped)) : ownName(f, index);
    if (i !== undefined && !used.has(i)) {
      at.set(f, i);
      used.add(i);
    }
  }
  for (const f of DOSSIER_CSV_FIELDS) {
    if (at.has(f) || columns?.[f] !== undefined) continue;
    const i = byAlias.get(f);
    if (i !== undefined && !used.has(i)) {
      at.set(f, i);
      used.add(i);
    }
  }
  const fields = DOSSIER_CSV_FIELDS.filter((f) => at.has(f));
  if (!at.has('id') || !at.has('receivedAt')) return { layout: undefined, found: fields.length };
  return { layout: { width: header.length, fields, at: fields.map((f) => at.get(f)!), kinds: fields.map(kindOf) }, found: fields.length };
}

/**
 * The layout of a dossier file from its header, or `CSV_MISSING_COLUMN` (with the closest header name as a suggestion,
 * the headers known for the missing fields, and the likely delimiter when the header is one cell holding `;`, `,` or a
 * tab) when the header lacks `id` or `receivedAt`.
 * @internal
 */
export function layoutFromHeader(
  rawHeader: readonly string[],
  columns: Readonly<Partial<Record<DossierCsvField, string>>> | undefined,
  delimiter: string,
): ColumnLayout {
  const { layout } = tryLayout(rawHeader, columns);
  if (layout !== undefined) return layout;
  return missingColumns(rawHeader, columns, delimiter);
}

/** Throw `CSV_MISSING_COLUMN` for a header that lacks `id` or `receivedAt`. @internal */
export function missingColumns(
  rawHeader: readonly string[],
  columns: Readonly<Partial<Record<DossierCsvField, string>>> | undefined,
  delimiter: string,
): never {
  const header = rawHeader.map(headerName);
  const nameOf = (f: DossierCsvField): string => headerName(columns?.[f] ?? f);
  const present = new Set(header);
  const known = aliases();
  const keys = new Set(header.map((h) => known.get(headerKey(h))));
  const missing = (['id', 'receivedAt'] as const).filter((f) => !present.has(nameOf(f)) && (columns?.[f] !== undefined || !keys.has(f)));
  const suggestion =
    suggestKey(
      nameOf(missing[0] ?? 'id'),
      header.filter((h) => h !== ''),
    ) ?? '';
  // One cell holding another delimiter: the file is split with the wrong one.
  const other = header.length === 1 ? [';', ',', '\t', '|'].find((d) => d !== delimiter && header[0]!.includes(d)) : undefined;
  const p = {
    columns: missing.map((f) => show(nameOf(f))).join(', '),
    header: show(rawHeader.join(delimiter)),
    suggestion,
    known: knownHeaders(missing),
    delimiter: other === undefined ? '' : other === '\t' ? 'tab' : other,
  };
  fail('CSV_MISSING_COLUMN', [], vi.CSV_MISSING_COLUMN__columns(p), en.CSV_MISSING_COLUMN__columns(p));
}
