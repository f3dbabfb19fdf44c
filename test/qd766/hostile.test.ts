// Hostile input: every QĐ 766 function gives a value or one CchcError, never a TypeError, NaN or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audit766Scores,
  isCchcError,
  lostPoints766,
  measure766,
  measure766FromRows,
  paknFromCsvRows,
  qd766Methodology,
  qd766Sql,
  qd766WeeklySnapshot,
  regroup766To2022,
  score766,
  tthcCatalogueFromCsvRows,
  weekPeriod,
  withUnitLevelTreatments,
  QD766_PORTAL,
} from 'cchc';

const weird = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    1e308,
    '',
    'toString',
    '__proto__',
    null,
    undefined,
    [],
    {},
    Object.create(null),
  ),
);
const period = { start: '2026-08-01', end: '2026-08-31' };

function valueOrCchcError(f: () => unknown): boolean {
  try {
    const v = f();
    if (v instanceof Promise) return true;
    return !JSON.stringify(v ?? null).includes('NaN');
  } catch (e) {
    return isCchcError(e);
  }
}

describe('QĐ 766 functions on hostile input', () => {
  it('measure766 (sources, options, records, facts)', () => {
    fc.assert(
      fc.property(weird, weird, weird, (a, b, c) => {
        return (
          valueOrCchcError(() => measure766(a as never, b as never)) &&
          valueOrCchcError(() => measure766({ dossiers: [a] } as never, { period, level: 'province' })) &&
          valueOrCchcError(() =>
            measure766({ dossiers: [{ id: 1, receivedAt: '2026-08-03', dueDate: '2026-08-05', qd766: a }] } as never, {
              period,
              level: 'province',
            }),
          ) &&
          valueOrCchcError(() => measure766({ catalogue: [a], pakn: [b] } as never, { period, level: 'province' })) &&
          valueOrCchcError(() => measure766({ pakn: [] }, { period, level: 'province', asOf: a, provided: c } as never))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('score766, lostPoints766, regroup766To2022', () => {
    const m = measure766({ pakn: [] }, { period, level: 'province' });
    fc.assert(
      fc.property(weird, weird, (a, b) => {
        return (
          valueOrCchcError(() => score766(a as never, b as never)) &&
          valueOrCchcError(() => score766(m, a as never)) &&
          valueOrCchcError(() => lostPoints766(a as never)) &&
          valueOrCchcError(() => regroup766To2022(a as never))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('audit766Scores, qd766Sql, measure766FromRows, the CSV row readers', () => {
    fc.assert(
      fc.property(weird, weird, (a, b) => {
        return (
          valueOrCchcError(() => audit766Scores(a as never, b as never)) &&
          valueOrCchcError(() => audit766Scores([{ unit: 'X', total: a, groups: { '1': b }, rank: a }] as never)) &&
          valueOrCchcError(() => qd766Sql(a as never)) &&
          valueOrCchcError(() => qd766Sql({ dialect: 'duckdb', dossiers: 'd', calendarTable: 'c', period, factColumns: a } as never)) &&
          valueOrCchcError(() => measure766FromRows(a as never, {}, { period, level: 'province' })) &&
          valueOrCchcError(() => measure766FromRows([{ group_key: a, carried_over: b }] as never, {}, { period, level: 'province' })) &&
          valueOrCchcError(() => tthcCatalogueFromCsvRows([a] as never, b as never)) &&
          valueOrCchcError(() => paknFromCsvRows([a] as never))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('editions, weeks, level treatments', () => {
    fc.assert(
      fc.property(weird, weird, (a, b) => {
        return (
          valueOrCchcError(() => qd766Methodology(a as never, b as never)) &&
          valueOrCchcError(() => weekPeriod(a as never, b as never)) &&
          valueOrCchcError(() => qd766WeeklySnapshot(2025, a as never, b as never)) &&
          valueOrCchcError(() => withUnitLevelTreatments(QD766_PORTAL, a as never, b as never))
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a huge numerator stays exact', () => {
    const m = measure766(
      { pakn: [] },
      { period, level: 'province', provided: { '3.1': { numerator: 2 ** 53 - 2, denominator: 2 ** 53 - 1 } } },
    );
    expect(score766(m, { partial: true }).score.nodes['3.1']?.achieved.toString()).toBe('12');
  });
});
