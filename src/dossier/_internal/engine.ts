import { issue, type CchcIssue } from '../../core/errors.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import * as vi8 from '../../core/messages/vi/dossier-nd118.js';
import * as en8 from '../../core/messages/en/dossier-nd118.js';
import { cutoffMinutes, type DossierRules } from '../rules.js';
import type { DossierCalendar } from './calendar-port.js';
import { NO_DAY, NO_MINUTE } from '../../core/read-date.js';
import type { NormalizedDossier } from './normalize.js';
import { clockMinutes } from './rules-schema.js';

// Status codes (index into STATUS_NAMES).
export const S_EARLY = 0;
export const S_ON_TIME = 1;
export const S_LATE = 2;
export const S_WITHIN = 3;
export const S_OVERDUE = 4;
export const S_AWAITING = 5;
export const S_WITHDRAWN = 6;
export const S_NOT_ACCEPTED = 7;
// NĐ 118/2025: waiting on the applicant (the time limit will restart), stopped at the applicant's request (Đ21),
// closed because the supplement did not come in time (Đ19(5)).
export const S_PAUSED = 8;
export const S_STOPPED = 9;
export const S_CLOSED = 10;

export const STATUS_NAMES = [
  'resolved-early',
  'resolved-on-time',
  'resolved-late',
  'pending-within',
  'pending-overdue',
  'awaiting-supplement',
  'withdrawn-or-returned',
  'not-accepted',
  'paused',
  'stopped-on-request',
  'closed-without-supplement',
] as const;

/** Rules compiled to numbers for the hot path. @internal */
export interface CompiledRules {
  readonly rules: DossierRules;
  readonly datetime: boolean;
  readonly subtract: boolean;
  /** 0 separate, 1 ends-at-request, 2 pending */
  readonly awaiting: number;
  readonly pauses: boolean;
  readonly secondLate: boolean;
  /** 0 separate, 1 ends-processing, 2 on-time */
  readonly withdrawn: number;
  /** minutes, or −1 */
  readonly cutoff: number;
  readonly nextWorkingDay: boolean;
  readonly missingChannelError: boolean;
  /** supplementTime 'restart' (NĐ 118 Đ19(5)). */
  readonly restart: boolean;
  /** supplementWindow: days, or −1 for none. */
  readonly windowDays: number;
  readonly windowWorking: boolean;
  /** stoppedOnRequest 'separate'. */
  readonly stopSeparate: boolean;
  /** extensions 'once'. */
  readonly extOnce: boolean;
  readonly extNoticeDays: number;
  /** acceptanceWorkingHours in minutes, or −1. */
  readonly acceptMinutes: number;
  /** supplementRequestWorkingDays, or −1. */
  readonly supReqDays: number;
  /** Office hours as minute pairs [start0, end0, start1, end1, …], and their total per day. */
  readonly office: readonly number[];
  readonly officeDay: number;
  /** Whether tallies under these rules carry the NĐ 118 counts (paused, stopped on request, closed). */
  readonly nd118Counts: boolean;
  /** Whether the rules have checks that report findings. */
  readonly findings: boolean;
}

/** @internal */
export function compileRules(rules: DossierRules): CompiledRules {
  const awaiting =
    rules.awaitingSupplement === 'separate'
      ? 0
      : rules.awaitingSupplement === 'ends-at-request'
        ? 1
        : rules.awaitingSupplement === 'pending'
          ? 2
          : 3;
  const office: number[] = [];
  let officeDay = 0;
  for (const h of rules.officeHours) {
    const a = clockMinutes(h.start);
    const b = clockMinutes(h.end);
    office.push(a, b);
    officeDay += b - a;
  }
  const windowDays = rules.supplementWindow === null ? -1 : rules.supplementWindow.days;
  const stopSeparate = rules.stoppedOnRequest === 'separate';
  return {
    rules,
    datetime: rules.compare === 'datetime',
    subtract: rules.supplementTime === 'subtract',
    restart: rules.supplementTime === 'restart',
    windowDays,
    windowWorking: rules.supplementWindow?.unit === 'working-days',
    stopSeparate,
    extOnce: rules.extensions === 'once',
    extNoticeDays: rules.extensionNoticeDays,
    acceptMinutes: rules.acceptanceWorkingHours === null ? -1 : rules.acceptanceWorkingHours * 60,
    supReqDays: rules.supplementRequestWorkingDays ?? -1,
    office,
    officeDay,
    nd118Counts: awaiting === 3 || windowDays >= 0 || stopSeparate,
    findings:
      rules.acceptanceWorkingHours !== null ||
      rules.supplementRequestWorkingDays !== null ||
      windowDays >= 0 ||
      rules.extensions === 'once',
    awaiting,
    pauses: rules.unfinishedSupplementPauses,
    secondLate: rules.secondSupplementIsLate,
    withdrawn: rules.withdrawnOrReturned === 'separate' ? 0 : rules.withdrawnOrReturned === 'ends-processing' ? 1 : 2,
    cutoff: cutoffMinutes(rules),
    nextWorkingDay: rules.nonWorkingDayReceipt === 'next-working-day',
    missingChannelError: rules.missingChannel === 'error',
  };
}

