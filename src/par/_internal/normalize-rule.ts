import type { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcPath } from '../../core/errors.js';
import { foldVi } from '../../core/_internal/fold-vi.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';
import { LEAF_RULE_KINDS, type LeafRule, type LeafRuleKind, type PercentBand, type Tier, type WhenEmpty } from '../rule.js';
import { parseRuleText } from '../rule-text.js';
import {
  checkKeys,
  choiceIssue,
  enNumber,
  enPercent,
  isPlainObject,
  ONE,
  own,
  readDecimal,
  viNumber,
  viPercent,
  type Problems,
} from './read.js';
import { readRate } from './read-rate.js';

const KINDS_TEXT = LEAF_RULE_KINDS.map((k) => `'${k}'`).join(', ');
const TIER_KEYS: readonly string[] = ['outcome', 'points'];
const BAND_KEYS: readonly string[] = ['min', 'minInclusive', 'max', 'maxInclusive', 'points'];

/**
 * Validate a rule spec (object or text) against the leaf's maxPoints; problems go to `problems`.
 * @internal
 */
export function normalizeRule(spec: unknown, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): LeafRule | undefined {
  if (typeof spec === 'string') {
    try {
      return normalizeRule(parseRuleText(spec), maxPoints, path, problems);
    } catch (e) {
      if (e instanceof CchcError) {
        problems.push(...e.issues.map((i) => issue(i.code, [...path, ...i.path], i.messageVi, i.messageEn, i.received)));
        return undefined;
      }
      throw e;
    }
  }
  const kind = isPlainObject(spec) ? own(spec, 'kind') : spec;
  if (!isPlainObject(spec) || typeof kind !== 'string' || !(LEAF_RULE_KINDS as readonly string[]).includes(kind)) {
    const p = { received: show(kind), kinds: KINDS_TEXT };
    problems.push(
      issue('PAR_INVALID_RULE', isPlainObject(spec) ? [...path, 'kind'] : path, vi.PAR_INVALID_RULE(p), en.PAR_INVALID_RULE(p), kind),
    );
    return undefined;
  }
  switch (kind as LeafRuleKind) {
    case 'proportional':
      return normalizeProportional(spec, path, problems);
    case 'manual':
    case 'binary':
    case 'survey': {
      const before = problems.length;
      checkKeys(spec, ['kind'], path, problems);
      return problems.length > before ? undefined : Object.freeze({ kind: kind as 'manual' });
    }
    case 'tiered':
      return normalizeTiered(spec, maxPoints, path, problems);
    case 'percent-bands':
      return normalizeBands(spec, maxPoints, path, problems);
  }
}

function pointsInRange(points: Decimal, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): void {
  if (points.isNegative() || (maxPoints !== undefined && points.gt(maxPoints))) {
    const pv = { max: maxPoints ? viNumber(maxPoints) : '', received: viNumber(points) };
    const pe = { max: maxPoints ? enNumber(maxPoints) : '', received: enNumber(points) };
    problems.push(
      issue(
        'PAR_RULE_POINTS_OUT_OF_RANGE',
        path,
        vi.PAR_RULE_POINTS_OUT_OF_RANGE(pv),
        en.PAR_RULE_POINTS_OUT_OF_RANGE(pe),
        points.toFixed(),
      ),
    );
  }
}

function maxReachable(best: Decimal | undefined, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): void {
  if (best === undefined || maxPoints === undefined || best.eq(maxPoints)) return;
  const pv = { best: viNumber(best), max: viNumber(maxPoints) };
  const pe = { best: enNumber(best), max: enNumber(maxPoints) };
  problems.push(issue('PAR_RULE_MAX_UNREACHABLE', path, vi.PAR_RULE_MAX_UNREACHABLE(pv), en.PAR_RULE_MAX_UNREACHABLE(pe), best.toFixed()));
}

/** The largest of a non-empty list (a loop, not `Decimal.max(...list)`: a list may be too long to spread). */
function highest(list: readonly Decimal[]): Decimal | undefined {
  let best: Decimal | undefined;
  for (const d of list) if (best === undefined || d.gt(best)) best = d;
  return best;
}

function readFlag(value: unknown, key: string, path: CchcPath, problems: Problems): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const p = { key, received: show(value) };
  problems.push(issue('PAR_INVALID_RULE', [...path, key], vi.PAR_INVALID_RULE__flag(p), en.PAR_INVALID_RULE__flag(p), value));
  return undefined;
}

