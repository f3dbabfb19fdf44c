import type { Decimal } from 'decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import type { RateInput } from '../core/rate-input.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import { evaluateLeaf } from './_internal/evaluate-leaf.js';
import {
  freezeWithAliases,
  isPlainObject,
  percentOf,
  readChoice,
  readParOptions,
  typeIssue,
  ZERO,
  type Problems,
} from './_internal/read.js';
import { resolveMethodology } from './_internal/resolve.js';
import type { Methodology, MethodologyNode, MethodologySpec, NodeLevel, NodeRole, UnitLevelTreatment } from './methodology.js';
import { roundDecimal } from '../core/rounding.js';
import { unitLevelIssue } from './_internal/unit-level.js';
import type { ParChannel, ParNumberInput } from './rule.js';

/**
 * The input for one leaf, by its rule (dữ liệu chấm điểm một tiêu chí):
 * - `{ points }` (manual), `{ met }` (binary), `{ outcome }` (tiered);
 * - `{ rate }` for a rate leaf (percent-bands, proportional, survey): any {@link RateInput}, the one rate input of
 *   `cchc` — a {@link Ratio} from `ratio(46, 50)`, `{ numerator, denominator }`, a fraction (0.92) or a percent text
 *   ("92%", "85,5%"); "85%" is 0,85 here as everywhere. A bare number is a fraction: 85 is refused, never read as 85%.
 *   `{ numerator, denominator }` may also stand alone (two counts or quantities, "0,5" text allowed).
 * - deprecated (0.1): `{ ratio }` (percent-bands, proportional) and `{ share }` (survey), which also read a
 *   Vietnamese number text without "%" ("0,85") as a fraction. Use `{ rate }`.
 *
 * A rate above 1 given as counts (a plan over-fulfilled: 60 of 50) counts as 1 for percent-bands and proportional
 * leaves; any other rate outside [0, 1] is `RATE_OUT_OF_RANGE`. `note` and `evidence` may accompany any input and are
 * ignored by scoring; any other key is `UNKNOWN_KEY` (with a suggestion).
 *
 * @example
 * ```ts
 * import { ratio, type LeafInput } from 'cchc';
 * const a: LeafInput = { rate: ratio(46, 50) }; // 92% of the plan done
 * const b: LeafInput = { rate: '92%' };
 * const c: LeafInput = { numerator: 46, denominator: 50, note: 'Báo cáo quý IV' };
 * ```
 *
 * @category PAR INDEX
 */
export type LeafInput = (
  | { readonly points: ParNumberInput }
  | { readonly met: boolean }
  | { readonly outcome: string }
  | { readonly rate: RateInput | Decimal }
  | { readonly numerator: ParNumberInput; readonly denominator: ParNumberInput }
  | {
      /** @deprecated Use `rate` (0.2). */
      readonly ratio: RateInput | ParNumberInput;
    }
  | {
      /** @deprecated Use `rate` (0.2). */
      readonly share: RateInput | ParNumberInput;
    }
) & {
  /** A note kept with the input (ignored by scoring). */
  readonly note?: string;
  /** Evidence of any shape (ignored by scoring). */
  readonly evidence?: unknown;
};

/**
 * An assessment's inputs, keyed by code: a {@link LeafInput} for each leaf, or `'not-applicable'` for a node (leaf or
 * criterion) that does not arise for the unit (không phát sinh) and whose methodology node allows it.
 *
 * @example
 * ```ts
 * import type { AssessmentInputs } from 'cchc';
 * const inputs: AssessmentInputs = { '1.1': { met: true }, '1.2': 'not-applicable' };
 * ```
 *
 * @category PAR INDEX
 */
export type AssessmentInputs = Readonly<Record<string, LeafInput | 'not-applicable'>>;

/**
 * Options of {@link scoreAssessment}.
 *
 * @example
 * ```ts
 * import type { ScoreAssessmentOptions } from 'cchc';
 * const options: ScoreAssessmentOptions = { only: 'assessed' };
 * ```
 *
 * @category PAR INDEX
 */
