// Issue 11 for the quota module: every input and options object is strict — a typo is UNKNOWN_KEY at its path with a
// "did you mean" suggestion, never a silently different answer — and the renamed fields keep their old names.
import { describe, expect, it } from 'vitest';
import {
  AutonomyGroupOptionsSchema,
  CarryOverTargetInputSchema,
  CchcError,
  DISBURSEMENT_TARGET_95,
  DisbursementRateInputSchema,
  DisbursementTargetSchema,
  KL40_CARRY_OVER_SOURCE,
  SelfFinancingRatioInputSchema,
  STREAMLINING_TARGETS,
  StreamliningPaceInputSchema,
  StreamliningProgressInputSchema,
  TargetProgressInputSchema,
  UnitEventSchema,
  UnitReductionOptionsSchema,
  autonomyGroup,
  carryOverTarget,
  disbursementRate,
  getStreamliningTarget,
  parsePeriod,
  ratio,
  selfFinancingRatio,
  streamliningPace,
  streamliningProgress,
  targetProgress,
  unitReduction,
} from 'cchc';

function errorOf(f: () => unknown): CchcError {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError');
}

/** The first UNKNOWN_KEY issue of a call, as [path, suggestion]. */
function typo(f: () => unknown): [string, string | undefined] {
  const e = errorOf(f);
  const i = e.issues.find((x) => x.code === 'UNKNOWN_KEY');
  expect(i, e.message).toBeDefined();
  return [i!.path.join('.'), i!.suggestion];
}

