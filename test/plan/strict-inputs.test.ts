// Issue 11 in the plan module: one vocabulary, strict inputs. Every input object rejects an unknown key with
// UNKNOWN_KEY, its path and a suggestion; renamed names keep working; bilingual names and citations.
import { describe, expect, it } from 'vitest';
import {
  AGENCY_DEFINITIONS,
  AgencyDefinitionSchema,
  DeadlineSchema,
  DueSoonSchema,
  PlanProgressOptionsSchema,
  PlanResultEntrySchema,
  PlanSchema,
  ProgressRecordSchema,
  SourceRefSchema,
  TaskSchema,
  TaskStatusOptionsSchema,
  countStatuses,
  emptyStatusCounts,
  isCchcError,
  mergeStatusCounts,
  overdueTasks,
  parseAgencies,
  parseDeadline,
  parsePlan,
  planProgress,
  planResults,
  planTasks,
  taskStatus,
  tasksOfAgency,
  withProgress,
  type Task,
} from 'cchc';
import { kienGiang2020Plan, kienGiang2019PlanResults } from 'cchc/datasets';
import { caught } from './_helpers.js';

const task: Task = {
  code: '1',
  content: 'Tự đánh giá chỉ số CCHC năm 2019',
  product: 'Báo cáo',
  lead: 'Sở Nội vụ',
  coordinating: [],
  deadlineText: 'Trước ngày 15/02/2020',
  deadline: { milestones: [{ due: '2020-02-14', text: 'Trước ngày 15/02/2020' }], continuous: false },
};

/** The one issue of `fn`'s CchcError: code, path and suggestion. */
function typo(fn: () => unknown): [string, string, string | undefined] {
  const e = caught(fn);
  expect(e.issues, e.messageEn).toHaveLength(1);
  const i = e.issues[0]!;
  return [i.code, i.path.join('.'), i.suggestion];
}

