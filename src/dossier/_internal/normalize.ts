import { issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { qd766FactsFast, qd766FactsIssues } from '../qd766-facts.js';
import { pushUnknownKeys } from '../../core/options.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import * as vi8 from '../../core/messages/vi/dossier-nd118.js';
import * as en8 from '../../core/messages/en/dossier-nd118.js';
import { NO_DAY, NO_MINUTE, notADate, reading, readDateOrTimestampFast, scanIsoDate } from '../../core/read-date.js';
import { readDateOrTimestamp } from './read-event.js';

/**
 * Channel codes of the hot path.
 *
 * @category Dossiers
 */
export const CH_IN_PERSON = 0;
export const CH_ONLINE = 1;
export const CH_POSTAL = 2;
export const CH_MISSING = 3;

/**
 * A dossier reduced to numbers (day numbers and minutes of the day in UTC+7): what classification and tallying use.
 * One instance is reused for every record of a run, so the hot path allocates nothing per record.
 * @internal
 */
export interface NormalizedDossier {
  recDay: number;
  recMin: number;
  /** Millisecond of the day (UTC+7) of the receipt, or −1 for a date. */
  recMs: number;
  dueDay: number;
  dueMin: number;
  /** slaWorkingDays, or −1. */
  sla: number;
  resDay: number;
  resMin: number;
  retDay: number;
  retMin: number;
  wdrDay: number;
  wdrMin: number;
  rejDay: number;
  channel: number;
  supN: number;
  supReqDay: number[];
  supReqMin: number[];
  /** NO_DAY when the supplement is still open. */
  supCompDay: number[];
  supCompMin: number[];
  /** The supplement's newDueDate (restart), or NO_DAY. */
  supNewDay: number[];
  supNewMin: number[];
  /** submittedAt, or NO_DAY. */
  subDay: number;
  subMin: number;
  /** stoppedAt, or NO_DAY. */
  stopDay: number;
  stopMin: number;
  /** Extensions (extension: one; extensions: the list), in the order notified. */
  extN: number;
  /** Whether they came as `extensions` (paths `['extensions', k]`) rather than `extension`. */
  extList: boolean;
  extNotDay: number[];
  extNotMin: number[];
  extNewDay: number[];
  extNewMin: number[];
}

/** A fresh, reusable normalized dossier. @internal */
export function newNormalized(): NormalizedDossier {
  return {
    recDay: NO_DAY,
    recMin: NO_MINUTE,
    recMs: -1,
    dueDay: NO_DAY,
    dueMin: NO_MINUTE,
    sla: -1,
    resDay: NO_DAY,
    resMin: NO_MINUTE,
    retDay: NO_DAY,
    retMin: NO_MINUTE,
    wdrDay: NO_DAY,
    wdrMin: NO_MINUTE,
    rejDay: NO_DAY,
    channel: CH_MISSING,
    supN: 0,
    supReqDay: [],
    supReqMin: [],
    supCompDay: [],
    supCompMin: [],
    supNewDay: [],
    supNewMin: [],
    subDay: NO_DAY,
    subMin: NO_MINUTE,
    stopDay: NO_DAY,
    stopMin: NO_MINUTE,
    extN: 0,
    extList: false,
    extNotDay: [],
    extNotMin: [],
    extNewDay: [],
    extNewMin: [],
  };
}

/** Compare two events (day, minute): negative when a is earlier. Date-only values compare by date. @internal */
export function compareEvents(aDay: number, aMin: number, bDay: number, bMin: number): number {
  if (aDay !== bDay) return aDay - bDay;
  if (aMin === NO_MINUTE || bMin === NO_MINUTE) return 0;
  return aMin - bMin;
}

/** The keys of a dossier record, in the order of {@link DossierRecord}'s documentation. @internal */
export const RECORD_KEYS: readonly string[] = Object.freeze([
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
  'supplements',
  'rejectedAt',
  'submittedAt',
  'stoppedAt',
  'extension',
  'extensions',
  'qd766',
]);

/** The keys of a supplement request. @internal */
export const SUPPLEMENT_KEYS: readonly string[] = Object.freeze(['requestedAt', 'completedAt', 'newDueDate']);

/** The keys of an extension. @internal */
export const EXTENSION_KEYS: readonly string[] = Object.freeze(['notifiedAt', 'newDueDate']);

/**
 * 1 for a key of a dossier record of 0.2, 2 for a key NĐ 118/2025 brought (submittedAt, stoppedAt, extension,
 * extensions), 0 for anything else (a switch: no allocation, no prototype lookup). @internal
 */
export function recordKeyKind(k: string): number {
  switch (k) {
    case 'id':
    case 'receivedAt':
    case 'dueDate':
    case 'resolvedAt':
    case 'channel':
    case 'slaWorkingDays':
    case 'level':
    case 'agency':
    case 'procedure':
    case 'withdrawnAt':
    case 'returnedAt':
    case 'supplements':
    case 'rejectedAt':
    case 'qd766':
      return 1;
    case 'submittedAt':
    case 'stoppedAt':
    case 'extension':
    case 'extensions':
      return 2;
    default:
      return 0;
  }
}

/** Whether `k` is a key of a dossier record. @internal */
export function isRecordKey(k: string): boolean {
  return recordKeyKind(k) !== 0;
}

/** The channel code of a channel text, or −1 (compared by value: 'toString' is not a channel). @internal */
export function channelCode(ch: unknown): number {
  if (ch === 'online') return CH_ONLINE;
  if (ch === 'in-person') return CH_IN_PERSON;
  if (ch === 'postal') return CH_POSTAL;
  return -1;
}

type Rec = Record<string, unknown>;

/**
 * Fast path for one record: a plain object with only record keys, every field well-formed (dates in `YYYY-MM-DD` or
 * `…+07:00`), no supplements, events in order. Returns false when anything is unusual; the caller then runs
 * {@link normalizeDossier}, the one validator, which either accepts the record (with the same numbers) or says what is
 * wrong. A property test (test/dossier/fast-path.test.ts) checks that the two agree. Allocates nothing.
 * @internal
 */
export function normalizeFast(r: Rec, out: NormalizedDossier): boolean {
  if (typeof r !== 'object' || r === null) return false;
  // A record without `receivedAt` is invalid (the validator says so). Asked first, with `in` (no getter runs), because
  // it lets the compiler know the object's hidden class, so that the prototype check below costs nothing instead of a
  // call (a third of the time of this function on records of one shape).
  if (!('receivedAt' in r)) return false;
  // Own data only: a plain object (so that reading `r.x` reads an own property or nothing), no unknown or inherited
  // enumerable key (a typo such as `resolvedOn`, or a polluted Object.prototype). `for…in` uses V8's enum cache.
  const proto = Object.getPrototypeOf(r) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  // The keys, as `for…in` lists them, compared with those of the last record whose keys were all known: records of
  // one shape (the usual case) cost one comparison of interned strings per key. A new shape is checked key by key.
  const keys = shapeKeys;
  const count = keys.length;
  let i = 0;
  for (const k in r) {
    if (i < count && keys[i] === k) i++;
    else {
      i = -1;
      break;
    }
  }
  if (i !== count && !learnShape(r)) return false;
  const rec = r.receivedAt;
  if (typeof rec !== 'string') return false;
  const recDay = fastDay(rec);
  if (recDay === NO_DAY) return false;
  out.recDay = recDay;
  out.recMin = fMin;
  out.recMs = fMs;
  const id = r.id;
  if (typeof id !== 'string' || id.length === 0) {
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) return false;
  }
  const ch = r.channel;
  if (ch === undefined || ch === null) out.channel = CH_MISSING;
  else if (ch === 'online') out.channel = CH_ONLINE;
  else if (ch === 'in-person') out.channel = CH_IN_PERSON;
  else if (ch === 'postal') out.channel = CH_POSTAL;
  else return false;
  const due = r.dueDate;
  if (due === undefined || due === null) {
    out.dueDay = NO_DAY;
    out.dueMin = NO_MINUTE;
  } else {
    if (typeof due !== 'string') return false;
    const day = fastDay(due);
    if (day === NO_DAY || day < recDay) return false;
    out.dueDay = day;
    out.dueMin = fMin;
  }
  const sla = r.slaWorkingDays;
  if (sla === undefined || sla === null) {
    out.sla = -1;
  } else {
    if (typeof sla !== 'number' || !Number.isSafeInteger(sla) || sla < 0) return false;
    out.sla = sla;
  }
  const recMin = out.recMin;
  const res = r.resolvedAt;
  if (res === undefined || res === null) {
    out.resDay = NO_DAY;
    out.resMin = NO_MINUTE;
  } else {
    if (typeof res !== 'string') return false;
    const day = fastDay(res);
    if (day === NO_DAY || compareEvents(day, fMin, recDay, recMin) < 0) return false;
    out.resDay = day;
    out.resMin = fMin;
  }
  const ret = r.returnedAt;
  if (ret === undefined || ret === null) {
    out.retDay = NO_DAY;
    out.retMin = NO_MINUTE;
  } else {
    if (typeof ret !== 'string') return false;
    const day = fastDay(ret);
    if (day === NO_DAY || compareEvents(day, fMin, recDay, recMin) < 0) return false;
    out.retDay = day;
    out.retMin = fMin;
  }
  const wdr = r.withdrawnAt;
  if (wdr === undefined || wdr === null) {
    out.wdrDay = NO_DAY;
    out.wdrMin = NO_MINUTE;
  } else {
    if (typeof wdr !== 'string') return false;
    const day = fastDay(wdr);
    if (day === NO_DAY || compareEvents(day, fMin, recDay, recMin) < 0) return false;
    out.wdrDay = day;
    out.wdrMin = fMin;
  }
  const rej = r.rejectedAt;
  if (rej === undefined || rej === null) {
    out.rejDay = NO_DAY;
  } else {
    return false; // rare: the full path checks the conflicts
  }
  const sup = r.supplements;
  if (sup !== undefined && sup !== null && (!Array.isArray(sup) || sup.length > 0)) return false;
  out.supN = 0;
  if (out.dueDay === NO_DAY && out.sla < 0) return false;
  const level = r.level;
  if (level !== undefined && level !== null && level !== 'province' && level !== 'district' && level !== 'commune') return false;
  const agency = r.agency;
  if (agency !== undefined && agency !== null && typeof agency !== 'string') return false;
  const procedure = r.procedure;
  if (procedure !== undefined && procedure !== null && typeof procedure !== 'string') return false;
  out.extN = 0;
  out.subDay = NO_DAY;
  out.subMin = NO_MINUTE;
  out.stopDay = NO_DAY;
  out.stopMin = NO_MINUTE;
  const qd766 = r.qd766; // QĐ 766 block (its check is called only when there is one)
  if (qd766 !== undefined && qd766 !== null && !qd766FactsFast(qd766)) return false;
  // The fields of NĐ 118/2025, read only when the record has their keys: a record of 0.2 costs nothing more.
  return shapeNd118 ? normalizeFastNd118(r, out) : true;
}

