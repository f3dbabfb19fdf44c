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
 */
export const DOSSIER_CSV_HEADER_ALIASES: Readonly<Partial<Record<DossierCsvField, readonly string[]>>> = Object.freeze({
  id: Object.freeze(['Mã hồ sơ', 'Mã số hồ sơ', 'Số hồ sơ', 'MaHoSo']),
  receivedAt: Object.freeze(['Ngày tiếp nhận', 'Thời gian tiếp nhận', 'Ngày tiếp nhận hồ sơ', 'NgayTiepNhan']),
  submittedAt: Object.freeze(['Ngày nộp', 'Ngày nộp hồ sơ', 'Thời gian nộp', 'Thời điểm nộp', 'NgayNop', 'NgayNopHoSo']),
  dueDate: Object.freeze(['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'NgayHenTra']),
  resolvedAt: Object.freeze(['Ngày có kết quả', 'Ngày giải quyết xong', 'Ngày kết thúc xử lý', 'Ngày trả kết quả', 'Ngày trả', 'NgayCoKetQua', 'NgayKetThucXuLy', 'NgayTraKetQua', 'NgayTra']),
  withdrawnAt: Object.freeze(['Ngày rút hồ sơ', 'Ngày rút', 'NgayRutHoSo']),
  returnedAt: Object.freeze(['Ngày trả lại hồ sơ', 'Ngày trả lại', 'NgayTraLai']),
  rejectedAt: Object.freeze(['Ngày từ chối tiếp nhận', 'Ngày từ chối', 'NgayTuChoi']),
  stoppedAt: Object.freeze(['Ngày dừng', 'Ngày dừng xử lý', 'Ngày dừng giải quyết', 'Ngày dừng thực hiện', 'NgayDung', 'NgayDungXuLy']),
  extensionNotifiedAt: Object.freeze(['Ngày gia hạn', 'Ngày thông báo gia hạn', 'Ngày xin lỗi', 'NgayGiaHan', 'NgayThongBaoGiaHan']),
  extensionNewDueDate: Object.freeze(['Ngày hẹn trả mới', 'Ngày hẹn trả lại', 'Ngày hẹn lại', 'Ngày hẹn trả sau gia hạn', 'NgayHenTraMoi', 'NgayHenTraLai']),
});

/** A header or alias as compared with the aliases: folded, without spaces and `_ - .`. */
function aliasKey(text: string): string {
  return foldVi(text).replace(/[\s_.\-]/g, '');
}
let aliasIndex: Map<string, DossierCsvField> | undefined;
function aliasField(header: string): DossierCsvField | undefined {
  if (aliasIndex === undefined) {
    aliasIndex = new Map();
    for (const f of DOSSIER_CSV_FIELDS) for (const a of DOSSIER_CSV_HEADER_ALIASES[f] ?? []) aliasIndex.set(aliasKey(a), f);
  }
  return aliasIndex.get(aliasKey(header));
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
  // Where each field is: its mapped or own name; else a Vietnamese alias of a column no other field reads.
  const at = new Map<DossierCsvField, number>();
  for (const f of DOSSIER_CSV_FIELDS) {
    const i = index.get(nameOf(f));
    if (i !== undefined) at.set(f, i);
  }
  const taken = new Set(at.values());
  header.forEach((h, i) => {
    if (taken.has(i)) return;
    const f = aliasField(h);
    if (f === undefined || at.has(f) || columns?.[f] !== undefined) return;
    at.set(f, i);
    taken.add(i);
  });
  const missing = (['id', 'receivedAt'] as const).filter((f) => !at.has(f));
  if (missing.length > 0) {
    const suggestion =
      suggestKey(
        nameOf(missing[0]!),
        header.filter((h) => h !== ''),
      ) ?? '';
    const p = { columns: missing.map((f) => show(nameOf(f))).join(', '), header: show(rawHeader.join(delimiter)), suggestion };
    fail('CSV_MISSING_COLUMN', [], vi.CSV_MISSING_COLUMN__columns(p), en.CSV_MISSING_COLUMN__columns(p));
  }
  const fields = DOSSIER_CSV_FIELDS.filter((f) => at.has(f));
  return { width: header.length, fields, at: fields.map((f) => at.get(f)!), kinds: fields.map(kindOf) };
}
