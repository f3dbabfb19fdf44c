// Issue 11, dossier module: one vocabulary (ranges, calendars, rates, citations, bilingual labels) and strict inputs
// (a typo is UNKNOWN_KEY at its path with a suggestion, never a silently different answer).
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  DOSSIER_RULE_PRESETS,
  DossierRecordSchema,
  DossierRulesInputSchema,
  DossierSupplementSchema,
  DossierTallySchema,
  NO_DATE,
  SourceRefSchema,
  calendarTableSql,
  checkTally,
  civilServiceCalendar,
  classifyDossier,
  createWorkCalendar,
  dossierSql,
  dossierSqlProblems,
  emptyTally,
  isCchcError,
  lateRate,
  mergeTallies,
  onTimeRate,
  overduePendingRate,
  parseDossierRecord,
  parsePeriod,
  qd766ProgressScore,
  resolveDossierRules,
  tallyAggregateRows,
  tallyDossierColumns,
  tallyDossiers,
  tallyFromRow,
  tallyToRow,
  toDayNumber,
  type DossierRecord,
  type DossierTally,
  type RuleSource,
  type SourceRef,
} from 'cchc';

/** The first issue of the CchcError `fn` throws. */
function firstIssue(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues[0]!;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}

const ok = { id: 'HS-1', channel: 'online', receivedAt: '2020-02-03', dueDate: '2020-02-10', resolvedAt: '2020-02-07' } as const;
const q1 = parsePeriod('Quý I/2020');
const t = tallyDossiers([ok, { ...ok, id: 'HS-2', resolvedAt: '2020-02-12' }, { ...ok, id: 'HS-3', resolvedAt: undefined }], q1);