/** The keys (in `for…in` order) of the last record of {@link normalizeFast} whose keys were all record keys (at first none: the empty shape, which is one). */
let shapeKeys: string[] = [];
/** Whether that shape has a key of NĐ 118/2025 (submittedAt, stoppedAt, extension, extensions). */
let shapeNd118 = false;

/** Check the keys of a record of a new shape; remember the shape when they are all record keys. */
function learnShape(r: Rec): boolean {
  const keys: string[] = [];
  let nd118 = false;
  for (const k in r) {
    const kind = recordKeyKind(k);
    if (kind === 0) return false;
    if (kind === 2) nd118 = true;
    keys.push(k);
  }
  shapeKeys = keys;
  shapeNd118 = nd118;
  return true;
}

/** Minute and millisecond of the day (UTC+7) of the last {@link fastDay} ({@link NO_MINUTE} and −1 for a date). */
let fMin = NO_MINUTE;
let fMs = -1;

const DATE_CACHE_MASK = 4095;
/** The cache of {@link fastDay}: texts of dates read ('' for none: never a date) and their day numbers. */
const dateCacheText: string[] = new Array<string>(DATE_CACHE_MASK + 1).fill('');
const dateCacheDay = new Int32Array(DATE_CACHE_MASK + 1);

/**
 * The day number of a well-formed date or date-time (time of day into fMin / fMs), or NO_DAY. Allocates nothing. Kept
 * small (a cache hit inline, the rest in {@link readDay}), so that the compiler inlines it at each of its call sites.
 */