function normalizeTiered(
  spec: Record<string, unknown>,
  maxPoints: Decimal | undefined,
  path: CchcPath,
  problems: Problems,
): LeafRule | undefined {
  const before = problems.length;
  checkKeys(spec, ['kind', 'tiers'], path, problems);
  const tiers = own(spec, 'tiers');
  if (!Array.isArray(tiers) || tiers.length === 0) {
    problems.push(issue('PAR_INVALID_RULE', [...path, 'tiers'], vi.PAR_INVALID_RULE__noTiers(), en.PAR_INVALID_RULE__noTiers(), tiers));
    return undefined;
  }
  const out: Tier[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < tiers.length; i++) {
    const t: unknown = tiers[i];
    const p = [...path, 'tiers', i];
    if (!isPlainObject(t)) {
      problems.push(
        issue('PAR_INVALID_RULE', p, vi.PAR_INVALID_RULE__tier({ received: show(t) }), en.PAR_INVALID_RULE__tier({ received: show(t) }), t),
      );
      continue;
    }
    checkKeys(t, TIER_KEYS, p, problems);
    const outcome = own(t, 'outcome');
    if (typeof outcome !== 'string' || outcome.trim() === '') {
      problems.push(
        issue(
          'PAR_INVALID_RULE',
          [...p, 'outcome'],
          vi.PAR_INVALID_RULE__outcome({ received: show(outcome) }),
          en.PAR_INVALID_RULE__outcome({ received: show(outcome) }),
          outcome,
        ),
      );
    } else {
      const key = foldVi(outcome);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(
          issue(
            'PAR_DUPLICATE_OUTCOME',
            [...p, 'outcome'],
            vi.PAR_DUPLICATE_OUTCOME({ outcome, first }),
            en.PAR_DUPLICATE_OUTCOME({ outcome, first }),
            outcome,
          ),
        );
      } else seen.set(key, i);
    }
    const points = readDecimal(own(t, 'points'), [...p, 'points'], problems);
    if (points) pointsInRange(points, maxPoints, [...p, 'points'], problems);
    if (typeof outcome === 'string' && points) out.push(Object.freeze({ outcome, points }));
  }
  if (problems.length > before) return undefined;
  maxReachable(highest(out.map((t) => t.points)), maxPoints, [...path, 'tiers'], problems);
  return problems.length > before ? undefined : Object.freeze({ kind: 'tiered', tiers: Object.freeze(out) });
}

function readBound(value: unknown, path: CchcPath, problems: Problems): Decimal | undefined {
  return readRate(value, path, problems, true)?.value;
}

