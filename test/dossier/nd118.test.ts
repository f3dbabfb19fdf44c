// Golden tests of the rules of Nghị định 118/2025/NĐ-CP (preset `nd118`, `rules: 'in-force'`), from worked examples
// written from the decree's text (research note on issue 14, §5, E1–E8; the text was read in one unofficial full copy,
// repo neornotl/rightly-beta, commit 541591727d44, read 2026-12-05; number and date confirmed by hethongphapluat.vn).
// Days are counted on civilServiceCalendar (October 2025 has no holiday; 01–02/09/2025 are holidays); the start day
// is not counted (BLDS 2015 Đ147(2)–(3)).
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  classifyDossier,
  dossierRulesInForce,
  DOSSIER_RULE_PRESETS,
  DOSSIER_RULES_IN_FORCE,
  mergeTallies,
  onTimeRate,
  parseDossierRecord,
  resolveDossierRules,
  tallyDossiers,
  tallyFromRow,
  tallyToRow,
  TALLY_COLUMNS,
  type DossierFinding,
  type DossierRecord,
} from 'cchc';

/** The CchcError `fn` throws, or undefined. */
function codeOf(fn: () => unknown): CchcError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  return undefined;
}

const asOf = '2025-10-31';
const nd118 = { asOf, rules: 'nd118' } as const;