function fastDay(s: string): number {
  if (s.length === 10) {
    fMin = NO_MINUTE;
    fMs = -1;
    // Dates repeat (a year has 365 of them): a small cache of the dates already read, indexed by the month, the day
    // and the last digit of the year (the dates of a decade fill 3,412 of its 4,096 slots). A hit is a text equal to one read
    // before (`===`: the same string, or the same characters), whose day number is known; only well-formed dates are
    // stored, so a hit is as exact as a reading.
    const h =
      (((s.charCodeAt(3) * 10 + s.charCodeAt(5)) * 10 + s.charCodeAt(6)) * 32 + s.charCodeAt(8) * 10 + s.charCodeAt(9)) & DATE_CACHE_MASK;
    if (dateCacheText[h] === s) return dateCacheDay[h]!;
  }
  return readDay(s);
}

/** {@link fastDay} past its cache: read the text (a date is then stored in the cache). */
function readDay(s: string): number {
  if (s.length === 10) {
    const day = scanIsoDate(s);
    if (day !== NO_DAY) {
      const h =
        (((s.charCodeAt(3) * 10 + s.charCodeAt(5)) * 10 + s.charCodeAt(6)) * 32 + s.charCodeAt(8) * 10 + s.charCodeAt(9)) & DATE_CACHE_MASK;
      dateCacheText[h] = s;
      dateCacheDay[h] = day;
    }
    return day;
  }
  if (!readDateOrTimestampFast(s)) return NO_DAY;
  fMin = reading.minute;
  fMs = reading.ms;
  return reading.day;
}