export interface ScoreAssessmentOptions {
  /**
   * Score one channel only: leaves of the other channel are `excluded` (no input needed; an input given is still
   * checked). `'assessed'` gives the self-assessment / appraisal part without the survey — also the Hà Nội no-survey
   * rule, where the appraised score rescaled to 100 is the index
   * (https://thuonggiaonline.vn/ha-noi-ban-hanh-khung-chi-so-danh-gia-ket-qua-cong-tac-cchc-25847.htm).
   */
  readonly only?: ParChannel;
  /**
   * The kind of unit scored, one of the methodology's `unitLevels` (e.g. `'commune'`): leaves with an `atUnitLevel`
   * treatment for it are scored that way (see {@link UnitLevelTreatment}). Without it, every leaf is scored by its rule.
   */
  readonly unitLevel?: string;
  /**
   * Codes of nodes left out of this score (not measured): they are `excluded`, no input is needed, and their points
   * leave the maximum, so that the result says what could be scored rather than counting the rest as zero.
   */
  readonly exclude?: readonly string[];
}

/**
 * How a scored leaf got its points (`basis` of {@link NodeScore}):
 * - `'input'`: by its rule from the input;
 * - `'nothing-to-measure'`: the input was an empty ratio (0 / 0) and the rule's `whenEmpty` gave the points;
 * - `'unit-level-maximum'`: the leaf's `atUnitLevel` gives the unit level scored its maximum;
 * - `'inherited'`: the leaf's `atUnitLevel` says the value comes from another unit, and the caller gave it.
 *
 * @example
 * ```ts
 * import type { ScoreBasis } from 'cchc';
 * const b: ScoreBasis = 'nothing-to-measure';
 * ```
 *
 * @category PAR INDEX
 */
export type ScoreBasis = 'input' | 'nothing-to-measure' | 'unit-level-maximum' | 'inherited';

/**
 * How a node was scored: `scored`; `not-applicable` (marked so, or every child is); `excluded` (outside the channel
 * chosen with `only`).
 *
 * @example
 * ```ts
 * import type { NodeScoreStatus } from 'cchc';
 * const status: NodeScoreStatus = 'not-applicable';
 * ```
 *
 * @category PAR INDEX
 */
export type NodeScoreStatus = 'scored' | 'not-applicable' | 'excluded';

/**
 * The score of one node (điểm đạt được của một lĩnh vực / tiêu chí).
 *
 * `max` is the applicable maximum (the denominator): not-applicable and excluded children do not count in it, as in
 * Huế's "điểm phát sinh" rule; `maxPoints` is the methodology's maximum. `indexPercent` = achieved / max × 100 in
 * percent points, `null` when nothing applies.
 *
 * @example
 * ```ts
 * import { scoreAssessment } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'binary' }] }, { '1': { met: true } });
 * s.nodes['1']?.status; // 'scored'
 * ```
 *
 * @category PAR INDEX
 */
export interface NodeScore {
  readonly code: string;
  readonly name: string;
  readonly level: NodeLevel;
  readonly depth: number;
  /** Whether the node is a leaf (scored by its rule) rather than the sum of its children. */
  readonly leaf: boolean;
  readonly role: NodeRole;
  readonly channel: ParChannel | 'mixed';
  readonly status: NodeScoreStatus;
  /** Points achieved (for a penalty node: points deducted). */
  readonly achieved: Decimal;
  /** Applicable maximum (0 when not applicable / excluded). */
  readonly max: Decimal;
  /** The methodology's maximum. */
  readonly maxPoints: Decimal;
  /** achieved / max × 100 in percent points (84.58 for 84,58%), exact; `null` when max is 0. */
  readonly indexPercent: Decimal | null;
  /** @deprecated Use `indexPercent` (0.2): the same value (not enumerated: absent from JSON). */
  readonly index: Decimal | null;
  /** For a scored leaf, how it got its points ({@link ScoreBasis}); `null` for parents and leaves not scored. */
  readonly basis: ScoreBasis | null;
}

/**
 * Achieved and applicable maximum of a part of the index, with its index in percent points.
 *
 * @example
 * ```ts
 * import { scoreAssessment, type ScorePart } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'ĐTXHH', maxPoints: 35, rule: 'survey' }] }, { '1': { rate: 0.8 } });
 * const survey: ScorePart = s.channels.survey;
 * survey.achieved.toString(); // '28'
 * ```
 *
 * @category PAR INDEX
 */
