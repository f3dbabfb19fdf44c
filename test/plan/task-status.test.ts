import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseDeadline, taskStatus, type ProgressRecord, type Task } from 'cchc';
import { caught } from './_helpers.js';

function task(deadlineText: string, progress?: ProgressRecord[], planYear = 2020): Task {
  const t: Task = {
    code: '1',
    content: 'Nhiệm vụ thử',
    product: 'Kế hoạch',
    lead: 'Sở Nội vụ',
    coordinating: [],
    deadlineText,
    deadline: parseDeadline(deadlineText, { planYear }),
  };
  return progress ? { ...t, progress } : t;
}

describe('taskStatus: one milestone', () => {
  const t = task('Quý I/2020'); // due 2020-03-31
  it.each([
    ['2020-01-01', 'not-due', { daysLeft: 90 }],
    ['2020-03-23', 'not-due', { daysLeft: 8 }],
    ['2020-03-24', 'due-soon', { daysLeft: 7 }],
    ['2020-03-31', 'due-soon', { daysLeft: 0 }], // not overdue on the due day itself
    ['2020-04-01', 'overdue', { daysLate: 1 }],
    ['2021-03-31', 'overdue', { daysLate: 365 }],
  ])('as of %s: %s', (asOf, status, extra) => {
    const r = taskStatus(t, { asOf });
    expect(r.status).toBe(status);
    expect(r.milestones[0]).toMatchObject({ index: 0, due: '2020-03-31', status, ...extra });
    expect(r.nextDue).toBe('2020-03-31');
    expect(r.completedOn).toBeUndefined();
  });

  it('uses dueSoonDays (calendar days)', () => {
    expect(taskStatus(t, { asOf: '2020-03-01', dueSoonDays: 30 }).status).toBe('due-soon');
    expect(taskStatus(t, { asOf: '2020-03-01', dueSoonDays: 29 }).status).toBe('not-due');
    expect(taskStatus(t, { asOf: '2020-03-31', dueSoonDays: 0 }).status).toBe('due-soon');
    expect(taskStatus(t, { asOf: '2020-03-30', dueSoonDays: 0 }).status).toBe('not-due');
  });

  it('a completion on or before the due day is on time, after it late', () => {
    expect(taskStatus(task('Quý I/2020', [{ completedOn: '2020-03-31' }]), { asOf: '2020-12-31' })).toMatchObject({
      status: 'done-on-time',
      completedOn: '2020-03-31',
    });
    const late = taskStatus(task('Quý I/2020', [{ completedOn: '2020-04-10', evidence: 'Quyết định số 1/QĐ-UBND' }]), {
      asOf: '2020-12-31',
    });
    expect(late.status).toBe('done-late');
    expect(late.milestones[0]).toMatchObject({ status: 'done-late', completedOn: '2020-04-10', daysLate: 10 });
    expect(late.evidence).toEqual(['Quyết định số 1/QĐ-UBND']);
    expect(late.nextDue).toBeUndefined();
  });

  it('ignores completions and reports later than asOf', () => {
    const t2 = task('Quý I/2020', [{ completedOn: '2020-04-10', evidence: 'QĐ' }]);
    expect(taskStatus(t2, { asOf: '2020-04-09' }).status).toBe('overdue');
    expect(taskStatus(t2, { asOf: '2020-04-09' }).evidence).toEqual([]);
    expect(taskStatus(t2, { asOf: '2020-04-10' }).status).toBe('done-late');
    const t3 = task('Quý I/2020', [{ completedOn: '2020-03-01', reportedOn: '2020-05-01' }]);
    expect(taskStatus(t3, { asOf: '2020-04-30' }).status).toBe('overdue');
    expect(taskStatus(t3, { asOf: '2020-05-01' }).status).toBe('done-on-time');
  });

  it('takes the earliest completion known', () => {
    const r = taskStatus(task('Quý I/2020', [{ completedOn: '2020-05-01' }, { completedOn: '2020-03-15' }]), { asOf: '2020-12-31' });
    expect(r).toMatchObject({ status: 'done-on-time', completedOn: '2020-03-15' });
  });
});

