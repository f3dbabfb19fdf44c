import type { Decimal } from 'decimal.js';
import { CchcError, issue, type CchcIssue } from '../core/errors.js';
import { readInputObject } from '../core/options.js';
import { freezeWithAliases, isPlainObject, readChoice, readParOptions, typeIssue } from './_internal/read.js';
import { resolveMethodology } from './_internal/resolve.js';
import type { Methodology, MethodologySpec, NodeLevel } from './methodology.js';
import type { ParChannel } from './rule.js';
import {
  scoreAssessment,
  type AssessmentInputs,
  type AssessmentScore,
  type NodeScoreStatus,
  type ScoreAssessmentOptions,
} from './score-assessment.js';

/**
 * The two sets of inputs compared by {@link compareAssessments}.
 *
 * @example
 * ```ts
 * import type { CompareAssessmentsInput } from 'cchc';
 * const input: CompareAssessmentsInput = { selfAssessment: { '1': { points: 60 } }, appraisal: { '1': { points: 51.75 } } };
 * ```
 *
 * @category PAR INDEX
 */
export interface CompareAssessmentsInput {
  /** The unit's self-assessment (điểm tự đánh giá). */
  readonly selfAssessment: AssessmentInputs;
  /** The appraisal (điểm thẩm định, e.g. by the Sở Nội vụ's Hội đồng thẩm định). */
  readonly appraisal: AssessmentInputs;
}

/**
 * Options of {@link compareAssessments}.
 *
 * @example
 * ```ts
 * import type { CompareAssessmentsOptions } from 'cchc';
 * const options: CompareAssessmentsOptions = { channel: 'all' };
 * ```
 *
 * @category PAR INDEX
 */
export interface CompareAssessmentsOptions {
  /**
   * Which leaves to compare: `'assessed'` (default) or `'survey'` for one channel, `'all'` for every leaf.
   * The default follows the practice that survey criteria are not self-scored (BNV guidance for ministries, weak source:
   * https://rosepie.vn/tin-tuc/hoat-dong/co-so-danh-gia-cham-diem-chi-so-cai-cach-hanh-chinh-cap-bo2.html ; Cà Mau
   * 1880/QĐ-UBND keeps "Điều tra XHH" apart from "Tự đánh giá" and "SNV đánh giá").
   */
  readonly channel?: ParChannel | 'all';
  /** The kind of unit compared, as `scoreAssessment`'s `unitLevel` (leaves treated by their `atUnitLevel`). */
  readonly unitLevel?: string;
}

/**
 * One node compared: points in each assessment (`null` when not scored there) and appraisal − self.
 *
 * @example
 * ```ts
 * import { CchcDecimal, type NodeComparison } from 'cchc';
 * const row: NodeComparison = {
 *   code: '1.1.4', name: 'Mức độ thực hiện kế hoạch CCHC', level: 'sub-criterion', leaf: true,
 *   selfAssessment: new CchcDecimal(2), appraisal: new CchcDecimal(1), difference: new CchcDecimal(-1),
 *   selfStatus: 'scored', appraisalStatus: 'scored',
 * };
 * ```
 *
 * @category PAR INDEX
 */
export interface NodeComparison {
  readonly code: string;
  readonly name: string;
  readonly level: NodeLevel;
  readonly leaf: boolean;
  readonly selfAssessment: Decimal | null;
  readonly appraisal: Decimal | null;
  /** appraisal − selfAssessment (negative when the appraisal cut points); `null` unless both are scored. */
  readonly difference: Decimal | null;
  readonly selfStatus: NodeScoreStatus;
  readonly appraisalStatus: NodeScoreStatus;
}

/**
 * The result of {@link compareAssessments}.
 *
 * @example
 * ```ts
 * import { compareAssessments, type AssessmentComparison } from 'cchc';
 * const spec = { id: 'x', name: 'x', nodes: [{ code: '1', name: 'Kết quả', maxPoints: 65, rule: 'manual' }] };
 * const c: AssessmentComparison = compareAssessments(spec, { selfAssessment: { '1': { points: 60 } }, appraisal: { '1': { points: 51.75 } } });
 * c.total.difference.toString(); // '-8.25'
 * ```
 *
 * @category PAR INDEX
 */
export interface AssessmentComparison {
  /** The self-assessment scored. */
  readonly selfAssessment: AssessmentScore;
  /** The appraisal scored. */
  readonly appraisal: AssessmentScore;
  /** Totals (points) and indices (percent points) side by side. */
  readonly total: {
    readonly selfAssessment: Decimal;
    readonly appraisal: Decimal;
    readonly difference: Decimal;
    /** The self-assessment's index in percent points; `null` when nothing applies. */
    readonly selfIndexPercent: Decimal | null;
    /** The appraisal's index in percent points; `null` when nothing applies. */
    readonly appraisalIndexPercent: Decimal | null;
    /** appraisalIndexPercent − selfIndexPercent, in percent points; `null` when either is. */
    readonly indexDifferencePercent: Decimal | null;
    /** @deprecated Use `selfIndexPercent` (0.2; not enumerated). */
    readonly selfIndex: Decimal | null;
    /** @deprecated Use `appraisalIndexPercent` (0.2; not enumerated). */
    readonly appraisalIndex: Decimal | null;
    /** @deprecated Use `indexDifferencePercent` (0.2; not enumerated). */
    readonly indexDifference: Decimal | null;
  };
  /** Every node compared, by code. */
  readonly nodes: Readonly<Record<string, NodeComparison>>;
  /** Codes in the methodology's order. */
  readonly order: readonly string[];
  /** Leaves whose points or status differ, in the methodology's order: what the appraisal changed. */
  readonly changed: readonly string[];
}