export interface ScorePart {
  /** Points achieved. */
  readonly achieved: Decimal;
  /** Applicable maximum points. */
  readonly max: Decimal;
  /** achieved / max × 100 in percent points; `null` when max is 0. */
  readonly indexPercent: Decimal | null;
  /** @deprecated Use `indexPercent` (0.2): the same value (not enumerated: absent from JSON). */
  readonly index: Decimal | null;
}

/**
 * The total (tổng điểm, Chỉ số): `achieved` = regular areas + bonus − penalty (kept within [0, max] when the
 * methodology's `clampTotal` is on); `max` = applicable maximum of the regular areas; `indexPercent` = achieved / max ×
 * 100, the PAR INDEX in percent points.
 *
 * @example
 * ```ts
 * import { scoreAssessment, type ScoreTotal } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 100, rule: 'manual' }] }, { '1': { points: 79.13 } });
 * const total: ScoreTotal = s.total;
 * total.indexPercent?.toString(); // '79.13'
 * ```
 *
 * @category PAR INDEX
 */
export interface ScoreTotal extends ScorePart {
  /** Points of the regular areas before bonus and penalty. */
  readonly base: Decimal;
  /** Bonus points added (điểm thưởng). */
  readonly bonus: Decimal;
  /** Penalty points deducted (điểm trừ). */
  readonly penalty: Decimal;
  /** The methodology's total maximum (before not-applicable criteria leave it). */
  readonly maxPoints: Decimal;
}

/**
 * The result of {@link scoreAssessment}.
 *
 * @example
 * ```ts
 * import { scoreAssessment } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'binary' }] }, { '1': { met: false } });
 * s.total.indexPercent?.toString(); // '0'
 * ```
 *
 * @category PAR INDEX
 */
export interface AssessmentScore {
  /** The methodology's id. */
  readonly methodologyId: string;
  readonly total: ScoreTotal;
  /** Regular leaves split by channel: self-assessed / appraised vs survey. */
  readonly channels: { readonly assessed: ScorePart; readonly survey: ScorePart };
  /** Every node, by code. */
  readonly nodes: Readonly<Record<string, NodeScore>>;
  /**
   * Every code in the methodology's order (pre-order, as in the annex table). Iterate this rather than
   * `Object.keys(nodes)`: JavaScript lists integer-like keys ("1", "2") before the others ("1.1").
   */
  readonly order: readonly string[];
}