/**
 * Output of {@link classifyCore} (one scratch object per run).
 * @internal
 */
export interface CoreResult {
  status: number;
  /** Day the dossier left the workload (resolution, withdrawal, return, or the request it ended at), or NO_DAY. */
  endDay: number;
  /** Due date used. */
  dueDay: number;
  dueMin: number;
  /** Receipt day the SLA counts from. */
  effectiveReceiptDay: number;
  /** The end (or, for pending dossiers, the day judged) after subtracting supplement time. */
  judgedDay: number;
  /** Calendar days past due (late / overdue), 0 otherwise. */
  delayDays: number;
  /** Working days past due, or −1 when no calendar. */
  delayWorkingDays: number;
  /** Working days from receipt to resolution (net of supplement time under `subtract`), or −1 when not measured. */
  processingWorkingDays: number;
  /** Supplement requests up to asOf. */
  supplementRequests: number;
  /** Under 'restart': the completion day the time limit restarted from, or NO_DAY. */
  restartDay: number;
  /** Under extensions 'once': the due date an applied extension replaced, or NO_DAY. */
  extendedFrom: number;
  /** The due date counted from `slaWorkingDays` from the receipt (the record has no `dueDate`), or NO_DAY. */
  slaDueDay: number;
  /** Under 'restart': the due date counted from `slaWorkingDays` from `restartDay` (no new due date given), or NO_DAY. */
  restartDueDay: number;
}

export function newCoreResult(): CoreResult {
  return {
    status: 0,
    endDay: NO_DAY,
    dueDay: NO_DAY,
    dueMin: NO_MINUTE,
    effectiveReceiptDay: NO_DAY,
    judgedDay: NO_DAY,
    delayDays: 0,
    delayWorkingDays: -1,
    processingWorkingDays: -1,
    supplementRequests: 0,
    restartDay: NO_DAY,
    extendedFrom: NO_DAY,
    slaDueDay: NO_DAY,
    restartDueDay: NO_DAY,
  };
}

/** What the first extension does to a due date: applied, or why not. @internal */
export const EXT_APPLIED = 0;
export const EXT_LATE_NOTICE = 1;
export const EXT_NOT_LATER = 2;

/** @internal */
export function extensionOutcome(notDay: number, newDay: number, due: number, noticeDays: number): number {
  if (newDay <= due) return EXT_NOT_LATER;
  return notDay > due - noticeDays ? EXT_LATE_NOTICE : EXT_APPLIED;
}

/**
 * The day a dossier waiting on the applicant since `requestDay` is closed (the day after the window): the window's
 * last day is `days` calendar days after the request (moved to the next working day when it is a day off, BLDS 2015
 * Đ148(5)) or `days` working days after it. @internal
 */
export function closingDay(requestDay: number, cr: Pick<CompiledRules, 'windowDays' | 'windowWorking'>, cal: DossierCalendar): number {
  if (cr.windowWorking) return cal.addWorkingDaysToDayNumber(requestDay, cr.windowDays) + 1;
  const last = requestDay + cr.windowDays;
  return (cal.isWorkingDayNumber(last) ? last : cal.addWorkingDaysToDayNumber(last, 0)) + 1;
}