function normalizeBands(
  spec: Record<string, unknown>,
  maxPoints: Decimal | undefined,
  path: CchcPath,
  problems: Problems,
): LeafRule | undefined {
  const before = problems.length;
  checkKeys(spec, ['kind', 'bands', 'whenEmpty', 'share'], path, problems);
  const whenEmpty = readWhenEmpty(own(spec, 'whenEmpty'), path, problems);
  const share = readFlag(own(spec, 'share'), 'share', path, problems);
  const bands = own(spec, 'bands');
  if (!Array.isArray(bands) || bands.length === 0) {
    problems.push(issue('PAR_INVALID_RULE', [...path, 'bands'], vi.PAR_INVALID_RULE__noBands(), en.PAR_INVALID_RULE__noBands(), bands));
    return undefined;
  }
  const tops = new Map<number, { max: Decimal; maxInclusive: boolean }>();
  const out: (PercentBand | undefined)[] = [];
  for (let i = 0; i < bands.length; i++) {
    const b: unknown = bands[i];
    const p = [...path, 'bands', i];
    if (!isPlainObject(b)) {
      problems.push(
        issue('PAR_INVALID_RULE', p, vi.PAR_INVALID_RULE__band({ received: show(b) }), en.PAR_INVALID_RULE__band({ received: show(b) }), b),
      );
      out.push(undefined);
      continue;
    }
    checkKeys(b, BAND_KEYS, p, problems);
    const min = readBound(own(b, 'min'), [...p, 'min'], problems);
    const minInclusive = readFlag(own(b, 'minInclusive'), 'minInclusive', p, problems) ?? true;
    if (min && (min.isNegative() || min.gt(ONE) || (min.eq(ONE) && !minInclusive))) {
      const exclusiveOne = min.eq(ONE);
      problems.push(
        issue(
          'PAR_BAND_OUT_OF_RANGE',
          [...p, 'min'],
          vi.PAR_BAND_OUT_OF_RANGE__min({ received: viNumber(min), exclusiveOne }),
          en.PAR_BAND_OUT_OF_RANGE__min({ received: enNumber(min), exclusiveOne }),
          min.toFixed(),
        ),
      );
    }
    let top: { max: Decimal; maxInclusive: boolean } | undefined;
    const rawMax = own(b, 'max');
    if (rawMax !== undefined && rawMax !== null && rawMax !== '') {
      const max = readBound(rawMax, [...p, 'max'], problems);
      const maxInclusive = readFlag(own(b, 'maxInclusive'), 'maxInclusive', p, problems) ?? (max ? max.eq(ONE) : false);
      if (max && (max.isNegative() || max.gt(ONE))) {
        problems.push(
          issue(
            'PAR_BAND_OUT_OF_RANGE',
            [...p, 'max'],
            vi.PAR_BAND_OUT_OF_RANGE__max({ received: viNumber(max) }),
            en.PAR_BAND_OUT_OF_RANGE__max({ received: enNumber(max) }),
            max.toFixed(),
          ),
        );
      } else if (max && min && (max.lt(min) || (max.eq(min) && !(minInclusive && maxInclusive)))) {
        const pv = { band: i, max: viNumber(max), min: viNumber(min) };
        const pe = { band: i, max: enNumber(max), min: enNumber(min) };
        problems.push(
          issue(
            'PAR_BAND_OUT_OF_RANGE',
            [...p, 'max'],
            vi.PAR_BAND_OUT_OF_RANGE__empty(pv),
            en.PAR_BAND_OUT_OF_RANGE__empty(pe),
            max.toFixed(),
          ),
        );
      } else if (max) top = { max, maxInclusive };
    } else readFlag(own(b, 'maxInclusive'), 'maxInclusive', p, problems);
    const points = readDecimal(own(b, 'points'), [...p, 'points'], problems);
    if (points) pointsInRange(points, maxPoints, [...p, 'points'], problems);
    if (top && min && points) tops.set(i, top);
    out.push(min && points ? Object.freeze({ min, minInclusive, points }) : undefined);
  }
  if (problems.length > before) return undefined;
  const list = out as PercentBand[];
  for (let i = 1; i < list.length; i++) {
    const hi = list[i - 1]!;
    const lo = list[i]!;
    const ordered = hi.min.gt(lo.min) || (hi.min.eq(lo.min) && !hi.minInclusive && lo.minInclusive);
    if (hi.min.eq(lo.min) && hi.minInclusive === lo.minInclusive) {
      const pv = { band: i, inclusive: lo.minInclusive, min: viPercent(lo.min) };
      const pe = { band: i, inclusive: lo.minInclusive, min: enPercent(lo.min) };
      problems.push(
        issue(
          'PAR_BANDS_OVERLAP',
          [...path, 'bands', i],
          vi.PAR_BANDS_OVERLAP__sameStart(pv),
          en.PAR_BANDS_OVERLAP__sameStart(pe),
          lo.min.toFixed(),
        ),
      );
    } else if (!ordered) {
      const pv = { band: i, min: viNumber(lo.min), previousMin: viNumber(hi.min) };
      const pe = { band: i, min: enNumber(lo.min), previousMin: enNumber(hi.min) };
      problems.push(
        issue('PAR_BANDS_NOT_ORDERED', [...path, 'bands', i], vi.PAR_BANDS_NOT_ORDERED(pv), en.PAR_BANDS_NOT_ORDERED(pe), lo.min.toFixed()),
      );
    } else if (hi.points.lt(lo.points)) {
      const pv = { band: i, points: viNumber(lo.points), previousPoints: viNumber(hi.points) };
      const pe = { band: i, points: enNumber(lo.points), previousPoints: enNumber(hi.points) };
      problems.push(
        issue(
          'PAR_BANDS_NOT_MONOTONIC',
          [...path, 'bands', i],
          vi.PAR_BANDS_NOT_MONOTONIC(pv),
          en.PAR_BANDS_NOT_MONOTONIC(pe),
          lo.points.toFixed(),
        ),
      );
    }
  }
  // Upper bounds given: each must meet the band above (the top one, 1 = 100%), with no gap and no overlap.
  const ordered = problems.length === before;
  for (const [i, t] of ordered ? tops : []) {
    const b = list[i]!;
    const above = i === 0 ? { min: ONE, minInclusive: false } : list[i - 1]!;
    // the values between this band's top and the next band's bottom: none when max = above.min and exactly one includes it
    const meets = t.max.eq(above.min) && t.maxInclusive !== above.minInclusive;
    if (meets) continue;
    const gap = t.max.lt(above.min) || (t.max.eq(above.min) && !t.maxInclusive && !above.minInclusive);
    const common = {
      band: i,
      minInclusive: b.minInclusive,
      maxInclusive: t.maxInclusive,
      above: i === 0 ? null : i - 1,
      aboveMinInclusive: above.minInclusive,
    };
    const pv = { ...common, min: viPercent(b.min), max: viPercent(t.max), aboveMin: viPercent(above.min) };
    const pe = { ...common, min: enPercent(b.min), max: enPercent(t.max), aboveMin: enPercent(above.min) };
    problems.push(
      gap
        ? issue(
            'PAR_BANDS_NOT_COVERING',
            [...path, 'bands', i, 'max'],
            vi.PAR_BANDS_NOT_COVERING__gap(pv),
            en.PAR_BANDS_NOT_COVERING__gap(pe),
            t.max.toFixed(),
          )
        : issue(
            'PAR_BANDS_OVERLAP',
            [...path, 'bands', i, 'max'],
            vi.PAR_BANDS_OVERLAP__top(pv),
            en.PAR_BANDS_OVERLAP__top(pe),
            t.max.toFixed(),
          ),
    );
  }
  const last = list[list.length - 1]!;
  if (!last.min.isZero() || !last.minInclusive) {
    const pv = { minInclusive: last.minInclusive, min: viNumber(last.min) };
    const pe = { minInclusive: last.minInclusive, min: enNumber(last.min) };
    problems.push(
      issue(
        'PAR_BANDS_NOT_COVERING',
        [...path, 'bands', list.length - 1],
        vi.PAR_BANDS_NOT_COVERING(pv),
        en.PAR_BANDS_NOT_COVERING(pe),
        last.min.toFixed(),
      ),
    );
  }
  if (problems.length > before) return undefined;
  maxReachable(highest(list.map((b) => b.points)), maxPoints, [...path, 'bands'], problems);
  if (problems.length > before) return undefined;
  return Object.freeze({
    kind: 'percent-bands',
    bands: Object.freeze(list),
    ...(whenEmpty ? { whenEmpty } : {}),
    ...(share ? { share } : {}),
  });
}

