// Issue 12 in the plan module: huge and hostile input gives a value or a CchcError, quickly; nothing shared can be
// changed by a caller; composed and decomposed Vietnamese are one key; prototype names are ordinary text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_DEFINITIONS,
  AgencyDefinitionSchema,
  CchcError,
  PlanSchema,
  ProgressRecordSchema,
  TaskSchema,
  TaskStatusOptionsSchema,
  DEFAULT_DUE_SOON,
  MAX_AGENCY_TEXT_LENGTH,
  MAX_DEADLINE_TEXT_LENGTH,
  MAX_RESULT_QUANTITY_TEXT_LENGTH,
  TASK_STATUSES,
  overdueTasks,
  parseAgencies,
  parseDeadline,
  parsePlan,
  parseResultQuantity,
  planProgress,
  planResults,
  planTasks,
  taskStatus,
  tasksOfAgency,
  withProgress,
  type Plan,
  type Task,
} from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';
import { caught, timeRatio } from './_helpers.js';

const Y = { planYear: 2020 };

/** A value or a CchcError, never another throw. */
function outcome(fn: () => unknown): { error?: CchcError } {
  try {
    fn();
    return {};
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    return { error: e };
  }
}

describe('parseDeadline: huge text (issue 12: 16 KB took 3 s, 64 KB about a minute)', () => {
  it("'1 '.repeat(8000) is refused at once with TEXT_TOO_LONG", async () => {
    const r = outcome(() => parseDeadline('1 '.repeat(8000), Y));
    expect(r.error?.code).toBe('TEXT_TOO_LONG');
    expect(r.error?.path).toEqual(['text']);
    // At once: 80,000 pairs cost no more than 20 × 8,000 (the reader took 3 s on 8,000 and a minute on 32,000).
    const { ratio, detail } = await timeRatio(
      (t) => parseDeadline(t, Y),
      (n) => '1 '.repeat(n),
      8000,
    );
    expect(ratio, detail).toBeLessThanOrEqual(20);
  });

  it('64 KB is refused at once', () => {
    const r = outcome(() => parseDeadline('1 '.repeat(32_000), Y));
    expect(r.error?.code).toBe('TEXT_TOO_LONG');
  });

  it('a text at the limit is still read (the limit is far above any real deadline cell)', () => {
    const text = 'Quý I/2020; '.repeat(Math.floor(MAX_DEADLINE_TEXT_LENGTH / 12));
    expect(text.length).toBeLessThanOrEqual(MAX_DEADLINE_TEXT_LENGTH);
    expect(parseDeadline(text, Y).milestones.length).toBe(Math.floor(MAX_DEADLINE_TEXT_LENGTH / 12));
    expect(caught(() => parseDeadline(`${text}${'x'.repeat(MAX_DEADLINE_TEXT_LENGTH)}`, Y)).code).toBe('TEXT_TOO_LONG');
  });

  it('the limit message names the limit in both languages', () => {
    const e = caught(() => parseDeadline('x'.repeat(MAX_DEADLINE_TEXT_LENGTH + 1), Y));
    expect(e.messageEn).toContain('2,000');
    expect(e.messageVi).toContain('2.000');
  });
});

// Each family: n characters or so. The base is 150, the big input 1,500: both under MAX_DEADLINE_TEXT_LENGTH.
const deadlineFamilies: [string, (n: number) => string][] = [
  ['"1 " repeated (the reported case)', (n) => '1 '.repeat(n / 2)],
  ['"thường xuyên " repeated', (n) => 'thường xuyên '.repeat(n / 13)],
  ['"hằng năm " repeated', (n) => `1 ${'hằng năm '.repeat(n / 9)}`],
  ['"trong " before a quarter', (n) => `${'trong '.repeat(n / 6)}quý I`],
  ['remarks in parentheses', (n) => `Quý I/2020 ${'(a) '.repeat(n / 4)}`],
  ['a long list of months', (n) => `Tháng ${'1, '.repeat(n / 3)}12/2021`],
  ['a list of frequencies', (n) => `${'quý, '.repeat(n / 5)}x`],
  ['many parts', (n) => 'Quý I/2020; '.repeat(n / 12)],
  ['a run of commas', (n) => `Quý I${','.repeat(n)}x`],
  ['a run of dots', (n) => `Quý I${'.'.repeat(n)}x`],
  ['dashes between times', (n) => `${'tháng 1 - '.repeat(n / 10)}tháng 2`],
  ['a long label', (n) => `${'Xây dựng kế hoạch, '.repeat(n / 19)}quý I`],
  ['"ngày 1/1 " repeated', (n) => 'ngày 1/1 '.repeat(n / 9)],
];