/** The fast path of submittedAt and stoppedAt (extensions go to the full validator). */
function normalizeFastNd118(r: Rec, out: NormalizedDossier): boolean {
  const ext = r.extension;
  if (ext !== undefined && ext !== null) return false;
  const exts = r.extensions;
  if (exts !== undefined && exts !== null) return false;
  const sub = r.submittedAt;
  if (sub !== undefined && sub !== null) {
    if (typeof sub !== 'string') return false;
    const day = fastDay(sub);
    if (day === NO_DAY || compareEvents(day, fMin, out.recDay, out.recMin) > 0) return false;
    out.subDay = day;
    out.subMin = fMin;
  }
  const stop = r.stoppedAt;
  if (stop !== undefined && stop !== null) {
    if (typeof stop !== 'string') return false;
    const day = fastDay(stop);
    if (day === NO_DAY || compareEvents(day, fMin, out.recDay, out.recMin) < 0) return false;
    out.stopDay = day;
    out.stopMin = fMin;
  }
  return true;
}

/** An own property of a record (never one inherited from a prototype: `'toString'` is not a field). */
function own(r: Rec, key: string): unknown {
  return Object.hasOwn(r, key) ? r[key] : undefined;
}

/** Scratch output of {@link readOptionalEvent} (one per module: the slow path allocates nothing per event either). */
const ev = { day: NO_DAY, min: NO_MINUTE };

/** Read an optional event into {@link ev} (`NO_DAY` when absent or invalid; an invalid one adds its issue). */
function readOptionalEvent(r: Rec, key: string, path: CchcPath, issues: CchcIssue[]): void {
  ev.day = NO_DAY;
  ev.min = NO_MINUTE;
  const v = own(r, key);
  if (v === undefined || v === null) return;
  if (typeof v !== 'string') {
    issues.push(notADate(v, [...path, key]));
    return;
  }
  // The path of a problem is built only when there is one.
  if (!readDateOrTimestampFast(v) && !readDateOrTimestamp(v, [...path, key], issues)) return;
  ev.day = reading.day;
  ev.min = reading.minute;
}

