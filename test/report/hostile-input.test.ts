// Issue 12 (hostile input) and issue 11 (strict inputs) for the report layer: every failure is a CchcError with a
// stable code and path, never a TypeError, "NaN", "undefined" or a raw terminal escape in the output.
import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  CchcError,
  classDistributionChartSpec,
  dashboardBlocks,
  dashboardCharts,
  DashboardSchema,
  onTimeRateChartSpec,
  progressChartSpec,
  parsePeriod,
  ratio,
  renderDashboard,
  taskStatusLabel,
  type Dashboard,
  type DashboardInput,
} from 'cchc';

function issuesOf(fn: () => unknown): { code: string; path: string; suggestion?: string }[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    return e.issues.map((i) => ({ code: i.code, path: i.path.join('.'), ...(i.suggestion ? { suggestion: i.suggestion } : {}) }));
  }
  return [];
}

const input: DashboardInput = {
  title: 'Tỉnh X',
  asOf: '2019-12-31',
  dossiers: {
    table: {
      rows: [
        {
          label: 'Cấp xã',
          received: 100,
          resolved: { total: 90, onTimeOrEarly: 88, late: 2 },
          pending: 10,
          printed: { onTimeRate: '97,78%' },
        },
      ],
    },
    targetPercent: 95,
  },
  classes: {
    rows: [
      { className: 'Tốt', count: 3 },
      { className: 'Khá', count: 1 },
    ],
  },
};
const dashboard = buildDashboard(input);

describe('null, arrays and numbers as options are INVALID_INPUT (never a TypeError)', () => {
  const rows = [{ label: 'A', rate: ratio(1, 2) }];
  const calls: [string, (o: unknown) => unknown][] = [
    ['onTimeRateChartSpec', (o) => onTimeRateChartSpec(rows, o as never)],
    ['classDistributionChartSpec', (o) => classDistributionChartSpec([{ className: 'A', count: 1 }], o as never)],
    ['progressChartSpec', (o) => progressChartSpec([{ group: 'A', counts: { x: 1 } }], o as never)],
    ['dashboardBlocks', (o) => dashboardBlocks(dashboard, o as never)],
    ['dashboardCharts', (o) => dashboardCharts(dashboard, o as never)],
    ['renderDashboard', (o) => renderDashboard(dashboard, o as never)],
    ['taskStatusLabel', (o) => taskStatusLabel('overdue', o as never)],
  ];
  it.each(calls)('%s', (_, call) => {
    for (const bad of [null, [], 42, true])
      expect(
        issuesOf(() => call(bad)),
        String(bad),
      ).toEqual([{ code: 'INVALID_INPUT', path: 'options' }]);
    expect(() => call(undefined)).not.toThrow();
    expect(() => call({})).not.toThrow();
  });
  it('a printed rate given as null is no printed rate (it was a TypeError)', () => {
    const d = buildDashboard({
      title: 'X',
      asOf: '2019-12-31',
      dossiers: { table: { rows: [{ label: 'A', received: 3, resolved: 2, pending: 1, printed: { onTimeRate: null } }] } },
    } as never);
    expect(d.dossiers?.rows[0]?.printedOnTimeRate).toBeNull();
  });
  it('buildDashboard(null) and friends', () => {
    expect(issuesOf(() => buildDashboard(null as never))).toEqual([{ code: 'INVALID_INPUT', path: '' }]);
    expect(issuesOf(() => renderDashboard(null as never))[0]).toMatchObject({ code: 'INVALID_INPUT', path: 'dashboard' });
    expect(issuesOf(() => onTimeRateChartSpec(null as never))[0]).toMatchObject({ code: 'INVALID_INPUT', path: 'rows' });
  });
});

describe('a dashboard passed back in is re-validated', () => {
  const broken: [string, Dashboard][] = [
    ['asOf missing', { ...dashboard, asOf: undefined as never }],
    [
      'a NaN count',
      { ...dashboard, dossiers: { ...dashboard.dossiers!, rows: [{ ...dashboard.dossiers!.rows[0]!, received: Number.NaN }] } },
    ],
    ['an Infinity count', { ...dashboard, classes: { ...dashboard.classes!, total: Number.POSITIVE_INFINITY } }],
    ['an Infinity target', { ...dashboard, dossiers: { ...dashboard.dossiers!, targetPercent: Number.POSITIVE_INFINITY } }],
    [
      'a NaN share',
      {
        ...dashboard,
        classes: { ...dashboard.classes!, rows: [{ ...dashboard.classes!.rows[0]!, sharePercent: { isFinite: () => false } as never }] },
      },
    ],
    ['a title that is not a text', { ...dashboard, title: undefined as never }],
    ['findings that are not findings', { ...dashboard, findings: [{ code: 'x' }] as never }],
  ];
  it.each(broken)('%s: a CchcError, never "NaN" or "As of: undefined"', (_, d) => {
    for (const render of [
      () => renderDashboard(d),
      () => renderDashboard(d, { locale: 'en' }),
      () => dashboardBlocks(d),
      () => dashboardCharts(d),
    ]) {
      let out: unknown;
      try {
        out = render();
      } catch (e) {
        expect(e).toBeInstanceOf(CchcError);
        continue;
      }
      expect.fail(`rendered ${JSON.stringify(out).slice(0, 120)}`);
    }
  });
  it('names what is wrong', () => {
    expect(issuesOf(() => renderDashboard({ ...dashboard, asOf: undefined as never }))).toEqual([
      { code: 'INVALID_DATE', path: 'dashboard.asOf' },
    ]);
    expect(
      issuesOf(() =>
        renderDashboard({
          ...dashboard,
          dossiers: { ...dashboard.dossiers!, rows: [{ ...dashboard.dossiers!.rows[0]!, received: Number.NaN }] },
        }),
      ),
    ).toEqual([{ code: 'INVALID_COUNT', path: 'dashboard.dossiers.rows.0.received' }]);
  });
  it('a dashboard from buildDashboard passes, frozen', () => {
    expect(DashboardSchema.safeParse(dashboard).success).toBe(true);
    expect(Object.isFrozen(dashboard)).toBe(true);
    expect(Object.isFrozen(dashboard.dossiers!.rows[0])).toBe(true);
  });
});

