import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, DossierRecordSchema, parseDossierRecord, toDayNumber } from 'cchc';
import { isIsoDate } from '../../src/core/iso-date.js';
import { reading as parsed, readDateOrTimestampFast } from '../../src/core/read-date.js';

const ok = { id: 'HS-1', receivedAt: '2019-09-03', dueDate: '2019-09-10' };

function codes(input: unknown): string[] {
  try {
    parseDossierRecord(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
}

describe('parseDossierRecord', () => {
  it('accepts valid records (dates, date-times with offsets, nulls for absent fields)', () => {
    expect(parseDossierRecord(ok)).toBe(ok);
    expect(
      codes({ ...ok, receivedAt: '2019-09-03T16:30:00+07:00', resolvedAt: '2019-09-05T02:00:00Z', channel: 'postal', level: 'commune' }),
    ).toEqual([]);
    expect(codes({ id: 7, receivedAt: '2019-09-03', dueDate: null, slaWorkingDays: 0, resolvedAt: null, supplements: null })).toEqual([]);
    expect(codes({ id: 'x', receivedAt: '2019-09-03', rejectedAt: '2019-09-03' })).toEqual([]); // not accepted: no due date needed
  });

  it('reports every problem of a record, each with its code and path', () => {
    expect(codes({ id: '', receivedAt: '2019-02-30', channel: 'fax', slaWorkingDays: -1, level: 'ward' })).toEqual([
      'INVALID_INPUT@id',
      'INVALID_ADMIN_LEVEL@level',
      'INVALID_CHANNEL@channel',
      'INVALID_DATE@receivedAt',
      'INVALID_SLA@slaWorkingDays',
    ]);
    expect(codes({ ...ok, dueDate: '2019-09-02', resolvedAt: '2019-09-01', withdrawnAt: '2019-08-01' })).toEqual([
      'DUE_BEFORE_RECEIPT@dueDate',
      'EVENT_BEFORE_RECEIPT@resolvedAt',
      'EVENT_BEFORE_RECEIPT@withdrawnAt',
    ]);
  });

  it('rejects malformed dates and date-times without an offset', () => {
    expect(codes({ ...ok, receivedAt: '03/09/2019' })).toEqual(['INVALID_DATE@receivedAt']);
    expect(codes({ ...ok, resolvedAt: '2019-09-05T10:00:00' })).toEqual(['INVALID_TIMESTAMP@resolvedAt']);
    expect(codes({ ...ok, resolvedAt: 20190905 })).toEqual(['INVALID_DATE@resolvedAt']);
    expect(codes({ ...ok, receivedAt: undefined })).toEqual(['INVALID_DATE@receivedAt']);
  });

  it('compares instants when both events carry a time', () => {
    expect(codes({ ...ok, receivedAt: '2019-09-03T10:00:00+07:00', resolvedAt: '2019-09-03T09:00:00+07:00' })).toEqual([
      'EVENT_BEFORE_RECEIPT@resolvedAt',
    ]);
    expect(codes({ ...ok, receivedAt: '2019-09-03T10:00:00+07:00', resolvedAt: '2019-09-03' })).toEqual([]);
  });

  it('needs a due date or an SLA on accepted dossiers; an SLA of 1.5 is invalid', () => {
    expect(codes({ id: 1, receivedAt: '2019-09-03' })).toEqual(['MISSING_DUE_DATE@dueDate']);
    expect(codes({ id: 1, receivedAt: '2019-09-03', slaWorkingDays: 1.5 })).toEqual(['INVALID_SLA@slaWorkingDays']);
  });

  it('checks supplements: order, completion after request, none open on a resolved dossier', () => {
    const base = { ...ok, dueDate: '2019-09-30' };
    expect(codes({ ...base, supplements: [{ requestedAt: '2019-09-05', completedAt: '2019-09-04' }] })).toEqual([
      'INVALID_SUPPLEMENT@supplements.0.completedAt',
    ]);
    expect(codes({ ...base, supplements: [{ requestedAt: '2019-09-01' }] })).toEqual(['EVENT_BEFORE_RECEIPT@supplements.0.requestedAt']);
    expect(codes({ ...base, supplements: [{ requestedAt: '2019-09-05' }, { requestedAt: '2019-09-06' }] })).toEqual([
      'INVALID_SUPPLEMENT@supplements.1.requestedAt',
    ]);
    expect(
      codes({ ...base, supplements: [{ requestedAt: '2019-09-05', completedAt: '2019-09-08' }, { requestedAt: '2019-09-07' }] }),
    ).toEqual(['INVALID_SUPPLEMENT@supplements.1.requestedAt']);
    expect(codes({ ...base, resolvedAt: '2019-09-10', supplements: [{ requestedAt: '2019-09-05' }] })).toEqual([
      'INVALID_SUPPLEMENT@supplements.0.completedAt',
    ]);
    expect(codes({ ...base, resolvedAt: '2019-09-10', supplements: [{ requestedAt: '2019-09-11', completedAt: '2019-09-12' }] })).toEqual([
      'INVALID_SUPPLEMENT@supplements.0.requestedAt',
    ]);
    expect(codes({ ...base, supplements: 'none' })).toEqual(['INVALID_SUPPLEMENT@supplements']);
  });

  it('rejects a not-accepted dossier with processing events', () => {
    expect(codes({ ...ok, rejectedAt: '2019-09-03', resolvedAt: '2019-09-05' })).toEqual(['CONFLICTING_OUTCOMES@rejectedAt']);
  });

  it('rejects non-objects', () => {
    expect(codes(null)).toEqual(['INVALID_INPUT@']);
    expect(codes([ok])).toEqual(['INVALID_INPUT@']);
  });
});

describe('DossierRecordSchema', () => {
  it('accepts what parseDossierRecord accepts and reports the cross-field problems with cchc codes', () => {
    expect(DossierRecordSchema.safeParse(ok).success).toBe(true);
    const r = DossierRecordSchema.safeParse({ ...ok, dueDate: '2019-09-01', channel: 'online' });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(['DUE_BEFORE_RECEIPT']);
    const bad = DossierRecordSchema.safeParse({ ...ok, channel: 'fax' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.code)).toEqual(['INVALID_CHANNEL']);
  });
});

describe('day numbers of ISO dates (the month table of the hot path)', () => {
  it('agree with toDayNumber and reject impossible dates, inside and outside 1900–2199', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1850, max: 2250 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        (y, m, d, timed) => {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const text = timed ? `${date}T10:30:00+07:00` : date;
          const ok = readDateOrTimestampFast(text);
          if (isIsoDate(date)) {
            expect(ok).toBe(true);
            expect(parsed.day).toBe(toDayNumber(date));
          } else expect(ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
    for (const [date, ok] of [
      ['1900-02-29', false],
      ['2000-02-29', true],
      ['2100-02-29', false],
      ['2199-12-31', true],
      ['2200-02-29', false],
      ['1899-12-31', true],
    ] as const) {
      expect(readDateOrTimestampFast(date)).toBe(ok);
    }
  });
});