/** Whether a value is an object whose keys can be checked (not null, not an array). */
function isObject(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `UNKNOWN_KEY` issues (with a suggestion) for the own keys of `r` that are not in `known`. */
function unknownKeys(r: Rec, isKnown: (key: string) => boolean, known: readonly string[], path: CchcPath, issues: CchcIssue[]): void {
  // The own enumerable keys (as Object.keys lists them), without building their list: nothing is allocated for a
  // record whose keys are all known.
  for (const key in r) {
    if (!isKnown(key) && Object.hasOwn(r, key)) {
      // Rare: the keys are listed again, at most MAX_UNKNOWN_KEYS of them, the others counted.
      pushUnknownKeys(issues, r, isKnown, path, known);
      return;
    }
  }
}

function isSupplementKey(k: string): boolean {
  return k === 'requestedAt' || k === 'completedAt' || k === 'newDueDate';
}

function isExtensionKey(k: string): boolean {
  return k === 'notifiedAt' || k === 'newDueDate';
}

/**
 * Validate one record completely and fill `out`: the one validator of a dossier record (what
 * {@link DossierRecordSchema}, {@link parseDossierRecord}, the tallies and the CSV reader apply). Returns every problem
 * found (empty when the record is valid). Checks: a plain object with known keys only (`UNKNOWN_KEY` with a
 * suggestion); own properties only; field types; dates and date-times (offset required); channel; slaWorkingDays ≥ 0;
 * a due date or an SLA on every accepted dossier; due date not before receipt; no event before receipt; supplements in
 * order, completed after requested, not open on a resolved dossier; not-accepted dossiers without processing events.
 * @internal
 */
export function normalizeDossier(input: unknown, out: NormalizedDossier, path: CchcPath = []): CchcIssue[] {
  const issues: CchcIssue[] = [];
  if (!isObject(input)) {
    issues.push(
      issue(
        'INVALID_INPUT',
        path,
        vi.INVALID_INPUT__dossierRecord({ received: show(input) }),
        en.INVALID_INPUT__dossierRecord({ received: show(input) }),
        input,
      ),
    );
    return issues;
  }
  const r = input;
  unknownKeys(r, isRecordKey, RECORD_KEYS, path, issues);
  const id = own(r, 'id');
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isSafeInteger(id)))) {
    issues.push(
      issue(
        'INVALID_INPUT',
        [...path, 'id'],
        vi.INVALID_INPUT__dossierId({ received: show(id) }),
        en.INVALID_INPUT__dossierId({ received: show(id) }),
        id,
      ),
    );
  }
  const level = own(r, 'level');
  if (level !== undefined && level !== null && level !== 'province' && level !== 'district' && level !== 'commune') {
    const p = { received: show(level) };
    issues.push(
      issue('INVALID_ADMIN_LEVEL', [...path, 'level'], vi.INVALID_ADMIN_LEVEL__dossier(p), en.INVALID_ADMIN_LEVEL__dossier(p), level),
    );
  }
  for (const key of ['agency', 'procedure'] as const) {
    const v = own(r, key);
    if (v !== undefined && v !== null && typeof v !== 'string') {
      const p = { key, received: show(v) };
      issues.push(issue('INVALID_INPUT', [...path, key], vi.INVALID_INPUT__dossierText(p), en.INVALID_INPUT__dossierText(p), v));
    }
  }
  const ch = own(r, 'channel');
  const code = channelCode(ch);
  if (ch === undefined || ch === null) out.channel = CH_MISSING;
  else if (code >= 0) out.channel = code;
  else {
    out.channel = CH_MISSING;
    const p = { received: show(ch) };
    issues.push(issue('INVALID_CHANNEL', [...path, 'channel'], vi.INVALID_CHANNEL(p), en.INVALID_CHANNEL(p), ch));
  }
  // receivedAt (required)
  const rec = own(r, 'receivedAt');
  let recOk = false;
  if (rec === undefined || rec === null) {
    const p = { key: 'receivedAt' };
    issues.push(
      issue('INVALID_DATE', [...path, 'receivedAt'], vi.INVALID_DATE__dossierMissing(p), en.INVALID_DATE__dossierMissing(p), rec),
    );
  } else if (typeof rec !== 'string') {
    issues.push(notADate(rec, [...path, 'receivedAt']));
  } else if (readDateOrTimestampFast(rec) || readDateOrTimestamp(rec, [...path, 'receivedAt'], issues)) {
    recOk = true;
  }
  out.recDay = recOk ? reading.day : NO_DAY;
  out.recMin = recOk ? reading.minute : NO_MINUTE;
  out.recMs = recOk ? reading.ms : -1;

  readOptionalEvent(r, 'dueDate', path, issues);
  out.dueDay = ev.day;
  out.dueMin = ev.min;
  const sla = own(r, 'slaWorkingDays');
  out.sla = -1;
  if (sla !== undefined && sla !== null) {
    if (typeof sla === 'number' && Number.isSafeInteger(sla) && sla >= 0) out.sla = sla;
    else {
      const p = { received: show(sla) };
      issues.push(issue('INVALID_SLA', [...path, 'slaWorkingDays'], vi.INVALID_SLA(p), en.INVALID_SLA(p), sla));
    }
  }
  readOptionalEvent(r, 'resolvedAt', path, issues);
  out.resDay = ev.day;
  out.resMin = ev.min;
  readOptionalEvent(r, 'returnedAt', path, issues);
  out.retDay = ev.day;
  out.retMin = ev.min;
  readOptionalEvent(r, 'withdrawnAt', path, issues);
  out.wdrDay = ev.day;
  out.wdrMin = ev.min;
  readOptionalEvent(r, 'rejectedAt', path, issues);
  issues.push(...qd766FactsIssues(own(r, 'qd766'), [...path, 'qd766'])); // QĐ 766 block
  out.rejDay = ev.day;
  const rejMin = ev.min;
  readOptionalEvent(r, 'submittedAt', path, issues);
  out.subDay = ev.day;
  out.subMin = ev.min;
  readOptionalEvent(r, 'stoppedAt', path, issues);
  out.stopDay = ev.day;
  out.stopMin = ev.min;
  readExtensions(r, out, recOk, path, issues);

  // supplements
  out.supN = 0;
  const sup = own(r, 'supplements');
  if (sup !== undefined && sup !== null) {
    if (!Array.isArray(sup)) {
      const p = { received: show(sup) };
      issues.push(
        issue('INVALID_SUPPLEMENT', [...path, 'supplements'], vi.INVALID_SUPPLEMENT__list(p), en.INVALID_SUPPLEMENT__list(p), sup),
      );
    } else {
      // An index loop visits the holes of a sparse array (each an invalid supplement).
      for (let i = 0; i < sup.length; i++) {
        const s = sup[i] as unknown;
        const sp = [...path, 'supplements', i];
        if (!isObject(s)) {
          const p = { received: show(s) };
          issues.push(issue('INVALID_SUPPLEMENT', sp, vi.INVALID_SUPPLEMENT__item(p), en.INVALID_SUPPLEMENT__item(p), s));
          continue;
        }
        unknownKeys(s, isSupplementKey, SUPPLEMENT_KEYS, sp, issues);
        const requested = own(s, 'requestedAt');
        if (requested === undefined || requested === null) {
          const p = { key: 'requestedAt' };
          issues.push(
            issue(
              'INVALID_DATE',
              [...sp, 'requestedAt'],
              vi.INVALID_DATE__dossierMissing(p),
              en.INVALID_DATE__dossierMissing(p),
              requested,
            ),
          );
          readOptionalEvent(s, 'completedAt', sp, issues);
          continue;
        }
        readOptionalEvent(s, 'requestedAt', sp, issues);
        const qDay = ev.day;
        const qMin = ev.min;
        readOptionalEvent(s, 'completedAt', sp, issues);
        const cDay = ev.day;
        const cMin = ev.min;
        readOptionalEvent(s, 'newDueDate', sp, issues);
        const nDay = ev.day;
        const nMin = ev.min;
        if (nDay !== NO_DAY) {
          if (!isPresent(own(s, 'completedAt'))) {
            issues.push(
              issue(
                'INVALID_SUPPLEMENT',
                [...sp, 'newDueDate'],
                vi8.INVALID_SUPPLEMENT__newDueOpen(),
                en8.INVALID_SUPPLEMENT__newDueOpen(),
                own(s, 'newDueDate'),
              ),
            );
          } else if (cDay !== NO_DAY && nDay < cDay) {
            issues.push(
              issue(
                'INVALID_SUPPLEMENT',
                [...sp, 'newDueDate'],
                vi8.INVALID_SUPPLEMENT__newDueBeforeCompletion(),
                en8.INVALID_SUPPLEMENT__newDueBeforeCompletion(),
                own(s, 'newDueDate'),
              ),
            );
          }
        }
        if (qDay === NO_DAY) continue;
        const k = out.supN++;
        out.supReqDay[k] = qDay;
        out.supReqMin[k] = qMin;
        out.supCompDay[k] = cDay;
        out.supCompMin[k] = cMin;
        out.supNewDay[k] = nDay;
        out.supNewMin[k] = nMin;
        if (cDay !== NO_DAY && compareEvents(cDay, cMin, qDay, qMin) < 0) {
          issues.push(
            issue(
              'INVALID_SUPPLEMENT',
              [...sp, 'completedAt'],
              vi.INVALID_SUPPLEMENT__completedBeforeRequest(),
              en.INVALID_SUPPLEMENT__completedBeforeRequest(),
              own(s, 'completedAt'),
            ),
          );
        }
        if (recOk && compareEvents(qDay, qMin, out.recDay, out.recMin) < 0) {
          issues.push(
            issue(
              'EVENT_BEFORE_RECEIPT',
              [...sp, 'requestedAt'],
              vi.EVENT_BEFORE_RECEIPT__supplement(),
              en.EVENT_BEFORE_RECEIPT__supplement(),
              requested,
            ),
          );
        }
        if (k > 0) {
          const pc = out.supCompDay[k - 1]!;
          if (pc === NO_DAY) {
            issues.push(
              issue(
                'INVALID_SUPPLEMENT',
                [...sp, 'requestedAt'],
                vi.INVALID_SUPPLEMENT__previousOpen(),
                en.INVALID_SUPPLEMENT__previousOpen(),
                requested,
              ),
            );
          } else if (compareEvents(qDay, qMin, pc, out.supCompMin[k - 1]!) < 0) {
            issues.push(
              issue(
                'INVALID_SUPPLEMENT',
                [...sp, 'requestedAt'],
                vi.INVALID_SUPPLEMENT__order(),
                en.INVALID_SUPPLEMENT__order(),
                requested,
              ),
            );
          }
        }
      }
    }
  }

  if (recOk) {
    if (out.dueDay !== NO_DAY && out.dueDay < out.recDay) {
      const p = { due: show(own(r, 'dueDate')), receivedAt: show(rec) };
      issues.push(issue('DUE_BEFORE_RECEIPT', [...path, 'dueDate'], vi.DUE_BEFORE_RECEIPT(p), en.DUE_BEFORE_RECEIPT(p), own(r, 'dueDate')));
    }
    if (out.subDay !== NO_DAY && compareEvents(out.subDay, out.subMin, out.recDay, out.recMin) > 0) {
      const p = { submittedAt: show(own(r, 'submittedAt')), receivedAt: show(rec) };
      issues.push(
        issue(
          'SUBMITTED_AFTER_RECEIPT',
          [...path, 'submittedAt'],
          vi8.SUBMITTED_AFTER_RECEIPT(p),
          en8.SUBMITTED_AFTER_RECEIPT(p),
          own(r, 'submittedAt'),
        ),
      );
    }
    for (const [key, day, min] of [
      ['resolvedAt', out.resDay, out.resMin],
      ['returnedAt', out.retDay, out.retMin],
      ['withdrawnAt', out.wdrDay, out.wdrMin],
      ['rejectedAt', out.rejDay, rejMin],
      ['stoppedAt', out.stopDay, out.stopMin],
    ] as const) {
      if (day !== NO_DAY && compareEvents(day, min, out.recDay, out.recMin) < 0) {
        const p = { key, value: show(own(r, key)), receivedAt: show(rec) };
        issues.push(issue('EVENT_BEFORE_RECEIPT', [...path, key], vi.EVENT_BEFORE_RECEIPT(p), en.EVENT_BEFORE_RECEIPT(p), own(r, key)));
      }
    }
  }
  if (out.rejDay !== NO_DAY) {
    if (out.resDay !== NO_DAY || out.retDay !== NO_DAY || out.wdrDay !== NO_DAY || out.supN > 0) {
      issues.push(
        issue('CONFLICTING_OUTCOMES', [...path, 'rejectedAt'], vi.CONFLICTING_OUTCOMES(), en.CONFLICTING_OUTCOMES(), own(r, 'rejectedAt')),
      );
    } else if (out.stopDay !== NO_DAY || out.extN > 0) {
      issues.push(
        issue(
          'CONFLICTING_OUTCOMES',
          [...path, 'rejectedAt'],
          vi8.CONFLICTING_OUTCOMES__nd118(),
          en8.CONFLICTING_OUTCOMES__nd118(),
          own(r, 'rejectedAt'),
        ),
      );
    }
  } else if (out.dueDay === NO_DAY && out.sla < 0 && !isPresent(own(r, 'dueDate')) && !isPresent(sla)) {
    issues.push(issue('MISSING_DUE_DATE', [...path, 'dueDate'], vi.MISSING_DUE_DATE(), en.MISSING_DUE_DATE()));
  }
  if (out.resDay !== NO_DAY && out.supN > 0) {
    for (let k = 0; k < out.supN; k++) {
      const sp = [...path, 'supplements', k];
      if (compareEvents(out.supReqDay[k]!, out.supReqMin[k]!, out.resDay, out.resMin) > 0) {
        issues.push(
          issue(
            'INVALID_SUPPLEMENT',
            [...sp, 'requestedAt'],
            vi.INVALID_SUPPLEMENT__afterResolution(),
            en.INVALID_SUPPLEMENT__afterResolution(),
          ),
        );
      } else if (out.supCompDay[k] === NO_DAY) {
        issues.push(
          issue(
            'INVALID_SUPPLEMENT',
            [...sp, 'completedAt'],
            vi.INVALID_SUPPLEMENT__openOnResolved(),
            en.INVALID_SUPPLEMENT__openOnResolved(),
          ),
        );
      } else if (compareEvents(out.supCompDay[k]!, out.supCompMin[k]!, out.resDay, out.resMin) > 0) {
        issues.push(
          issue(
            'INVALID_SUPPLEMENT',
            [...sp, 'completedAt'],
            vi.INVALID_SUPPLEMENT__completedAfterResolution(),
            en.INVALID_SUPPLEMENT__completedAfterResolution(),
          ),
        );
      }
    }
  }
  return issues;
}