describe('text from the data cannot drive the terminal or inject markup', () => {
  const ESC = '\u001b';
  const evil = `Sở A${ESC}[2J${ESC}]0;pwned\u0007${ESC}[31m\u0000\u0008\u009b1m\r\nX\u202eY`;
  const hostile = buildDashboard({
    title: `Tỉnh ${evil}`,
    asOf: '2019-12-31',
    sources: [{ document: `Báo cáo ${evil}` }],
    dossiers: {
      table: {
        rows: [
          { label: evil, received: 10, resolved: { total: 9, onTimeOrEarly: 8, late: 1 }, pending: 2, printed: { onTimeRate: '88,89%' } },
        ],
      },
      period: evil,
    },
    classes: { title: evil, rows: [{ className: `<img src=x onerror=alert(1)> [a](javascript:alert(1)) ${evil}`, count: 1 }] },
  });
  const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each(['text', 'markdown'] as const)('%s output has no control character but line breaks', (format) => {
    for (const locale of ['vi', 'en'] as const) {
      const out = renderDashboard(hostile, { format, locale });
      expect(controls.test(out), JSON.stringify(out.match(controls))).toBe(false);
      expect(out).toContain('Sở A'); // the text is kept, not dropped
      expect(out).toContain('␀'); // hidden characters are shown, not hidden
    }
  });
  it('no label spans two lines', () => {
    const out = renderDashboard(hostile);
    expect(out.split('\n').some((l) => l.startsWith('X') || l.startsWith(' X'))).toBe(false);
  });
  it('Markdown gets no raw HTML, link or image from the data', () => {
    const out = renderDashboard(hostile, { format: 'markdown' });
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/\]\(javascript:/);
  });
  it('blocks are one line each and free of escape sequences', () => {
    const texts = dashboardBlocks(hostile).flatMap((b) =>
      b.kind === 'table' ? b.table.rows.flat() : b.kind === 'list' ? b.items.map((i) => i.text) : [b.text],
    );
    for (const t of texts) expect(/[\u0000-\u001f\u007f-\u009f]/.test(t), t).toBe(false);
  });
  it('chart specs carry no control character either', () => {
    const spec = JSON.stringify(dashboardCharts(hostile));
    expect(/\\u00(?:0|1)[0-9a-f]|\\u007f|\\u009b/.test(spec)).toBe(false);
  });
});

