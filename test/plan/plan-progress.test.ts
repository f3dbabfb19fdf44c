import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TASK_STATUSES,
  completionRatio,
  countStatuses,
  emptyStatusCounts,
  formatPercent,
  mergeStatusCounts,
  overdueTasks,
  planProgress,
  withProgress,
  type StatusCounts,
  type TaskStatus,
} from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';
import { caught } from './_helpers.js';

const plan = kienGiang2020Plan;
const summary = (c: StatusCounts) => [c.total, c['not-due'], c['due-soon'], c.overdue, c['done-on-time'], c['done-late'], c.continuous];

describe('planProgress on Kế hoạch 164/KH-UBND (no progress recorded)', () => {
  // Due days (worked out by hand from the appendix): 4 tasks by 31/12/2019, 3 by 31/01/2020, 1 by 14/02/2020,
  // 14 by 31/03/2020, 6 by 30/06/2020, 1 by 31/10/2020, 3 by 31/12/2020.
  it.each([
    // asOf, [total, not-due, due-soon, overdue, done-on-time, done-late, continuous]
    ['2019-12-09', [32, 32, 0, 0, 0, 0, 0]],
    ['2019-12-24', [32, 28, 4, 0, 0, 0, 0]],
    ['2020-01-01', [32, 28, 0, 4, 0, 0, 0]],
    ['2020-02-14', [32, 24, 1, 7, 0, 0, 0]],
    ['2020-02-15', [32, 24, 0, 8, 0, 0, 0]],
    ['2020-03-24', [32, 10, 14, 8, 0, 0, 0]],
    ['2020-04-01', [32, 10, 0, 22, 0, 0, 0]],
    ['2020-06-30', [32, 4, 6, 22, 0, 0, 0]],
    ['2020-09-30', [32, 4, 0, 28, 0, 0, 0]],
    ['2020-12-31', [32, 0, 3, 29, 0, 0, 0]],
    ['2021-01-01', [32, 0, 0, 32, 0, 0, 0]],
  ])('as of %s', (asOf, expected) => {
    const p = planProgress(plan, { asOf, groupBy: 'section' });
    expect(summary(p.total.counts)).toEqual(expected);
    expect(p.total.completion!.numerator).toBe(0);
    expect(p.total.completion!.denominator).toBe(32);
  });

  it('groups by top-level section (VI holds A and B)', () => {
    const p = planProgress(plan, { asOf: '2020-06-30', groupBy: 'section' });
    expect(p.groups.map((g) => [g.key, g.counts.total, g.counts.overdue, g.counts['due-soon'], g.counts['not-due']])).toEqual([
      ['I', 3, 2, 0, 1],
      ['II', 5, 5, 0, 0],
      ['III', 4, 4, 0, 0],
      ['IV', 2, 1, 1, 0],
      ['V', 4, 1, 0, 3],
      ['VI', 7, 4, 3, 0],
      ['VII', 7, 5, 2, 0],
    ]);
    expect(p.groups[0]!.label).toBe('CẢI CÁCH THỂ CHẾ');
    expect(p.groups[5]!.taskIds).toEqual(['VI.A.1', 'VI.A.2', 'VI.A.3', 'VI.A.4', 'VI.B.1', 'VI.B.2', 'VI.B.3']);
  });

  it('splits VI into A and B with sectionDepth 2', () => {
    const p = planProgress(plan, { asOf: '2020-06-30', groupBy: 'section', sectionDepth: 2 });
    expect(p.groups.map((g) => [g.key, g.label, g.counts.total])).toEqual([
      ['I', 'CẢI CÁCH THỂ CHẾ', 3],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 5],
      ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH', 4],
      ['IV', 'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC', 2],
      ['V', 'CẢI CÁCH TÀI CHÍNH CÔNG', 4],
      ['VI.A', 'Ứng dụng công nghệ thông tin', 4],
      ['VI.B', 'Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001', 3],
      ['VII', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 7],
    ]);
  });

  it('groups by lead agency, normalised', () => {
    const p = planProgress(plan, { asOf: '2020-06-30', groupBy: 'lead' });
    expect(p.groups.map((g) => [g.key, g.label, g.counts.total, g.counts.overdue, g.counts['due-soon'], g.counts['not-due']])).toEqual([
      ['so-tu-phap', 'Sở Tư pháp', 3, 2, 0, 1],
      ['van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 5, 5, 0, 0],
      ['so-noi-vu', 'Sở Nội vụ', 13, 10, 3, 0],
      ['so-tai-chinh', 'Sở Tài chính', 2, 1, 0, 1],
      ['supervising-bodies-of-public-service-units', 'Cơ quan chủ quản cấp trên của đơn vị sự nghiệp', 1, 0, 0, 1],
      ['so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', 4, 1, 2, 1],
      ['so-thong-tin-va-truyen-thong', 'Sở Thông tin và Truyền thông', 4, 3, 1, 0],
    ]);
    expect(p.groups.reduce((s, g) => s + g.counts.total, 0)).toBe(32);
  });

  it('groups by product as printed', () => {
    const p = planProgress(plan, { asOf: '2020-06-30', groupBy: 'product' });
    expect(p.groups.map((g) => [g.label, g.counts.total])).toEqual([
      ['Kế hoạch', 10],
      ['Báo cáo', 2],
      ['Quyết định ban hành kế hoạch', 5],
      ['Quyết định', 7],
      ['Phê duyệt của Tỉnh ủy và UBND tỉnh', 1],
      ['Đề án thi nâng ngạch công chức', 1],
      ['Báo cáo/ VB triển khai', 1],
      ['Quyết định/ Báo cáo', 2],
      ['Công văn/ Báo cáo', 1],
      ['Chương trình', 1],
      ['Đề án', 1],
    ]);
  });

  it('returns every task with its status, in plan order', () => {
    const p = planProgress(plan, { asOf: '2020-02-14', groupBy: 'lead' });
    expect(p.tasks).toHaveLength(32);
    expect(p.tasks.find((t) => t.task.id === 'VII.6')!.status).toMatchObject({ status: 'due-soon', nextDue: '2020-02-14' });
  });
});