/**
 * Score a self-assessment and its appraisal side by side (điểm tự đánh giá và điểm thẩm định), with the difference per
 * criterion: the table the Hội đồng thẩm định sends back. Each provincial process has this step: units self-score,
 * the appraisal accepts or adjusts (1150/QĐ-BNV process —
 * https://sonoivu.namdinh.gov.vn/van-ban-chinh-sach/quyet-dinh-so-1150qd-bnv-phe-duyet-bo-chi-so-cchc-cac-bo-co-quan-ngang-bo-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-863).
 *
 * @throws {@link CchcError} listing the problems of both inputs, their paths starting with `'selfAssessment'` or
 *   `'appraisal'`.
 *
 * @example
 * ```ts
 * import { compareAssessments } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * const base = { '1.1.1': { outcome: 'Ban hành kịp thời' }, '1.1.2': { met: true }, '1.1.3': { met: true },
 *   '1.1.4': { rate: 0.95 }, '1.2.1': { met: true }, '1.2.2': { met: true }, '1.3': { points: 3 } } as const;
 * const c = compareAssessments(caMau2013Fragment, {
 *   selfAssessment: base,
 *   appraisal: { ...base, '1.1.4': { rate: '85%' }, '1.2.1': { met: false } },
 * });
 * c.changed;                          // ['1.1.4', '1.2.1']
 * c.total.difference.toString();      // '-2'
 * c.nodes['1.1']?.difference?.toString(); // '-1'
 * ```
 *
 * @category PAR INDEX
 */
export function compareAssessments(
  methodology: Methodology | MethodologySpec,
  input: CompareAssessmentsInput,
  options?: CompareAssessmentsOptions,
): AssessmentComparison {
  const o = readParOptions<CompareAssessmentsOptions>(options, ['channel', 'unitLevel']);
  const channel = readChoice<ParChannel | 'all'>(o.channel, ['assessed', 'survey', 'all'], 'assessed', ['options', 'channel']);
  const { methodology: m } = resolveMethodology(methodology);
  if (!isPlainObject(input)) throw new CchcError(typeIssue([], 'comparison', input));
  readInputObject<CompareAssessmentsInput>(input, ['selfAssessment', 'appraisal'], '{ selfAssessment, appraisal }');
  const scoreOptions: ScoreAssessmentOptions = {
    ...(channel === 'all' ? {} : { only: channel }),
    ...(o.unitLevel !== undefined ? { unitLevel: o.unitLevel } : {}),
  };
  const problems: CchcIssue[] = [];
  const run = (key: 'selfAssessment' | 'appraisal'): AssessmentScore | undefined => {
    try {
      return scoreAssessment(m, Object.hasOwn(input, key) ? input[key] : (undefined as never), scoreOptions);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues.map((i) => issue(i.code, [key, ...i.path], i.messageVi, i.messageEn, i.received)));
      return undefined;
    }
  };
  const self = run('selfAssessment');
  const appraisal = run('appraisal');
  if (!self || !appraisal) throw new CchcError(problems);
  const nodes: Record<string, NodeComparison> = {};
  const changed: string[] = [];
  for (const code of self.order) {
    const a = self.nodes[code]!;
    const b = appraisal.nodes[code]!;
    const sv = a.status === 'scored' ? a.achieved : null;
    const av = b.status === 'scored' ? b.achieved : null;
    nodes[code] = Object.freeze({
      code,
      name: a.name,
      level: a.level,
      leaf: a.leaf,
      selfAssessment: sv,
      appraisal: av,
      difference: sv !== null && av !== null ? av.minus(sv) : null,
      selfStatus: a.status,
      appraisalStatus: b.status,
    });
    if (a.leaf && (a.status !== b.status || (sv !== null && av !== null && !sv.eq(av)))) changed.push(code);
  }
  const si = self.total.indexPercent;
  const ai = appraisal.total.indexPercent;
  return Object.freeze({
    selfAssessment: self,
    appraisal,
    total: freezeWithAliases(
      {
        selfAssessment: self.total.achieved,
        appraisal: appraisal.total.achieved,
        difference: appraisal.total.achieved.minus(self.total.achieved),
        selfIndexPercent: si,
        appraisalIndexPercent: ai,
        indexDifferencePercent: si !== null && ai !== null ? ai.minus(si) : null,
      },
      TOTAL_ALIASES,
    ) as AssessmentComparison['total'],
    nodes: Object.freeze(nodes),
    order: self.order,
    changed: Object.freeze(changed),
  });
}

const TOTAL_ALIASES = Object.freeze({
  selfIndex: 'selfIndexPercent',
  appraisalIndex: 'appraisalIndexPercent',
  indexDifference: 'indexDifferencePercent',
});
