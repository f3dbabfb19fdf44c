// fast-check arbitraries for PAR methodologies and assessments (test helper, not a test file).
import fc from 'fast-check';
import {
  CchcDecimal,
  defineMethodology,
  type AssessmentInputs,
  type LeafInput,
  type LeafRuleSpec,
  type Methodology,
  type MethodologyNode,
  type MethodologyNodeSpec,
  type MethodologySpec,
} from 'cchc';

/** Outcomes that stay distinct after accent / case folding and can be written as rule text. */
export const OUTCOMES = [
  'Ban hành kịp thời',
  'Không kịp thời',
  'Không ban hành',
  'Đạt yêu cầu',
  'Không đạt',
  'Một phần',
  'Đúng hạn',
  'Trễ hạn',
];

interface LeafShape {
  readonly kind: 'leaf';
  readonly units: number; // maxPoints = units / 4
  readonly rule: LeafRuleSpec;
  readonly channel: 'assessed' | 'survey' | undefined;
  readonly na: boolean;
}
interface ParentShape {
  readonly kind: 'parent';
  readonly children: readonly Shape[];
  readonly na: boolean;
}
type Shape = LeafShape | ParentShape;

const q = (units: number) => units / 4; // quarters: exact in binary floating point

function ruleArb(units: number): fc.Arbitrary<LeafRuleSpec> {
  const tiered = fc
    .tuple(
      fc.shuffledSubarray(OUTCOMES, { minLength: 1, maxLength: 4 }),
      fc.array(fc.integer({ min: 0, max: units }), { minLength: 4, maxLength: 4 }),
    )
    .map(
      ([outcomes, pts]): LeafRuleSpec => ({
        kind: 'tiered',
        tiers: outcomes.map((outcome, i) => ({ outcome, points: i === 0 ? q(units) : q(pts[i]!) })),
      }),
    );
  const bands = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: units }), { minLength: 4, maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    )
    .map(([mins, pts, incl]): LeafRuleSpec => {
      const sortedMins = [...mins].sort((a, b) => b - a);
      const points = [units, ...pts.slice(0, sortedMins.length).sort((a, b) => b - a)].slice(0, sortedMins.length + 1);
      const list = sortedMins.map((pct, i) => ({ min: pct / 100, minInclusive: pct === 100 ? true : incl[i]!, points: q(points[i]!) }));
      return { kind: 'percent-bands', bands: [...list, { min: 0, minInclusive: true, points: q(points[sortedMins.length] ?? 0) }] };
    });
  return fc.oneof(
    fc.constant<LeafRuleSpec>({ kind: 'manual' }),
    fc.constant<LeafRuleSpec>({ kind: 'binary' }),
    fc.constant<LeafRuleSpec>({ kind: 'proportional' }),
    fc.constant<LeafRuleSpec>({ kind: 'survey' }),
    tiered,
    bands,
  );
}

const leafArb: fc.Arbitrary<LeafShape> = fc.integer({ min: 1, max: 40 }).chain((units) =>
  fc
    .record({
      kind: fc.constant('leaf' as const),
      units: fc.constant(units),
      rule: ruleArb(units),
      channel: fc.constantFrom<'assessed' | 'survey' | undefined>('assessed', 'survey', undefined),
      na: fc.boolean(),
    })
    .map((l) => (l.rule.kind === 'survey' && l.channel === 'assessed' ? { ...l, channel: 'survey' as const } : l)),
);

const shapeArb: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'par-tree' },
    leafArb,
    fc.record({ kind: fc.constant('parent' as const), children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }), na: fc.boolean() }),
  ),
})).node;

function unitsOf(s: Shape): number {
  return s.kind === 'leaf' ? s.units : s.children.reduce((a, c) => a + unitsOf(c), 0);
}

function toSpec(s: Shape, code: string, role?: 'bonus' | 'penalty'): MethodologyNodeSpec {
  const base = {
    code,
    name: `Tiêu chí ${code}`,
    maxPoints: q(unitsOf(s)),
    ...(s.na ? { mayBeNotApplicable: true } : {}),
    ...(role ? { role } : {}),
  };
  if (s.kind === 'leaf') return { ...base, rule: s.rule, ...(s.channel ? { channel: s.channel } : {}) };
  return { ...base, children: s.children.map((c, i) => toSpec(c, `${code}.${i + 1}`)) };
}

