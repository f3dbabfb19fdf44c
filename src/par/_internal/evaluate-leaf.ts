import type { Decimal } from 'decimal.js';
import { issue, show, type CchcPath } from '../../core/errors.js';
import { unknownKeyIssue } from '../../core/options.js';
import { foldVi } from '../../core/_internal/fold-vi.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';
import type { MethodologyNode } from '../methodology.js';
import type { LeafRule } from '../rule.js';
import { enNumber, isPlainObject, ONE, own, readDecimal, typeIssue, viNumber, ZERO, type Problems } from './read.js';
import { readRate } from './read-rate.js';

/** Every key a leaf input may have; which ones a leaf takes depends on its rule. */
const INPUT_KEYS = ['points', 'met', 'outcome', 'rate', 'ratio', 'share', 'numerator', 'denominator'] as const;
type InputKey = (typeof INPUT_KEYS)[number];
/** Keys kept with an input and ignored by scoring: a note, and evidence of any shape. */
const EXTRA_KEYS = ['note', 'evidence'] as const;

/** The input shapes each rule kind accepts (as sets of keys); the first is the one to use. */
const ACCEPTED: Record<LeafRule['kind'], readonly (readonly InputKey[])[]> = {
  manual: [['points']],
  binary: [['met']],
  tiered: [['outcome']],
  'percent-bands': [['rate'], ['numerator', 'denominator'], ['ratio']],
  proportional: [['rate'], ['numerator', 'denominator'], ['ratio']],
  survey: [['rate'], ['numerator', 'denominator'], ['share']],
};

function shapeText(keys: readonly string[]): string {
  return `{ ${keys.join(', ')} }`;
}

function rateOutOfRange(code: string, key: string, value: Decimal, problems: Problems): undefined {
  const pv = { code, key, received: viNumber(value) };
  const pe = { code, key, received: enNumber(value) };
  problems.push(
    issue('RATE_OUT_OF_RANGE', [code, key], vi.RATE_OUT_OF_RANGE__parRate(pv), en.RATE_OUT_OF_RANGE__parRate(pe), value.toFixed()),
  );
  return undefined;
}

/**
 * Read the rate of a leaf in [0, 1] from `{ rate }` (any {@link RateInput}), its 0.1 names `{ ratio }` / `{ share }`
 * (which also read a Vietnamese number text without "%", "0,85"), or `{ numerator, denominator }` (two quantities).
 * With `capAtOne`, a rate given as counts above 1 (a plan over-fulfilled) counts as 1; a fraction above 1 ("85" typed
 * for 85%) is out of range.
 */
function readLeafRate(
  input: Readonly<Record<string, unknown>>,
  key: 'rate' | 'ratio' | 'share' | 'counts',
  capAtOne: boolean,
  code: string,
  problems: Problems,
): Decimal | undefined {
  if (key !== 'counts') {
    const r = readRate(own(input, key), [code, key], problems, key !== 'rate');
    if (r === undefined) return undefined;
    if (r.value.isNegative()) return rateOutOfRange(code, key, r.value, problems);
    if (r.value.gt(ONE)) return capAtOne && r.fromCounts ? ONE : rateOutOfRange(code, key, r.value, problems);
    return r.value;
  }
  const path: CchcPath = [code];
  const n = readDecimal(own(input, 'numerator'), [...path, 'numerator'], problems);
  const d = readDecimal(own(input, 'denominator'), [...path, 'denominator'], problems);
  if (n === undefined || d === undefined) return undefined;
  if (n.isNegative() || d.isNegative()) {
    const pv = { code, numerator: viNumber(n), denominator: viNumber(d) };
    const pe = { code, numerator: enNumber(n), denominator: enNumber(d) };
    problems.push(
      issue(
        'RATE_OUT_OF_RANGE',
        [...path, n.isNegative() ? 'numerator' : 'denominator'],
        vi.RATE_OUT_OF_RANGE__parCounts(pv),
        en.RATE_OUT_OF_RANGE__parCounts(pe),
        `${n.toFixed()}/${d.toFixed()}`,
      ),
    );
    return undefined;
  }
  if (d.isZero()) {
    problems.push(
      issue(
        'ZERO_DENOMINATOR',
        [...path, 'denominator'],
        vi.ZERO_DENOMINATOR__parCriterion({ code, numerator: viNumber(n) }),
        en.ZERO_DENOMINATOR__parCriterion({ code, numerator: enNumber(n) }),
        0,
      ),
    );
    return undefined;
  }
  const r = n.div(d);
  if (r.gt(ONE)) {
    if (capAtOne) return ONE;
    const pv = { code, numerator: viNumber(n), denominator: viNumber(d) };
    const pe = { code, numerator: enNumber(n), denominator: enNumber(d) };
    problems.push(
      issue(
        'RATE_OUT_OF_RANGE',
        [...path, 'numerator'],
        vi.RATE_OUT_OF_RANGE__parAboveOne(pv),
        en.RATE_OUT_OF_RANGE__parAboveOne(pe),
        `${n.toFixed()}/${d.toFixed()}`,
      ),
    );
    return undefined;
  }
  return r;
}

