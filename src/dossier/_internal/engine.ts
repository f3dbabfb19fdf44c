import { issue, type CchcIssue } from '../../core/errors.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import { cutoffMinutes, type DossierRules } from '../rules.js';
import type { DossierCalendar } from './calendar-port.js';
import { NO_DAY, NO_MINUTE } from '../../core/read-date.js';
import type { NormalizedDossier } from './normalize.js';

// Status codes (index into STATUS_NAMES).
export const S_EARLY = 0;
export const S_ON_TIME = 1;
export const S_LATE = 2;
export const S_WITHIN = 3;
export const S_OVERDUE = 4;
export const S_AWAITING = 5;
export const S_WITHDRAWN = 6;
export const S_NOT_ACCEPTED = 7;

export const STATUS_NAMES = [
  'resolved-early',
  'resolved-on-time',
  'resolved-late',
  'pending-within',
  'pending-overdue',
  'awaiting-supplement',
  'withdrawn-or-returned',
  'not-accepted',
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
}

/** @internal */
export function compileRules(rules: DossierRules): CompiledRules {
  return {
    rules,
    datetime: rules.compare === 'datetime',
    subtract: rules.supplementTime === 'subtract',
    awaiting: rules.awaitingSupplement === 'separate' ? 0 : rules.awaitingSupplement === 'ends-at-request' ? 1 : 2,
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
}

export function newCoreResult(): CoreResult {
  return { status: 0, endDay: NO_DAY, dueDay: NO_DAY, dueMin: NO_MINUTE, effectiveReceiptDay: NO_DAY, judgedDay: NO_DAY, delayDays: 0, delayWorkingDays: -1, processingWorkingDays: -1, supplementRequests: 0 };
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
  for (let k = 0; k < n.supN; k++) {
    if (out(n.supReqDay[k]!)) return ['supplements', k, 'requestedAt'];
    if (out(n.supCompDay[k]!)) return ['supplements', k, 'completedAt'];
  }
  return [n.dueDay === NO_DAY ? 'slaWorkingDays' : 'receivedAt'];
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
      if (n.recMs < 0) throw new CoreProblem(
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
  }
  out.dueDay = due;
  out.dueMin = dueMin;

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
  } else if ((n.retDay !== NO_DAY && n.retDay <= asOf) || (n.wdrDay !== NO_DAY && n.wdrDay <= asOf)) {
    if (n.retDay !== NO_DAY && n.retDay <= asOf) {
      endDay = n.retDay;
      endMin = n.retMin;
    } else {
      endDay = n.wdrDay;
      endMin = n.wdrMin;
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
  } else if (open) {
    const qDay = n.supReqDay[nReq - 1]!;
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
    if (cr.subtract) {
      for (let k = 0; k < nReq; k++) {
        const c = n.supCompDay[k]!;
        if (c === NO_DAY || c > asOf) break;
        w -= cal.workingDayIndex(c) - cal.workingDayIndex(n.supReqDay[k]!);
      }
    }
    out.processingWorkingDays = w > 0 ? w : 0;
  }
}

function judgePending(day: number, pauseDays: number, due: number, secondLate: boolean, cal: DossierCalendar | undefined, out: CoreResult): void {
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
