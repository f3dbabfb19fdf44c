import { describe, expect, it } from 'vitest';
import { PlanSchema, TaskSchema, parsePlan, planTasks, taskStatus, withProgress, type PlanInput } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';
import { caught } from './_helpers.js';

const input: PlanInput = {
  number: '01/KH-SNV',
  issuedOn: '2020-01-06',
  issuer: 'Sở Nội vụ',
  year: 2020,
  title: 'Kế hoạch CCHC năm 2020',
  sections: [
    {
      code: 'I',
      title: 'Chỉ đạo, điều hành',
      tasks: [
        {
          code: '1',
          content: 'Kiểm tra CCHC',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: [],
          deadlineText: 'XD kế hoạch quý I; thực hiện quý III',
        },
        { code: '2', content: 'Báo cáo CCHC', product: 'Báo cáo', lead: 'SNV', coordinating: ['UBND cấp huyện'], deadlineText: 'hàng quý' },
      ],
      sections: [
        {
          code: 'A',
          title: 'Tuyên truyền',
          tasks: [
            {
              code: '1',
              content: 'Tuyên truyền',
              product: 'Kế hoạch',
              lead: 'Sở Nội vụ',
              coordinating: [],
              deadlineText: 'khi có chỉ đạo',
              deadline: { milestones: [{ due: '2020-12-31', text: 'khi có chỉ đạo (hạn đặt tay)' }], continuous: false },
            },
          ],
        },
      ],
    },
  ],
};

describe('parsePlan', () => {
  it('reads every deadline text with the plan year, and keeps a deadline given by hand', () => {
    const plan = parsePlan(input);
    const tasks = planTasks(plan);
    expect(tasks.map((t) => [t.id, t.deadline.milestones.map((m) => m.due)])).toEqual([
      ['I.1', ['2020-03-31', '2020-09-30']],
      ['I.2', ['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31']],
      ['I.A.1', ['2020-12-31']],
    ]);
    expect(tasks[2]!.sectionPath).toEqual(['I', 'A']);
    expect(tasks[2]!.sectionTitles).toEqual(['Chỉ đạo, điều hành', 'Tuyên truyền']);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('collects every problem at once, unreadable deadlines with their paths', () => {
    const bad = {
      ...input,
      issuedOn: '2020-02-30',
      sections: [
        {
          ...input.sections[0]!,
          tasks: [
            { ...input.sections[0]!.tasks[0]!, deadlineText: 'sớm nhất có thể' },
            { ...input.sections[0]!.tasks[1]!, code: '1' },
          ],
        },
      ],
    };
    const e = caught(() => parsePlan(bad));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['UNRECOGNIZED_DEADLINE', 'sections.0.tasks.0.deadlineText'],
      ['INVALID_DATE', 'issuedOn'],
      ['DUPLICATE_CODE', 'sections.0.tasks'],
    ]);
  });

  it('rejects a plan without a usable year or sections', () => {
    const e = caught(() => parsePlan({ ...input, year: 20 }));
    expect(e.issues.some((i) => i.path[0] === 'year')).toBe(true);
    expect(caught(() => parsePlan(null as never)).code).toBe('INVALID_INPUT');
  });
});

describe('PlanSchema and TaskSchema', () => {
  it('reject duplicate section codes and tasks without content', () => {
    const dup = { ...kienGiang2020Plan, sections: [kienGiang2020Plan.sections[0]!, kienGiang2020Plan.sections[0]!] };
    expect(PlanSchema.safeParse(dup).success).toBe(false);
    expect(TaskSchema.safeParse({ ...kienGiang2020Plan.sections[0]!.tasks[0]!, content: '' }).success).toBe(false);
  });

  it('reject a deadline with neither a milestone nor a continuous part', () => {
    const t = { ...kienGiang2020Plan.sections[0]!.tasks[0]!, deadline: { milestones: [], continuous: false } };
    expect(TaskSchema.safeParse(t).success).toBe(false);
  });
});

describe('planTasks', () => {
  it('flattens in document order with ids and section paths', () => {
    const tasks = planTasks(kienGiang2020Plan);
    expect(tasks.map((t) => t.id)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'III.1',
      'III.2',
      'III.3',
      'III.4',
      'IV.1',
      'IV.2',
      'V.1',
      'V.2',
      'V.3',
      'V.4',
      'VI.A.1',
      'VI.A.2',
      'VI.A.3',
      'VI.A.4',
      'VI.B.1',
      'VI.B.2',
      'VI.B.3',
      'VII.1',
      'VII.2',
      'VII.3',
      'VII.4',
      'VII.5',
      'VII.6',
      'VII.7',
    ]);
    expect(tasks[18]!.sectionTitles).toEqual(['HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH', 'Ứng dụng công nghệ thông tin']);
  });

  it('rejects what is not a plan', () => {
    expect(caught(() => planTasks({} as never)).code).toBe('INVALID_INPUT');
  });
});

describe('withProgress', () => {
  it('adds records by task id without changing the plan', () => {
    const tracked = withProgress(kienGiang2020Plan, {
      'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND ngày 09/12/2019' }],
      'VI.A.2': [{ reportedOn: '2020-05-01', done: 1, total: 2, unit: 'dự thảo' }],
    });
    const byId = new Map(planTasks(tracked).map((t) => [t.id, t]));
    expect(taskStatus(byId.get('VII.1')!, { asOf: '2020-01-15' })).toMatchObject({
      status: 'done-on-time',
      evidence: ['Kế hoạch số 164/KH-UBND ngày 09/12/2019'],
    });
    expect(taskStatus(byId.get('VI.A.2')!, { asOf: '2020-06-01' }).progress).toMatchObject({ done: 1, total: 2 });
    expect(planTasks(kienGiang2020Plan).every((t) => t.progress === undefined)).toBe(true);
  });

  it('appends to existing records', () => {
    const once = withProgress(kienGiang2020Plan, { 'I.1': [{ note: 'đang dự thảo' }] });
    const twice = withProgress(once, { 'I.1': [{ completedOn: '2020-01-05' }] });
    expect(planTasks(twice)[0]!.progress).toEqual([{ note: 'đang dự thảo' }, { completedOn: '2020-01-05' }]);
  });

  it('rejects unknown ids and records for milestones a task does not have', () => {
    const e = caught(() => withProgress(kienGiang2020Plan, { 'VIII.1': [{ note: 'x' }], 'VI.1': [{ note: 'y' }] }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['progress.VIII.1', 'progress.VI.1']);
    expect(caught(() => withProgress(kienGiang2020Plan, { 'I.1': [{ milestone: 2, completedOn: '2020-01-01' }] })).code).toBe(
      'INVALID_PROGRESS',
    );
  });
});