function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** `extension` (one) or `extensions` (a list) into `out.ext*`, with their problems. */
function readExtensions(r: Rec, out: NormalizedDossier, recOk: boolean, path: CchcPath, issues: CchcIssue[]): void {
  out.extN = 0;
  out.extList = false;
  const one = own(r, 'extension');
  const list = own(r, 'extensions');
  if (isPresent(one) && isPresent(list)) {
    issues.push(issue('INVALID_EXTENSION', [...path, 'extensions'], vi8.INVALID_EXTENSION__both(), en8.INVALID_EXTENSION__both(), list));
    return;
  }
  if (isPresent(one)) {
    readExtension(one, out, recOk, [...path, 'extension'], issues);
    return;
  }
  if (!isPresent(list)) return;
  out.extList = true;
  if (!Array.isArray(list)) {
    const p = { received: show(list) };
    issues.push(issue('INVALID_EXTENSION', [...path, 'extensions'], vi8.INVALID_EXTENSION__list(p), en8.INVALID_EXTENSION__list(p), list));
    return;
  }
  // An index loop visits the holes of a sparse array (each an invalid extension).
  for (let i = 0; i < list.length; i++) {
    const before = out.extN;
    readExtension(list[i] as unknown, out, recOk, [...path, 'extensions', i], issues);
    if (out.extN > before && before > 0 && out.extNotDay[before]! < out.extNotDay[before - 1]!) {
      issues.push(
        issue(
          'INVALID_EXTENSION',
          [...path, 'extensions', i, 'notifiedAt'],
          vi8.INVALID_EXTENSION__order(),
          en8.INVALID_EXTENSION__order(),
          own(list[i] as Rec, 'notifiedAt'),
        ),
      );
    }
  }
}

