// Value readers of the dossier CSV reader: Vietnamese dates, channel spellings, SLA days, supplements. Each returns the
// value, or `undefined` when the text cannot be read (the reader reports the row with the catalogue message).
import { foldVi } from '../core/_internal/fold-vi.js';
import type { DossierChannel, DossierExtension, DossierSupplement } from './record.js';

/** Channel spellings always understood, folded (see {@link ReadDossiersCsvOptions.channelValues}). */
const BASE_CHANNELS: readonly (readonly [string, DossierChannel])[] = [
  ['in-person', 'in-person'],
  ['online', 'online'],
  ['postal', 'postal'],
  ['in person', 'in-person'],
  ['truc tiep', 'in-person'],
  ['nop truc tiep', 'in-person'],
  ['tai bo phan mot cua', 'in-person'],
  ['truc tuyen', 'online'],
  ['nop truc tuyen', 'online'],
  ['qua mang', 'online'],
  ['truc tuyen toan trinh', 'online'],
  ['truc tuyen mot phan', 'online'],
  ['muc do 3', 'online'],
  ['muc do 4', 'online'],
  ['buu chinh', 'postal'],
  ['buu chinh cong ich', 'postal'],
  ['qua buu chinh cong ich', 'postal'],
  ['qua buu chinh', 'postal'],
  ['dich vu buu chinh', 'postal'],
  ['dich vu buu chinh cong ich', 'postal'],
  ['buu dien', 'postal'],
  ['qua buu dien', 'postal'],
  ['bcci', 'postal'],
];

/**
 * The channel spellings of a reader: the built-in ones and `extra` (folded). A `Map`, so that a cell reading
 * `toString` or `__proto__` is an unknown channel, never a property of `Object.prototype`.
 * @internal
 */
export function channelTable(extra: Readonly<Record<string, DossierChannel>> | undefined): Map<string, DossierChannel> {
  const table = new Map<string, DossierChannel>(BASE_CHANNELS);
  if (extra) for (const k of Object.keys(extra)) table.set(foldVi(k), extra[k]!);
  return table;
}

/** A channel cell: as written, else folded (case, accents and spaces ignored). @internal */
export function readChannel(table: Map<string, DossierChannel>, raw: string): DossierChannel | undefined {
  // The three usual spellings first, compared as strings: the text of a fresh cell need not be hashed for the lookup
  // (a third of this function's time on a large file, issue 18). The same entries as `table.get(raw)`.
  const n = raw.length;
  if (n === 6) {
    if (raw === 'online') return table.get('online');
    if (raw === 'postal') return table.get('postal');
  } else if (n === 9 && raw === 'in-person') return table.get('in-person');
  return table.get(raw) ?? table.get(foldVi(raw));
}

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * `dd/mm/yyyy[ HH:mm[:ss]]` → ISO (`YYYY-MM-DD`, or a date-time at +07:00); `undefined` when malformed. Whether the
 * date exists is checked by the record validation. Linear: an anchored pattern without nested repetition.
 * @internal
 */
export function viDateToIso(text: string): string | undefined {
  if (text.length > 40) return undefined;
  const m = VI_DATE.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (m[4] === undefined) return iso;
  return `${iso}T${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}+07:00`;
}

/** A date cell in the reader's date format (`'auto'`: ISO when the year comes first, else `dd/mm/yyyy`); `undefined` when malformed. @internal */
export function readDate(raw: string, dateFormat: 'auto' | 'iso' | 'dd/mm/yyyy'): string | undefined {
  if (dateFormat === 'iso') return raw;
  if (dateFormat === 'auto') {
    const c = raw.charCodeAt(4);
    if (c === 45 /* - */ && raw.length >= 10) return raw;
  }
  return viDateToIso(raw);
}

/** `slaWorkingDays`: digits only; `undefined` otherwise. @internal */
export function readSla(raw: string): number | undefined {
  if (raw.length > 15 || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * A supplements cell: requests separated by `separator`, each `requestedAt`, `requestedAt>completedAt` or
 * `requestedAt>completedAt>newDueDate` (the due date set when the time limit restarted, NĐ 118/2025 Đ19(5)). Returns
 * the list, or the first item that cannot be read (as a string).
 * @internal
 */
export function readSupplements(
  raw: string,
  separator: string,
  dateFormat: 'auto' | 'iso' | 'dd/mm/yyyy',
): DossierSupplement[] | { readonly bad: string } {
  const list: DossierSupplement[] = [];
  const conv = (s: string | undefined) => (s === undefined || s === '' ? undefined : readDate(s, dateFormat));
  for (const item of raw.split(separator)) {
    const [q, c, nd, extra] = item.split('>').map((s) => s.trim());
    const qi = conv(q);
    const ci = conv(c);
    const ni = conv(nd);
    if (qi === undefined || extra !== undefined || (c !== undefined && c !== '' && ci === undefined)) return { bad: item };
    if (nd !== undefined && nd !== '' && ni === undefined) return { bad: item };
    if (ni !== undefined) list.push({ requestedAt: qi, completedAt: ci ?? null, newDueDate: ni });
    else list.push(ci === undefined ? { requestedAt: qi } : { requestedAt: qi, completedAt: ci });
  }
  return list;
}

/**
 * An extensions cell: extensions separated by `separator`, each `notifiedAt>newDueDate`. Returns the list, or the first
 * item that cannot be read (as a string).
 * @internal
 */
export function readExtensionsCell(
  raw: string,
  separator: string,
  dateFormat: 'auto' | 'iso' | 'dd/mm/yyyy',
): DossierExtension[] | { readonly bad: string } {
  const list: DossierExtension[] = [];
  const conv = (s: string | undefined) => (s === undefined || s === '' ? undefined : readDate(s, dateFormat));
  for (const item of raw.split(separator)) {
    const [n, d, extra] = item.split('>').map((s) => s.trim());
    const ni = conv(n);
    const di = conv(d);
    if (ni === undefined || di === undefined || extra !== undefined) return { bad: item };
    list.push({ notifiedAt: ni, newDueDate: di });
  }
  return list;
}

// ——— QĐ 766 block ———
const YES = new Set(['1', 'true', 'yes', 'x', 'co', 'da']);
const NO = new Set(['0', 'false', 'no', 'khong', 'chua']);
const RATINGS: Readonly<Record<string, string>> = Object.freeze({
  satisfied: 'satisfied',
  'hai long': 'satisfied',
  'rat hai long': 'satisfied',
  dissatisfied: 'dissatisfied',
  'khong hai long': 'dissatisfied',
  'not-rated': 'not-rated',
  'chua danh gia': 'not-rated',
});

/**
 * A QĐ 766 fact from a cell: yes/no (`1`/`0`, `true`/`false`, `có`/`không`, `x`) or a rating (`satisfied`, `hài lòng`,
 * `dissatisfied`, `không hài lòng`, `not-rated`, `chưa đánh giá`); `null` for an empty cell (unknown), `undefined` for
 * a cell that is neither; `rating`: the cell is the satisfaction rating. @internal
 */
export function readQd766Fact(rating: boolean, raw: string): boolean | string | null | undefined {
  const t = foldVi(raw.trim());
  if (t === '') return null;
  if (rating) return Object.hasOwn(RATINGS, t) ? RATINGS[t] : undefined;
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}