/** Specs of random valid methodologies: 1–4 areas, depth ≤ 3, every rule kind, channels, not-applicable flags, and optionally bonus / penalty nodes. */
export const methodologySpecArb: fc.Arbitrary<MethodologySpec> = fc
  .tuple(
    fc.array(shapeArb, { minLength: 1, maxLength: 4 }),
    fc.option(leafArb, { nil: undefined }),
    fc.option(leafArb, { nil: undefined }),
    fc.boolean(),
  )
  .map(([roots, bonus, penalty, declare]) => {
    const nodes = roots.map((r, i) => toSpec(r, String(i + 1)));
    if (bonus) nodes.push(toSpec({ ...bonus, rule: { kind: 'manual' }, channel: undefined }, String(nodes.length + 1), 'bonus'));
    if (penalty) nodes.push(toSpec({ ...penalty, rule: { kind: 'manual' }, channel: undefined }, String(nodes.length + 1), 'penalty'));
    return {
      id: 'generated',
      name: 'Bộ tiêu chí sinh ngẫu nhiên',
      ...(declare ? { maxPoints: q(roots.reduce((a, r) => a + unitsOf(r), 0)) } : {}),
      nodes,
    };
  });

/** Validated random methodologies. */
export const methodologyArb: fc.Arbitrary<Methodology> = methodologySpecArb.map((s) => defineMethodology(s));

/** Every node of a methodology in pre-order. */
export function preorder(m: Methodology): MethodologyNode[] {
  const out: MethodologyNode[] = [];
  const visit = (n: MethodologyNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  m.nodes.forEach(visit);
  return out;
}

/** A per-node random seed: [flag, a, b] with a in 0..1000, b in 1..1000. */
export type Seed = readonly [boolean, number, number];
export const seedArb: fc.Arbitrary<Seed> = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }));

/** A valid input for a leaf from a seed. */
export function leafInput(n: MethodologyNode, [flag, a, b]: Seed): LeafInput {
  const rule = n.rule!;
  switch (rule.kind) {
    case 'manual':
      return { points: n.maxPoints.times(a).div(1000) };
    case 'binary':
      return { met: flag };
    case 'tiered':
      return { outcome: rule.tiers[a % rule.tiers.length]!.outcome };
    case 'percent-bands':
    case 'proportional':
      return flag ? { numerator: a, denominator: b } : { ratio: new CchcDecimal(a).div(1000) };
    case 'survey':
      return flag ? { numerator: Math.min(a, b), denominator: b } : { share: new CchcDecimal(a).div(1000) };
  }
}

/** An input at least as good as `leafInput(n, seed)` (never fewer points). */
export function betterLeafInput(n: MethodologyNode, [flag, a, b]: Seed, step: number): LeafInput {
  const rule = n.rule!;
  const up = Math.min(1000, a + step);
  switch (rule.kind) {
    case 'manual':
      return { points: n.maxPoints.times(up).div(1000) };
    case 'binary':
      return { met: flag || step > 0 };
    case 'tiered': {
      const best = [...rule.tiers].sort((x, y) => y.points.cmp(x.points))[0]!;
      return { outcome: step > 0 ? best.outcome : rule.tiers[a % rule.tiers.length]!.outcome };
    }
    case 'percent-bands':
    case 'proportional':
      return flag ? { numerator: a + step, denominator: b } : { ratio: new CchcDecimal(up).div(1000) };
    case 'survey':
      return flag ? { numerator: Math.min(a + step, b), denominator: b } : { share: new CchcDecimal(up).div(1000) };
  }
}

/** Inputs for every leaf (and 'not-applicable' for flagged nodes whose seed says so), from per-node seeds. */
export function inputsFrom(m: Methodology, seeds: readonly Seed[], override?: { code: string; input: LeafInput }): AssessmentInputs {
  const nodes = preorder(m);
  const out: Record<string, LeafInput | 'not-applicable'> = {};
  const visit = (n: MethodologyNode) => {
    const seed = seeds[nodes.indexOf(n) % seeds.length]!;
    if (n.mayBeNotApplicable && seed[1] % 4 === 0) {
      out[n.code] = 'not-applicable';
      return;
    }
    if (n.children.length > 0) n.children.forEach(visit);
    else out[n.code] = override?.code === n.code ? override.input : leafInput(n, seed);
  };
  m.nodes.forEach(visit);
  return out;
}

/** A methodology with its per-node seeds. */
export const assessmentArb = methodologyArb.chain((m) =>
  fc.tuple(fc.constant(m), fc.array(seedArb, { minLength: preorder(m).length, maxLength: preorder(m).length })),
);

/** A full-marks assessment of the Cà Mau 2013 fragment (10/10 points). */
export const caMauFullInputs: AssessmentInputs = {
  '1.1.1': { outcome: 'Ban hành kịp thời' },
  '1.1.2': { met: true },
  '1.1.3': { met: true },
  '1.1.4': { ratio: 0.95 },
  '1.2.1': { met: true },
  '1.2.2': { met: true },
  '1.3': { points: 3 },
};