/**
 * The values of `whenEmpty`, in a stable order.
 *
 * @category PAR INDEX
 */
export const WHEN_EMPTY: readonly WhenEmpty[] = Object.freeze(['max', 'zero', 'not-applicable']);

function readWhenEmpty(value: unknown, path: CchcPath, problems: Problems): WhenEmpty | undefined {
  if (value === undefined) return undefined;
  const bad = choiceIssue(value, WHEN_EMPTY, [...path, 'whenEmpty']);
  if (bad) {
    problems.push(bad);
    return undefined;
  }
  return value as WhenEmpty;
}

function normalizeProportional(spec: Record<string, unknown>, path: CchcPath, problems: Problems): LeafRule | undefined {
  const before = problems.length;
  checkKeys(spec, ['kind', 'fullAt', 'whenEmpty', 'share'], path, problems);
  const whenEmpty = readWhenEmpty(own(spec, 'whenEmpty'), path, problems);
  const share = readFlag(own(spec, 'share'), 'share', path, problems);
  const rawFullAt = own(spec, 'fullAt');
  let fullAt: Decimal | undefined;
  if (rawFullAt !== undefined) {
    fullAt = readBound(rawFullAt, [...path, 'fullAt'], problems);
    if (fullAt && (!fullAt.gt(0) || fullAt.gt(ONE))) {
      const p = { received: viPercent(fullAt) };
      const pe = { received: enPercent(fullAt) };
      problems.push(
        issue('PAR_INVALID_RULE', [...path, 'fullAt'], vi.PAR_INVALID_RULE__fullAt(p), en.PAR_INVALID_RULE__fullAt(pe), fullAt.toFixed()),
      );
    }
  }
  if (problems.length > before) return undefined;
  return Object.freeze({
    kind: 'proportional',
    ...(fullAt ? { fullAt } : {}),
    ...(whenEmpty ? { whenEmpty } : {}),
    ...(share ? { share } : {}),
  });
}