function readExtension(e: unknown, out: NormalizedDossier, recOk: boolean, ep: CchcPath, issues: CchcIssue[]): void {
  if (!isObject(e)) {
    const p = { received: show(e) };
    issues.push(issue('INVALID_EXTENSION', ep, vi8.INVALID_EXTENSION__item(p), en8.INVALID_EXTENSION__item(p), e));
    return;
  }
  unknownKeys(e, isExtensionKey, EXTENSION_KEYS, ep, issues);
  let ok = true;
  for (const key of EXTENSION_KEYS) {
    if (!isPresent(own(e, key))) {
      ok = false;
      const p = { key };
      issues.push(
        issue('INVALID_EXTENSION', [...ep, key], vi8.INVALID_EXTENSION__missing(p), en8.INVALID_EXTENSION__missing(p), own(e, key)),
      );
    }
  }
  readOptionalEvent(e, 'notifiedAt', ep, issues);
  const nDay = ev.day;
  const nMin = ev.min;
  readOptionalEvent(e, 'newDueDate', ep, issues);
  const dDay = ev.day;
  const dMin = ev.min;
  if (!ok || nDay === NO_DAY || dDay === NO_DAY) return;
  if (dDay < nDay) {
    issues.push(
      issue(
        'INVALID_EXTENSION',
        [...ep, 'newDueDate'],
        vi8.INVALID_EXTENSION__dueBeforeNotice(),
        en8.INVALID_EXTENSION__dueBeforeNotice(),
        own(e, 'newDueDate'),
      ),
    );
  }
  if (recOk && compareEvents(nDay, nMin, out.recDay, out.recMin) < 0) {
    issues.push(
      issue(
        'EVENT_BEFORE_RECEIPT',
        [...ep, 'notifiedAt'],
        vi8.EVENT_BEFORE_RECEIPT__extension(),
        en8.EVENT_BEFORE_RECEIPT__extension(),
        own(e, 'notifiedAt'),
      ),
    );
  }
  const k = out.extN++;
  out.extNotDay[k] = nDay;
  out.extNotMin[k] = nMin;
  out.extNewDay[k] = dDay;
  out.extNewMin[k] = dMin;
}