describe('taskStatus: several milestones and continuous parts', () => {
  const two = 'XD kế hoạch quý I; thực hiện quý III'; // 2020-03-31, 2020-09-30

  it('is overdue when any milestone is overdue', () => {
    const r = taskStatus(task(two), { asOf: '2020-04-01' });
    expect(r.status).toBe('overdue');
    expect(r.milestones.map((m) => m.status)).toEqual(['overdue', 'not-due']);
    expect(r.nextDue).toBe('2020-03-31');
  });

  it('records per milestone', () => {
    const t = task(two, [{ milestone: 0, completedOn: '2020-03-20' }]);
    expect(taskStatus(t, { asOf: '2020-06-30' })).toMatchObject({ status: 'not-due', nextDue: '2020-09-30' });
    expect(taskStatus(t, { asOf: '2020-09-25' }).status).toBe('due-soon');
    expect(taskStatus(t, { asOf: '2020-10-01' }).milestones.map((m) => m.status)).toEqual(['done-on-time', 'overdue']);
    const done = task(two, [
      { milestone: 0, completedOn: '2020-03-20' },
      { milestone: 1, completedOn: '2020-10-05' },
    ]);
    expect(taskStatus(done, { asOf: '2020-12-31' })).toMatchObject({ status: 'done-late', completedOn: '2020-10-05' });
  });

  it('a late first milestone does not make an unfinished task late', () => {
    const t = task(two, [{ milestone: 0, completedOn: '2020-04-15' }]);
    const r = taskStatus(t, { asOf: '2020-05-01' });
    expect(r.status).toBe('not-due');
    expect(r.milestones[0]).toMatchObject({ status: 'done-late', daysLate: 15 });
  });

  it('a record without milestone completes the whole task', () => {
    const r = taskStatus(task(two, [{ completedOn: '2020-03-01' }]), { asOf: '2020-12-31' });
    expect(r.milestones.map((m) => m.status)).toEqual(['done-on-time', 'done-on-time']);
    expect(r.status).toBe('done-on-time');
  });

  it('a dated milestone with an ongoing part: the dated part decides, continuous is reported', () => {
    const t = task('- Ban hành tháng 12/2019; - Thực hiện thường xuyên');
    expect(taskStatus(t, { asOf: '2020-06-30' })).toMatchObject({ status: 'overdue', continuous: true });
    const done = taskStatus(task('- Ban hành tháng 12/2019; - Thực hiện thường xuyên', [{ completedOn: '2019-12-09' }]), {
      asOf: '2020-06-30',
    });
    expect(done).toMatchObject({ status: 'done-on-time', continuous: true, completedOn: '2019-12-09' });
  });

  it('a task with only an ongoing part is continuous, whatever the date or records', () => {
    const t = task('Thực hiện thường xuyên', [{ completedOn: '2020-02-01' }]);
    for (const asOf of ['2019-01-01', '2020-06-30', '2030-01-01']) {
      expect(taskStatus(t, { asOf })).toMatchObject({ status: 'continuous', milestones: [], continuous: true });
    }
  });

  it('reports the latest partial progress known on asOf (179 of 183 classes)', () => {
    const t = task(
      'Năm 2019',
      [
        { reportedOn: '2019-06-30', done: 80, total: 183, unit: 'lớp' },
        { reportedOn: '2019-12-09', done: 179, total: 183, unit: 'lớp', evidence: 'Quyết định số 100/QĐ-UBND' },
      ],
      2019,
    );
    const mid = taskStatus(t, { asOf: '2019-09-30' });
    expect(mid.progress).toMatchObject({ done: 80, total: 183, unit: 'lớp', reportedOn: '2019-06-30' });
    const end = taskStatus(t, { asOf: '2019-12-31' });
    expect(end.status).toBe('due-soon');
    expect(end.progress).toMatchObject({ done: 179, total: 183 });
    expect(end.progress!.ratio.value.toFixed(4)).toBe('0.9781');
    expect(end.evidence).toEqual(['Quyết định số 100/QĐ-UBND']);
  });
});

describe('taskStatus: bad input', () => {
  const t = task('Quý I/2020');
  it.each([
    [{ asOf: '2020-13-01' }, 'INVALID_DATE'],
    [{ asOf: '31/03/2020' }, 'INVALID_DATE'],
    [{}, 'INVALID_INPUT'],
    [{ asOf: '2020-03-01', dueSoonDays: -1 }, 'INVALID_INPUT'],
    [{ asOf: '2020-03-01', dueSoonDays: 1.5 }, 'INVALID_INPUT'],
  ])('options %j → %s', (options, code) => {
    expect(caught(() => taskStatus(t, options as never)).code).toBe(code);
  });

  it('rejects a progress record for a milestone the task does not have', () => {
    const e = caught(() => taskStatus(task('Quý I/2020', [{ milestone: 1, completedOn: '2020-01-01' }]), { asOf: '2020-06-30' }));
    expect(e.code).toBe('INVALID_PROGRESS');
    expect(e.path).toEqual(['task', 'progress', 0, 'milestone']);
  });

  it('rejects inconsistent records, listing every problem', () => {
    const e = caught(() =>
      taskStatus(task('Quý I/2020', [{ done: 3 }, {}, { completedOn: '2020-02-30' }] as never), { asOf: '2020-06-30' }),
    );
    expect(e.issues.map((i) => i.code).sort()).toEqual(['INVALID_DATE', 'INVALID_PROGRESS', 'INVALID_PROGRESS']);
  });
});

