import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, mergeTallies, tallyAggregateRows, tallyFromRow, tallyToRow, type DossierTally } from 'cchc';

describe('pre-aggregated rows', () => {
  it('round-trip a tally through a flat row', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 13, maxLength: 13 }), fc.boolean(), (c, p) => {
        const t: DossierTally = mergeTallies(emptyTally(), {
          received: { total: c[0]! + c[1]! + c[2]! + c[3]!, carriedOver: c[0]!, newOnline: c[1]!, newInPerson: c[2]!, newPostal: c[3]! },
          resolved: { total: c[4]! + c[5]! + c[6]!, early: c[4]!, onTime: c[5]!, late: c[6]! },
          pending: { total: c[7]! + c[8]!, withinDue: c[7]!, overdue: c[8]! },
          withdrawnOrReturned: c[9]!,
          awaitingSupplement: c[10]!,
          ...(p ? { processing: { count: c[11]!, workingDays: c[12]! } } : {}),
        });
        expect(tallyFromRow(tallyToRow(t))).toEqual(t);
      }),
    );
  });
  it('read bigints and numeric strings, check totals, rename columns', () => {
    const row = {
      carried_over: 1n,
      new_online: '2',
      new_in_person: 3,
      new_postal: 0,
      resolved_early: 0,
      resolved_on_time: 5,
      resolved_late: 1,
      pending_within_due: 0,
      pending_overdue: 0,
      withdrawn_or_returned: 0,
      awaiting_supplement: 0,
    };
    expect(tallyFromRow(row).received.total).toBe(6);
    expect(() => tallyFromRow({ ...row, resolved_total: 7 })).toThrow(/INVALID_TALLY/);
    expect(() => tallyFromRow({ ...row, new_online: -1 })).toThrow(/INVALID_TALLY/);
    expect(() => tallyFromRow({ ...row, new_online: '2.5' })).toThrow(/INVALID_TALLY/);
    const { resolved_early: _e, ...rest } = row;
    expect(() => tallyFromRow(rest)).toThrow(/resolved_early/);
    expect(tallyFromRow({ ...rest, DaXuLyTruocHan: 4 }, { columns: { early: 'DaXuLyTruocHan' } }).resolved.early).toBe(4);
    // a CSV summary with empty total cells: the totals are optional, an empty cell is no total
    const csvRow = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));
    expect(
      tallyFromRow({ ...csvRow, received_total: '', resolved_total: '', processing_count: '', processing_working_days: '' }).received.total,
    ).toBe(6);
    expect(() => tallyFromRow({ ...csvRow, resolved_early: '' })).toThrow(/INVALID_TALLY/);
  });
  it('merge rows, grouped or not, sync or async', async () => {
    const r = (level: string, n: number) => ({
      level,
      carried_over: 0,
      new_online: n,
      new_in_person: 0,
      new_postal: 0,
      resolved_early: n,
      resolved_on_time: 0,
      resolved_late: 0,
      pending_within_due: 0,
      pending_overdue: 0,
      withdrawn_or_returned: 0,
      awaiting_supplement: 0,
    });
    const rows = [r('a', 1), r('b', 2), r('a', 3)];
    expect(tallyAggregateRows(rows).received.total).toBe(6);
    expect(tallyAggregateRows(rows, { groupBy: 'level' }).get('a')?.resolved.early).toBe(4);
    async function* gen() {
      yield* rows;
    }
    expect((await tallyAggregateRows(gen())).received.newOnline).toBe(6);
    expect(() => tallyAggregateRows([{}])).toThrow(/INVALID_TALLY/);
  });
});
