// Test helpers for the rules of NĐ 118/2025: rule sets to compare the paths under, and dossiers as columns.
import { NO_DATE, toDayNumber, type DossierColumns, type DossierRecord, type DossierRulesInput } from 'cchc';

/** Rule sets with the outcomes and checks of NĐ 118, and the report rules (stops as withdrawals). */
export const ND118_RULES: DossierRulesInput[] = [
  'nd118',
  'in-force',
  { preset: 'nd118', supplementWindow: { days: 15, unit: 'working-days' }, extensionNoticeDays: 3 },
  { preset: 'nd118', awaitingSupplement: 'separate', stoppedOnRequest: 'as-withdrawn', withdrawnOrReturned: 'ends-processing' },
  { preset: 'nd118', supplementWindow: null, awaitingSupplement: 'pending', extensions: 'ignore' },
  { preset: 'report', supplementTime: 'restart', extensions: 'once', stoppedOnRequest: 'separate' },
  'report',
];

/** The dossiers as the columns of tallyDossierColumns, as of the end of the period `to`. */
export function nd118Columns(records: readonly DossierRecord[], to: string): DossierColumns {
  const n = records.length;
  const T = toDayNumber(to);
  const day = (s: string | null | undefined) => (s ? toDayNumber(s.slice(0, 10)) : NO_DATE);
  const c = {
    received: new Int32Array(n),
    due: new Int32Array(n),
    slaWorkingDays: new Int32Array(n),
    resolved: new Int32Array(n),
    withdrawnOrReturned: new Int32Array(n),
    channel: new Uint8Array(n),
    notAccepted: new Uint8Array(n),
    supplementRequests: new Uint8Array(n),
    supplementDays: new Int32Array(n),
    openSupplementRequested: new Int32Array(n),
    stopped: new Int32Array(n),
    supplementCompleted: new Int32Array(n),
    supplementNewDue: new Int32Array(n),
    extensionNotified: new Int32Array(n),
    extensionNewDue: new Int32Array(n),
  };
  records.forEach((r, i) => {
    c.received[i] = day(r.receivedAt);
    c.due[i] = day(r.dueDate);
    c.slaWorkingDays[i] = r.slaWorkingDays ?? -1;
    c.resolved[i] = day(r.resolvedAt);
    const ret = day(r.returnedAt);
    const wdr = day(r.withdrawnAt);
    c.withdrawnOrReturned[i] = ret !== NO_DATE && ret <= T ? ret : wdr !== NO_DATE && wdr <= T ? wdr : ret !== NO_DATE ? ret : wdr;
    c.channel[i] = r.channel === 'in-person' ? 0 : r.channel === 'online' ? 1 : r.channel === 'postal' ? 2 : 3;
    c.notAccepted[i] = r.rejectedAt ? 1 : 0;
    c.stopped[i] = day(r.stoppedAt);
    let open = NO_DATE;
    let done = NO_DATE;
    let newDue = NO_DATE;
    for (const s of r.supplements ?? []) {
      const q = day(s.requestedAt);
      if (q > T) continue;
      c.supplementRequests[i]!++;
      const d = day(s.completedAt);
      if (d === NO_DATE || d > T) open = q;
      else {
        c.supplementDays[i]! += d - q;
        // the latest new due date given among the supplements completed on the last completion day
        const nd = day(s.newDueDate);
        newDue = d !== done ? nd : nd === NO_DATE ? newDue : newDue === NO_DATE ? nd : Math.max(newDue, nd);
        done = d;
      }
    }
    c.openSupplementRequested[i] = open;
    c.supplementCompleted[i] = done;
    c.supplementNewDue[i] = newDue;
    const first = r.extension ?? r.extensions?.[0];
    c.extensionNotified[i] = day(first?.notifiedAt);
    c.extensionNewDue[i] = day(first?.newDueDate);
  });
  return c;
}