describe('taskStatus: properties', () => {
  const texts = [
    'Quý I/2020',
    'Tháng 12/2019',
    'XD kế hoạch quý I; thực hiện quý III',
    'Trước ngày 15/02/2020',
    '- Ban hành tháng 12/2019; - Thực hiện thường xuyên',
  ];
  const RANK = { 'not-due': 0, 'due-soon': 1, overdue: 2 } as const;

  it('without records, a milestone only moves forward: not-due → due-soon → overdue', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (text, a, step, soon) => {
          const t = task(text);
          const d1 = addDays('2019-06-01', a);
          const d2 = addDays(d1, step);
          const s1 = taskStatus(t, { asOf: d1, dueSoonDays: soon }).milestones;
          const s2 = taskStatus(t, { asOf: d2, dueSoonDays: soon }).milestones;
          s1.forEach((m, i) => expect(RANK[m.status as keyof typeof RANK]).toBeLessThanOrEqual(RANK[s2[i]!.status as keyof typeof RANK]));
        },
      ),
    );
  });

  it('once completed (as known on asOf), a task stays done at every later date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 700 }), (text, c, later) => {
        const completedOn = addDays('2019-06-01', c);
        const t = task(text, [{ completedOn }]);
        const r = taskStatus(t, { asOf: addDays(completedOn, later) });
        expect(['done-on-time', 'done-late']).toContain(r.status);
        expect(r.completedOn).toBe(completedOn);
        const dueMax = t.deadline.milestones.map((m) => m.due).reduce((x, y) => (y > x ? y : x));
        expect(r.status === 'done-late').toBe(t.deadline.milestones.some((m) => completedOn > m.due));
        expect(completedOn <= dueMax || r.status === 'done-late').toBe(true);
      }),
    );
  });

  it('results do not depend on the order of progress records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 700 }),
        (days, a) => {
          const records = days.map((d, i) => ({ milestone: i % 2, completedOn: addDays('2019-10-01', d) }));
          const asOf = addDays('2019-10-01', a);
          const t1 = task(texts[2]!, records);
          const t2 = task(texts[2]!, [...records].reverse());
          expect(taskStatus(t1, { asOf })).toEqual(taskStatus(t2, { asOf }));
        },
      ),
    );
  });
});

describe('taskStatus: boundary dates and contradictory records', () => {
  const t = task('Quý I/2020'); // due 2020-03-31
  it.each([
    ['2020-03-23', 'not-due'], // 8 days before
    ['2020-03-24', 'due-soon'], // 7 days before: inside the default window
    ['2020-03-31', 'due-soon'], // the due day itself is not late
    ['2020-04-01', 'overdue'], // the day after
  ])('on %s: %s', (asOf, status) => {
    expect(taskStatus(t, { asOf }).status).toBe(status);
  });

  it('dueSoonDays 0: due-soon only on the due day', () => {
    expect(taskStatus(t, { asOf: '2020-03-30', dueSoonDays: 0 }).status).toBe('not-due');
    expect(taskStatus(t, { asOf: '2020-03-31', dueSoonDays: 0 }).status).toBe('due-soon');
  });

  it('completed on the due day is on time, the day after late by one day', () => {
    expect(taskStatus(task('Quý I/2020', [{ completedOn: '2020-03-31' }]), { asOf: '2020-04-10' }).status).toBe('done-on-time');
    const late = taskStatus(task('Quý I/2020', [{ completedOn: '2020-04-01' }]), { asOf: '2020-04-10' });
    expect([late.status, late.milestones[0]!.daysLate]).toEqual(['done-late', 1]);
  });

  it('a completion reported before it happened is rejected, not counted', () => {
    const e = caught(() =>
      taskStatus(task('Quý I/2020', [{ completedOn: '2020-03-20', reportedOn: '2020-03-10' }]), { asOf: '2020-04-10' }),
    );
    expect(e.code).toBe('INVALID_PROGRESS');
    expect(e.messageEn).toContain('reportedOn is before completedOn');
  });
});