describe('typos are rejected with UNKNOWN_KEY, the path and a suggestion (issue 11: they used to change the answer)', () => {
  it("a task's top-level completedOn: progress goes in `progress`", () => {
    expect(typo(() => taskStatus({ ...task, completedOn: '2020-02-10' } as never, { asOf: '2020-03-01' }))).toEqual([
      'UNKNOWN_KEY',
      'task.completedOn',
      'progress',
    ]);
    const e = caught(() => taskStatus({ ...task, completedOn: '2020-02-10' } as never, { asOf: '2020-03-01' }));
    expect(e.messageEn).toContain('progress: [{ completedOn');
    expect(e.messageVi).toContain('progress: [{ completedOn');
    // In 0.1 the key was dropped and the task reported overdue, as if nothing had been done.
    expect(taskStatus({ ...task, progress: [{ completedOn: '2020-02-10' }] }, { asOf: '2020-03-01' }).status).toBe('done-on-time');
  });

  it('completedAt in a progress record: did you mean completedOn?', () => {
    expect(typo(() => taskStatus({ ...task, progress: [{ completedAt: '2020-02-10' }] } as never, { asOf: '2020-03-01' }))).toEqual([
      'UNKNOWN_KEY',
      'task.progress.0.completedAt',
      'completedOn',
    ]);
    expect(typo(() => withProgress(kienGiang2020Plan, { 'VII.1': [{ completedAt: '2019-12-09' }] } as never))).toEqual([
      'UNKNOWN_KEY',
      'progress.VII.1.0.completedAt',
      'completedOn',
    ]);
  });

  it('calender, duesoon, dueOnDayoff in the options of taskStatus', () => {
    expect(typo(() => taskStatus(task, { asOf: '2020-03-01', calender: null } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.calender',
      'calendar',
    ]);
    expect(typo(() => taskStatus(task, { asOf: '2020-03-01', duesoon: { days: 3, unit: 'calendar-days' } } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.duesoon',
      'dueSoon',
    ]);
    expect(typo(() => taskStatus(task, { asOf: '2020-03-01', dueOnDayoff: 'keep' } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.dueOnDayoff',
      'dueOnDayOff',
    ]);
    const units = caught(() => taskStatus(task, { asOf: '2020-03-01', dueSoon: { days: 3, units: 'calendar-days' } } as never)).issues[0]!;
    expect([units.code, units.path.join('.'), units.suggestion]).toEqual(['UNKNOWN_KEY', 'options.dueSoon.units', 'unit']);
    const unit = caught(() => taskStatus(task, { asOf: '2020-03-01', dueSoon: { days: 3, unit: 'working-day' } } as never)).issues[0]!;
    expect([unit.code, unit.path.join('.'), unit.suggestion]).toEqual(['INVALID_INPUT', 'options.dueSoon.unit', 'working-days']);
  });

  it('groupby, sectiondepth, asof in planProgress and overdueTasks', () => {
    expect(typo(() => planProgress(kienGiang2020Plan, { asOf: '2020-06-30', groupBy: 'lead', sectiondepth: 2 } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.sectiondepth',
      'sectionDepth',
    ]);
    const e = caught(() => planProgress(kienGiang2020Plan, { asOf: '2020-06-30', groupby: 'lead' } as never));
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.suggestion])).toEqual([
      ['UNKNOWN_KEY', 'options.groupby', 'groupBy'],
      ['INVALID_INPUT', 'options.groupBy', undefined],
    ]);
    expect(typo(() => overdueTasks(kienGiang2020Plan, { asOf: '2020-06-30', calender: null } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.calender',
      'calendar',
    ]);
  });

  it('planyear in parseDeadline; definition in parseAgencies; roles and viagroups in tasksOfAgency', () => {
    expect(typo(() => parseDeadline('Quý I', { planyear: 2020 } as never))).toEqual(['UNKNOWN_KEY', 'options.planyear', 'planYear']);
    expect(typo(() => parseAgencies('Sở Nội vụ', { definition: AGENCY_DEFINITIONS } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.definition',
      'definitions',
    ]);
    expect(typo(() => tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { roles: 'lead' } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.roles',
      'role',
    ]);
    expect(typo(() => tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { viagroups: true } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.viagroups',
      'viaGroups',
    ]);
  });

  it('alias and memberof in agency definitions', () => {
    const mine = { key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency', aliases: [], memberof: ['state-agencies'] };
    expect(typo(() => parseAgencies('Tỉnh đoàn', { definitions: [mine] } as never))).toEqual([
      'UNKNOWN_KEY',
      'options.definitions.0.memberof',
      'memberOf',
    ]);
    const r = AgencyDefinitionSchema.safeParse({ key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency', alias: [] });
    expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join('.'), i.suggestion])).toEqual([
      ['UNKNOWN_KEY', 'alias', 'aliases'],
      ['INVALID_INPUT', 'aliases', undefined],
    ]);
  });

  it('issuedAt in a plan, deadlinetext in a task, subsections in a section (parsePlan and planTasks)', () => {
    expect(typo(() => planTasks({ ...kienGiang2020Plan, issuedAt: '2019-12-09' } as never)).slice(0, 2)).toEqual([
      'UNKNOWN_KEY',
      'plan.issuedAt',
    ]);
    expect(typo(() => planTasks({ ...kienGiang2020Plan, issuedAt: '2019-12-09' } as never))[2]).toBe('issuedOn');
    const input = {
      number: '01/KH-SNV',
      issuedOn: '2020-01-06',
      issuer: 'Sở Nội vụ',
      year: 2020,
      title: 'Kế hoạch CCHC năm 2020',
      sections: [
        {
          code: 'I',
          title: 'Chỉ đạo',
          tasks: [{ code: '1', content: 'Kiểm tra', product: 'Kế hoạch', lead: 'Sở Nội vụ', coordinating: [], deadlineText: 'Quý I' }],
        },
      ],
    };
    expect(parsePlan(input).sections[0]!.tasks[0]!.deadline.milestones[0]!.due).toBe('2020-03-31');
    const e = caught(() =>
      parsePlan({
        ...input,
        sections: [{ ...input.sections[0]!, subsections: [], tasks: [{ ...input.sections[0]!.tasks[0]!, deadlinetext: 'Quý II' }] }],
      } as never),
    );
    expect(e.issues.filter((i) => i.code === 'UNKNOWN_KEY').map((i) => [i.path.join('.'), i.suggestion])).toEqual([
      ['sections.0.subsections', 'sections'],
      ['sections.0.tasks.0.deadlinetext', 'deadlineText'],
    ]);
  });

  it('planed and complete in a results row; off in a figure', () => {
    expect(typo(() => planResults([{ plan: 'Kế hoạch kiểm tra', planed: '07 nhiệm vụ' }] as never))).toEqual([
      'UNKNOWN_KEY',
      'entries.0.planed',
      'planned',
    ]);
    expect(typo(() => planResults([{ plan: 'Kế hoạch kiểm tra', planned: 7, complete: 7 }] as never))).toEqual([
      'UNKNOWN_KEY',
      'entries.0.complete',
      'completed',
    ]);
    const e = caught(() => planResults([{ plan: 'Kế hoạch đào tạo', planned: { count: 183, off: 200 } }] as never));
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.suggestion])).toEqual([['UNKNOWN_KEY', 'entries.0.planned.off', 'of']]);
  });

  it('a status that is not one, in counts', () => {
    expect(typo(() => mergeStatusCounts({ ...emptyStatusCounts(), overdues: 0 } as never, emptyStatusCounts()))).toEqual([
      'UNKNOWN_KEY',
      '0.overdues',
      'overdue',
    ]);
  });

  it('the exported schemas are strict too', () => {
    const cases: [{ safeParse: (v: unknown) => { success: boolean } }, unknown][] = [
      [TaskSchema, { ...task, completedOn: '2020-02-10' }],
      [ProgressRecordSchema, { completedAt: '2020-02-10' }],
      [DeadlineSchema, { ...task.deadline, continous: false }],
      [PlanSchema, { ...kienGiang2020Plan, legalbases: [] }],
      [TaskStatusOptionsSchema, { asOf: '2020-03-01', calender: null }],
      [PlanProgressOptionsSchema, { asOf: '2020-03-01', groupBy: 'lead', calender: null }],
      [DueSoonSchema, { days: 1, unit: 'calendar-days', inclusive: true }],
      [PlanResultEntrySchema, { plan: 'x', planed: 1 }],
      [AgencyDefinitionSchema, { key: 'x', name: 'X', kind: 'agency', aliases: [], level: 'province', levels: [] }],
    ];
    for (const [schema, value] of cases) expect(schema.safeParse(value).success, JSON.stringify(value).slice(0, 60)).toBe(false);
    expect((PlanSchema.toJSONSchema() as { additionalProperties?: boolean }).additionalProperties).toBe(false);
    expect(PlanSchema.safeParse(kienGiang2020Plan).success).toBe(true);
  });
});