/**
 * What a leaf's input gave: points (by the rule, or because there was nothing to measure), or "not applicable" (an
 * empty ratio under `whenEmpty: 'not-applicable'`).
 * @internal
 */
export type LeafOutcome =
  | { readonly points: Decimal; readonly basis: 'input' | 'nothing-to-measure' | 'inherited' }
  | { readonly notApplicable: true };

/** Whether a rate input is an empty ratio (0 / 0): `{ numerator: 0, denominator: 0 }`, as counts or under `rate`. */
function isEmptyRatio(input: Record<string, unknown>, rateKey: string): boolean {
  const counts = rateKey === 'counts' ? input : own(input, rateKey);
  if (!isPlainObject(counts) || !Object.hasOwn(counts, 'numerator') || !Object.hasOwn(counts, 'denominator')) return false;
  const probe: Problems = [];
  const n = readDecimal(counts.numerator, [], probe);
  const d = readDecimal(counts.denominator, [], probe);
  return n !== undefined && d !== undefined && n.isZero() && d.isZero();
}

/**
 * Points of one leaf for one input, with how they were obtained, or `undefined` with the problems added. With
 * `acceptPoints` (a leaf whose value a unit inherits from another, e.g. a commune given its province's points), the
 * input may also be `{ points }` (0 ≤ points ≤ max), whatever the rule.
 * @internal
 */
export function evaluateLeaf(node: MethodologyNode, input: unknown, problems: Problems, acceptPoints = false): LeafOutcome | undefined {
  const rule = node.rule!;
  const code = node.code;
  const max = node.maxPoints;
  if (acceptPoints && rule.kind !== 'manual' && isPlainObject(input) && own(input, 'points') !== undefined) {
    const inherited = evaluateLeaf({ ...node, rule: { kind: 'manual' } }, input, problems);
    return inherited && 'points' in inherited ? { points: inherited.points, basis: 'inherited' } : inherited;
  }
  const scored = (points: Decimal | undefined): LeafOutcome | undefined =>
    points === undefined ? undefined : { points, basis: acceptPoints ? 'inherited' : 'input' };
  const accepted = ACCEPTED[rule.kind];
  if (!isPlainObject(input)) {
    const p = { code, kind: rule.kind, accepted: accepted.map(shapeText).join(' | '), received: show(input) };
    problems.push(issue('PAR_INPUT_MISMATCH', [code], vi.PAR_INPUT_MISMATCH__notObject(p), en.PAR_INPUT_MISMATCH__notObject(p), input));
    return undefined;
  }
  // Unknown keys (typos: `ratoi`, `numerater`) are refused with a suggestion among the keys this leaf takes.
  const known: readonly string[] = [...INPUT_KEYS, ...EXTRA_KEYS];
  const suggestFrom = [...new Set([...accepted.flat(), ...EXTRA_KEYS])];
  let unknown = false;
  for (const key of Object.keys(input)) {
    if (known.includes(key)) continue;
    unknown = true;
    problems.push(unknownKeyIssue([code, key], key, suggestFrom));
  }
  const note = own(input, 'note');
  if (note !== undefined && typeof note !== 'string') {
    problems.push(typeIssue([code, 'note'], 'text', note));
    unknown = true;
  }
  if (unknown) return undefined;
  const present = INPUT_KEYS.filter((k) => own(input, k) !== undefined);
  const shape = accepted.find((keys) => keys.length === present.length && keys.every((k) => present.includes(k)));
  if (!shape) {
    const p = { code, kind: rule.kind, accepted: accepted.map(shapeText).join(' | '), received: shapeText(present) };
    problems.push(issue('PAR_INPUT_MISMATCH', [code], vi.PAR_INPUT_MISMATCH(p), en.PAR_INPUT_MISMATCH(p), shapeText(present)));
    return undefined;
  }
  const rateKey = shape.length === 2 ? 'counts' : (shape[0] as 'rate' | 'ratio' | 'share');
  if ((rule.kind === 'proportional' || rule.kind === 'percent-bands') && rule.whenEmpty && isEmptyRatio(input, rateKey)) {
    if (rule.whenEmpty === 'not-applicable') return { notApplicable: true };
    return { points: rule.whenEmpty === 'max' ? max : ZERO, basis: 'nothing-to-measure' };
  }
  return scored(pointsByRule(rule, input, rateKey, code, max, problems));
}

