import { issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { NO_DAY, NO_MINUTE, notADate, parsed, readDateOrTimestamp, readDateOrTimestampFast } from './fast-date.js';

/** Channel codes of the hot path. */
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
  };
}

/** Compare two events (day, minute): negative when a is earlier. Date-only values compare by date. @internal */
export function compareEvents(aDay: number, aMin: number, bDay: number, bMin: number): number {
  if (aDay !== bDay) return aDay - bDay;
  if (aMin === NO_MINUTE || bMin === NO_MINUTE) return 0;
  return aMin - bMin;
}

const CHANNEL_CODES: Record<string, number> = { 'in-person': CH_IN_PERSON, online: CH_ONLINE, postal: CH_POSTAL };

type Rec = Record<string, unknown>;

/**
 * Fast path for one record: every field well-formed (dates in `YYYY-MM-DD` or `…+07:00`), no supplements, events in
 * order. Returns false when anything is unusual; the caller then runs {@link normalizeDossier}, which validates fully.
 * @internal
 */
export function normalizeFast(r: Rec, out: NormalizedDossier): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const rec = r.receivedAt;
  if (typeof rec !== 'string' || !readDateOrTimestampFast(rec)) return false;
  out.recDay = parsed.day;
  out.recMin = parsed.minute;
  out.recMs = parsed.ms;
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
    if (typeof due !== 'string' || !readDateOrTimestampFast(due)) return false;
    out.dueDay = parsed.day;
    out.dueMin = parsed.minute;
    if (out.dueDay < out.recDay) return false;
  }
  const sla = r.slaWorkingDays;
  if (sla === undefined || sla === null) {
    out.sla = -1;
  } else {
    if (typeof sla !== 'number' || !Number.isSafeInteger(sla) || sla < 0) return false;
    out.sla = sla;
  }
  const res = r.resolvedAt;
  if (res === undefined || res === null) {
    out.resDay = NO_DAY;
    out.resMin = NO_MINUTE;
  } else {
    if (typeof res !== 'string' || !readDateOrTimestampFast(res)) return false;
    out.resDay = parsed.day;
    out.resMin = parsed.minute;
    if (compareEvents(out.resDay, out.resMin, out.recDay, out.recMin) < 0) return false;
  }
  const ret = r.returnedAt;
  if (ret === undefined || ret === null) {
    out.retDay = NO_DAY;
    out.retMin = NO_MINUTE;
  } else {
    if (typeof ret !== 'string' || !readDateOrTimestampFast(ret)) return false;
    out.retDay = parsed.day;
    out.retMin = parsed.minute;
    if (compareEvents(out.retDay, out.retMin, out.recDay, out.recMin) < 0) return false;
  }
  const wdr = r.withdrawnAt;
  if (wdr === undefined || wdr === null) {
    out.wdrDay = NO_DAY;
    out.wdrMin = NO_MINUTE;
  } else {
    if (typeof wdr !== 'string' || !readDateOrTimestampFast(wdr)) return false;
    out.wdrDay = parsed.day;
    out.wdrMin = parsed.minute;
    if (compareEvents(out.wdrDay, out.wdrMin, out.recDay, out.recMin) < 0) return false;
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
  return true;
}

function readOptionalEvent(r: Rec, key: string, path: CchcPath, issues: CchcIssue[]): { day: number; min: number } {
  const v = r[key];
  if (v === undefined || v === null) return { day: NO_DAY, min: NO_MINUTE };
  if (typeof v !== 'string') {
    issues.push(notADate(v, [...path, key]));
    return { day: NO_DAY, min: NO_MINUTE };
  }
  if (!readDateOrTimestamp(v, [...path, key], issues)) return { day: NO_DAY, min: NO_MINUTE };
  return { day: parsed.day, min: parsed.minute };
}

const LABEL_VI: Record<string, string> = {
  resolvedAt: 'Ngày giải quyết xong',
  returnedAt: 'Ngày trả lại hồ sơ',
  withdrawnAt: 'Ngày rút hồ sơ',
  rejectedAt: 'Ngày từ chối tiếp nhận',
};

/**
 * Validate one record completely and fill `out`. Returns every problem found (empty when the record is valid).
 * Checks: field types; dates and date-times (offset required); channel; slaWorkingDays ≥ 0; a due date or an SLA on
 * every accepted dossier; due date not before receipt; no event before receipt; supplements in order, completed
 * after requested, not open on a resolved dossier; not-accepted dossiers without processing events.
 * @internal
 */
