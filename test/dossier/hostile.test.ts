// Issue 12, dossier module: hostile input gives a value or a CchcError, never a TypeError, a wrong count or NaN.
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../_support/linear-time.js';
import {
  CchcError,
  calendarTableSql,
  classifyDossier,
  emptyTally,
  mergeTallies,
  parseDossierRecord,
  tallyDossierColumns,
  tallyDossiers,
  tallyFromRow,
  tallyToRow,
  toDayNumber,
  type DossierRecord,
  type DossierTally,
} from 'cchc';

/** The error `fn` throws: a CchcError (anything else fails the test). */
function errorOf(fn: () => unknown): CchcError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return e as CchcError;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}

const period = { start: '2019-09-01', end: '2019-09-30' } as const;
const ok = { id: 'HS-1', receivedAt: '2019-09-03', dueDate: '2019-09-10' } as const;

describe('prototype names are not channels', () => {
  it('refuses channel "toString" (and other Object.prototype names) with INVALID_CHANNEL instead of counting it in person', () => {
    for (const channel of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const e = errorOf(() => parseDossierRecord({ ...ok, channel }));
      expect(e.code).toBe('INVALID_CHANNEL');
      expect(e.path).toEqual(['channel']);
      expect(errorOf(() => tallyDossiers([{ ...ok, channel } as unknown as DossierRecord], period)).code).toBe('INVALID_CHANNEL');
      expect(errorOf(() => classifyDossier({ ...ok, channel } as unknown as DossierRecord, { asOf: '2019-09-30' })).code).toBe(
        'INVALID_CHANNEL',
      );
    }
    const seen: string[] = [];
    const t = tallyDossiers([{ ...ok, channel: 'toString' } as unknown as DossierRecord, ok], {
      ...period,
      onInvalid: (e, i) => seen.push(`${i} ${e.code}`),
    });
    expect(seen).toEqual(['0 INVALID_CHANNEL']);
    expect(t.received.newInPerson).toBe(1);
  });
});