/**
 * The record field behind a calendar's DATE_OUT_OF_RANGE (the calendar names only a day number): the receipt, the
 * resolution, the due date, a supplement, or, when every date is inside, the SLA that ends past the calendar.
 * @internal
 */
export function outOfRangeField(n: NormalizedDossier, cal: DossierCalendar): (string | number)[] {
  const out = (d: number) => d !== NO_DAY && (d < cal.firstDayNumber || d > cal.lastDayNumber);
  if (out(n.recDay)) return ['receivedAt'];
  if (out(n.resDay)) return ['resolvedAt'];
  if (out(n.dueDay)) return ['dueDate'];
  if (out(n.retDay)) return ['returnedAt'];
  if (out(n.wdrDay)) return ['withdrawnAt'];
  if (out(n.subDay)) return ['submittedAt'];
  if (out(n.stopDay)) return ['stoppedAt'];
  for (let k = 0; k < n.supN; k++) {
    if (out(n.supReqDay[k]!)) return ['supplements', k, 'requestedAt'];
    if (out(n.supCompDay[k]!)) return ['supplements', k, 'completedAt'];
    if (out(n.supNewDay[k]!)) return ['supplements', k, 'newDueDate'];
  }
  for (let k = 0; k < n.extN; k++) {
    const p = n.extList ? ['extensions', k] : ['extension'];
    if (out(n.extNotDay[k]!)) return [...p, 'notifiedAt'];
    if (out(n.extNewDay[k]!)) return [...p, 'newDueDate'];
  }
  // A due date computed past the calendar's end (from the SLA, a restart, or the supplement window).
  if (n.dueDay === NO_DAY) return ['slaWorkingDays'];
  for (let k = n.supN - 1; k >= 0; k--) if (n.supCompDay[k] === NO_DAY) return ['supplements', k, 'requestedAt'];
  return ['receivedAt'];
}

/** Thrown by the core for problems that depend on the options rather than the record. @internal */
export class CoreProblem {
  constructor(readonly issue: CchcIssue) {}
}

/**
 * Classify a normalized dossier as of day `asOf` (inclusive). The record must have been validated.
 * `measureProcessing`: compute working days from receipt to resolution on `cal`.
 * @internal
 */
