import { describe, expect, it } from 'vitest';
import { civilServiceCalendar, createWorkCalendar, overdueTasks, parseDeadline, planProgress, taskStatus, type Task } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';
import { caught } from './_helpers.js';

const task = (deadlineText: string, planYear: number): Task => ({
  code: '1',
  content: 'Nhiệm vụ thử',
  product: 'Báo cáo',
  lead: 'Sở Nội vụ',
  coordinating: [],
  deadlineText,
  deadline: parseDeadline(deadlineText, { planYear }),
});

describe('task status on a working-day calendar', () => {
  it('due-soon counts working days when asked (Tết 2020 in between)', () => {
    const t = task('Trước ngày 04/02/2020', 2020); // due Mon 03/02/2020
    const workingDays = { days: 7, unit: 'working-days' } as const;
    expect(taskStatus(t, { asOf: '2020-01-20' }).status).toBe('not-due'); // 14 calendar days
    expect(taskStatus(t, { asOf: '2020-01-20', dueSoon: workingDays }).status).toBe('due-soon'); // 5 working days
    expect(taskStatus(t, { asOf: '2020-01-20', calendar: civilServiceCalendar, dueSoon: workingDays }).status).toBe('due-soon');
    expect(taskStatus(t, { asOf: '2020-01-20', dueSoon: { days: 4, unit: 'working-days' } }).status).toBe('not-due');
    expect(taskStatus(t, { asOf: '2020-01-20', dueSoon: workingDays }).milestones[0]?.daysLeft).toBe(14);
  });

  it('the unit never switches because a calendar is passed (it did in 0.1); the result says what was used', () => {
    const t = task('Trước ngày 04/02/2020', 2020);
    const r = taskStatus(t, { asOf: '2020-01-20', calendar: civilServiceCalendar });
    expect(r.status).toBe('not-due'); // 7 calendar days, as without the calendar
    expect(r.dueSoon).toEqual({ days: 7, unit: 'calendar-days' });
    expect(r.calendar).toBe('civil-service');
    const working = taskStatus(t, { asOf: '2020-01-20', dueSoon: { days: 7, unit: 'working-days' } });
    expect(working.dueSoon).toEqual({ days: 7, unit: 'working-days' });
    const labour = createWorkCalendar({ holidays: 'labour-code' });
    expect(taskStatus(t, { asOf: '2020-01-20', calendar: labour }).calendar).toBe(labour.name);
  });

  it('the deprecated dueSoonDays keeps its 0.1 meaning: calendar days, or working days with a calendar', () => {
    const t = task('Trước ngày 04/02/2020', 2020);
    expect(taskStatus(t, { asOf: '2020-01-20', dueSoonDays: 7 }).status).toBe('not-due');
    const old = taskStatus(t, { asOf: '2020-01-20', calendar: civilServiceCalendar, dueSoonDays: 7 });
    expect([old.status, old.dueSoon.unit]).toEqual(['due-soon', 'working-days']);
    expect(taskStatus(t, { asOf: '2020-01-20', calendar: civilServiceCalendar, dueSoonDays: 4 }).status).toBe('not-due');
    const e = caught(() => taskStatus(t, { asOf: '2020-01-20', dueSoonDays: 7, dueSoon: { days: 7, unit: 'calendar-days' } }));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', ['options', 'dueSoonDays']]);
  });

  it("'next-working-day' moves a due day off a day off (Civil Code Art. 148(5)) and keeps the printed one", () => {
    const t = task('Tháng 01/2021', 2021); // 31/01/2021 is a Sunday
    expect(taskStatus(t, { asOf: '2021-02-01' }).status).toBe('overdue');
    const moved = taskStatus(t, { asOf: '2021-02-01', calendar: civilServiceCalendar, dueOnDayOff: 'next-working-day' });
    expect(moved.status).toBe('due-soon');
    expect(moved.milestones[0]).toMatchObject({ due: '2021-02-01', scheduledDue: '2021-01-31' });
    expect(taskStatus(t, { asOf: '2021-02-02', calendar: civilServiceCalendar, dueOnDayOff: 'next-working-day' }).status).toBe('overdue');
    // a due day that is a working day stays
    const wd = taskStatus(task('Tháng 12/2020', 2020), {
      asOf: '2020-12-01',
      calendar: civilServiceCalendar,
      dueOnDayOff: 'next-working-day',
    });
    expect(wd.milestones[0]).toEqual(expect.not.objectContaining({ scheduledDue: expect.anything() }));
  });

  it('Tết 2021: a due day in the Tết break moves past it', () => {
    const t = task('Trước ngày 12/02/2021', 2021); // due 11/02/2021, Tết 10–16/02/2021 off
    const s = taskStatus(t, { asOf: '2021-02-15', calendar: civilServiceCalendar, dueOnDayOff: 'next-working-day' });
    expect(s.milestones[0]).toMatchObject({ due: '2021-02-17', scheduledDue: '2021-02-11', status: 'due-soon' });
  });

  it('the shift uses civilServiceCalendar when no calendar is given (no more CALENDAR_REQUIRED)', () => {
    const t = task('Tháng 01/2021', 2021);
    const implicit = taskStatus(t, { asOf: '2021-02-01', dueOnDayOff: 'next-working-day' });
    expect(implicit).toEqual(taskStatus(t, { asOf: '2021-02-01', calendar: civilServiceCalendar, dueOnDayOff: 'next-working-day' }));
    expect(implicit.milestones[0]).toMatchObject({ due: '2021-02-01', scheduledDue: '2021-01-31' });
    expect(codeOf(() => taskStatus(t, { asOf: '2021-02-01', calendar: {} as never }))).toBe('INVALID_INPUT');
    const lookalike = { isWorkingDayNumber: () => true } as never;
    expect(codeOf(() => taskStatus(t, { asOf: '2021-02-01', calendar: lookalike }))).toBe('INVALID_INPUT');
  });

  it('planProgress and overdueTasks take the same options', () => {
    const plain = planProgress(kienGiang2020Plan, { asOf: '2020-03-25', groupBy: 'section' }).total.counts;
    const dueSoon = { days: 7, unit: 'working-days' } as const;
    const working = planProgress(kienGiang2020Plan, { asOf: '2020-03-25', groupBy: 'section', dueSoon }).total.counts;
    expect(working.total).toBe(plain.total);
    expect(working['due-soon']).toBeGreaterThanOrEqual(plain['due-soon']); // 7 working days span at least 7 calendar days
    // Quarter I/2020 ends on Tuesday 31/03: no shift, the same overdue tasks either way
    const a = overdueTasks(kienGiang2020Plan, { asOf: '2020-04-01' }).map((o) => o.task.id);
    const b = overdueTasks(kienGiang2020Plan, { asOf: '2020-04-01', calendar: civilServiceCalendar, dueOnDayOff: 'next-working-day' }).map(
      (o) => o.task.id,
    );
    expect(b).toEqual(a);
  });
});