describe('sparse arrays and null', () => {
  it('tallyToRow(null) and other non-tallies are INVALID_TALLY, not a TypeError', () => {
    for (const bad of [null, undefined, 42, 'x', [], {}]) expect(errorOf(() => tallyToRow(bad as never)).code).toBe('INVALID_TALLY');
    expect(errorOf(() => tallyToRow({ ...emptyTally(), resolved: null } as never)).path).toEqual(['resolved']);
  });

  it('a hole in the records given to tallyDossiers is an invalid record at its index', () => {
    const sparse = [ok, , ok] as unknown as DossierRecord[];
    const e = errorOf(() => tallyDossiers(sparse, period));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual([1]);
    const seen: number[] = [];
    const t = tallyDossiers(sparse, { ...period, onInvalid: (_e, i) => seen.push(i) });
    expect(seen).toEqual([1]);
    expect(t.received.total).toBe(2);
  });

  it('a hole in the group codes of tallyDossierColumns is an invalid position, never an undefined result', () => {
    const d = toDayNumber('2019-09-03');
    const columns = { received: Int32Array.of(d, d, d), due: Int32Array.of(d + 3, d + 3, d + 3) };
    const codes = [0, , 1] as unknown as number[];
    const e = errorOf(() => tallyDossierColumns(columns, { ...period, groups: { codes, count: 2 } }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual([1]);
    const seen: number[] = [];
    const out = tallyDossierColumns(columns, { ...period, groups: { codes, count: 2 }, onInvalid: (_e, i) => seen.push(i) });
    expect(seen).toEqual([1]);
    expect(out.map((x) => x.received.total)).toEqual([1, 1]);
  });

  it('a hole among the tallies given to mergeTallies is INVALID_TALLY at its index', () => {
    const t = tallyDossiers([ok], period);
    const sparse = [t, , t] as unknown as DossierTally[];
    const e = errorOf(() => mergeTallies(...sparse));
    expect(e.code).toBe('INVALID_TALLY');
    expect(e.path).toEqual([1]);
    expect(errorOf(() => mergeTallies(t, undefined as never)).path).toEqual([1]);
  });

  it('calendarTableSql(null) is INVALID_INPUT (rows or options)', () => {
    expect(errorOf(() => calendarTableSql(null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => calendarTableSql([], null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => calendarTableSql([{ date: '2024-05-03', isWorkingDay: true, workingDayIndex: 1 }, ,] as never)).path).toEqual([
      'rows',
      1,
    ]);
  });
});

describe('library objects passed back in are re-validated', () => {
  it('a tally with NaN, Infinity, a negative or fractional count is INVALID_TALLY, never NaN in the result', () => {
    const t = tallyDossiers([ok, { ...ok, id: 2, resolvedAt: '2019-09-05' }], period);
    const bad: unknown[] = [
      { ...t, resolved: Number.NaN },
      { ...t, withdrawnOrReturned: Number.NaN },
      { ...t, awaitingSupplement: Number.POSITIVE_INFINITY },
      { ...t, resolved: { ...t.resolved, early: Number.NaN } },
      { ...t, pending: { ...t.pending, overdue: 0.5, total: t.pending.total + 0.5 } },
      { ...t, processing: { count: Number.NaN, workingDays: 1 } },
    ];
    for (const b of bad) {
      expect(errorOf(() => mergeTallies(t, b as DossierTally)).code).toBe('INVALID_TALLY');
      expect(errorOf(() => tallyToRow(b as DossierTally)).code).toBe('INVALID_TALLY');
    }
  });
});

describe('grouping keys are NFC', () => {
  it('composed and decomposed "Sở Tư pháp" make one group, keyed by the NFC text', () => {
    const nfc = 'Sở Tư pháp'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const records = [
      { ...ok, id: 1, agency: nfc, procedure: 'Cấp bản sao'.normalize('NFC') },
      { ...ok, id: 2, agency: nfd, procedure: 'Cấp bản sao'.normalize('NFD') },
    ];
    const byAgency = tallyDossiers(records, { ...period, groupBy: 'agency' });
    expect([...byAgency.keys()]).toEqual([nfc]);
    expect(byAgency.get(nfc)?.received.total).toBe(2);
    const byProcedure = tallyDossiers(records, { ...period, groupBy: 'procedure' });
    expect([...byProcedure.keys()]).toEqual(['Cấp bản sao'.normalize('NFC')]);
  });
});

/**
 * time(make(10 n)) ≤ 20 × time(make(n)): a linear reader gives about 10, a quadratic one 100. `make(n)` builds the
 * input and returns the call to time. The suite's one linear-time check (test/_support/linear-time.ts).
 */
const expectLinear = (make: (n: number) => () => unknown, n: number) => expectLinearTime((call: () => unknown) => call(), make, n);

describe('the texts the dossier module reads are read in linear time', () => {
  const quietly = (fn: () => unknown) => () => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
    }
  };
  it('dates and date-times of a record (long, almost valid texts): TEXT_TOO_LONG beyond MAX_EVENT_TEXT_LENGTH', async () => {
    const long = `2019-09-03T10:00:00.${'1'.repeat(100)}+07:00`;
    const tooLong = { code: 'TEXT_TOO_LONG', path: ['receivedAt'] };
    expect(errorOf(() => parseDossierRecord({ ...ok, receivedAt: long }))).toMatchObject(tooLong);
    const tooLongAt0 = { code: 'TEXT_TOO_LONG', path: [0, 'resolvedAt'] };
    expect(errorOf(() => tallyDossiers([{ ...ok, resolvedAt: long }], period))).toMatchObject(tooLongAt0);
    // The inputs are built once, outside the timed call.
    const record = (key: string, value: string) => ({ ...ok, [key]: value });
    await expectLinear((n) => {
      const r = record('receivedAt', `2019-09-03T10:00:00${'0'.repeat(n)}+07:00`);
      return quietly(() => parseDossierRecord(r));
    }, 20_000);
    await expectLinear((n) => {
      const r = record('resolvedAt', `2019-09-03 ${' '.repeat(n)}x`);
      return quietly(() => parseDossierRecord(r));
    }, 20_000);
    await expectLinear((n) => {
      const r = record(`resolvedOn${'x'.repeat(n)}`, '2019-09-05');
      return quietly(() => parseDossierRecord(r));
    }, 2_000);
  });
  it('counts of aggregate rows (digits and spaces)', async () => {
    const row = tallyToRow(emptyTally());
    await expectLinear((n) => {
      const r = { ...row, new_online: `${' '.repeat(n)}1${' '.repeat(n)}x` };
      return quietly(() => tallyFromRow(r));
    }, 2_000);
    await expectLinear((n) => {
      const r = { ...row, new_online: '9'.repeat(n) };
      return quietly(() => tallyFromRow(r));
    }, 4_000);
  });
});

describe('counts written by other programs', () => {
  it('"-0" and "-0.0" (a negative zero, as Python prints it) are 0; other negatives and long texts are refused', async () => {
    const row = { ...tallyToRow(emptyTally()), received_total: '' };
    expect(tallyFromRow({ ...row, new_online: '-0.0', new_postal: -0, carried_over: ' -0 ' }).received.total).toBe(0);
    expect(tallyFromRow({ ...row, new_online: ' 12.000 ' }).received.newOnline).toBe(12);
    for (const bad of ['-1', '-0.5', '1e3', '0x10', '9'.repeat(17), `${'0'.repeat(100)}1`, '']) {
      expect(errorOf(() => tallyFromRow({ ...row, new_online: bad })).code).toBe('INVALID_TALLY');
    }
  });
});