describe('typos are refused with a suggestion, never dropped', () => {
  it("record keys: resolvedOn, chanel, slaWorkingdays (and a supplement's completedOn)", () => {
    const cases: [Record<string, unknown>, (string | number)[], string][] = [
      [{ ...ok, resolvedAt: undefined, resolvedOn: '2020-02-07' }, ['resolvedOn'], 'resolvedAt'],
      [{ ...ok, channel: undefined, chanel: 'online' }, ['chanel'], 'channel'],
      [{ id: 1, receivedAt: '2020-02-03', dueDate: '2020-02-10', slaWorkingdays: 5 }, ['slaWorkingdays'], 'slaWorkingDays'],
      [
        { ...ok, resolvedAt: undefined, supplements: [{ requestedAt: '2020-02-04', completedOn: '2020-02-05' }] },
        ['supplements', 0, 'completedOn'],
        'completedAt',
      ],
    ];
    for (const [record, path, suggestion] of cases) {
      for (const i of [firstIssue(() => parseDossierRecord(record)), DossierRecordSchema.issuesOf(record)[0]!]) {
        expect(i).toMatchObject({ code: 'UNKNOWN_KEY', path, suggestion });
        expect(i.messageEn).toContain(`did you mean '${suggestion}'?`);
      }
      expect(firstIssue(() => tallyDossiers([record as unknown as DossierRecord], q1))).toMatchObject({
        code: 'UNKNOWN_KEY',
        path: [0, ...path],
        suggestion,
      });
      expect(firstIssue(() => classifyDossier(record as unknown as DossierRecord, { asOf: '2020-03-31' }))).toMatchObject({
        code: 'UNKNOWN_KEY',
        path: ['record', ...path],
        suggestion,
      });
    }
    expect(DossierSupplementSchema.issuesOf({ requestedAt: '2020-02-04', completedOn: '2020-02-05' })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'completedAt',
    });
  });

  it('option keys: calender, denominater, maxPoint, groupby, a rule field, a column name', () => {
    const cal = { calender: civilServiceCalendar };
    expect(firstIssue(() => tallyDossiers([ok], { ...q1, ...cal } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'calender'],
      suggestion: 'calendar',
    });
    expect(firstIssue(() => classifyDossier(ok, { asOf: '2020-03-31', ...cal } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'calender'],
      suggestion: 'calendar',
    });
    const columns = { received: Int32Array.of(toDayNumber('2020-02-03')), due: Int32Array.of(toDayNumber('2020-02-10')) };
    expect(firstIssue(() => tallyDossierColumns(columns, { ...q1, ...cal } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'calender'],
      suggestion: 'calendar',
    });
    for (const rate of [onTimeRate, lateRate, overduePendingRate]) {
      expect(firstIssue(() => rate(t, { denominater: 'resolved' } as never))).toMatchObject({
        code: 'UNKNOWN_KEY',
        path: ['options', 'denominater'],
        suggestion: 'denominator',
      });
    }
    expect(firstIssue(() => onTimeRate(t, { denominator: 'resolved-plus-pendng' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'denominator'],
      suggestion: 'resolved-plus-pending',
    });
    expect(firstIssue(() => qd766ProgressScore(t, { maxPoint: 10 } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'maxPoints',
    });
    expect(firstIssue(() => tallyDossiers([ok], { ...q1, groupby: 'level' } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'groupby'],
      suggestion: 'groupBy',
    });
    expect(firstIssue(() => tallyDossiers([ok], { ...q1, groupBy: 'agnecy' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'groupBy'],
      suggestion: 'agency',
    });
    const rules = { preset: 'qd766', awaitingSuplement: 'pending' };
    expect(firstIssue(() => tallyDossiers([ok], { ...q1, rules } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'rules', 'awaitingSuplement'],
      suggestion: 'awaitingSupplement',
    });
    expect(firstIssue(() => classifyDossier(ok, { asOf: '2020-03-31', rules: 'qd767' as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'rules'],
      suggestion: 'qd766',
    });
    expect(DossierRulesInputSchema.issuesOf({ preset: 'report', secondSuplementIsLate: true })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'secondSupplementIsLate',
    });
    const sql = { dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', ...q1 } as const;
    expect(firstIssue(() => dossierSql({ ...sql, groupby: 'level' } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'groupby'],
      suggestion: 'groupBy',
    });
    expect(firstIssue(() => dossierSql({ ...sql, columns: { recievedAt: 'd.x' } } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'columns', 'recievedAt'],
      suggestion: 'receivedAt',
    });
    const problems = { dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', supplement: 's' };
    expect(firstIssue(() => dossierSqlProblems(problems as never))).toMatchObject({ code: 'UNKNOWN_KEY', suggestion: 'supplements' });
    expect(firstIssue(() => tallyAggregateRows([tallyToRow(t)], { groupby: 'level' } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'groupBy',
    });
    expect(firstIssue(() => tallyFromRow(tallyToRow(t), { columns: { erly: 'x' } } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['options', 'columns', 'erly'],
      suggestion: 'early',
    });
    expect(firstIssue(() => calendarTableSql([], { tabel: 'cal' } as never))).toMatchObject({ code: 'UNKNOWN_KEY', suggestion: 'table' });
  });

  it('the exported schemas are strict in JSON Schema too', () => {
    const json = DossierRecordSchema.toJSONSchema() as { additionalProperties?: boolean; required?: string[] };
    expect(json.additionalProperties).toBe(false);
    expect(json.required).toEqual(['id', 'receivedAt']);
    expect((DossierTallySchema.toJSONSchema() as { additionalProperties?: boolean }).additionalProperties).toBe(false);
  });

  it('a tally passed back in with an unknown key is refused too', () => {
    expect(firstIssue(() => mergeTallies(t, { ...t, resolvedd: 1 } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: [1, 'resolvedd'],
      suggestion: 'resolved',
    });
    expect(DossierTallySchema.issuesOf({ ...emptyTally(), pending: { total: 0, withinDue: 0, overDue: 0 } })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'overdue',
    });
  });

  it('null, arrays and numbers as options are INVALID_INPUT, never a TypeError', () => {
    const columns = { received: Int32Array.of(toDayNumber('2020-02-03')), due: Int32Array.of(toDayNumber('2020-02-10')) };
    const calls: (() => unknown)[] = [];
    for (const bad of [null, [], 42, 'x']) {
      calls.push(
        () => tallyDossiers([ok], bad as never),
        () => classifyDossier(ok, bad as never),
        () => tallyDossierColumns(columns, bad as never),
        () => onTimeRate(t, bad as never),
        () => lateRate(t, bad as never),
        () => overduePendingRate(t, bad as never),
        () => qd766ProgressScore(t, bad as never),
        () => tallyFromRow(tallyToRow(t), bad as never),
        () => tallyAggregateRows([tallyToRow(t)], bad as never),
        () => dossierSql(bad as never),
        () => dossierSqlProblems(bad as never),
        () => calendarTableSql([], bad as never),
      );
    }
    for (const call of calls) expect(firstIssue(call).code).toBe('INVALID_INPUT');
    expect(firstIssue(() => tallyDossiers([ok], undefined as never)).code).toBe('INVALID_INPUT');
  });
});

describe('ranges: { start, end }, a Period as it is, from / to deprecated', () => {
  it('tallyDossiers(records, parsePeriod(…)) works, with or without a calendar spread in', () => {
    const viaPeriod = tallyDossiers([ok], parsePeriod('Quý I/2020'));
    expect(viaPeriod.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
    expect(tallyDossiers([ok], { ...parsePeriod('Quý I/2020'), calendar: civilServiceCalendar })).toEqual(viaPeriod);
    expect(tallyDossiers([ok], { start: '2020-01-01', end: '2020-03-31' })).toEqual(viaPeriod);
    // the 0.1 spelling still works
    expect(tallyDossiers([ok], { from: '2020-01-01', to: '2020-03-31' })).toEqual(viaPeriod);
    const columns = {
      received: Int32Array.of(toDayNumber('2020-02-03')),
      due: Int32Array.of(toDayNumber('2020-02-10')),
      resolved: Int32Array.of(toDayNumber('2020-02-07')),
      channel: Uint8Array.of(1),
    };
    expect(tallyDossierColumns(columns, parsePeriod('Quý I/2020'))).toEqual(viaPeriod);
    expect(tallyDossierColumns(columns, { from: '2020-01-01', to: '2020-03-31' })).toEqual(viaPeriod);
    const sql = dossierSql({ dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', ...parsePeriod('Quý I/2020') });
    expect(sql).toBe(dossierSql({ dialect: 'duckdb', dossiers: 'd', calendar: 'cal', from: '2020-01-01', to: '2020-03-31' }));
  });

  it('a reversed range, or both spellings at once, is INVALID_DATE_RANGE everywhere', () => {
    const columns = { received: Int32Array.of(toDayNumber('2020-02-03')), due: Int32Array.of(toDayNumber('2020-02-10')) };
    const sql = { dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal' } as const;
    const reversed = [
      { start: '2020-03-31', end: '2020-01-01' },
      { from: '2020-03-31', to: '2020-01-01' },
    ];
    for (const r of reversed) {
      expect(firstIssue(() => tallyDossiers([ok], r as never)).code).toBe('INVALID_DATE_RANGE');
      expect(firstIssue(() => tallyDossierColumns(columns, r as never)).code).toBe('INVALID_DATE_RANGE');
      expect(firstIssue(() => dossierSql({ ...sql, ...r } as never)).code).toBe('INVALID_DATE_RANGE');
    }
    const both = { start: '2020-01-01', end: '2020-03-31', from: '2020-01-01', to: '2020-03-31' };
    expect(firstIssue(() => tallyDossiers([ok], both as never))).toMatchObject({ code: 'INVALID_DATE_RANGE', path: ['options', 'from'] });
    expect(firstIssue(() => tallyDossierColumns(columns, both as never)).code).toBe('INVALID_DATE_RANGE');
    expect(firstIssue(() => dossierSql({ ...sql, ...both } as never)).code).toBe('INVALID_DATE_RANGE');
    expect(firstIssue(() => tallyDossiers([ok], { ...q1, to: '2020-03-31' } as never)).code).toBe('INVALID_DATE_RANGE');
    // a missing bound is a missing date
    expect(firstIssue(() => tallyDossiers([ok], { start: '2020-01-01' } as never))).toMatchObject({
      code: 'INVALID_DATE',
      path: ['options', 'end'],
    });
  });
});

describe('one calendar policy: civilServiceCalendar by default, named in the results', () => {
  const withSla = { id: 'S', receivedAt: '2020-04-29', slaWorkingDays: 2 } as const; // 30/4 and 1/5 off: due Tue 5/5

  it('needs no calendar option, and never raises CALENDAR_REQUIRED', () => {
    const c = classifyDossier(withSla, { asOf: '2020-05-31' });
    expect(c).toMatchObject({ dueDate: '2020-05-05', calendar: 'civil-service' });
    const tally = tallyDossiers([withSla], { start: '2020-04-01', end: '2020-06-30', processingTime: true });
    expect(tally.calendar).toBe('civil-service');
    expect(tally).toEqual(
      tallyDossiers([withSla], { start: '2020-04-01', end: '2020-06-30', processingTime: true, calendar: civilServiceCalendar }),
    );
    const columns = { received: Int32Array.of(toDayNumber('2020-04-29')), slaWorkingDays: Int32Array.of(2) };
    expect(tallyDossierColumns(columns, { start: '2020-04-01', end: '2020-06-30' }).calendar).toBe('civil-service');
    // What is not a calendar is refused by the one calendar check (readCalendar).
    expect(firstIssue(() => classifyDossier(withSla, { asOf: '2020-05-31', calendar: {} as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'calendar'],
    });
    expect(firstIssue(() => tallyDossiers([withSla], { ...q1, calendar: { isWorkingDay: () => true } as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'calendar'],
    });
    // CALENDAR_REQUIRED is an alias of INVALID_INPUT now: a program that tested for it still catches a bad calendar.
    let caught: unknown;
    try {
      classifyDossier(withSla, { asOf: '2020-05-31', calendar: 'civil-service' as never });
    } catch (e) {
      caught = e;
    }
    expect(isCchcError(caught, 'CALENDAR_REQUIRED')).toBe(true);
  });

  it('a tally names its calendar without changing how it compares or serialises', () => {
    const labour = createWorkCalendar({ base: civilServiceCalendar, name: 'six-day week', weekend: [0] });
    const a = tallyDossiers([withSla], { start: '2020-04-01', end: '2020-06-30', calendar: labour });
    expect(a.calendar).toBe('six-day week');
    expect(classifyDossier(withSla, { asOf: '2020-05-31', calendar: labour })).toMatchObject({
      dueDate: '2020-05-04',
      calendar: 'six-day week',
    });
    // Not enumerable: the counts are the value (a tally read back from SQL rows equals the one counted here).
    expect(Object.keys(a)).not.toContain('calendar');
    expect(JSON.parse(JSON.stringify(a))).toEqual(tallyFromRow(tallyToRow(a)));
    expect(mergeTallies(a, emptyTally()).calendar).toBe('six-day week');
    expect(mergeTallies(a, a).calendar).toBe('six-day week');
    const b = tallyDossiers([withSla], { start: '2020-04-01', end: '2020-06-30' });
    expect(firstIssue(() => mergeTallies(a, b))).toMatchObject({ code: 'INVALID_TALLY', path: [1, 'calendar'] });
    expect(checkTally({ ...emptyTally(), calendar: 'civil-service' }).calendar).toBe('civil-service');
    expect(firstIssue(() => checkTally({ ...emptyTally(), calendar: 42 })).code).toBe('INVALID_TALLY');
  });
});

describe('rates, points and the tally monoid', () => {
  it('rates are Ratio | null (a fraction with its counts); the QĐ 766 score is points', () => {
    const r = onTimeRate(t)!;
    expect([r.numerator, r.denominator, r.value.toString()]).toEqual([1, 2, '0.5']);
    expect(lateRate(t)!.value.toString()).toBe('0.5');
    expect(overduePendingRate(t)!.value.toString()).toBe('1'); // HS-3, due 10/2, still pending on 31/3
    expect(onTimeRate(emptyTally())).toBeNull();
    const score = qd766ProgressScore(t)!;
    // (1 early + 0 within) / (2 resolved + 1 pending) × 20 points
    expect(score.toFixed(4)).toBe('6.6667');
    expect(score.toNumber()).toBeGreaterThan(1); // points, not a fraction
  });

  it('mergeTallies(a, b) and mergeTallies(...tallies) are the same monoid, with emptyTally() as identity', () => {
    const parts: DossierTally[] = [t, emptyTally(), t];
    expect(mergeTallies(t, t)).toEqual(mergeTallies(...parts));
    expect(mergeTallies()).toEqual(emptyTally());
    expect(mergeTallies(t)).toEqual(t);
    expect(parts.reduce(mergeTallies)).toEqual(mergeTallies(t, t));
  });
});

describe('citations and labels', () => {
  it('rule presets cite SourceRefs and carry bilingual labels; RuleSource is a deprecated alias of SourceRef', () => {
    for (const preset of Object.values(DOSSIER_RULE_PRESETS)) {
      for (const src of preset.sources) expect(SourceRefSchema.is(src)).toBe(true);
      expect(preset.label.vi.length).toBeGreaterThan(0);
      expect(preset.label.en.length).toBeGreaterThan(0);
    }
    const legacy: RuleSource = DOSSIER_RULE_PRESETS.qd766.sources[0]!;
    const ref: SourceRef = legacy;
    expect(ref.document).toMatch(/^Quyết định 766/);
    // a preset with overrides says so, in both languages, unless given its own name and label
    const custom = resolveDossierRules({ preset: 'qd766', awaitingSupplement: 'pending' });
    expect(custom.name).toBe('qd766+custom');
    expect(custom.label.en).toMatch(/customised/);
    expect(resolveDossierRules({ preset: 'report', name: 'lam-dong', label: { vi: 'Lâm Đồng', en: 'Lam Dong' } }).label).toEqual({
      vi: 'Lâm Đồng',
      en: 'Lam Dong',
    });
    // A rule set passed back in is read as it is; a key given as undefined keeps the preset's value.
    const qd766 = DOSSIER_RULE_PRESETS.qd766;
    expect(resolveDossierRules(qd766)).toMatchObject({ name: 'qd766', supplementTime: 'subtract', label: qd766.label });
    expect(resolveDossierRules({ preset: 'qd766', compare: undefined })).toBe(DOSSIER_RULE_PRESETS.qd766);
    const sources = [{ document: 'QĐ 1/2024/QĐ-UBND', note: 'provincial rule' }];
    expect(resolveDossierRules({ preset: 'report', sources }).sources).toHaveLength(1);
  });
});

describe('columns: NO_DATE is still the "no date" value', () => {
  it('reads a missing resolution', () => {
    const columns = {
      received: Int32Array.of(toDayNumber('2020-02-03')),
      due: Int32Array.of(toDayNumber('2020-02-10')),
      resolved: Int32Array.of(NO_DATE),
    };
    expect(tallyDossierColumns(columns, q1).pending.overdue).toBe(1);
  });
});