/**
 * Score one unit's assessment against a methodology (chấm điểm, xác định Chỉ số CCHC), exactly.
 *
 * - Leaves are scored by their rule from `inputs[code]` (see {@link LeafInput}: rates are read the one way of `cchc`,
 *   `{ rate: ratio(46, 50) }`, `{ rate: '92%' }`, `{ rate: 0.92 }`); parents are the sum of their children.
 * - `'not-applicable'` takes a node (and its subtree) out of both the achieved points and the maximum, so the index
 *   is over the points that arise for the unit — Huế's "điểm phát sinh" (https://thuathienhue.org/ban-hanh-bo-tieu-chi-danh-gia-xep-loai-cong-tac-cai-cach-hanh-chinh/ ;
 *   a Huế commune report: "89,5/100 số điểm có nhiệm vụ được giao" — https://phuson.thuathienhue.gov.vn/?gd=4&cn=121&tc=1304).
 *   Whether the BNV provincial index does the same is UNKNOWN.
 * - index = achieved / applicable max × 100 at every level (http://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx),
 *   returned in percent points as `indexPercent`; total = assessed + survey (Bình Dương 2017: "Điểm thẩm định (65) +
 *   Điểm ĐTXHH (35) = Tổng điểm (100)").
 * - Nothing is rounded: points and sums are exact decimals; quotients (an index, a proportional or survey leaf given
 *   as numerator / denominator) carry 40 significant digits. Format with `formatNumber` / `formatPercentPoints`.
 *
 * `methodology` is a {@link Methodology} or a spec (validated first).
 *
 * @throws {@link CchcError} listing every offending code: `PAR_MISSING_INPUT`, `PAR_UNKNOWN_CODE` (with a
 *   suggestion), `PAR_POINTS_ABOVE_MAX`, `PAR_NEGATIVE_POINTS`, `RATE_OUT_OF_RANGE` (0.1: `PAR_RATIO_OUT_OF_RANGE`),
 *   `PAR_UNKNOWN_OUTCOME`, `PAR_INPUT_MISMATCH`, `PAR_NOT_APPLICABLE_NOT_ALLOWED`, `PAR_INPUT_UNDER_NOT_APPLICABLE`,
 *   `ZERO_DENOMINATOR`, `UNKNOWN_KEY` (a typo in a leaf input); `INVALID_INPUT` / `UNKNOWN_KEY` for bad options; and
 *   the methodology's own problems when a spec is given.
 *
 * @example
 * ```ts
 * import { ratio, scoreAssessment } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * const s = scoreAssessment(caMau2013Fragment, {
 *   '1.1.1': { outcome: 'Không kịp thời' },       // → 0,5
 *   '1.1.2': { met: true },                       // → 1
 *   '1.1.3': { met: true },                       // → 1
 *   '1.1.4': { rate: ratio(46, 50) },             // 92%, above 90% → 2
 *   '1.2.1': { met: false },                      // → 0
 *   '1.2.2': { met: true },                       // → 1
 *   '1.3': { points: 2 },                         // manual
 * });
 * s.total.achieved.toString();               // '7.5'
 * s.total.indexPercent?.toString();          // '75'
 * s.nodes['1.1']?.indexPercent?.toString();  // '90'
 * // A criterion that does not arise for the unit leaves the denominator ("điểm phát sinh"):
 * const demo = {
 *   id: 'demo', name: 'Minh hoạ',
 *   nodes: [
 *     { code: '1', name: 'Ban hành kế hoạch CCHC', maxPoints: 6, rule: 'manual' },
 *     { code: '2', name: 'Giải quyết phản ánh, kiến nghị về TTHC', maxPoints: 4, rule: 'binary', mayBeNotApplicable: true },
 *   ],
 * };
 * scoreAssessment(demo, { '1': { points: 5 }, '2': 'not-applicable' }).total.indexPercent?.toFixed(2); // '83.33'
 * scoreAssessment(caMau2013Fragment, { '1.1.1': { outcome: 'Sớm' } }); // throws CchcError VALIDATION_FAILED
 * ```
 *
 * @category PAR INDEX
 */