export function classifyCore(
  n: NormalizedDossier,
  cr: CompiledRules,
  cal: DossierCalendar,
  asOf: number,
  measureProcessing: boolean,
  out: CoreResult,
  withDelay = true,
): void {
  out.delayDays = 0;
  out.delayWorkingDays = -1;
  out.processingWorkingDays = -1;
  out.endDay = NO_DAY;
  out.supplementRequests = 0;
  out.restartDay = NO_DAY;
  out.extendedFrom = NO_DAY;
  out.slaDueDay = NO_DAY;
  out.restartDueDay = NO_DAY;
  if (n.rejDay !== NO_DAY) {
    out.status = S_NOT_ACCEPTED;
    out.dueDay = n.dueDay;
    out.dueMin = n.dueMin;
    out.effectiveReceiptDay = n.recDay;
    out.judgedDay = NO_DAY;
    return;
  }
  // Receipt day the time limit counts from (only needed for an SLA due date or processing time).
  let eff = n.recDay;
  if (n.dueDay === NO_DAY || measureProcessing) {
    if (cr.cutoff >= 0) {
      if (n.recMs < 0)
        throw new CoreProblem(
          issue('INVALID_CUTOFF', ['receivedAt'], vi.INVALID_CUTOFF__dossierNoTime(), en.INVALID_CUTOFF__dossierNoTime()),
        );
      if (n.recMs > cr.cutoff * 60_000 || !cal.isWorkingDayNumber(eff)) eff = cal.addWorkingDaysToDayNumber(eff, 1);
    } else if (cr.nextWorkingDay && !cal.isWorkingDayNumber(eff)) eff = cal.addWorkingDaysToDayNumber(eff, 0);
  }
  out.effectiveReceiptDay = eff;
  // Due date.
  let due = n.dueDay;
  let dueMin = n.dueMin;
  if (due === NO_DAY) {
    due = cal.addWorkingDaysToDayNumber(eff, n.sla);
    dueMin = NO_MINUTE;
    out.slaDueDay = due;
  }

  // Supplements known at asOf.
  let nReq = 0;
  while (nReq < n.supN && n.supReqDay[nReq]! <= asOf) nReq++;
  out.supplementRequests = nReq;
  let pauseDays = 0;
  let pauseMinutes = 0;
  let open = false;
  for (let k = 0; k < nReq; k++) {
    const c = n.supCompDay[k]!;
    if (c === NO_DAY || c > asOf) {
      open = true; // only the last request can be open (validated)
      break;
    }
    const q = n.supReqDay[k]!;
    pauseDays += c - q;
    if (cr.datetime) {
      const cm = n.supCompMin[k]!;
      const qm = n.supReqMin[k]!;
      pauseMinutes += (c - q) * 1440 + (cm === NO_MINUTE ? 0 : cm) - (qm === NO_MINUTE ? 0 : qm);
    }
  }
  if (!cr.subtract) {
    pauseDays = 0;
    pauseMinutes = 0;
  }
  const secondLate = cr.secondLate && nReq >= 2;
  // NĐ 118/2025 Đ19(5): the time limit restarts once the dossier is complete (the last completion up to asOf).
  if (cr.restart && nReq > 0) {
    let last = -1;
    for (let k = 0; k < nReq; k++) {
      const c = n.supCompDay[k]!;
      if (c !== NO_DAY && c <= asOf) last = k;
    }
    if (last >= 0) {
      const c = n.supCompDay[last]!;
      // Several supplements completed on that same day (dates compare by day): the latest new due date given among them
      // (so that the SQL path, which sees no list order, finds the same one).
      let given = NO_DAY;
      let givenMin = NO_MINUTE;
      for (let k = 0; k <= last; k++) {
        const d = n.supNewDay[k]!;
        if (n.supCompDay[k] === c && d !== NO_DAY && (given === NO_DAY || d > given || (d === given && n.supNewMin[k]! > givenMin))) {
          given = d;
          givenMin = n.supNewMin[k]!;
        }
      }
      if (given !== NO_DAY) {
        due = given;
        dueMin = givenMin;
      } else if (n.sla >= 0) {
        due = cal.addWorkingDaysToDayNumber(c, n.sla);
        dueMin = NO_MINUTE;
        out.restartDueDay = due;
      } else {
        throw new CoreProblem(
          issue('MISSING_DUE_DATE', ['supplements', last, 'newDueDate'], vi8.MISSING_DUE_DATE__restart(), en8.MISSING_DUE_DATE__restart()),
        );
      }
      out.restartDay = c;
    }
  }
  // NĐ 118/2025 Đ19(6): one extension, notified in time, re-sets the due date.
  if (cr.extOnce && n.extN > 0 && n.extNotDay[0]! <= asOf) {
    if (extensionOutcome(n.extNotDay[0]!, n.extNewDay[0]!, due, cr.extNoticeDays) === EXT_APPLIED) {
      out.extendedFrom = due;
      due = n.extNewDay[0]!;
      dueMin = n.extNewMin[0]!;
    }
  }
  out.dueDay = due;
  out.dueMin = dueMin;

  // How the dossier stands at asOf.
  let endDay = NO_DAY;
  let endMin = NO_MINUTE;
  let judgeAsEnd = false;
  let realResolution = false;
  if (n.resDay !== NO_DAY && n.resDay <= asOf) {
    endDay = n.resDay;
    endMin = n.resMin;
    judgeAsEnd = true;
    realResolution = true;
  } else if (
    (n.retDay !== NO_DAY && n.retDay <= asOf) ||
    (n.wdrDay !== NO_DAY && n.wdrDay <= asOf) ||
    (!cr.stopSeparate && n.stopDay !== NO_DAY && n.stopDay <= asOf)
  ) {
    if (n.retDay !== NO_DAY && n.retDay <= asOf) {
      endDay = n.retDay;
      endMin = n.retMin;
    } else if (n.wdrDay !== NO_DAY && n.wdrDay <= asOf) {
      endDay = n.wdrDay;
      endMin = n.wdrMin;
    } else {
      endDay = n.stopDay;
      endMin = n.stopMin;
    }
    out.endDay = endDay;
    if (cr.withdrawn === 0) {
      out.status = S_WITHDRAWN;
      out.judgedDay = endDay;
      return;
    }
    if (cr.withdrawn === 2) {
      out.status = S_ON_TIME;
      out.judgedDay = endDay;
      return;
    }
    judgeAsEnd = true;
  } else if (n.stopDay !== NO_DAY && n.stopDay <= asOf) {
    // stopSeparate: stopped at the applicant's request (NĐ 118/2025 Đ21).
    out.status = S_STOPPED;
    out.endDay = n.stopDay;
    out.judgedDay = n.stopDay;
    return;
  } else if (open) {
    const qDay = n.supReqDay[nReq - 1]!;
    if (cr.windowDays >= 0) {
      // NĐ 118/2025 Đ19(5): not completed within the window, the dossier is closed.
      const close = closingDay(qDay, cr, cal);
      if (close <= asOf) {
        out.status = S_CLOSED;
        out.endDay = close;
        out.judgedDay = close;
        return;
      }
    }
    if (cr.awaiting === 3) {
      out.status = S_PAUSED;
      out.judgedDay = qDay;
      return;
    }
    if (cr.awaiting === 0) {
      out.status = S_AWAITING;
      out.judgedDay = qDay;
      return;
    }
    if (cr.awaiting === 1) {
      endDay = qDay;
      endMin = n.supReqMin[nReq - 1]!;
      judgeAsEnd = true;
    } else {
      judgePending(cr.pauses ? qDay : asOf, pauseDays, due, secondLate, withDelay ? cal : undefined, out);
      return;
    }
  } else {
    judgePending(asOf, pauseDays, due, secondLate, withDelay ? cal : undefined, out);
    return;
  }
  // judgeAsEnd: early / on time / late.
  void judgeAsEnd;
  out.endDay = endDay;
  let judgedDay: number;
  let cmp: number;
  if (cr.datetime && endMin !== NO_MINUTE && dueMin !== NO_MINUTE) {
    const inst = endDay * 1440 + endMin - pauseMinutes;
    judgedDay = Math.floor(inst / 1440);
    cmp = inst - (due * 1440 + dueMin);
  } else if (cr.datetime) {
    const inst = endDay * 1440 + (endMin === NO_MINUTE ? 0 : endMin) - pauseMinutes;
    judgedDay = Math.floor(inst / 1440);
    cmp = judgedDay - due;
  } else {
    judgedDay = endDay - pauseDays;
    cmp = judgedDay - due;
  }
  out.judgedDay = judgedDay;
  if (secondLate || cmp > 0) {
    out.status = S_LATE;
    out.delayDays = judgedDay > due ? judgedDay - due : 0;
    if (cal !== undefined && withDelay) {
      const w = judgedDay > due ? cal.workingDayIndex(judgedDay) - cal.workingDayIndex(due) : 0;
      out.delayWorkingDays = w;
    }
  } else {
    out.status = cmp < 0 ? S_EARLY : S_ON_TIME;
    if (cal !== undefined) out.delayWorkingDays = 0;
  }
  if (realResolution && measureProcessing) {
    let w = cal.workingDayIndex(endDay) - cal.workingDayIndex(eff);
    // The agency's time: net of the waiting on the applicant (under 'restart' too).
    if (cr.subtract || cr.restart) {
      for (let k = 0; k < nReq; k++) {
        const c = n.supCompDay[k]!;
        if (c === NO_DAY || c > asOf) break;
        w -= cal.workingDayIndex(c) - cal.workingDayIndex(n.supReqDay[k]!);
      }
    }
    out.processingWorkingDays = w > 0 ? w : 0;
  }
}

function judgePending(
  day: number,
  pauseDays: number,
  due: number,
  secondLate: boolean,
  cal: DossierCalendar | undefined,
  out: CoreResult,
): void {
  const judged = day - pauseDays;
  out.judgedDay = judged;
  out.endDay = NO_DAY;
  if (secondLate || due < judged) {
    out.status = S_OVERDUE;
    out.delayDays = judged > due ? judged - due : 0;
    if (cal !== undefined) out.delayWorkingDays = judged > due ? cal.workingDayIndex(judged) - cal.workingDayIndex(due) : 0;
  } else {
    out.status = S_WITHIN;
    if (cal !== undefined) out.delayWorkingDays = 0;
  }
}