describe('renamed names keep working (deprecated aliases, 0.2)', () => {
  it('dueSoonDays still works, with its 0.1 meaning', () => {
    const t = { ...task, deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false } };
    expect(taskStatus(t, { asOf: '2020-03-01', dueSoonDays: 30 }).status).toBe('due-soon');
    expect(taskStatus(t, { asOf: '2020-03-01', dueSoonDays: 29 }).status).toBe('not-due');
    expect(TaskStatusOptionsSchema.safeParse({ asOf: '2020-03-01', dueSoonDays: 3 }).success).toBe(true);
    expect(PlanProgressOptionsSchema.safeParse({ asOf: '2020-03-01', groupBy: 'lead', dueSoonDays: 3 }).success).toBe(true);
    expect(planProgress(kienGiang2020Plan, { asOf: '2020-03-01', groupBy: 'lead', dueSoonDays: 30 }).dueSoon).toEqual({
      days: 30,
      unit: 'calendar-days',
    });
  });

  it('completion and measuredCompletion are the same ratios as completionRatio and measuredCompletionRatio', () => {
    const p = planProgress(kienGiang2020Plan, { asOf: '2020-06-30', groupBy: 'section' });
    for (const g of [p.total, ...p.groups]) expect(g.completion).toBe(g.completionRatio);
    const r = planResults(kienGiang2019PlanResults);
    expect(r.summary.completion).toBe(r.summary.completionRatio);
    expect(r.summary.measuredCompletion).toBe(r.summary.measuredCompletionRatio);
    expect([r.summary.completionRatio!.numerator, r.summary.completionRatio!.denominator]).toEqual([21, 34]);
  });

  it('CALENDAR_REQUIRED is no longer raised, and a program testing for it still catches the error that replaced it', () => {
    const e = caught(() => taskStatus(task, { asOf: '2020-03-01', calendar: 'civil-service' } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(isCchcError(e, 'CALENDAR_REQUIRED')).toBe(true);
  });
});

describe('mergeStatusCounts takes two counts or any number (like mergeTallies)', () => {
  const a = countStatuses(['overdue', 'not-due']);
  const b = countStatuses(['overdue']);
  const c = countStatuses(['continuous', 'done-late']);
  it('(a, b), (...items), none, and as a reduce callback', () => {
    expect(mergeStatusCounts(a, b, c)).toEqual(countStatuses(['overdue', 'not-due', 'overdue', 'continuous', 'done-late']));
    expect(mergeStatusCounts(a, b, c)).toEqual(mergeStatusCounts(mergeStatusCounts(a, b), c));
    expect(mergeStatusCounts(...[a, b, c])).toEqual(mergeStatusCounts(a, mergeStatusCounts(b, c)));
    expect(mergeStatusCounts()).toEqual(emptyStatusCounts());
    expect(mergeStatusCounts(a)).toEqual(a);
    expect([a, b, c].reduce(mergeStatusCounts, emptyStatusCounts())).toEqual(mergeStatusCounts(a, b, c));
    expect([a, b, c].reduce((x, y) => mergeStatusCounts(x, y))).toEqual(mergeStatusCounts(a, b, c));
  });

  it('paths name the argument', () => {
    const e = caught(() => mergeStatusCounts(a, b, { ...c, total: 5 }));
    expect(e.path).toEqual([2, 'total']);
    expect(caught(() => mergeStatusCounts(a, null as never)).path).toEqual([1]);
  });
});

describe('bilingual names and citations (issue 11)', () => {
  it('every default agency definition has a label { vi, en } and SourceRef sources', () => {
    for (const d of AGENCY_DEFINITIONS) {
      expect(d.label?.vi, d.key).toBe(d.name);
      expect(d.label?.en, d.key).toMatch(/^[A-Z][A-Za-z ,'()-]+$/);
      expect(d.sources?.length, d.key).toBeGreaterThan(0);
      for (const s of d.sources ?? []) expect(SourceRefSchema.safeParse(s).success, d.key).toBe(true);
    }
    expect(AGENCY_DEFINITIONS.find((d) => d.key === 'so-noi-vu')!.sources!.map((s) => s.document)).toEqual([
      'Kế hoạch 164/KH-UBND của UBND tỉnh Kiên Giang',
      'Báo cáo 389/BC-UBND của UBND tỉnh Kiên Giang',
    ]);
    expect(AGENCY_DEFINITIONS.find((d) => d.key === 'cuc-thue-tinh')!.sources![0]!.verified).toBe(false);
  });

  it('parsed agencies carry the label of their definition', () => {
    expect(parseAgencies('VP UBND tỉnh').agencies[0]!.label).toEqual({
      vi: 'Văn phòng Ủy ban nhân dân tỉnh',
      en: "Office of the Provincial People's Committee",
    });
    expect(parseAgencies('Sở Ngoại thương').agencies[0]!.label).toBeUndefined();
  });

  it('a plan may cite where it was read', () => {
    const cited = { ...kienGiang2020Plan, sources: [{ document: 'Kế hoạch 164/KH-UBND', date: '2019-12-09', reliability: 'A' as const }] };
    expect(PlanSchema.safeParse(cited).success).toBe(true);
    expect(planTasks(cited)).toHaveLength(32);
    expect(typo(() => planTasks({ ...cited, sources: [{ document: 'x', dated: '2019-12-09' }] } as never))).toEqual([
      'UNKNOWN_KEY',
      'plan.sources.0.dated',
      'date',
    ]);
  });
});