describe('quota: typos are rejected with their path and a suggestion', () => {
  it.each<[string, () => unknown, string, string]>([
    [
      'targetPrecent',
      () => streamliningProgress({ base: 2838, targetPrecent: 10, targetRounding: 'up', achieved: 189 } as never),
      'targetPrecent',
      'targetPercent',
    ],
    [
      'targetRouding',
      () => streamliningProgress({ base: 2838, targetPercent: 10, targetRouding: 'up', achieved: 189 } as never),
      'targetRouding',
      'targetRounding',
    ],
    ['achived', () => streamliningProgress({ base: 2838, target: 284, achived: 189 } as never), 'achived', 'achieved'],
    [
      'mesure',
      () => streamliningProgress({ base: 2838, target: 284, achieved: 189, mesure: 'persons-settled' } as never),
      'mesure',
      'measure',
    ],
    ['targt (targetProgress)', () => targetProgress({ achieved: 1, targt: 2 } as never), 'targt', 'target'],
    [
      'asof (pace)',
      () => streamliningPace({ target: 1, achieved: 0, start: '2020-01-01', end: '2021-01-01', asof: '2020-06-01' } as never),
      'asof',
      'asOf',
    ],
    [
      'previuos',
      () => carryOverTarget({ previuos: { target: 1, achieved: 0 }, current: { base: 10, target: 1 } } as never),
      'previuos',
      'previous',
    ],
    [
      'current.targetPrecent',
      () => carryOverTarget({ previous: { target: 1, achieved: 0 }, current: { base: 10, targetPrecent: 5 } } as never),
      'current.targetPrecent',
      'targetPercent',
    ],
    ['disbursd', () => disbursementRate({ disbursd: 3145, plan: 5582 } as never), 'disbursd', 'disbursed'],
    ['planKnd', () => disbursementRate({ disbursed: 3145, plan: 5582, planKnd: 'pm-assigned' } as never), 'planKnd', 'planKind'],
    [
      'target.percnt',
      () => disbursementRate({ disbursed: 1, plan: 2, target: { ...DISBURSEMENT_TARGET_95, percnt: 90 } } as never),
      'target.percnt',
      'percent',
    ],
    ['recurentSpending', () => selfFinancingRatio({ revenue: 1, recurentSpending: 2 } as never), 'recurentSpending', 'recurrentSpending'],
    [
      'fundsInvestments',
      () => autonomyGroup(0.5, { regime: 'nd60-2021', fundsInvestments: true } as never),
      'options.fundsInvestments',
      'fundsInvestment',
    ],
    ['regim', () => autonomyGroup(0.5, { regim: 'nd60-2021' } as never), 'options.regim', 'regime'],
    ['form (merge)', () => unitReduction([{ kind: 'merge', form: 3, into: 1 } as never]), 'events.0.form', 'from'],
    ['cout', () => unitReduction([{ kind: 'dissolve', cout: 3 } as never]), 'events.0.cout', 'count'],
    ['grup', () => unitReduction([{ kind: 'dissolve', count: 3, grup: 'health' } as never]), 'events.0.grup', 'group'],
    ['options.targt', () => unitReduction([], { targt: 100 } as never), 'options.targt', 'target'],
  ])('%s', (_, call, path, suggestion) => {
    expect(typo(call)).toEqual([path, suggestion]);
  });

  it('the typo is an error, not a different answer: the code is UNKNOWN_KEY', () => {
    expect(
      errorOf(() => streamliningProgress({ base: 2838, targetPrecent: 10, targetRounding: 'up', achieved: 189 } as never)).issues.map(
        (i) => i.code,
      ),
    ).toContain('UNKNOWN_KEY');
    expect(errorOf(() => disbursementRate({ disbursed: 3145, plan: 5582, planKnd: 'pm-assigned' } as never)).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => unitReduction([{ kind: 'dissolve', count: 3, grup: 'health' } as never])).code).toBe('UNKNOWN_KEY');
  });

  it('the exported schemas are strict too', () => {
    const cases: [{ issuesOf(v: unknown): readonly { code: string; suggestion?: string }[] }, unknown, string][] = [
      [TargetProgressInputSchema, { achieved: 1, target: 2, extra: 1 }, 'UNKNOWN_KEY'],
      [StreamliningProgressInputSchema, { base: 2838, targetPrecent: 10, achieved: 189 }, 'targetPercent'],
      [StreamliningPaceInputSchema, { target: 1, achieved: 0, start: '2020-01-01', end: '2021-01-01', asOf: '2020-06-01', ned: 1 }, 'end'],
      [CarryOverTargetInputSchema, { previous: { target: 1, achieved: 0 }, curent: {} }, 'current'],
      [DisbursementRateInputSchema, { disbursed: 1, plan: 2, plankind: 'pm-assigned' }, 'planKind'],
      [DisbursementTargetSchema, { ...DISBURSEMENT_TARGET_95, planKnd: 'pm-assigned' }, 'planKind'],
      [SelfFinancingRatioInputSchema, { revenu: 1, recurrentSpending: 2 }, 'revenue'],
      [AutonomyGroupOptionsSchema, { regime: 'nd60-2021', percentPoint: true }, 'percentPoints'],
      [UnitEventSchema, { kind: 'equitize', count: 5, lable: 'x' }, 'label'],
      [UnitReductionOptionsSchema, { bases: 5 }, 'base'],
    ];
    for (const [schema, value, expected] of cases) {
      const issue = schema.issuesOf(value).find((i) => i.code === 'UNKNOWN_KEY');
      expect(issue, JSON.stringify(value)).toBeDefined();
      if (expected !== 'UNKNOWN_KEY') expect(issue?.suggestion).toBe(expected);
    }
  });

  it('an unknown id has a suggestion too', () => {
    expect(errorOf(() => getStreamliningTarget('kl40-2022-cadres-civil-servant')).issues[0]).toMatchObject({
      code: 'UNKNOWN_TARGET',
      path: ['id'],
      suggestion: 'kl40-2022-cadres-civil-servants',
    });
  });
});