describe('planProgress with progress recorded', () => {
  const tracked = withProgress(plan, {
    'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND ngày 09/12/2019' }],
    'VII.4': [{ milestone: 0, completedOn: '2020-03-03', evidence: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' }],
    'I.2': [{ completedOn: '2020-02-10' }],
  });

  it('counts done on time, done late, and the completion ratio', () => {
    const p = planProgress(tracked, { asOf: '2020-06-30', groupBy: 'lead' });
    // VII.1 and I.2 leave "overdue" (done on time, done late); VII.4 goes back to "not-due".
    expect(summary(p.total.counts)).toEqual([32, 5, 6, 19, 1, 1, 0]);
    const noiVu = p.groups.find((g) => g.key === 'so-noi-vu')!;
    // VII.1 done on time; VII.4's plan done in Q1, its implementation due 31/12/2020: not-due.
    expect(summary(noiVu.counts)).toEqual([13, 1, 3, 8, 1, 0, 0]);
    expect(formatPercent(noiVu.completion!)).toBe('7,69%');
    expect(formatPercent(p.total.completion!)).toBe('6,25%');
    expect(p.groups.find((g) => g.key === 'so-tu-phap')!.counts['done-late']).toBe(1);
  });

  it('does not count completions after asOf', () => {
    expect(planProgress(tracked, { asOf: '2020-02-09', groupBy: 'section' }).total.counts['done-late']).toBe(0);
    expect(overdueTasks(tracked, { asOf: '2020-02-09' }).map((o) => o.task.id)).toContain('I.2');
    expect(overdueTasks(tracked, { asOf: '2020-02-10' }).map((o) => o.task.id)).not.toContain('I.2');
  });
});

describe('overdueTasks', () => {
  it('lists the tasks past due, most overdue first', () => {
    const late = overdueTasks(plan, { asOf: '2020-02-15' });
    expect(late.map((o) => [o.task.id, o.daysLate])).toEqual([
      ['I.1', 46],
      ['IV.1', 46],
      ['VI.A.1', 46],
      ['VII.1', 46],
      ['I.2', 15],
      ['II.1', 15],
      ['II.2', 15],
      ['VII.6', 1],
    ]);
    expect(late[7]!.overdueMilestones[0]).toMatchObject({ due: '2020-02-14', status: 'overdue' });
  });

  it('is empty before anything is due and has every task after the last due day', () => {
    expect(overdueTasks(plan, { asOf: '2019-12-31' })).toEqual([]);
    expect(overdueTasks(plan, { asOf: '2021-01-01' })).toHaveLength(32);
  });

  it('names both overdue milestones of VII.3 late in the year', () => {
    const vii3 = overdueTasks(plan, { asOf: '2020-10-01' }).find((o) => o.task.id === 'VII.3')!;
    expect(vii3.overdueMilestones.map((m) => m.label)).toEqual(['XD kế hoạch', 'thực hiện']);
    expect(vii3.daysLate).toBe(184);
  });
});

