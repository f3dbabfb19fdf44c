import { CchcError } from '../core/errors.js';
import { defineMethodology } from './define-methodology.js';
import type { Methodology, MethodologyNode, MethodologyNodeSpec, MethodologySpec, UnitLevelTreatment } from './methodology.js';
import { isPlainObject, readParOptions, typeIssue } from './_internal/read.js';
import { resolveMethodology } from './_internal/resolve.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import { issue } from '../core/errors.js';
import { suggestKey } from '../core/suggest.js';

/**
 * Treatments to lay over a methodology: by unit level, the leaves (by code) and how they are treated there (see
 * {@link UnitLevelTreatment}).
 *
 * @example
 * ```ts
 * import type { UnitLevelTreatments } from 'cchc';
 * const communeFullMarks: UnitLevelTreatments = { commune: { '3.1': 'max', '4.6': 'max' } };
 * ```
 *
 * @category PAR INDEX
 */
export type UnitLevelTreatments = Readonly<Record<string, Readonly<Record<string, UnitLevelTreatment>>>>;

/**
 * Options of {@link withUnitLevelTreatments}.
 *
 * @example
 * ```ts
 * import type { WithUnitLevelTreatmentsOptions } from 'cchc';
 * const o: WithUnitLevelTreatmentsOptions = { id: 'my-policy', note: 'Communes: full marks for 3.1' };
 * ```
 *
 * @category PAR INDEX
 */
export interface WithUnitLevelTreatmentsOptions {
  /** The new methodology's id. Default: the original id + `'+levels'`. */
  readonly id?: string;
  /** A note added to the methodology's notes (why, from where). */
  readonly note?: string;
}

/**
 * A copy of a methodology with some leaves treated differently at some unit levels (cấp đơn vị): a leaf given the
 * maximum at commune level, taken from the province, or left out. The treatments given replace the leaf's own for
 * those levels; every other treatment stays. Levels must be among the methodology's `unitLevels`, codes must be leaves.
 * Use it to compute a score under another reading of the same index (the QĐ 766 "communes get full marks for 3.1, 4.6,
 * 4.7" policy of some tools, against the portal's behaviour).
 *
 * @throws {@link CchcError} `PAR_UNKNOWN_CODE` (with a suggestion) for a code that is not in the methodology,
 *   `PAR_UNKNOWN_UNIT_LEVEL` for an undeclared level, `INVALID_INPUT` for a treatment on a parent or a bad value.
 *
 * @example
 * ```ts
 * import { scoreAssessment, withUnitLevelTreatments } from 'cchc';
 * const spec = { id: 'x', name: 'x', unitLevels: ['province', 'commune'], nodes: [
 *   { code: '1', name: 'A', maxPoints: 6, rule: 'proportional' }, { code: '2', name: 'B', maxPoints: 4, rule: 'proportional' }] };
 * const policy = withUnitLevelTreatments(spec, { commune: { '2': 'max' } });
 * scoreAssessment(policy, { '1': { rate: 0.5 } }, { unitLevel: 'commune' }).total.achieved.toString(); // '7'
 * policy.id; // 'x+levels'
 * ```
 *
 * @category PAR INDEX
 */
export function withUnitLevelTreatments(
  methodology: Methodology | MethodologySpec,
  treatments: UnitLevelTreatments,
  options?: WithUnitLevelTreatmentsOptions,
): Methodology {
  const o = readParOptions<WithUnitLevelTreatmentsOptions>(options, ['id', 'note']);
  const { methodology: m, index } = resolveMethodology(methodology);
  if (!isPlainObject(treatments)) throw new CchcError(typeIssue(['treatments'], 'unitLevels', treatments));
  const byCode = new Map<string, Record<string, UnitLevelTreatment>>();
  const problems = [];
  for (const [level, codes] of Object.entries(treatments)) {
    if (!isPlainObject(codes)) {
      problems.push(typeIssue(['treatments', level], 'unitLevels', codes));
      continue;
    }
    for (const [code, treatment] of Object.entries(codes)) {
      if (!index.byCode.has(code)) {
        const suggestion = suggestKey(code, [...index.byCode.keys()]) ?? '';
        const p = { code, methodology: m.id, suggestion };
        const it = issue('PAR_UNKNOWN_CODE', ['treatments', level, code], vi.PAR_UNKNOWN_CODE(p), en.PAR_UNKNOWN_CODE(p), code);
        problems.push(suggestion ? Object.freeze({ ...it, suggestion }) : it);
        continue;
      }
      const mine = byCode.get(code) ?? {};
      mine[level] = treatment as UnitLevelTreatment;
      byCode.set(code, mine);
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  const toSpec = (n: MethodologyNode): MethodologyNodeSpec => {
    const extra = byCode.get(n.code);
    const spec: Record<string, unknown> = {
      code: n.code,
      name: n.name,
      maxPoints: n.maxPoints,
      channel: n.channel === 'mixed' ? undefined : n.channel,
    };
    if (n.nameEn !== undefined) spec.nameEn = n.nameEn;
    if (n.note !== undefined) spec.note = n.note;
    if (n.mayBeNotApplicable) spec.mayBeNotApplicable = true;
    if (n.role !== 'regular' && n.parent === null) spec.role = n.role;
    if (n.rule) spec.rule = n.rule;
    if (n.allocation) spec.allocation = n.allocation;
    if (n.parts) spec.parts = n.parts;
    if (n.atUnitLevel || extra) spec.atUnitLevel = { ...n.atUnitLevel, ...extra };
    if (n.children.length > 0) spec.children = n.children.map(toSpec);
    if (spec.channel === undefined) delete spec.channel;
    return spec as unknown as MethodologyNodeSpec;
  };
  const spec: MethodologySpec = {
    id: o.id ?? `${m.id}+levels`,
    name: m.name,
    maxPoints: m.maxPoints,
    clampTotal: m.clampTotal,
    sources: m.sources,
    notes: o.note === undefined ? m.notes : [...m.notes, o.note],
    ...(m.unitLevels ? { unitLevels: m.unitLevels } : {}),
    ...(m.rounding ? { rounding: m.rounding } : {}),
    nodes: m.nodes.map(toSpec),
  };
  return defineMethodology(spec);
}