describe('the example of the issue: restart after a supplement (Đ19(5))', () => {
  // Received Mon 06/10, 5 working days (due Mon 13/10); supplement requested Tue 07/10, completed Mon 13/10.
  // "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ": 14, 15, 16, 17, 20 → Mon 20/10.
  const d: DossierRecord = {
    id: 'E2',
    receivedAt: '2025-10-06',
    slaWorkingDays: 5,
    supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13' }],
  };
  it('nd118: the due date restarts to 2025-10-20; resolved 20/10 on time, 21/10 late', () => {
    const c = classifyDossier(d, nd118);
    expect(c.dueDate).toBe('2025-10-20');
    expect(c.restartedFrom).toBe('2025-10-13');
    expect(c.status).toBe('pending-overdue');
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-20' }, nd118).status).toBe('resolved-on-time');
    const late = classifyDossier({ ...d, resolvedAt: '2025-10-21' }, nd118);
    expect([late.status, late.delayDays, late.delayWorkingDays]).toEqual(['resolved-late', 1, 1]);
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-17' }, nd118).status).toBe('resolved-early');
    expect(classifyDossier(d, { asOf: '2025-10-20', rules: 'nd118' }).status).toBe('pending-within');
  });
  it('report: the due date stays 2025-10-13', () => {
    const c = classifyDossier({ ...d, resolvedAt: '2025-10-20' }, { asOf, rules: 'report' });
    expect([c.dueDate, c.status, c.restartedFrom]).toEqual(['2025-10-13', 'resolved-late', null]);
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-20' }, { asOf, rules: 'in-force' }).status).toBe('resolved-on-time');
  });
  it('while the supplement is open the dossier is paused (not pending, not overdue); before the completion the old due date holds', () => {
    const c = classifyDossier(d, { asOf: '2025-10-10', rules: 'nd118' });
    expect([c.status, c.dueDate, c.judgedDate]).toEqual(['paused', '2025-10-13', '2025-10-07']);
  });
  it('a record with an appointment date and no SLA needs the new due date (newDueDate on the supplement)', () => {
    const dueOnly: DossierRecord = {
      id: 'E2b',
      receivedAt: '2025-10-06',
      dueDate: '2025-10-13',
      supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13' }],
    };
    const e = codeOf(() => classifyDossier(dueOnly, nd118));
    expect(e?.code).toBe('MISSING_DUE_DATE');
    expect((e as CchcError).issues[0]?.path).toEqual(['record', 'supplements', 0, 'newDueDate']);
    expect((e as CchcError).messageEn).toContain('newDueDate');
    expect(classifyDossier(dueOnly, { asOf, rules: 'report' }).dueDate).toBe('2025-10-13');
    const given = {
      ...dueOnly,
      resolvedAt: '2025-10-20',
      supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-20' }],
    };
    expect(classifyDossier(given, nd118).status).toBe('resolved-on-time');
    // The new due date wins over the SLA, as the appointment date does.
    expect(
      classifyDossier({ ...d, supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-22' }] }, nd118)
        .dueDate,
    ).toBe('2025-10-22');
  });
  it('the last completed supplement sets the due date; completion days not counted', () => {
    const two = {
      ...d,
      supplements: [
        { requestedAt: '2025-10-07', completedAt: '2025-10-08' },
        { requestedAt: '2025-10-09', completedAt: '2025-10-14' },
      ],
    };
    expect(classifyDossier(two, nd118).dueDate).toBe('2025-10-21');
    expect(classifyDossier(two, { asOf: '2025-10-13', rules: 'nd118' }).dueDate).toBe('2025-10-15');
    // Completed on a Saturday: 5 working days after it (Mon–Fri of the next week).
    expect(classifyDossier({ ...d, supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-11' }] }, nd118).dueDate).toBe(
      '2025-10-17',
    );
    // A restart to 0 working days is the completion day if working, else the next working day.
    expect(
      classifyDossier({ ...d, slaWorkingDays: 0, supplements: [{ requestedAt: '2025-10-06', completedAt: '2025-10-11' }] }, nd118).dueDate,
    ).toBe('2025-10-13');
  });
  it('supplementTime restart is an option of any rule set', () => {
    const rules = { preset: 'report', supplementTime: 'restart' } as const;
    expect(classifyDossier(d, { asOf, rules }).dueDate).toBe('2025-10-20');
    expect(resolveDossierRules(rules).name).toBe('report+custom');
  });
});

describe('worked examples E1–E8 (research note on issue 14, §5)', () => {
  it('E1, Đ17(3): received Fri 29/08/2025, 3 working days across 01–02/09: due Fri 05/09', () => {
    expect(classifyDossier({ id: 'E1', receivedAt: '2025-08-29', slaWorkingDays: 3 }, { asOf: '2025-09-30', rules: 'nd118' }).dueDate).toBe(
      '2025-09-05',
    );
  });
  it('E3, Đ17(3) and Đ18(2): paper received Fri 10/10 at 16:30 (after 15:00), 3 working days: due Wed 15/10 (the 15:00 rule moves the hand-over only)', () => {
    const d = { id: 'E3', channel: 'in-person', receivedAt: '2025-10-10T16:30:00+07:00', slaWorkingDays: 3 } as const;
    expect(classifyDossier(d, nd118).dueDate).toBe('2025-10-15');
    expect(DOSSIER_RULE_PRESETS.nd118.receiptCutoff).toBe(null);
    // A procedure-specific 15:00 cut-off (chứng thực) is an override: Thu 16/10.
    expect(classifyDossier(d, { asOf, rules: { preset: 'nd118', receiptCutoff: '15:00' } }).dueDate).toBe('2025-10-16');
  });
  it('E4, Đ17(2)(c) and Đ17(3): filed online Sat 11/10 21:00, accepted Mon 13/10 10:00: due Mon 20/10, accepted within 8 working hours', () => {
    const d = {
      id: 'E4',
      channel: 'online',
      submittedAt: '2025-10-11T21:00:00+07:00',
      receivedAt: '2025-10-13T10:00:00+07:00',
      slaWorkingDays: 5,
    } as const;
    const c = classifyDossier(d, nd118);
    expect([c.dueDate, c.findings]).toEqual(['2025-10-20', []]);
    // The 8 working hours end Mon 17:30 (07:30–11:30, 13:30–17:30): accepted then, no finding; a minute later, one.
    expect(classifyDossier({ ...d, receivedAt: '2025-10-13T17:30:00+07:00' }, nd118).findings).toEqual([]);
    expect(classifyDossier({ ...d, receivedAt: '2025-10-14T07:30:00+07:00' }, nd118).findings).toEqual([]);
    const late = classifyDossier({ ...d, receivedAt: '2025-10-14T09:00:00+07:00' }, nd118);
    expect(late.findings.map((f) => [f.code, f.path])).toEqual([['LATE_ACCEPTANCE', ['record', 'receivedAt']]]);
    expect(late.findings[0]?.messageEn).toContain('9.5 working hours');
    expect(late.findings[0]?.messageVi).toContain('9,5 giờ làm việc');
    expect(late.dueDate).toBe('2025-10-21'); // the clock starts at the receipt slip, never at the filing
    // In-person dossiers and rules without the check: nothing to report.
    expect(classifyDossier({ ...d, channel: 'in-person', receivedAt: '2025-10-15T09:00:00+07:00' }, nd118).findings).toEqual([]);
    expect(classifyDossier({ ...d, receivedAt: '2025-10-15T09:00:00+07:00' }, { asOf, rules: 'report' }).findings).toEqual([]);
    // Dates without a time: only what is certainly late (filed at the end of its day, accepted at the start of its day).
    expect(classifyDossier({ ...d, submittedAt: '2025-10-10', receivedAt: '2025-10-13' }, nd118).findings).toEqual([]);
    expect(classifyDossier({ ...d, submittedAt: '2025-10-10', receivedAt: '2025-10-14' }, nd118).findings).toEqual([]);
    expect(classifyDossier({ ...d, submittedAt: '2025-10-10', receivedAt: '2025-10-15' }, nd118).findings.map((f) => f.code)).toEqual([
      'LATE_ACCEPTANCE',
    ]);
    // strict: the finding is an error.
    expect(codeOf(() => classifyDossier({ ...d, receivedAt: '2025-10-14T09:00:00+07:00' }, { ...nd118, strict: true }))?.code).toBe(
      'LATE_ACCEPTANCE',
    );
    // Office hours are a parameter: a province working 08:00–12:00, 13:00–17:00 ends the 8 hours Mon 17:00.
    const rules = {
      preset: 'nd118',
      officeHours: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    } as const;
    expect(classifyDossier({ ...d, receivedAt: '2025-10-13T17:15:00+07:00' }, { asOf, rules }).findings).toEqual([]);
    expect(classifyDossier({ ...d, receivedAt: '2025-10-14T08:15:00+07:00' }, { asOf, rules }).findings.map((f) => f.code)).toEqual([
      'LATE_ACCEPTANCE',
    ]);
  });
  it('E5, Đ19(6): extension notified Fri 17/10 (due Mon 20/10) to Fri 24/10, result Thu 23/10: early against the new date, late by 3 working days against the old', () => {
    const d: DossierRecord = {
      id: 'E5',
      receivedAt: '2025-10-06',
      slaWorkingDays: 10,
      resolvedAt: '2025-10-23',
      extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
    };
    const c = classifyDossier(d, nd118);
    expect([c.status, c.dueDate, c.extendedFrom, c.findings]).toEqual(['resolved-early', '2025-10-24', '2025-10-20', []]);
    expect(c.withoutExtension).toEqual({ status: 'resolved-late', dueDate: '2025-10-20', delayDays: 3, delayWorkingDays: 3 });
    // Resolved on the new date: on time; after it: late.
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-24' }, nd118).status).toBe('resolved-on-time');
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-27' }, nd118).status).toBe('resolved-late');
    // The report and QĐ 766 rules rate against the appointment as recorded.
    expect(classifyDossier(d, { asOf, rules: 'report' }).status).toBe('resolved-late');
    expect(classifyDossier(d, { asOf, rules: 'report' }).withoutExtension).toBe(null);
    // Notified on Sun 19/10, the last calendar day before the due date: still in time (the text says "01 ngày").
    expect(classifyDossier({ ...d, extension: { notifiedAt: '2025-10-19', newDueDate: '2025-10-24' } }, nd118).dueDate).toBe('2025-10-24');
    // An extension notified after asOf is not known yet.
    expect(classifyDossier({ ...d, resolvedAt: null }, { asOf: '2025-10-16', rules: 'nd118' }).dueDate).toBe('2025-10-20');
  });
  it('E6, Đ19(6): notified on the due date itself: not applied (LATE_EXTENSION_NOTICE), resolved 23/10 late; a second extension is SECOND_EXTENSION', () => {
    const d: DossierRecord = {
      id: 'E6',
      receivedAt: '2025-10-06',
      slaWorkingDays: 10,
      resolvedAt: '2025-10-23',
      extension: { notifiedAt: '2025-10-20', newDueDate: '2025-10-24' },
    };
    const c = classifyDossier(d, nd118);
    expect([c.status, c.dueDate, c.extendedFrom]).toEqual(['resolved-late', '2025-10-20', null]);
    expect(c.findings.map((f) => [f.code, f.path])).toEqual([['LATE_EXTENSION_NOTICE', ['record', 'extension', 'notifiedAt']]]);
    expect(codeOf(() => classifyDossier(d, { ...nd118, strict: true }))?.code).toBe('LATE_EXTENSION_NOTICE');

    const twice: DossierRecord = {
      id: 'E6b',
      receivedAt: '2025-10-06',
      slaWorkingDays: 10,
      resolvedAt: '2025-10-29',
      extensions: [
        { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
        { notifiedAt: '2025-10-23', newDueDate: '2025-10-31' },
      ],
    };
    const t = classifyDossier(twice, nd118);
    // The first re-setting holds (24/10); the second is not applied: resolved 29/10 is late.
    expect([t.status, t.dueDate]).toEqual(['resolved-late', '2025-10-24']);
    expect(t.findings.map((f) => [f.code, f.path])).toEqual([['SECOND_EXTENSION', ['record', 'extensions', 1]]]);
    expect(t.findings[0]?.messageEn).toContain('only once');
    const e = codeOf(() => classifyDossier(twice, { ...nd118, strict: true })) as CchcError;
    expect([e.code, e.issues[0]?.path]).toEqual(['SECOND_EXTENSION', ['record', 'extensions', 1]]);
    // A new date that is not after the due date is no extension.
    const notLater = classifyDossier({ ...d, extension: { notifiedAt: '2025-10-15', newDueDate: '2025-10-20' } }, nd118);
    expect(notLater.findings.map((f) => f.code)).toEqual(['INVALID_EXTENSION']);
    expect(notLater.dueDate).toBe('2025-10-20');
  });
  it('E7, Đ21: the applicant asks to stop on Thu 09/10: stopped-on-request, out of the on-time rates', () => {
    const d: DossierRecord = { id: 'E7', channel: 'in-person', receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' };
    const c = classifyDossier(d, nd118);
    expect([c.status, c.judgedDate, c.delayDays]).toEqual(['stopped-on-request', '2025-10-09', 0]);
    expect(classifyDossier(d, { asOf: '2025-10-08', rules: 'nd118' }).status).toBe('pending-within');
    // Under the report rules a stop is a withdrawal.
    expect(classifyDossier(d, { asOf, rules: 'report' }).status).toBe('withdrawn-or-returned');
    // A result wins over a stop recorded with it.
    expect(classifyDossier({ ...d, resolvedAt: '2025-10-08' }, nd118).status).toBe('resolved-early');
  });
  it('E8, Đ19(5): supplement requested Wed 08/10 and never completed: paused until Thu 23/10, closed from Fri 24/10', () => {
    const d: DossierRecord = { id: 'E8', receivedAt: '2025-10-06', slaWorkingDays: 5, supplements: [{ requestedAt: '2025-10-08' }] };
    expect(classifyDossier(d, { asOf: '2025-10-23', rules: 'nd118' }).status).toBe('paused');
    const c = classifyDossier(d, { asOf: '2025-10-24', rules: 'nd118' });
    expect([c.status, c.judgedDate]).toEqual(['closed-without-supplement', '2025-10-24']);
    expect(c.findings).toEqual([]);
    // The working-day reading (a parameter): day 15 is Wed 29/10, closed from Thu 30/10.
    const working = { preset: 'nd118', supplementWindow: { days: 15, unit: 'working-days' } } as const;
    expect(classifyDossier(d, { asOf: '2025-10-29', rules: working }).status).toBe('paused');
    expect(classifyDossier(d, { asOf: '2025-10-30', rules: working }).status).toBe('closed-without-supplement');
    // A 15th day on a weekend ends on the next working day (BLDS Đ148(5)): requested Fri 03/10, day 15 is Sat 18/10,
    // the window ends Mon 20/10, closed from Tue 21/10.
    const fri = { ...d, supplements: [{ requestedAt: '2025-10-03' }], receivedAt: '2025-10-01' };
    expect(classifyDossier(fri, { asOf: '2025-10-20', rules: 'nd118' }).status).toBe('paused');
    expect(classifyDossier(fri, { asOf: '2025-10-21', rules: 'nd118' }).status).toBe('closed-without-supplement');
    // Completed after the window: kept (the time limit restarts) and reported.
    const lateDone = { ...d, supplements: [{ requestedAt: '2025-10-08', completedAt: '2025-10-27' }] };
    const l = classifyDossier(lateDone, nd118);
    expect([l.status, l.dueDate]).toEqual(['pending-within', '2025-11-03']);
    expect(l.findings.map((f) => [f.code, f.path])).toEqual([['SUPPLEMENT_AFTER_WINDOW', ['record', 'supplements', 0, 'completedAt']]]);
    // The report rules never close: awaiting supplement.
    expect(classifyDossier(d, { asOf, rules: 'report' }).status).toBe('awaiting-supplement');
  });
  it('E8 variant, Đ19(5): a request on Fri 10/10 is the 4th working day after the receipt: LATE_SUPPLEMENT_REQUEST', () => {
    const d: DossierRecord = { id: 'E8b', receivedAt: '2025-10-06', slaWorkingDays: 5, supplements: [{ requestedAt: '2025-10-10' }] };
    const f = classifyDossier(d, { asOf: '2025-10-20', rules: 'nd118' }).findings;
    expect(f.map((x) => [x.code, x.path])).toEqual([['LATE_SUPPLEMENT_REQUEST', ['record', 'supplements', 0, 'requestedAt']]]);
    expect(f[0]?.messageEn).toContain('4 working days');
    expect(
      classifyDossier({ ...d, supplements: [{ requestedAt: '2025-10-09' }] }, { asOf: '2025-10-20', rules: 'nd118' }).findings,
    ).toEqual([]);
  });
});

describe("rules: 'in-force' (Đ40(1): in force from 01/07/2025)", () => {
  const d = {
    id: 'F',
    receivedAt: '2025-06-30',
    slaWorkingDays: 5,
    resolvedAt: '2025-07-14',
    supplements: [{ requestedAt: '2025-07-01', completedAt: '2025-07-07' }],
  };
  it('picks report before 2025-07-01 and nd118 from it, by receipt date (a time is read in Vietnam)', () => {
    expect(classifyDossier(d, { asOf: '2025-07-31', rules: 'in-force' }).rules.name).toBe('report');
    expect(classifyDossier(d, { asOf: '2025-07-31', rules: 'in-force' }).status).toBe('resolved-late');
    const july = { ...d, receivedAt: '2025-07-01', supplements: [{ requestedAt: '2025-07-02', completedAt: '2025-07-07' }] };
    const c = classifyDossier(july, { asOf: '2025-07-31', rules: 'in-force' });
    expect([c.rules.name, c.dueDate, c.status]).toEqual(['nd118', '2025-07-14', 'resolved-on-time']);
    expect(dossierRulesInForce('2025-06-30T23:59:00+07:00').name).toBe('report');
    expect(dossierRulesInForce('2025-06-30T17:30:00Z').name).toBe('nd118'); // 00:30 on 01/07 in Vietnam
    expect(DOSSIER_RULES_IN_FORCE.map((r) => [r.preset, r.validity])).toEqual([
      ['report', { end: '2025-06-30' }],
      ['nd118', { start: '2025-07-01' }],
    ]);
    expect(DOSSIER_RULE_PRESETS.report.validity.end).toBe('2025-06-30');
  });
  it('is refused where one rule set is needed, and as a preset to override', () => {
    expect(codeOf(() => resolveDossierRules('in-force'))?.code).toBe('INVALID_INPUT');
    expect(codeOf(() => resolveDossierRules({ preset: 'in-force' } as never))?.code).toBe('INVALID_INPUT');
    expect(codeOf(() => classifyDossier(d, { asOf: '2025-07-31', rules: 'in-forse' as never }))?.code).toBe('INVALID_INPUT');
  });
  it('the preset cites the decree, flags its unread amendments and carries its dates of validity', () => {
    const p = DOSSIER_RULE_PRESETS.nd118;
    expect(p.validity).toEqual({ start: '2025-07-01' });
    expect(p.sources.some((s) => s.document.startsWith('Nghị định 118/2025') && s.article === 'Điều 19(5)')).toBe(true);
    const amendments = p.sources.filter((s) => /367\/2025|309\/2026/.test(s.document));
    expect(amendments.map((s) => s.verified)).toEqual([false, false]);
    expect(Object.isFrozen(p) && Object.isFrozen(p.sources) && Object.isFrozen(p.officeHours[0])).toBe(true);
  });
});

describe('records: the fields of NĐ 118', () => {
  const base = { id: 'R', receivedAt: '2025-10-06', slaWorkingDays: 10 };
  it('a bad extension is a CchcError at its path', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [{ ...base, extension: { notifiedAt: '2025-10-17' } }, 'INVALID_EXTENSION', ['extension', 'newDueDate']],
      [{ ...base, extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-16' } }, 'INVALID_EXTENSION', ['extension', 'newDueDate']],
      [{ ...base, extension: '2025-10-24' }, 'INVALID_EXTENSION', ['extension']],
      [{ ...base, extension: { notifiedAt: '2025-10-17', newDueDate: '24/10/2025' } }, 'INVALID_DATE', ['extension', 'newDueDate']],
      [{ ...base, extension: { notifiedAt: '2025-10-17', newDuedate: '2025-10-24' } }, 'UNKNOWN_KEY', ['extension', 'newDuedate']],
      [{ ...base, extension: { notifiedAt: '2025-10-01', newDueDate: '2025-10-24' } }, 'EVENT_BEFORE_RECEIPT', ['extension', 'notifiedAt']],
      [{ ...base, extensions: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' } }, 'INVALID_EXTENSION', ['extensions']],
      [
        {
          ...base,
          extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
          extensions: [{ notifiedAt: '2025-10-17', newDueDate: '2025-10-24' }],
        },
        'INVALID_EXTENSION',
        ['extensions'],
      ],
      [
        {
          ...base,
          extensions: [
            { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
            { notifiedAt: '2025-10-16', newDueDate: '2025-10-31' },
          ],
        },
        'INVALID_EXTENSION',
        ['extensions', 1, 'notifiedAt'],
      ],
      [{ ...base, submittedAt: '2025-10-07' }, 'SUBMITTED_AFTER_RECEIPT', ['submittedAt']],
      [{ ...base, stoppedAt: '2025-10-05' }, 'EVENT_BEFORE_RECEIPT', ['stoppedAt']],
      [{ ...base, rejectedAt: '2025-10-06', stoppedAt: '2025-10-07' }, 'CONFLICTING_OUTCOMES', ['rejectedAt']],
      [
        { ...base, supplements: [{ requestedAt: '2025-10-07', newDueDate: '2025-10-20' }] },
        'INVALID_SUPPLEMENT',
        ['supplements', 0, 'newDueDate'],
      ],
      [
        { ...base, supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-10' }] },
        'INVALID_SUPPLEMENT',
        ['supplements', 0, 'newDueDate'],
      ],
    ];
    for (const [record, code, path] of cases) {
      const e = codeOf(() => parseDossierRecord(record)) as CchcError;
      expect([e?.issues[0]?.code, e?.issues[0]?.path], JSON.stringify(record)).toEqual([code, path]);
      expect(e.messageVi.length).toBeGreaterThan(10);
    }
    const missing = codeOf(() => parseDossierRecord({ ...base, extension: {} })) as CchcError;
    expect(missing.issues.map((i) => i.path.join('.'))).toEqual(['extension.notifiedAt', 'extension.newDueDate']);
    expect(missing.messageEn).toContain('notifiedAt');
  });
  it('valid records pass, one or two extensions', () => {
    expect(
      parseDossierRecord({ ...base, submittedAt: '2025-10-04T21:00:00+07:00', stoppedAt: null, extension: null, extensions: null }).id,
    ).toBe('R');
    expect(
      parseDossierRecord({
        ...base,
        extensions: [
          { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
          { notifiedAt: '2025-10-23', newDueDate: '2025-10-31' },
        ],
      }).id,
    ).toBe('R');
  });
  it('tallies report a second extension through onFinding, or reject the dossier under strict', () => {
    const two = {
      ...base,
      id: 'T2',
      resolvedAt: '2025-10-23',
      extensions: [
        { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
        { notifiedAt: '2025-10-23', newDueDate: '2025-10-31' },
      ],
    };
    const ok = { ...base, id: 'T1', resolvedAt: '2025-10-17' };
    const found: [string, (string | number)[], number][] = [];
    const period = { start: '2025-10-01', end: '2025-10-31', rules: 'nd118' } as const;
    const t = tallyDossiers([ok, two], {
      ...period,
      onFinding: (f: DossierFinding, i) => found.push([f.code, f.path as (string | number)[], i]),
    });
    expect(found).toEqual([['SECOND_EXTENSION', [1, 'extensions', 1], 1]]);
    expect(t.resolved).toEqual({ total: 2, early: 2, onTime: 0, late: 0 });
    const bad: string[] = [];
    const s = tallyDossiers([ok, two], { ...period, strict: true, onInvalid: (e) => bad.push(`${e.code} ${e.issues[0]?.path.join('.')}`) });
    expect(bad).toEqual(['SECOND_EXTENSION 1.extensions.1']);
    expect(s.received.total).toBe(1);
    expect(codeOf(() => tallyDossiers([ok, two], { ...period, strict: true }))?.code).toBe('SECOND_EXTENSION');
    // No finding is looked for unless asked.
    expect(tallyDossiers([ok, two], period)).toEqual(t);
  });
});

describe('tallies under nd118: paused, stopped on request, closed without supplement', () => {
  const records: DossierRecord[] = [
    {
      id: 1,
      channel: 'online',
      receivedAt: '2025-10-06',
      slaWorkingDays: 5,
      resolvedAt: '2025-10-20',
      supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13' }],
    },
    { id: 2, receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' },
    { id: 3, receivedAt: '2025-10-06', slaWorkingDays: 5, supplements: [{ requestedAt: '2025-10-08' }] },
    { id: 4, receivedAt: '2025-10-20', slaWorkingDays: 5, supplements: [{ requestedAt: '2025-10-21' }] },
    {
      id: 5,
      receivedAt: '2025-10-06',
      slaWorkingDays: 10,
      resolvedAt: '2025-10-23',
      extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
    },
    { id: 6, receivedAt: '2025-10-06', slaWorkingDays: 5, resolvedAt: '2025-10-15' },
    { id: 7, receivedAt: '2025-06-20', slaWorkingDays: 5, supplements: [{ requestedAt: '2025-06-23' }] },
    { id: 8, receivedAt: '2025-10-06', slaWorkingDays: 5, withdrawnAt: '2025-10-08' },
  ];
  const period = { start: '2025-10-01', end: '2025-10-31' };
  it('counts each outcome in its own bucket; received = the sum of all buckets', () => {
    const t = tallyDossiers(records, { ...period, rules: 'nd118' });
    expect(t.resolved).toEqual({ total: 3, early: 1, onTime: 1, late: 1 });
    // Dossier 3 is closed on 24/10, dossier 4 (requested 21/10) is paused until 05/11.
    expect([t.paused, t.stoppedOnRequest, t.closedWithoutSupplement, t.awaitingSupplement, t.withdrawnOrReturned]).toEqual([1, 1, 1, 0, 1]);
    // Dossier 7 (received 20/6, supplement requested 23/6) was closed on 09/07, before the period: not counted.
    expect(t.received.total).toBe(7);
    const parts =
      t.resolved.total +
      t.pending.total +
      t.withdrawnOrReturned +
      t.awaitingSupplement +
      t.paused! +
      t.stoppedOnRequest! +
      t.closedWithoutSupplement!;
    expect(parts).toBe(t.received.total);
  });
  it('in-force: dossier 7 (June) is under the report rules (awaiting supplement, never closed)', () => {
    const t = tallyDossiers(records, { ...period, rules: 'in-force' });
    expect([t.awaitingSupplement, t.paused, t.closedWithoutSupplement, t.received.total, t.received.carriedOver]).toEqual([1, 1, 1, 8, 1]);
  });
  it('the report rules count stops as withdrawals and have no NĐ 118 buckets', () => {
    const t = tallyDossiers(records, { ...period, rules: 'report' });
    expect('paused' in t || 'stoppedOnRequest' in t).toBe(false);
    expect([t.withdrawnOrReturned, t.awaitingSupplement]).toEqual([2, 3]);
  });
  it('the buckets enter no on-time rate but workload (named denominators)', () => {
    const t = tallyDossiers(records, { ...period, rules: 'nd118' });
    expect(onTimeRate(t)?.numerator).toBe(2);
    expect(onTimeRate(t)?.denominator).toBe(3);
    expect(onTimeRate(t, { denominator: 'resolved-plus-pending' })?.denominator).toBe(t.resolved.total + t.pending.total);
    expect(onTimeRate(t, { denominator: 'workload' })?.denominator).toBe(t.received.total);
  });
  it('report rows carry the buckets (TALLY_COLUMNS), read back and merged', () => {
    const t = tallyDossiers(records, { ...period, rules: 'nd118' });
    const row = tallyToRow(t);
    expect([row[TALLY_COLUMNS.paused], row[TALLY_COLUMNS.stoppedOnRequest], row[TALLY_COLUMNS.closedWithoutSupplement]]).toEqual([1, 1, 1]);
    expect(tallyFromRow(row)).toEqual(t);
    const report = tallyDossiers(records, { ...period, rules: 'report' });
    expect(tallyToRow(report).paused).toBe(undefined);
    const m = mergeTallies(report, t);
    expect([m.paused, m.received.total]).toEqual([1, report.received.total + t.received.total]);
    expect(mergeTallies(report, report).paused).toBe(undefined);
    expect(codeOf(() => tallyFromRow({ ...row, paused: -1 }))?.code).toBe('INVALID_TALLY');
  });
});