describe('status counts are a monoid', () => {
  const statuses = fc.array(fc.constantFrom<TaskStatus>(...TASK_STATUSES), { maxLength: 30 });
  it('merge(count(a), count(b)) = count(a ++ b); empty is the identity; merge is associative and commutative', () => {
    fc.assert(
      fc.property(statuses, statuses, statuses, (a, b, c) => {
        const [ca, cb, cc] = [countStatuses(a), countStatuses(b), countStatuses(c)];
        expect(mergeStatusCounts(ca, cb)).toEqual(countStatuses([...a, ...b]));
        expect(mergeStatusCounts(ca, emptyStatusCounts())).toEqual(ca);
        expect(mergeStatusCounts(mergeStatusCounts(ca, cb), cc)).toEqual(mergeStatusCounts(ca, mergeStatusCounts(cb, cc)));
        expect(mergeStatusCounts(ca, cb)).toEqual(mergeStatusCounts(cb, ca));
      }),
    );
  });

  it('group counts add up to the total when each task has one lead', () => {
    for (const asOf of ['2020-01-15', '2020-06-30', '2020-12-31']) {
      for (const groupBy of ['section', 'lead', 'product'] as const) {
        const p = planProgress(plan, { asOf, groupBy });
        expect(p.groups.map((g) => g.counts).reduce(mergeStatusCounts, emptyStatusCounts())).toEqual(p.total.counts);
      }
    }
  });

  it('completion leaves continuous-only tasks out, and is null when nothing can be done', () => {
    expect(completionRatio(countStatuses(['continuous']))).toBeNull();
    expect(completionRatio(emptyStatusCounts())).toBeNull();
    expect(formatPercent(completionRatio(countStatuses(['done-on-time', 'done-late', 'overdue', 'continuous']))!)).toBe('66,67%');
  });

  it('rejects bad counts', () => {
    expect(caught(() => mergeStatusCounts({ ...emptyStatusCounts(), overdue: -1 }, emptyStatusCounts())).code).toBe('INVALID_COUNT');
    expect(caught(() => countStatuses(['late' as TaskStatus])).code).toBe('INVALID_INPUT');
  });
});

describe('planProgress: bad input', () => {
  it('rejects bad options, listing every problem', () => {
    const e = caught(() => planProgress(plan, { asOf: '2020-02-30', groupBy: 'agency' as never, sectionDepth: 0 }));
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['options.asOf', 'options.groupBy', 'options.sectionDepth']);
  });

  it('rejects an invalid plan with the path of the problem', () => {
    const broken = { ...plan, issuedOn: '09/12/2019' };
    const e = caught(() => planProgress(broken, { asOf: '2020-06-30', groupBy: 'lead' }));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.path).toEqual(['plan', 'issuedOn']);
  });
});

describe('status counts: input that is not what it claims', () => {
  it('countStatuses of something that is not a list throws INVALID_INPUT (was a TypeError)', () => {
    expect(caught(() => countStatuses(null as never)).code).toBe('INVALID_INPUT');
    expect(caught(() => countStatuses(42 as never)).code).toBe('INVALID_INPUT');
    expect(caught(() => countStatuses('overdue' as never)).code).toBe('INVALID_INPUT');
  });

  it('counts whose total is not the sum of the statuses are rejected (the total would be silently wrong)', () => {
    const e = caught(() => mergeStatusCounts({ ...emptyStatusCounts(), total: 5 }, emptyStatusCounts()));
    expect(e.code).toBe('INVALID_COUNT');
    expect(e.messageEn).toContain('The total 5 is not the sum of the statuses (0)');
    expect(caught(() => completionRatio({ ...countStatuses(['overdue']), total: 3 })).code).toBe('INVALID_COUNT');
  });
});