describe('quota: one rate input, and names that say the unit', () => {
  it('targetShare takes any rate input and gives the same target as targetPercent', () => {
    const byPercent = streamliningProgress({ base: 2838, targetPercent: 10, targetRounding: 'up', achieved: 189 });
    for (const targetShare of [0.1, '10%', ratio(1, 10), { numerator: 1, denominator: 10 }] as const) {
      const p = streamliningProgress({ base: 2838, targetShare, targetRounding: 'up', achieved: 189 });
      expect(p.target).toBe(byPercent.target);
      expect(p.derivedTarget!.percent.toString()).toBe('10');
      expect(p.derivedTarget!.exact.toString()).toBe('283.8');
    }
    expect(errorOf(() => streamliningProgress({ base: 2838, targetShare: 0.1, achieved: 189 })).code).toBe('TARGET_ROUNDING_REQUIRED');
    expect(
      errorOf(() => streamliningProgress({ base: 2838, targetShare: 0.1, targetPercent: 10, targetRounding: 'up', achieved: 189 })).code,
    ).toBe('CONFLICTING_TARGET');
    expect(errorOf(() => streamliningProgress({ base: 2838, targetShare: '10', targetRounding: 'up', achieved: 189 })).code).toBe(
      'INVALID_NUMBER',
    );
    const t = carryOverTarget({
      previous: { target: 284, achieved: 250 },
      current: { base: 2600, targetShare: '5%', targetRounding: 'up' },
    });
    expect(t.required).toBe(164);
  });

  it('shares come back as ratios (fractions), points only under a …Percent / percent name', () => {
    const p = streamliningProgress({ base: 2838, targetPercent: 10, targetRounding: 'up', achieved: 189 });
    expect(p.ofBase).toMatchObject({ numerator: 189, denominator: 2838 });
    expect(p.ofTarget!.value.lt(1)).toBe(true);
    const d = disbursementRate({ disbursed: 95, plan: 100, target: DISBURSEMENT_TARGET_95 });
    expect(d.rate.value.toString()).toBe('0.95');
    expect(d.target!.percent).toBe(95);
    const u = unitReduction([{ kind: 'dissolve', count: 5 }], { base: 100, target: 10 });
    expect(u.ofBase!.value.toString()).toBe('0.05');
    expect(u.progress!.ofTarget!.value.toString()).toBe('0.5');
  });

  it('a pace range takes { start, end }, and a Period spread in', () => {
    const year = parsePeriod('Năm 2020');
    const p = streamliningPace({ ...year, target: 12, achieved: 6, asOf: '2020-07-01' });
    expect(p.phase).toBe('in-progress');
    expect(
      errorOf(() => streamliningPace({ target: 1, achieved: 0, start: '2021-01-01', end: '2020-01-01', asOf: '2020-06-01' })).code,
    ).toBe('INVALID_DATE_RANGE');
  });

  it('unit groups are grouping keys: composed and decomposed spellings make one group', () => {
    const composed = 'Sở Tư pháp'.normalize('NFC');
    const decomposed = 'Sở Tư pháp'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    const r = unitReduction([
      { kind: 'dissolve', count: 1, group: composed },
      { kind: 'dissolve', count: 2, group: decomposed },
    ]);
    expect(r.byGroup).toEqual({ [composed]: 3 });
    expect(r.events[1]!.group).toBe(decomposed); // the event keeps its text as given
  });
});

describe('quota: renamed fields keep their old names (deprecated, still read)', () => {
  it('streamlining targets: descriptionVi / descriptionEn', () => {
    for (const t of STREAMLINING_TARGETS) {
      expect(t.descriptionVi).toBe(t.description.vi);
      expect(t.descriptionEn).toBe(t.description.en);
    }
    expect(Object.keys(STREAMLINING_TARGETS[0]!)).not.toContain('descriptionVi');
  });
  it('disbursement target: measuredVi / measuredEn, read back by the schema', () => {
    expect(DISBURSEMENT_TARGET_95.measuredVi).toBe(DISBURSEMENT_TARGET_95.measured.vi);
    expect(DISBURSEMENT_TARGET_95.measuredEn).toBe(DISBURSEMENT_TARGET_95.measured.en);
    const old = {
      id: 'province-90',
      percent: 90,
      planKind: 'province-assigned' as const,
      measuredVi: '31/12',
      measuredEn: '31 December',
      sources: [],
    };
    expect(DisbursementTargetSchema.safeParse(old).success).toBe(true);
    expect(disbursementRate({ disbursed: 91, plan: 100, planKind: 'province-assigned', target: old as never }).target).toMatchObject({
      met: true,
      comparable: true,
    });
    expect(DisbursementTargetSchema.safeParse({ id: 'x', percent: 90, planKind: 'pm-assigned', sources: [] }).success).toBe(false);
  });
  it('carry-over: source beside sources', () => {
    const t = carryOverTarget({ previous: { target: 1, achieved: 1 }, current: { base: 10, target: 1 } });
    expect(t.sources).toEqual([KL40_CARRY_OVER_SOURCE]);
    expect(t.source).toBe(KL40_CARRY_OVER_SOURCE);
  });
  it('autonomy: the percent-points reading under its option', () => {
    expect(autonomyGroup(75, { regime: 'nd60-2021', percentPoints: true }).subBand).toBe('70-100');
  });
});