export function scoreAssessment(
  methodology: Methodology | MethodologySpec,
  inputs: AssessmentInputs,
  options?: ScoreAssessmentOptions,
): AssessmentScore {
  const o = readParOptions<ScoreAssessmentOptions>(options, OPTION_KEYS);
  const only = o.only === undefined ? undefined : readChoice<ParChannel>(o.only, CHANNELS, 'assessed', ['options', 'only']);
  const { methodology: m, index } = resolveMethodology(methodology);
  const unitLevel = o.unitLevel;
  if (unitLevel !== undefined) {
    const bad = unitLevelIssue(unitLevel, m.unitLevels, ['options', 'unitLevel']);
    if (bad) throw new CchcError(bad);
  }
  const excluded = readExclude(o.exclude, index.byCode, m.id);
  if (!isPlainObject(inputs)) throw new CchcError(typeIssue(['inputs'], 'inputs', inputs));
  const problems: Problems = [];
  const ownInput = (code: string): LeafInput | 'not-applicable' | undefined => (Object.hasOwn(inputs, code) ? inputs[code] : undefined);

  let suggestions = 0;
  for (const code of Object.keys(inputs)) {
    const node = index.byCode.get(code);
    const owner = node ? undefined : index.partOwner.get(code);
    if (owner) {
      const known = (owner.parts ?? [])
        .filter((p) => p.maxPoints !== null)
        .map((p) => `${p.code} = ${p.maxPoints!.toFixed()}`)
        .join(', ');
      const p = { code, node: owner.code, known };
      problems.push(issue('PAR_ALLOCATION_UNKNOWN', [code], vi.PAR_ALLOCATION_UNKNOWN(p), en.PAR_ALLOCATION_UNKNOWN(p), inputs[code]));
      continue;
    }
    if (!node) {
      // A suggestion costs a pass over the codes: offered for the first few unknown codes only.
      const suggestion =
        suggestions++ < MAX_SUGGESTIONS
          ? (suggestKey(
              code,
              index.preorder.map((n) => n.code),
            ) ?? '')
          : '';
      const p = { code, methodology: m.id, suggestion };
      const it = issue('PAR_UNKNOWN_CODE', [code], vi.PAR_UNKNOWN_CODE(p), en.PAR_UNKNOWN_CODE(p), code);
      problems.push(suggestion ? Object.freeze({ ...it, suggestion }) : it);
      continue;
    }
    const v = inputs[code];
    if (v === 'not-applicable') {
      if (!node.mayBeNotApplicable) {
        problems.push(
          issue(
            'PAR_NOT_APPLICABLE_NOT_ALLOWED',
            [code],
            vi.PAR_NOT_APPLICABLE_NOT_ALLOWED({ code }),
            en.PAR_NOT_APPLICABLE_NOT_ALLOWED({ code }),
            v,
          ),
        );
      }
    } else if (node.children.length > 0) {
      problems.push(
        issue(
          'PAR_INPUT_MISMATCH',
          [code],
          vi.PAR_INPUT_MISMATCH__parent({ code, received: show(v) }),
          en.PAR_INPUT_MISMATCH__parent({ code, received: show(v) }),
          v,
        ),
      );
    }
  }

  const nodes: Record<string, NodeScore> = {};
  const all = new Map<string, NodeScore>();
  const channelSums = { assessed: { achieved: ZERO, max: ZERO }, survey: { achieved: ZERO, max: ZERO } };
  // Recursion bounded by the methodology's depth (at most MAX_METHODOLOGY_DEPTH levels, checked by defineMethodology).
  const score = (n: MethodologyNode, naAncestor: string | null): NodeScore => {
    const mine = ownInput(n.code);
    // A disallowed 'not-applicable' is reported above; its subtree is still skipped, so that its leaves are not also
    // reported as missing.
    const markedNa = mine === 'not-applicable';
    if (naAncestor !== null && mine !== undefined) {
      const p = { code: n.code, ancestor: naAncestor };
      problems.push(
        issue('PAR_INPUT_UNDER_NOT_APPLICABLE', [n.code], vi.PAR_INPUT_UNDER_NOT_APPLICABLE(p), en.PAR_INPUT_UNDER_NOT_APPLICABLE(p), mine),
      );
    }
    const na = naAncestor ?? (markedNa ? n.code : null);
    let status: NodeScoreStatus;
    let achieved = ZERO;
    let max = ZERO;
    let basis: ScoreBasis | null = null;
    if (n.children.length === 0) {
      const treatment: UnitLevelTreatment | undefined =
        unitLevel !== undefined && n.atUnitLevel && Object.hasOwn(n.atUnitLevel, unitLevel) ? n.atUnitLevel[unitLevel] : undefined;
      const inherited = treatment === 'inherited';
      // An input given where none is needed (excluded, awarded, not applicable at the level) is still checked.
      const check = () => {
        if (mine !== undefined && mine !== 'not-applicable') evaluateLeaf(n, mine, problems, inherited);
      };
      if (na !== null) status = 'not-applicable';
      else if ((only !== undefined && n.channel !== only) || excluded.has(n.code)) {
        status = 'excluded';
        check();
      } else if (treatment === 'not-applicable') {
        status = 'not-applicable';
        check();
      } else if (treatment === 'max') {
        status = 'scored';
        check();
        achieved = n.maxPoints;
        max = n.maxPoints;
        basis = 'unit-level-maximum';
      } else if (mine === undefined) {
        status = 'scored';
        const p = { code: n.code, name: n.name };
        problems.push(issue('PAR_MISSING_INPUT', [n.code], vi.PAR_MISSING_INPUT(p), en.PAR_MISSING_INPUT(p)));
      } else {
        const out = evaluateLeaf(n, mine, problems, inherited);
        if (out && 'notApplicable' in out) status = 'not-applicable';
        else {
          status = 'scored';
          achieved = out?.points ?? ZERO;
          basis = out?.basis ?? 'input';
          max = n.maxPoints;
        }
      }
      if (status === 'scored' && m.rounding) achieved = roundDecimal(achieved, m.rounding.decimals, m.rounding.mode);
      if (status === 'scored' && n.role === 'regular') {
        const c = channelSums[n.channel as ParChannel];
        c.achieved = c.achieved.plus(achieved);
        c.max = c.max.plus(max);
      }
    } else {
      const kids = n.children.map((k) => score(k, na));
      for (const k of kids) {
        achieved = achieved.plus(k.achieved);
        max = max.plus(k.max);
      }
      status =
        na !== null || kids.every((k) => k.status === 'not-applicable')
          ? 'not-applicable'
          : kids.some((k) => k.status === 'scored')
            ? 'scored'
            : 'excluded';
    }
    const result = freezeWithAliases(
      {
        code: n.code,
        name: n.name,
        level: n.level,
        depth: n.depth,
        leaf: n.children.length === 0,
        role: n.role,
        channel: n.channel,
        status,
        achieved,
        max,
        maxPoints: n.maxPoints,
        indexPercent: percentOf(achieved, max),
        basis,
      },
      INDEX_ALIAS,
    ) as NodeScore;
    all.set(n.code, result);
    return result;
  };
  const roots = m.nodes.map((n) => score(n, null));
  if (problems.length > 0) {
    const at = (code: string) => index.position.get(code) ?? index.position.get(index.partOwner.get(code)?.code ?? '');
    throw new CchcError(sortByMethodology(problems, at));
  }
  for (const n of index.preorder) nodes[n.code] = all.get(n.code)!;

  const sum = (role: NodeRole, key: 'achieved' | 'max') => roots.filter((r) => r.role === role).reduce((a, r) => a.plus(r[key]), ZERO);
  const base = sum('regular', 'achieved');
  const max = sum('regular', 'max');
  const bonus = sum('bonus', 'achieved');
  const penalty = sum('penalty', 'achieved');
  let achieved = base.plus(bonus).minus(penalty);
  if (m.clampTotal) {
    if (achieved.isNegative()) achieved = ZERO;
    if (achieved.gt(max)) achieved = max;
  }
  const part = (p: { achieved: Decimal; max: Decimal }): ScorePart =>
    freezeWithAliases({ achieved: p.achieved, max: p.max, indexPercent: percentOf(p.achieved, p.max) }, INDEX_ALIAS) as ScorePart;
  return Object.freeze({
    methodologyId: m.id,
    total: freezeWithAliases(
      { achieved, max, indexPercent: percentOf(achieved, max), base, bonus, penalty, maxPoints: m.maxPoints },
      INDEX_ALIAS,
    ) as ScoreTotal,
    channels: Object.freeze({ assessed: part(channelSums.assessed), survey: part(channelSums.survey) }),
    nodes: Object.freeze(nodes),
    order: Object.freeze(index.preorder.map((n) => n.code)),
  });
}