describe('parseDeadline runs in linear time (issue 12)', { timeout: 30_000 }, () => {
  it.each(deadlineFamilies)('%s: 10× the text takes at most 20× the time', async (_name, make) => {
    const { ratio, detail } = await timeRatio((t) => parseDeadline(t, Y), make, 150);
    expect(ratio, detail).toBeLessThanOrEqual(20);
  });
});

describe('parseAgencies and parseResultQuantity run in linear time and refuse huge text', { timeout: 30_000 }, () => {
  const agencyFamilies: [string, (n: number) => string][] = [
    ['a list of departments', (n) => 'Sở Nội vụ, '.repeat(n / 11)],
    ['dashes', (n) => 'a - '.repeat(n / 4)],
    ['unknown words', (n) => 'abc '.repeat(n / 4)],
    ['"Sở x và " repeated', (n) => 'Sở x và '.repeat(n / 8)],
    ['"Sở " repeated', (n) => 'Sở '.repeat(n / 3)],
    ['"cấp xã, " after UBND cấp huyện', (n) => `UBND cấp huyện, ${'cấp xã, '.repeat(n / 8)}`],
    ['slashes', (n) => 'Sở Nội vụ/'.repeat(n / 10)],
  ];
  it.each(agencyFamilies)('parseAgencies, %s', async (_name, make) => {
    const { ratio, detail } = await timeRatio((t) => parseAgencies(t), make, 300);
    expect(ratio, detail).toBeLessThanOrEqual(20);
  });

  const quantityFamilies: [string, (n: number) => string][] = [
    ['a long unit', (n) => `1 ${'a'.repeat(n)}(`],
    ['a long scope', (n) => `1 a/${'b '.repeat(n / 2)}(`],
    ['digits', (n) => '1'.repeat(n)],
    ['grouped digits', (n) => `1${'.000'.repeat(n / 4)} đơn vị`],
  ];
  it.each(quantityFamilies)('parseResultQuantity, %s', async (_name, make) => {
    const { ratio, detail } = await timeRatio((t) => parseResultQuantity(t), make, 80);
    expect(ratio, detail).toBeLessThanOrEqual(20);
  });

  it('texts over the limits are TEXT_TOO_LONG', () => {
    expect(caught(() => parseAgencies('Sở Nội vụ, '.repeat(MAX_AGENCY_TEXT_LENGTH))).code).toBe('TEXT_TOO_LONG');
    expect(caught(() => parseResultQuantity('1'.repeat(MAX_RESULT_QUANTITY_TEXT_LENGTH + 1))).code).toBe('TEXT_TOO_LONG');
  });
});

describe('property: any text gives a value or a CchcError', () => {
  const words = [
    'quý',
    'Quý I',
    'II',
    'IV',
    'tháng',
    'Tháng 12',
    'năm',
    'Năm 2020',
    '2021',
    '15/02/2020',
    '20/6',
    'trước',
    'ngày',
    'trong',
    'đến hết',
    'chậm nhất',
    'cuối',
    'giữa',
    'đầu',
    'hằng',
    'hàng quý',
    'định kỳ',
    '6 tháng',
    'thường xuyên',
    'liên tục',
    'và',
    ',',
    ';',
    '-',
    '–',
    '/',
    '(',
    ')',
    '(năm 2021)',
    '\n',
    '  ',
    '1',
    '31',
    '0',
    'các năm tiếp theo',
    'Sở Nội vụ',
    'UBND',
    'cấp xã',
    'constructor',
    '__proto__',
    'toString',
    'Ở'.normalize('NFD'),
    '\u0301',
    '\u00a0',
    '\u200b',
    '𝟙',
    '\ud800',
  ];
  const hostile = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));
  const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), hostile);

  it('parseDeadline', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }), (t, planYear) => {
        // A value or a CchcError (outcome rethrows anything else); speed is checked by the linear-time families above.
        outcome(() => parseDeadline(t, planYear === undefined ? {} : { planYear }));
      }),
      { numRuns: 300 },
    );
  });

  it('parseAgencies and parseResultQuantity', () => {
    fc.assert(
      fc.property(text, (t) => {
        outcome(() => parseAgencies(t));
        outcome(() => parseResultQuantity(t));
      }),
      { numRuns: 300 },
    );
  });
});