/** Points of a leaf by its rule for an input of an accepted shape, or `undefined` with the problems added. */
function pointsByRule(
  rule: LeafRule,
  input: Readonly<Record<string, unknown>>,
  rateKey: 'rate' | 'ratio' | 'share' | 'counts',
  code: string,
  max: Decimal,
  problems: Problems,
): Decimal | undefined {
  switch (rule.kind) {
    case 'manual': {
      const p = readDecimal(own(input, 'points'), [code, 'points'], problems);
      if (p === undefined) return undefined;
      if (p.isNegative()) {
        problems.push(
          issue(
            'PAR_NEGATIVE_POINTS',
            [code, 'points'],
            vi.PAR_NEGATIVE_POINTS({ code, received: viNumber(p) }),
            en.PAR_NEGATIVE_POINTS({ code, received: enNumber(p) }),
            p.toFixed(),
          ),
        );
        return undefined;
      }
      if (p.gt(max)) {
        const pv = { code, points: viNumber(p), max: viNumber(max) };
        const pe = { code, points: enNumber(p), max: enNumber(max) };
        problems.push(
          issue('PAR_POINTS_ABOVE_MAX', [code, 'points'], vi.PAR_POINTS_ABOVE_MAX(pv), en.PAR_POINTS_ABOVE_MAX(pe), p.toFixed()),
        );
        return undefined;
      }
      return p;
    }
    case 'binary': {
      const met = own(input, 'met');
      if (typeof met !== 'boolean') {
        problems.push(
          issue(
            'PAR_INPUT_MISMATCH',
            [code, 'met'],
            vi.PAR_INPUT_MISMATCH__met({ code, received: show(met) }),
            en.PAR_INPUT_MISMATCH__met({ code, received: show(met) }),
            met,
          ),
        );
        return undefined;
      }
      return met ? max : ZERO;
    }
    case 'tiered': {
      const o = own(input, 'outcome');
      if (typeof o !== 'string') {
        problems.push(
          issue(
            'PAR_INPUT_MISMATCH',
            [code, 'outcome'],
            vi.PAR_INPUT_MISMATCH__outcome({ code, received: show(o) }),
            en.PAR_INPUT_MISMATCH__outcome({ code, received: show(o) }),
            o,
          ),
        );
        return undefined;
      }
      const tier = rule.tiers.find((t) => t.outcome === o) ?? rule.tiers.find((t) => foldVi(t.outcome) === foldVi(o));
      if (!tier) {
        const p = { code, outcome: o, outcomes: rule.tiers.map((t) => `"${t.outcome}"`).join(', ') };
        problems.push(issue('PAR_UNKNOWN_OUTCOME', [code, 'outcome'], vi.PAR_UNKNOWN_OUTCOME(p), en.PAR_UNKNOWN_OUTCOME(p), o));
        return undefined;
      }
      return tier.points;
    }
    case 'percent-bands': {
      const r = readLeafRate(input, rateKey, rule.share !== true, code, problems);
      if (r === undefined) return undefined;
      const band = rule.bands.find((b) => (b.minInclusive ? r.gte(b.min) : r.gt(b.min)));
      return band!.points; // bands cover [0, 1] (checked by defineMethodology)
    }
    case 'proportional': {
      const r = readLeafRate(input, rateKey, rule.share !== true, code, problems);
      if (r === undefined) return undefined;
      if (rule.fullAt === undefined) return max.times(r);
      // min(max, max × rate / fullAt): full marks from the threshold on.
      return r.gte(rule.fullAt) ? max : max.times(r).div(rule.fullAt);
    }
    case 'survey': {
      const r = readLeafRate(input, rateKey, false, code, problems);
      return r === undefined ? undefined : max.times(r);
    }
  }
}