const OPTION_KEYS: readonly string[] = ['only', 'unitLevel', 'exclude'];

/** The `exclude` option: codes of the methodology (a typo is `PAR_UNKNOWN_CODE` with a suggestion). */
function readExclude(raw: unknown, byCode: ReadonlyMap<string, MethodologyNode>, methodology: string): ReadonlySet<string> {
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw)) throw new CchcError(typeIssue(['options', 'exclude'], 'list', raw));
  const out = new Set<string>();
  const problems: Problems = [];
  for (let i = 0; i < raw.length; i++) {
    const code: unknown = raw[i];
    const node = typeof code === 'string' ? byCode.get(code) : undefined;
    if (!node) {
      const suggestion = typeof code === 'string' ? (suggestKey(code, [...byCode.keys()]) ?? '') : '';
      const p = { code: String(code), methodology, suggestion };
      const it = issue('PAR_UNKNOWN_CODE', ['options', 'exclude', i], vi.PAR_UNKNOWN_CODE(p), en.PAR_UNKNOWN_CODE(p), code);
      problems.push(suggestion ? Object.freeze({ ...it, suggestion }) : it);
      continue;
    }
    // A parent excludes its whole subtree.
    const stack = [node];
    while (stack.length > 0) {
      const x = stack.pop()!;
      out.add(x.code);
      stack.push(...x.children);
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  return out;
}
const CHANNELS: readonly ParChannel[] = ['assessed', 'survey'];
const INDEX_ALIAS = Object.freeze({ index: 'indexPercent' });
/** Unknown input codes that get a "did you mean" suggestion (each costs a pass over the methodology's codes). */
const MAX_SUGGESTIONS = 20;

function sortByMethodology(problems: Problems, position: (code: string) => number | undefined): Problems {
  const pos = (p: Problems[number]) => position(String(p.path[0])) ?? Number.MAX_SAFE_INTEGER;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => pos(a.p) - pos(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