const task: Task = {
  code: '1',
  content: 'Báo cáo',
  product: 'Báo cáo',
  lead: 'Sở Nội vụ',
  coordinating: [],
  deadlineText: 'Quý I/2020',
  deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
};

describe('null, arrays and numbers as options are INVALID_INPUT, never a TypeError (issue 12)', () => {
  const calls: [string, (o: unknown) => unknown][] = [
    ['parseDeadline', (o) => parseDeadline('Quý I/2020', o as never)],
    ['parseAgencies', (o) => parseAgencies('Sở Nội vụ', o as never)],
    ['taskStatus', (o) => taskStatus(task, o as never)],
    ['planProgress', (o) => planProgress(kienGiang2020Plan, o as never)],
    ['overdueTasks', (o) => overdueTasks(kienGiang2020Plan, o as never)],
    ['tasksOfAgency', (o) => tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', o as never)],
    ['withProgress (records)', (o) => withProgress(kienGiang2020Plan, o as never)],
  ];
  it.each(calls)('%s', (_name, call) => {
    for (const bad of [null, [], 42, 'x', true]) {
      const e = caught(() => call(bad));
      expect(e.code, String(bad)).toBe('INVALID_INPUT');
    }
  });

  it('null or a number where an input is expected', () => {
    for (const bad of [null, 42, 'x', []]) {
      expect(caught(() => planTasks(bad as never)).code).toBe('INVALID_INPUT');
      expect(caught(() => parsePlan(bad as never)).code).toBe('INVALID_INPUT');
      if (!Array.isArray(bad)) expect(caught(() => planResults(bad as never)).code).toBe('INVALID_INPUT');
      expect(caught(() => taskStatus(bad as never, { asOf: '2020-01-01' })).code).toBe('INVALID_INPUT');
    }
  });
});

describe('sparse arrays, -0 and NaN are data like any other, never a TypeError', () => {
  it('holes in lists are INVALID_INPUT at their index', () => {
    const sparse = [, { plan: 'Kế hoạch' }] as never;
    expect(caught(() => planResults(sparse)).issues[0]!.path).toEqual(['entries', 0]);
    const sections = [, ...kienGiang2020Plan.sections] as never;
    expect(caught(() => planTasks({ ...kienGiang2020Plan, sections })).issues[0]!.path).toEqual(['plan', 'sections', 0]);
    expect(
      caught(() => taskStatus({ ...task, coordinating: new Array(2) } as never, { asOf: '2020-01-01' })).issues.map((i) =>
        i.path.join('.'),
      ),
    ).toEqual(['task.coordinating.0', 'task.coordinating.1']);
  });

  it('-0 is 0; NaN and Infinity are refused', () => {
    expect(taskStatus({ ...task, progress: [{ milestone: -0, completedOn: '2020-01-02' }] }, { asOf: '2020-01-05' }).status).toBe(
      'done-on-time',
    );
    expect(caught(() => taskStatus(task, { asOf: '2020-01-01', dueSoon: { days: Number.NaN, unit: 'calendar-days' } })).code).toBe(
      'INVALID_INPUT',
    );
    expect(caught(() => planResults([{ plan: 'x', planned: Number.POSITIVE_INFINITY }])).code).toBe('INVALID_INPUT');
  });
});

/** Every object reachable from `value` is frozen (own properties only). */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => deeplyFrozen(v, seen));
}