export function normalizeDossier(input: unknown, out: NormalizedDossier, path: CchcPath = []): CchcIssue[] {
  const issues: CchcIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(issue('INVALID_INPUT', path, `Cần một hồ sơ (đối tượng), nhận được ${show(input)}`, `Expected a dossier record (an object), received ${show(input)}`, input));
    return issues;
  }
  const r = input as Rec;
  const id = r.id;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isSafeInteger(id)))) {
    issues.push(issue('INVALID_INPUT', [...path, 'id'], `Mã hồ sơ (id) phải là chuỗi khác rỗng hoặc số nguyên, nhận được ${show(id)}`, `id must be a non-empty string or an integer, received ${show(id)}`, id));
  }
  const level = r.level;
  if (level !== undefined && level !== null && level !== 'province' && level !== 'district' && level !== 'commune') {
    issues.push(issue('INVALID_ADMIN_LEVEL', [...path, 'level'], `Cấp hành chính không hợp lệ: ${show(level)} (dùng 'province' | 'district' | 'commune')`, `Unknown administrative level ${show(level)} (use 'province' | 'district' | 'commune')`, level));
  }
  for (const key of ['agency', 'procedure'] as const) {
    const v = r[key];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      issues.push(issue('INVALID_INPUT', [...path, key], `${key} phải là chuỗi, nhận được ${show(v)}`, `${key} must be a string, received ${show(v)}`, v));
    }
  }
  const ch = r.channel;
  if (ch === undefined || ch === null) out.channel = CH_MISSING;
  else if (typeof ch === 'string' && ch in CHANNEL_CODES) out.channel = CHANNEL_CODES[ch]!;
  else {
    out.channel = CH_MISSING;
    issues.push(
      issue(
        'INVALID_CHANNEL',
        [...path, 'channel'],
        `Kênh tiếp nhận không hợp lệ: ${show(ch)} (dùng 'in-person' trực tiếp, 'online' trực tuyến, 'postal' bưu chính công ích)`,
        `Unknown channel ${show(ch)} (use 'in-person', 'online' or 'postal')`,
        ch,
      ),
    );
  }
  // receivedAt (required)
  const rec = r.receivedAt;
  let recOk = false;
  if (rec === undefined || rec === null) {
    issues.push(issue('INVALID_DATE', [...path, 'receivedAt'], 'Thiếu ngày tiếp nhận (receivedAt)', 'receivedAt is missing', rec));
  } else if (typeof rec !== 'string') {
    issues.push(notADate(rec, [...path, 'receivedAt']));
  } else if (readDateOrTimestamp(rec, [...path, 'receivedAt'], issues)) {
    recOk = true;
  }
  out.recDay = recOk ? parsed.day : NO_DAY;
  out.recMin = recOk ? parsed.minute : NO_MINUTE;
  out.recMs = recOk ? parsed.ms : -1;

  const due = readOptionalEvent(r, 'dueDate', path, issues);
  out.dueDay = due.day;
  out.dueMin = due.min;
  const sla = r.slaWorkingDays;
  out.sla = -1;
  if (sla !== undefined && sla !== null) {
    if (typeof sla === 'number' && Number.isSafeInteger(sla) && sla >= 0) out.sla = sla;
    else {
      issues.push(
        issue(
          'INVALID_SLA',
          [...path, 'slaWorkingDays'],
          `Thời hạn giải quyết (số ngày làm việc) phải là số nguyên không âm, nhận được ${show(sla)}`,
          `slaWorkingDays must be a non-negative integer, received ${show(sla)}`,
          sla,
        ),
      );
    }
  }
  const res = readOptionalEvent(r, 'resolvedAt', path, issues);
  out.resDay = res.day;
  out.resMin = res.min;
  const ret = readOptionalEvent(r, 'returnedAt', path, issues);
  out.retDay = ret.day;
  out.retMin = ret.min;
  const wdr = readOptionalEvent(r, 'withdrawnAt', path, issues);
  out.wdrDay = wdr.day;
  out.wdrMin = wdr.min;
  const rej = readOptionalEvent(r, 'rejectedAt', path, issues);
  out.rejDay = rej.day;

  // supplements
  out.supN = 0;
  const sup = r.supplements;
  if (sup !== undefined && sup !== null) {
    if (!Array.isArray(sup)) {
      issues.push(issue('INVALID_SUPPLEMENT', [...path, 'supplements'], `supplements phải là một mảng [{ requestedAt, completedAt? }], nhận được ${show(sup)}`, `supplements must be an array of { requestedAt, completedAt? }, received ${show(sup)}`, sup));
    } else {
      for (let i = 0; i < sup.length; i++) {
        const s = sup[i] as unknown;
        const sp = [...path, 'supplements', i];
        if (typeof s !== 'object' || s === null) {
          issues.push(issue('INVALID_SUPPLEMENT', sp, `Cần { requestedAt, completedAt? }, nhận được ${show(s)}`, `Expected { requestedAt, completedAt? }, received ${show(s)}`, s));
          continue;
        }
        const so = s as Rec;
        if (so.requestedAt === undefined || so.requestedAt === null) {
          issues.push(issue('INVALID_DATE', [...sp, 'requestedAt'], 'Thiếu ngày yêu cầu bổ sung (requestedAt)', 'requestedAt is missing', so.requestedAt));
          continue;
        }
        const q = readOptionalEvent(so, 'requestedAt', sp, issues);
        const c = readOptionalEvent(so, 'completedAt', sp, issues);
        if (q.day === NO_DAY) continue;
        const k = out.supN++;
        out.supReqDay[k] = q.day;
        out.supReqMin[k] = q.min;
        out.supCompDay[k] = c.day;
        out.supCompMin[k] = c.min;
        if (c.day !== NO_DAY && compareEvents(c.day, c.min, q.day, q.min) < 0) {
          issues.push(
            issue('INVALID_SUPPLEMENT', [...sp, 'completedAt'], 'Ngày bổ sung xong trước ngày yêu cầu bổ sung', 'The supplement was completed before it was requested', so.completedAt),
          );
        }
        if (recOk && compareEvents(q.day, q.min, out.recDay, out.recMin) < 0) {
          issues.push(issue('EVENT_BEFORE_RECEIPT', [...sp, 'requestedAt'], 'Yêu cầu bổ sung trước ngày tiếp nhận hồ sơ', 'A supplement was requested before the dossier was received', so.requestedAt));
        }
        if (k > 0) {
          const pc = out.supCompDay[k - 1]!;
          if (pc === NO_DAY) {
            issues.push(
              issue('INVALID_SUPPLEMENT', [...sp, 'requestedAt'], 'Yêu cầu bổ sung mới khi yêu cầu trước chưa được bổ sung xong', 'A new supplement request while the previous one is still open', so.requestedAt),
            );
          } else if (compareEvents(q.day, q.min, pc, out.supCompMin[k - 1]!) < 0) {
            issues.push(
              issue('INVALID_SUPPLEMENT', [...sp, 'requestedAt'], 'Các lần yêu cầu bổ sung chồng lên nhau hoặc không theo thứ tự thời gian', 'Supplement requests overlap or are not in chronological order', so.requestedAt),
            );
          }
        }
      }
    }
  }

  if (recOk) {
    if (out.dueDay !== NO_DAY && out.dueDay < out.recDay) {
      issues.push(issue('DUE_BEFORE_RECEIPT', [...path, 'dueDate'], `Ngày hẹn trả ${show(r.dueDate)} trước ngày tiếp nhận ${show(rec)}`, `The due date ${show(r.dueDate)} is before the receipt ${show(rec)}`, r.dueDate));
    }
    for (const [key, day, min] of [
      ['resolvedAt', out.resDay, out.resMin],
      ['returnedAt', out.retDay, out.retMin],
      ['withdrawnAt', out.wdrDay, out.wdrMin],
      ['rejectedAt', out.rejDay, rej.min],
    ] as const) {
      if (day !== NO_DAY && compareEvents(day, min, out.recDay, out.recMin) < 0) {
        issues.push(issue('EVENT_BEFORE_RECEIPT', [...path, key], `${LABEL_VI[key]} ${show(r[key])} trước ngày tiếp nhận ${show(rec)}`, `${key} ${show(r[key])} is before the receipt ${show(rec)}`, r[key]));
      }
    }
  }
  if (out.rejDay !== NO_DAY) {
    if (out.resDay !== NO_DAY || out.retDay !== NO_DAY || out.wdrDay !== NO_DAY || out.supN > 0) {
      issues.push(
        issue(
          'CONFLICTING_OUTCOMES',
          [...path, 'rejectedAt'],
          'Hồ sơ bị từ chối tiếp nhận (rejectedAt) không thể đồng thời được giải quyết, rút, trả lại hoặc yêu cầu bổ sung',
          'A dossier that was not accepted (rejectedAt) cannot also be resolved, withdrawn, returned or asked to supplement',
          r.rejectedAt,
        ),
      );
    }
  } else if (out.dueDay === NO_DAY && out.sla < 0 && !(r.dueDate !== undefined && r.dueDate !== null) && !(sla !== undefined && sla !== null)) {
    issues.push(
      issue(
        'MISSING_DUE_DATE',
        [...path, 'dueDate'],
        'Hồ sơ đã tiếp nhận cần ngày hẹn trả (dueDate) hoặc thời hạn giải quyết (slaWorkingDays)',
        'An accepted dossier needs a due date (dueDate) or a processing time limit (slaWorkingDays)',
      ),
    );
  }
  if (out.resDay !== NO_DAY && out.supN > 0) {
    for (let k = 0; k < out.supN; k++) {
      const sp = [...path, 'supplements', k];
      if (compareEvents(out.supReqDay[k]!, out.supReqMin[k]!, out.resDay, out.resMin) > 0) {
        issues.push(issue('INVALID_SUPPLEMENT', [...sp, 'requestedAt'], 'Yêu cầu bổ sung sau khi hồ sơ đã giải quyết xong', 'A supplement was requested after the dossier was resolved', undefined));
      } else if (out.supCompDay[k] === NO_DAY) {
        issues.push(issue('INVALID_SUPPLEMENT', [...sp, 'completedAt'], 'Hồ sơ đã giải quyết xong nhưng lần bổ sung này chưa có ngày bổ sung xong', 'The dossier is resolved but this supplement has no completion date', undefined));
      } else if (compareEvents(out.supCompDay[k]!, out.supCompMin[k]!, out.resDay, out.resMin) > 0) {
        issues.push(issue('INVALID_SUPPLEMENT', [...sp, 'completedAt'], 'Bổ sung xong sau khi hồ sơ đã giải quyết xong', 'The supplement was completed after the dossier was resolved', undefined));
      }
    }
  }
  return issues;
}