describe('typos are refused with a suggestion (UNKNOWN_KEY)', () => {
  it('in the dashboard input', () => {
    expect(issuesOf(() => buildDashboard({ title: 'X', asof: '2019-12-31' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'asof', suggestion: 'asOf' },
      { code: 'INVALID_DATE', path: 'asOf' },
    ]);
    expect(issuesOf(() => buildDashboard({ ...input, calender: 'civil-service' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'calender', suggestion: 'calendar' },
    ]);
    expect(issuesOf(() => buildDashboard({ ...input, dossiers: { ...input.dossiers!, targetPercnt: 95 } } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'dossiers.targetPercnt', suggestion: 'targetPercent' },
    ]);
    expect(issuesOf(() => buildDashboard({ ...input, dossiers: { table: { rows: [{ label: 'A', recieved: 5 }] } } } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'dossiers.table.rows.0.recieved', suggestion: 'received' },
    ]);
    expect(issuesOf(() => buildDashboard({ ...input, streamlining: { base: 10, target: 2, acheived: 1 } } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'streamlining.acheived', suggestion: 'achieved' },
      { code: 'INVALID_COUNT', path: 'streamlining.achieved' },
    ]);
  });
  it('in the options', () => {
    expect(issuesOf(() => renderDashboard(dashboard, { fromat: 'markdown' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'options.fromat', suggestion: 'format' },
    ]);
    expect(issuesOf(() => dashboardBlocks(dashboard, { locle: 'en' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'options.locle', suggestion: 'locale' },
    ]);
    expect(issuesOf(() => onTimeRateChartSpec([], { targetPercnt: 95 } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'options.targetPercnt', suggestion: 'targetPercent' },
    ]);
    expect(issuesOf(() => progressChartSpec([], { colours: [] } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'options.colours', suggestion: 'colors' },
    ]);
  });
  it('statuses are grouped in NFC: a decomposed status is the same status', () => {
    const spec = progressChartSpec([{ group: 'A', counts: { 'Quá hạn': 1, ['Quá hạn'.normalize('NFD')]: 2 } }]);
    expect((spec.data as { values: { status: string; count: number }[] }).values).toEqual([
      expect.objectContaining({ status: 'Quá hạn', count: 3 }),
    ]);
  });
  it('bad values', () => {
    expect(issuesOf(() => renderDashboard(dashboard, { format: 'html' as never }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'options.format',
    });
    expect(issuesOf(() => classDistributionChartSpec([{ className: 'A', count: 1 }], { width: Number.NaN }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'options.width',
    });
    expect(issuesOf(() => progressChartSpec([{ group: 'A', counts: { x: 1, y: 2 } }], { colors: ['red'] }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'options.colors',
    });
    expect(issuesOf(() => taskStatusLabel('toString' as never))).toEqual([{ code: 'INVALID_INPUT', path: 'status' }]);
    // an on-time rate above 100%, or one that would be Infinity percent, is refused (the axis runs 0–100)
    expect(issuesOf(() => onTimeRateChartSpec([{ label: 'A', rate: 1e308 }]))).toEqual([
      { code: 'RATE_OUT_OF_RANGE', path: 'rows.0.rate' },
    ]);
    expect(
      issuesOf(() =>
        buildDashboard({
          ...input,
          classes: {
            rows: [
              { className: 'A', count: Number.MAX_SAFE_INTEGER },
              { className: 'B', count: 2 },
            ],
          },
        }),
      )[0]?.code,
    ).toBe('INVALID_COUNT');
    expect(issuesOf(() => taskStatusLabel('overdu' as never))[0]!.code).toBe('INVALID_INPUT');
  });
});

describe('the 0.1 names still work (deprecated)', () => {
  it('taskStatusLabel(status, locale)', () => {
    expect(taskStatusLabel('overdue', 'en')).toBe(taskStatusLabel('overdue', { locale: 'en' }));
    expect(taskStatusLabel('overdue', 'en')).toBe('Overdue');
  });
  it('target for targetPercent, source for sources, share for sharePercent', () => {
    const rows = [{ label: 'A', rate: ratio(1, 2) }];
    expect(onTimeRateChartSpec(rows, { target: 95 })).toEqual(onTimeRateChartSpec(rows, { targetPercent: 95 }));
    const old = buildDashboard({ ...input, source: 'Báo cáo 389/BC-UBND', dossiers: { table: input.dossiers!.table, target: 95 } });
    expect(old.sources).toEqual([{ document: 'Báo cáo 389/BC-UBND' }]);
    expect(old.source).toBe('Báo cáo 389/BC-UBND');
    expect([old.dossiers!.targetPercent, old.dossiers!.target]).toEqual([95, 95]);
    expect(old.classes!.rows.map((r) => r.share.eq(r.sharePercent))).toEqual([true, true]);
    expect(renderDashboard(old)).toContain('Nguồn: Báo cáo 389/BC-UBND');
    expect(issuesOf(() => buildDashboard({ ...input, source: 'a', sources: [{ document: 'b' }] }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'source',
    });
  });
  it('a range is { start, end }: a Period fits, a reversed one is INVALID_DATE_RANGE', () => {
    const streamlining = { base: 2838, target: 284, achieved: 189, asOf: '2019-09-30' };
    const d = buildDashboard({ ...input, streamlining: { ...streamlining, path: parsePeriod('năm 2019') } });
    expect(d.streamlining?.pace?.onTrack).toBe(false); // 189 of 284 at 30/9, when the line expects about 213
    expect(
      issuesOf(() => buildDashboard({ ...input, streamlining: { ...streamlining, path: { start: '2021-12-31', end: '2015-12-31' } } }))[0]
        ?.code,
    ).toBe('INVALID_DATE_RANGE');
    expect(
      issuesOf(() =>
        buildDashboard({
          ...input,
          units: { events: [], target: 5, path: { start: '2021-12-31', end: '2015-12-31', asOf: '2019-01-01' } },
        }),
      )[0],
    ).toMatchObject({
      code: 'INVALID_DATE_RANGE',
      path: 'units.path.end',
    });
  });
  it('the calendar is named, civil-service by default', () => {
    expect(dashboard.calendar).toBe('civil-service');
    expect(issuesOf(() => buildDashboard({ ...input, calendar: { isWorkingDay: () => true } as never }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'calendar',
    });
  });
});