describe("exported constants are deeply frozen (issue 12: one caller could change every other caller's results)", () => {
  it('AGENCY_DEFINITIONS, TASK_STATUSES and DEFAULT_DUE_SOON', () => {
    expect(deeplyFrozen(AGENCY_DEFINITIONS)).toBe(true);
    expect(deeplyFrozen(TASK_STATUSES)).toBe(true);
    expect(deeplyFrozen(DEFAULT_DUE_SOON)).toBe(true);
  });

  it('the plan schemas are frozen: no caller can loosen them for the others', () => {
    for (const schema of [PlanSchema, TaskSchema, ProgressRecordSchema, TaskStatusOptionsSchema, AgencyDefinitionSchema]) {
      expect(Object.isFrozen(schema)).toBe(true);
    }
    const shape = (PlanSchema as unknown as { shape: Record<string, unknown> }).shape;
    expect(() => {
      shape.year = TaskSchema;
    }).toThrow(TypeError);
    expect(() => (TaskSchema as unknown as { _checks: unknown[] })._checks.pop()).toThrow(TypeError);
    expect(PlanSchema.safeParse({ ...kienGiang2020Plan, year: 20 }).success).toBe(false);
  });

  it("a caller's mutation throws and does not change another caller's results", () => {
    const before = parseAgencies('Sở Nội vụ').agencies[0]!;
    const noiVu = AGENCY_DEFINITIONS.find((d) => d.key === 'so-noi-vu')!;
    expect(() => (noiVu.memberOf as string[]).push('mass-media')).toThrow(TypeError);
    expect(() => (noiVu.aliases as string[]).push('Bộ Quốc phòng')).toThrow(TypeError);
    expect(() => {
      (noiVu as { name: string }).name = 'Sở Ngoại vụ';
    }).toThrow(TypeError);
    expect(() => (AGENCY_DEFINITIONS as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(parseAgencies('Sở Nội vụ').agencies[0]).toEqual(before);
    expect(parseAgencies('Bộ Quốc phòng').agencies[0]!.key).toBe('other:bo quoc phong');
  });

  it("a caller's own definitions changed after a call are read again, not served from a stale cache", () => {
    const mine = [{ key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency' as const, aliases: [] as string[] }];
    expect(parseAgencies('Đoàn TN', { definitions: mine }).agencies[0]!.kind).toBe('other');
    mine[0]!.aliases.push('Đoàn TN');
    expect(parseAgencies('Đoàn TN', { definitions: mine }).agencies[0]!.key).toBe('tinh-doan');
  });
});

const planWith = (sections: Plan['sections']): Plan => ({
  number: '01/KH',
  issuedOn: '2020-01-06',
  issuer: 'Sở Nội vụ',
  year: 2020,
  title: 'Kế hoạch',
  sections,
});
const t = (code: string, lead: string, product = 'Báo cáo'): Task => ({ ...task, code, lead, product });

describe('composed and decomposed Vietnamese are one key (NFC); labels keep the text as given (issue 12)', () => {
  const nfc = 'Sở Tư pháp'.normalize('NFC');
  const nfd = 'Sở Tư pháp'.normalize('NFD');

  it('"Sở Tư pháp" in NFC and NFD is one lead group', () => {
    const p = planProgress(
      planWith([{ code: 'I', title: 'A', tasks: [t('1', nfc), t('2', nfd), t('3', 'Phòng Ư'.normalize('NFD')), t('4', 'Phòng Ư')] }]),
      {
        asOf: '2020-01-01',
        groupBy: 'lead',
      },
    );
    expect(p.groups.map((g) => [g.key, g.counts.total])).toEqual([
      ['so-tu-phap', 2],
      ['other:phong u', 2],
    ]);
  });

  it('section codes in NFC and NFD are one group, and a duplicate', () => {
    const ư = 'Ư'.normalize('NFC');
    const uDecomposed = 'Ư'.normalize('NFD');
    const plan = planWith([
      {
        code: 'I',
        title: 'Mục I',
        tasks: [],
        sections: [
          { code: ư, title: 'Ư (NFC)', tasks: [t('1', nfc)] },
          { code: 'B', title: 'B', tasks: [t('1', nfc)] },
        ],
      },
    ]);
    const p = planProgress(plan, { asOf: '2020-01-01', groupBy: 'section', sectionDepth: 2 });
    expect(p.groups.map((g) => g.key)).toEqual([`I.${ư}`, 'I.B']);
    const twice = planWith([
      { code: ư, title: 'NFC', tasks: [t('1', nfc)] },
      { code: uDecomposed, title: 'NFD', tasks: [t('1', nfd)] },
    ]);
    expect(caught(() => planTasks(twice)).code).toBe('DUPLICATE_CODE');
    const one = planWith([{ code: uDecomposed, title: 'NFD', tasks: [t('1', nfd)] }]);
    expect(planTasks(one)[0]!.id).toBe(`${ư}.1`);
    expect(planTasks(one)[0]!.sectionPath).toEqual([uDecomposed]);
    const tracked = withProgress(one, { [`${ư}.1`]: [{ completedOn: '2020-01-02' }] });
    expect(planTasks(tracked)[0]!.progress).toEqual([{ completedOn: '2020-01-02' }]);
  });

  it('products in NFC and NFD are one group, labelled as first printed', () => {
    const p = planProgress(
      planWith([{ code: 'I', title: 'A', tasks: [t('1', nfc, 'Báo cáo'.normalize('NFD')), t('2', nfc, 'Báo cáo')] }]),
      {
        asOf: '2020-01-01',
        groupBy: 'product',
      },
    );
    expect(p.groups.map((g) => [g.key, g.label, g.counts.total])).toEqual([['bao cao', 'Báo cáo'.normalize('NFD'), 2]]);
  });
});

describe('prototype names are ordinary text (issue 12)', () => {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

  it('as agency names', () => {
    for (const n of names) {
      const list = parseAgencies(n);
      expect(list.agencies.map((a) => [a.key, a.kind, a.text])).toEqual([[`other:${n.toLowerCase()}`, 'other', n]]);
    }
  });

  it('as aliases of definitions', () => {
    const defs = [
      ...AGENCY_DEFINITIONS,
      { key: 'x', name: 'Cơ quan X', kind: 'agency' as const, aliases: ['constructor', 'toString', '__proto__'] },
    ];
    expect(parseAgencies('constructor, toString', { definitions: defs }).agencies.map((a) => a.key)).toEqual(['x']);
    expect(parseAgencies('Sở Nội vụ', { definitions: defs }).agencies.map((a) => a.key)).toEqual(['so-noi-vu']);
    // An alias of marks only would match nothing, or everything.
    const marks = [{ key: 'y', name: 'Cơ quan Y', kind: 'agency' as const, aliases: ['-', '&'] }];
    expect(caught(() => parseAgencies('Sở Nội vụ', { definitions: marks })).issues.map((i) => i.path.join('.'))).toEqual([
      'options.definitions.0.aliases.0',
      'options.definitions.0.aliases.1',
    ]);
  });

  it('as section codes, task codes, leads and products', () => {
    const plan = planWith(names.map((n) => ({ code: n, title: n, tasks: [t(n, n, n)] })));
    expect(planTasks(plan).map((x) => x.id)).toEqual(names.map((n) => `${n}.${n}`));
    for (const groupBy of ['section', 'lead', 'product'] as const) {
      const p = planProgress(plan, { asOf: '2020-01-01', groupBy });
      expect(p.groups).toHaveLength(names.length);
      expect(p.groups.every((g) => g.counts.total === 1)).toBe(true);
    }
    expect(tasksOfAgency(plan, 'toString').map((x) => x.task.id)).toEqual(['toString.toString']);
  });

  it('as task ids of withProgress, own keys only', () => {
    const plan = planWith([{ code: '__proto__', title: 'x', tasks: [t('1', 'Sở Nội vụ')] }]);
    const records = JSON.parse('{"__proto__.1": [{ "completedOn": "2020-01-02" }]}') as Record<string, never>;
    expect(planTasks(withProgress(plan, records))[0]!.progress).toEqual([{ completedOn: '2020-01-02' }]);
    const sneaky = JSON.parse('{"__proto__": [{ "completedOn": "2020-01-02" }]}') as Record<string, never>;
    expect(caught(() => withProgress(plan, sneaky)).issues[0]!.path).toEqual(['progress', '__proto__']);
  });
});
