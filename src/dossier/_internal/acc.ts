import type { DossierTally } from '../tally.js';
import {
  S_AWAITING,
  S_CLOSED,
  S_EARLY,
  S_LATE,
  S_NOT_ACCEPTED,
  S_ON_TIME,
  S_OVERDUE,
  S_PAUSED,
  S_STOPPED,
  S_WITHDRAWN,
  S_WITHIN,
  type CoreResult,
} from './engine.js';
import { CH_ONLINE, CH_POSTAL, type NormalizedDossier } from './normalize.js';

/** Slots of a tally accumulator (a Float64Array; counts stay exact integers below 2^53). @internal */
export const A = {
  carriedOver: 0,
  newOnline: 1,
  newInPerson: 2,
  newPostal: 3,
  early: 4,
  onTime: 5,
  late: 6,
  withinDue: 7,
  overdue: 8,
  withdrawnOrReturned: 9,
  awaitingSupplement: 10,
  processingCount: 11,
  processingWorkingDays: 12,
  /** Records resting on provisional days of the calendar (issue 13; see _internal/provisional.ts). */
  provisional: 13,
  // NĐ 118/2025 counts.
  paused: 14,
  stoppedOnRequest: 15,
  closedWithoutSupplement: 16,
} as const;

export const ACC_SIZE = 17;

/** Slot of each status. @internal */
export const STATUS_SLOT: readonly number[] = (() => {
  const s: number[] = [];
  s[S_EARLY] = A.early;
  s[S_ON_TIME] = A.onTime;
  s[S_LATE] = A.late;
  s[S_WITHIN] = A.withinDue;
  s[S_OVERDUE] = A.overdue;
  s[S_AWAITING] = A.awaitingSupplement;
  s[S_WITHDRAWN] = A.withdrawnOrReturned;
  s[S_NOT_ACCEPTED] = -1;
  s[S_PAUSED] = A.paused;
  s[S_STOPPED] = A.stoppedOnRequest;
  s[S_CLOSED] = A.closedWithoutSupplement;
  return s;
})();

/** @internal */
export function newAcc(): Float64Array {
  return new Float64Array(ACC_SIZE);
}

/** Add one classified dossier (already known to be in the period). @internal */
export function addAcc(acc: Float64Array, n: NormalizedDossier, out: CoreResult, from: number): void {
  if (n.recDay < from) acc[A.carriedOver]!++;
  else if (n.channel === CH_ONLINE) acc[A.newOnline]!++;
  else if (n.channel === CH_POSTAL) acc[A.newPostal]!++;
  else acc[A.newInPerson]!++;
  acc[STATUS_SLOT[out.status]!]!++;
  if (out.processingWorkingDays >= 0) {
    acc[A.processingCount]!++;
    acc[A.processingWorkingDays]! += out.processingWorkingDays;
  }
}

/**
 * Build a frozen tally from an accumulator; `calendar` (the name of the calendar the counts rest on) is set as a
 * non-enumerable property, so tallies compare and serialise by their counts. `nd118`: add the counts of the NĐ 118
 * outcomes (paused, stopped on request, closed without supplement). @internal
 */
export function accToTally(a: Float64Array, withProcessing: boolean, calendar?: string, nd118 = false): DossierTally {
  const carriedOver = a[A.carriedOver]!;
  const newOnline = a[A.newOnline]!;
  const newInPerson = a[A.newInPerson]!;
  const newPostal = a[A.newPostal]!;
  const early = a[A.early]!;
  const onTime = a[A.onTime]!;
  const late = a[A.late]!;
  const withinDue = a[A.withinDue]!;
  const overdue = a[A.overdue]!;
  const t: {
    received: DossierTally['received'];
    resolved: DossierTally['resolved'];
    pending: DossierTally['pending'];
    withdrawnOrReturned: number;
    awaitingSupplement: number;
    paused?: number;
    stoppedOnRequest?: number;
    closedWithoutSupplement?: number;
    provisional?: number;
    processing?: { count: number; workingDays: number };
  } = {
    received: Object.freeze({ total: carriedOver + newOnline + newInPerson + newPostal, carriedOver, newOnline, newInPerson, newPostal }),
    resolved: Object.freeze({ total: early + onTime + late, early, onTime, late }),
    pending: Object.freeze({ total: withinDue + overdue, withinDue, overdue }),
    withdrawnOrReturned: a[A.withdrawnOrReturned]!,
    awaitingSupplement: a[A.awaitingSupplement]!,
  };
  if (nd118) {
    t.paused = a[A.paused]!;
    t.stoppedOnRequest = a[A.stoppedOnRequest]!;
    t.closedWithoutSupplement = a[A.closedWithoutSupplement]!;
  }
  if (a[A.provisional]! > 0) t.provisional = a[A.provisional]!; // present when some record rests on provisional days
  if (withProcessing) t.processing = Object.freeze({ count: a[A.processingCount]!, workingDays: a[A.processingWorkingDays]! });
  if (calendar !== undefined) Object.defineProperty(t, 'calendar', { value: calendar, enumerable: false });
  return Object.freeze(t);
}
