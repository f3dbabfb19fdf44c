import type { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcPath } from '../core/errors.js';
import * as coreVi from '../core/messages/vi/core.js';
import * as coreEn from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import type { SourceRef } from '../core/source-ref.js';
import { normalizeRule } from './_internal/normalize-rule.js';
import {
  checkKeys,
  choiceIssue,
  CODE_PATTERN,
  enNumber,
  impliedParentCode,
  isPlainObject,
  own,
  readDecimal,
  segmentsOf,
  typeIssue,
  viNumber,
  ZERO,
  type Problems,
} from './_internal/read.js';
import { register } from './_internal/registry.js';
import { methodologySourceSchema } from './_internal/source-schema.js';
import { MAX_CODE_LENGTH, MAX_METHODOLOGY_DEPTH } from './limits.js';
import type {
  LeafRounding,
  Methodology,
  MethodologyNode,
  MethodologyPart,
  MethodologySpec,
  NodeLevel,
  NodeRole,
  UnitLevelTreatment,
} from './methodology.js';
import { checkDecimals, checkRounding } from '../core/rounding.js';
import { unitLevelIssue } from './_internal/unit-level.js';
import type { LeafRule, ParChannel } from './rule.js';

const CHANNELS: readonly ParChannel[] = ['assessed', 'survey'];
const ROLES: readonly NodeRole[] = ['regular', 'bonus', 'penalty'];
const SPEC_KEYS: readonly string[] = ['id', 'name', 'maxPoints', 'clampTotal', 'sources', 'notes', 'unitLevels', 'rounding', 'nodes'];
const TREATMENTS: readonly UnitLevelTreatment[] = ['max', 'inherited', 'not-applicable'];
const PART_KEYS: readonly string[] = ['code', 'name', 'nameEn', 'maxPoints', 'note'];
const NODE_KEYS: readonly string[] = [
  'code',
  'name',
  'nameEn',
  'maxPoints',
  'channel',
  'mayBeNotApplicable',
  'role',
  'rule',
  'note',
  'children',
  'atUnitLevel',
  'allocation',
  'parts',
];

function levelOf(code: string): NodeLevel {
  const n = code.split('.').length;
  return n === 1 ? 'area' : n === 2 ? 'criterion' : 'sub-criterion';
}

interface Context {
  readonly problems: Problems;
  readonly seen: Map<string, CchcPath>;
  /** The methodology's declared unit levels (`undefined` when it declares none). */
  readonly unitLevels: readonly string[] | undefined;
}

interface ParentInfo {
  readonly code: string;
  readonly channel: ParChannel | undefined;
  readonly role: NodeRole;
}

function describe(path: CchcPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * What walking one node gives: the validated node when it has no problem, and — even when it has some — its maxPoints
 * and role when they could be read, so that the sums above it are still checked (every problem at once).
 */
interface Walked {
  readonly node?: MethodologyNode;
  readonly maxPoints?: Decimal;
  readonly role?: NodeRole;
}

function tooDeep(path: CchcPath): Problems[number] {
  const p = { max: MAX_METHODOLOGY_DEPTH };
  return issue('INPUT_TOO_DEEP', path, vi.INPUT_TOO_DEEP__parMethodology(p), en.INPUT_TOO_DEEP__parMethodology(p));
}

/**
 * Check a node code: a string of dotted segments, at most {@link MAX_CODE_LENGTH} characters and
 * {@link MAX_METHODOLOGY_DEPTH} segments. Returns whether it is one.
 * @internal
 */
export function checkCode(code: unknown, path: CchcPath, problems: Problems): code is string {
  // A code's segments are the levels above it: more than the limit is a tree too deep to walk.
  if (typeof code === 'string' && segmentsOf(code, MAX_METHODOLOGY_DEPTH) > MAX_METHODOLOGY_DEPTH) {
    problems.push(tooDeep(path));
    return false;
  }
  if (typeof code === 'string' && code.length > MAX_CODE_LENGTH) {
    const p = { max: MAX_CODE_LENGTH, length: code.length };
    problems.push(issue('TEXT_TOO_LONG', path, coreVi.TEXT_TOO_LONG(p), coreEn.TEXT_TOO_LONG(p)));
    return false;
  }
  if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
    problems.push(
      issue('PAR_INVALID_CODE', path, vi.PAR_INVALID_CODE({ received: show(code) }), en.PAR_INVALID_CODE({ received: show(code) }), code),
    );
    return false;
  }
  return true;
}

// Recursion here is bounded: a node deeper than MAX_METHODOLOGY_DEPTH is reported and not entered.
function walk(spec: unknown, path: CchcPath, parent: ParentInfo | null, depth: number, ctx: Context): Walked {
  const { problems } = ctx;
  if (depth > MAX_METHODOLOGY_DEPTH) {
    problems.push(tooDeep(path));
    return {};
  }
  if (!isPlainObject(spec)) {
    problems.push(typeIssue(path, 'node', spec));
    return {};
  }
  const before = problems.length;
  checkKeys(spec, NODE_KEYS, path, problems);
  // code
  const code = own(spec, 'code');
  const codeOk = checkCode(code, [...path, 'code'], problems);
  if (codeOk) {
    const first = ctx.seen.get(code);
    if (first) {
      const p = { code, at: describe(first) };
      problems.push(issue('PAR_DUPLICATE_CODE', [...path, 'code'], vi.PAR_DUPLICATE_CODE(p), en.PAR_DUPLICATE_CODE(p), code));
    } else ctx.seen.set(code, path);
    if (parent && impliedParentCode(code) !== parent.code) {
      const p = { code, parent: parent.code };
      problems.push(
        issue('PAR_CODE_NOT_UNDER_PARENT', [...path, 'code'], vi.PAR_CODE_NOT_UNDER_PARENT(p), en.PAR_CODE_NOT_UNDER_PARENT(p), code),
      );
    }
  }
  const label = codeOk ? `"${code}"` : describe(path);
  // name, nameEn, note
  const name = own(spec, 'name');
  if (typeof name !== 'string' || name.trim() === '') problems.push(typeIssue([...path, 'name'], 'nodeName', name));
  for (const key of ['nameEn', 'note'] as const) {
    const v = own(spec, key);
    if (v !== undefined && typeof v !== 'string') problems.push(typeIssue([...path, key], 'text', v));
  }
  // maxPoints
  const rawMax = own(spec, 'maxPoints');
  let maxPoints: Decimal | undefined;
  if (rawMax === undefined || rawMax === null || (typeof rawMax === 'string' && rawMax.trim() === '')) {
    problems.push(
      issue(
        'PAR_INVALID_MAX_POINTS',
        [...path, 'maxPoints'],
        vi.PAR_INVALID_MAX_POINTS__empty({ node: label }),
        en.PAR_INVALID_MAX_POINTS__empty({ node: label }),
        rawMax,
      ),
    );
  } else {
    const p: Problems = [];
    const d = readDecimal(rawMax, [...path, 'maxPoints'], p);
    if (!d?.gt(0)) {
      const pv = { node: label, received: show(rawMax), detail: p[0]?.messageVi ?? '' };
      const pe = { node: label, received: show(rawMax), detail: p[0]?.messageEn ?? '' };
      problems.push(
        issue('PAR_INVALID_MAX_POINTS', [...path, 'maxPoints'], vi.PAR_INVALID_MAX_POINTS(pv), en.PAR_INVALID_MAX_POINTS(pe), rawMax),
      );
    } else maxPoints = d;
  }
  // role
  const rawRole = own(spec, 'role');
  let role: NodeRole = parent?.role ?? 'regular';
  let roleOk = true;
  if (rawRole !== undefined) {
    const bad = choiceIssue(rawRole, ROLES, [...path, 'role']);
    if (bad) {
      roleOk = false;
      problems.push(bad);
    } else if (parent && rawRole !== parent.role) {
      const p = { node: label, role: rawRole as string, parent: parent.code, parentRole: parent.role };
      problems.push(issue('PAR_ROLE_CONFLICT', [...path, 'role'], vi.PAR_ROLE_CONFLICT(p), en.PAR_ROLE_CONFLICT(p), rawRole));
    } else role = rawRole as NodeRole;
  }
  // channel (explicit, inherited)
  const rawChannel = own(spec, 'channel');
  let explicitChannel = parent?.channel;
  if (rawChannel !== undefined) {
    const bad = choiceIssue(rawChannel, CHANNELS, [...path, 'channel']);
    if (bad) problems.push(bad);
    else if (parent?.channel !== undefined && rawChannel !== parent.channel) {
      const p = { node: label, channel: rawChannel as string, parent: parent.code, parentChannel: parent.channel };
      problems.push(
        issue('PAR_CHANNEL_CONFLICT', [...path, 'channel'], vi.PAR_CHANNEL_CONFLICT(p), en.PAR_CHANNEL_CONFLICT(p), rawChannel),
      );
    } else explicitChannel = rawChannel as ParChannel;
  }
  // mayBeNotApplicable
  const rawNa = own(spec, 'mayBeNotApplicable');
  let mayBeNotApplicable = false;
  if (rawNa !== undefined) {
    if (typeof rawNa !== 'boolean') problems.push(typeIssue([...path, 'mayBeNotApplicable'], 'boolean', rawNa));
    else mayBeNotApplicable = rawNa;
  }
  // children or rule
  const childSpecs = own(spec, 'children');
  const rawRule = own(spec, 'rule');
  const partial: Walked = { ...(maxPoints ? { maxPoints } : {}), ...(roleOk ? { role } : {}) };
  if (childSpecs !== undefined && !Array.isArray(childSpecs)) {
    problems.push(typeIssue([...path, 'children'], 'children', childSpecs));
    return partial;
  }
  const isLeaf = childSpecs === undefined || childSpecs.length === 0;
  let rule: LeafRule | null = null;
  let children: MethodologyNode[] = [];
  let channel: ParChannel | 'mixed';
  if (isLeaf) {
    if (rawRule === undefined || rawRule === null || rawRule === '') {
      problems.push(
        issue('PAR_MISSING_RULE', [...path, 'rule'], vi.PAR_MISSING_RULE({ node: label }), en.PAR_MISSING_RULE({ node: label })),
      );
    } else {
      rule = normalizeRule(rawRule, maxPoints, [...path, 'rule'], problems) ?? null;
    }
    if (rule?.kind === 'survey' && explicitChannel === 'assessed') {
      problems.push(
        issue(
          'PAR_CHANNEL_CONFLICT',
          [...path, 'rule'],
          vi.PAR_CHANNEL_CONFLICT__survey({ node: label }),
          en.PAR_CHANNEL_CONFLICT__survey({ node: label }),
          'survey',
        ),
      );
    }
    channel = explicitChannel ?? (rule?.kind === 'survey' ? 'survey' : 'assessed');
  } else {
    if (rawRule !== undefined && rawRule !== null && rawRule !== '') {
      problems.push(
        issue('PAR_RULE_ON_PARENT', [...path, 'rule'], vi.PAR_RULE_ON_PARENT({ node: label }), en.PAR_RULE_ON_PARENT({ node: label })),
      );
    }
    const me: ParentInfo = { code: codeOk ? code : '?', channel: explicitChannel, role };
    const kids: Walked[] = [];
    // An index loop (not map): holes of a sparse array are visited, and fail as nodes.
    for (let i = 0; i < childSpecs.length; i++) kids.push(walk(childSpecs[i], [...path, 'children', i], me, depth + 1, ctx));
    children = kids.flatMap((k) => (k.node ? [k.node] : []));
    // The sum is checked whenever every child's maxPoints could be read, even if a child has other problems
    // (a duplicate code, a bad rule): each problem is reported, none hides another.
    const maxima = kids.flatMap((k) => (k.maxPoints ? [k.maxPoints] : []));
    if (maxPoints && maxima.length === childSpecs.length) {
      const sum = maxima.reduce((a, d) => a.plus(d), ZERO);
      if (!sum.eq(maxPoints)) {
        const codes = kids.map((_, i) => {
          const c: unknown = childSpecs[i];
          const cc = isPlainObject(c) ? own(c, 'code') : undefined;
          return typeof cc === 'string' ? cc : `[${i}]`;
        });
        const pv = {
          node: label,
          max: viNumber(maxPoints),
          sum: viNumber(sum),
          parts: maxima.map((d, i) => `${codes[i]}: ${viNumber(d)}`).join(' + '),
        };
        const pe = {
          node: label,
          max: enNumber(maxPoints),
          sum: enNumber(sum),
          parts: maxima.map((d, i) => `${codes[i]}: ${enNumber(d)}`).join(' + '),
        };
        problems.push(
          issue(
            'PAR_CHILDREN_SUM_MISMATCH',
            [...path, 'maxPoints'],
            vi.PAR_CHILDREN_SUM_MISMATCH(pv),
            en.PAR_CHILDREN_SUM_MISMATCH(pe),
            sum.toFixed(),
          ),
        );
      }
    }
    const channels = new Set(children.map((k) => k.channel));
    channel = channels.size === 1 ? [...channels][0]! : 'mixed';
  }
  const extras = readNodeExtras(spec, path, label, codeOk ? code : undefined, isLeaf, maxPoints, ctx);
  if (problems.length > before || !maxPoints || !codeOk) return partial;
  const node: Record<string, unknown> = { code, name };
  const nameEn = own(spec, 'nameEn');
  const note = own(spec, 'note');
  if (nameEn !== undefined) node.nameEn = nameEn;
  if (note !== undefined) node.note = note;
  Object.assign(node, {
    level: levelOf(code),
    depth,
    parent: parent ? parent.code : null,
    maxPoints,
    channel,
    role,
    mayBeNotApplicable,
    rule,
    children: Object.freeze(children),
    ...extras,
  });
  return { ...partial, node: Object.freeze(node) as unknown as MethodologyNode };
}

/** Problems in the order of the top-level nodes they are about (stable); those about the whole spec keep their place. */
function inTreeOrder(problems: Problems, beforeWalk: number): Problems {
  const key = (p: Problems[number], i: number) =>
    p.path[0] === 'nodes' && typeof p.path[1] === 'number' ? p.path[1] : i < beforeWalk ? -1 : Number.MAX_SAFE_INTEGER;
  return problems
    .map((p, i) => ({ p, i, k: key(p, i) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * A top-level node whose code has several segments ("1.1.1") belongs under its parent when the methodology has that
 * parent ("1.1") or an ancestor of it ("1"): only a fragment that has none of them (criteria "1.1"–"1.3" without their
 * area) may stand at the top. Reported as `PAR_CODE_NOT_UNDER_PARENT` (the parent exists elsewhere in the tree) or
 * `PAR_MISSING_PARENT` (it does not, but an ancestor does).
 */
function checkTopLevelCodes(nodeSpecs: readonly unknown[], ctx: Context): void {
  for (let i = 0; i < nodeSpecs.length; i++) {
    const spec: unknown = nodeSpecs[i];
    const code = isPlainObject(spec) ? own(spec, 'code') : undefined;
    // Only codes that pass `checkCode` (so at most MAX_METHODOLOGY_DEPTH segments to climb).
    if (!checkCode(code, [], [])) continue;
    const parent = impliedParentCode(code);
    if (parent === null) continue;
    const path: CchcPath = ['nodes', i, 'code'];
    const at = ctx.seen.get(parent);
    if (at) {
      const p = { code, parent, at: describe(at) };
      ctx.problems.push(
        issue('PAR_CODE_NOT_UNDER_PARENT', path, vi.PAR_CODE_NOT_UNDER_PARENT__top(p), en.PAR_CODE_NOT_UNDER_PARENT__top(p), code),
      );
      continue;
    }
    let up = impliedParentCode(parent);
    while (up !== null && !ctx.seen.has(up)) up = impliedParentCode(up);
    if (up !== null) {
      const p = { code, parent, ancestor: up };
      ctx.problems.push(issue('PAR_MISSING_PARENT', path, vi.PAR_MISSING_PARENT(p), en.PAR_MISSING_PARENT(p), code));
    }
  }
}

/** The sources of a spec, checked, as {@link SourceRef}s (a 0.1 `issued` becomes `date`). */
function readSources(raw: unknown, problems: Problems): readonly SourceRef[] {
  if (raw === undefined) return Object.freeze([]);
  if (!Array.isArray(raw)) {
    problems.push(typeIssue(['sources'], 'list', raw));
    return Object.freeze([]);
  }
  const schema = methodologySourceSchema();
  const out: SourceRef[] = [];
  for (let i = 0; i < raw.length; i++) {
    const found = schema.issuesOf(raw[i], { path: ['sources', i] });
    if (found.length > 0) {
      problems.push(...found);
      continue;
    }
    const { issued, ...rest } = raw[i] as { issued?: string } & SourceRef;
    out.push(Object.freeze(issued !== undefined && rest.date === undefined ? { ...rest, date: issued } : rest));
  }
  return Object.freeze(out);
}

function readNotes(raw: unknown, problems: Problems): readonly string[] {
  if (raw === undefined) return Object.freeze([]);
  if (!Array.isArray(raw)) {
    problems.push(typeIssue(['notes'], 'list', raw));
    return Object.freeze([]);
  }
  for (let i = 0; i < raw.length; i++) if (typeof raw[i] !== 'string') problems.push(typeIssue(['notes', i], 'text', raw[i]));
  return Object.freeze([...(raw as string[])]);
}

/**
 * Validate a methodology (bộ tiêu chí) and return it in its checked form, ready for {@link scoreAssessment}.
 * Every problem is found before throwing, each with its own code and path:
 *
 * - codes: `PAR_INVALID_CODE`, `PAR_DUPLICATE_CODE`, `PAR_CODE_NOT_UNDER_PARENT`;
 * - points: `PAR_INVALID_MAX_POINTS`, `PAR_CHILDREN_SUM_MISMATCH` (children's maxima must add up to the parent's),
 *   `PAR_TOTAL_MISMATCH` (areas vs the declared total);
 * - rules: `PAR_MISSING_RULE`, `PAR_RULE_ON_PARENT`, `PAR_INVALID_RULE`, `PAR_DUPLICATE_OUTCOME`,
 *   `PAR_RULE_POINTS_OUT_OF_RANGE`, `PAR_RULE_MAX_UNREACHABLE`, and for percent bands `PAR_BAND_OUT_OF_RANGE`,
 *   `PAR_BANDS_NOT_ORDERED`, `PAR_BANDS_NOT_COVERING` (the bands must cover [0, 1], no gap), `PAR_BANDS_OVERLAP`,
 *   `PAR_BANDS_NOT_MONOTONIC`;
 * - placement: `PAR_MISSING_PARENT` for a top-level "1.1.1" when "1" exists but "1.1" does not.
 * - structure: `PAR_CHANNEL_CONFLICT`, `PAR_ROLE_CONFLICT`, `PAR_EMPTY_METHODOLOGY`, `INVALID_INPUT`;
 * - strictness and limits: `UNKNOWN_KEY` (a typo such as `maxPoint`, with a suggestion), `INPUT_TOO_DEEP` beyond
 *   {@link MAX_METHODOLOGY_DEPTH} levels, `TEXT_TOO_LONG` for a code over {@link MAX_CODE_LENGTH} characters.
 *
 * Sums are checked whenever the maxima could be read, even if a child has problems of its own: one mistake never
 * hides another. Sources are {@link SourceRef}s (the 0.1 key `issued` is read as `date`).
 *
 * The tree shape (areas → criteria → sub-criteria, parent = sum of children, index = achieved / max × 100 at every
 * level) follows the BNV index formula — http://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx —
 * and the annex tables of province-internal indices (Cà Mau QĐ 1880/QĐ-UBND, 2013).
 *
 * @throws {@link CchcError} listing every problem (code `VALIDATION_FAILED` when they are of several kinds).
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * const m = defineMethodology({
 *   id: 'demo', name: 'Minh hoạ', maxPoints: 3,
 *   sources: [{ document: 'Quyết định 1880/QĐ-UBND (Cà Mau)', date: '2013-11-11' }],
 *   nodes: [
 *     { code: '1', name: 'Ban hành kế hoạch', maxPoints: 1, rule: 'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0' },
 *     { code: '2', name: 'Thực hiện kế hoạch', maxPoints: 2, rule: 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0' },
 *   ],
 * });
 * m.maxPoints.toString(); // '3'
 * const bad = { id: 'bad', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 5, children: [{ code: '1.1', name: 'B', maxPoints: 2, rule: 'manual' }] }] };
 * defineMethodology(bad); // throws CchcError PAR_CHILDREN_SUM_MISMATCH
 * const typo = { id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'manual', mayBeNotApplicabel: true }] };
 * defineMethodology(typo as never); // throws CchcError UNKNOWN_KEY (did you mean 'mayBeNotApplicable'?)
 * ```
 *
 * @category PAR INDEX
 */
export function defineMethodology(spec: MethodologySpec): Methodology {
  const problems: Problems = [];
  if (!isPlainObject(spec)) throw new CchcError(typeIssue([], 'methodology', spec));
  checkKeys(spec, SPEC_KEYS, [], problems);
  const id = own(spec, 'id');
  const name = own(spec, 'name');
  const clampTotal = own(spec, 'clampTotal');
  if (typeof id !== 'string' || id.trim() === '') problems.push(typeIssue(['id'], 'id', id));
  if (typeof name !== 'string') problems.push(typeIssue(['name'], 'text', name));
  if (clampTotal !== undefined && typeof clampTotal !== 'boolean') problems.push(typeIssue(['clampTotal'], 'boolean', clampTotal));
  const sources = readSources(own(spec, 'sources'), problems);
  const notes = readNotes(own(spec, 'notes'), problems);
  let declared: Decimal | undefined;
  const rawTotal = own(spec, 'maxPoints');
  if (rawTotal !== undefined) {
    const d = readDecimal(rawTotal, ['maxPoints'], problems);
    if (d && !d.gt(0)) {
      problems.push(
        issue(
          'PAR_INVALID_MAX_POINTS',
          ['maxPoints'],
          vi.PAR_INVALID_MAX_POINTS__total({ received: viNumber(d) }),
          en.PAR_INVALID_MAX_POINTS__total({ received: enNumber(d) }),
          d.toFixed(),
        ),
      );
    } else declared = d;
  }
  const nodeSpecs = own(spec, 'nodes');
  if (!Array.isArray(nodeSpecs) || nodeSpecs.length === 0) {
    problems.push(
      issue(
        'PAR_EMPTY_METHODOLOGY',
        ['nodes'],
        vi.PAR_EMPTY_METHODOLOGY(),
        en.PAR_EMPTY_METHODOLOGY(),
        Array.isArray(nodeSpecs) ? nodeSpecs.length : nodeSpecs,
      ),
    );
    throw new CchcError(problems);
  }
  const unitLevels = readUnitLevels(own(spec, 'unitLevels'), problems);
  const rounding = readLeafRounding(own(spec, 'rounding'), problems);
  const ctx: Context = { problems, seen: new Map(), unitLevels };
  const beforeWalk = problems.length;
  const walked: Walked[] = [];
  for (let i = 0; i < nodeSpecs.length; i++) walked.push(walk(nodeSpecs[i], ['nodes', i], null, 1, ctx));
  checkTopLevelCodes(nodeSpecs, ctx);
  const ok = walked.flatMap((w) => (w.node ? [w.node] : []));
  const sumOf = (role: NodeRole) => ok.filter((n) => n.role === role).reduce((a, n) => a.plus(n.maxPoints), ZERO);
  const regular = sumOf('regular');
  // Like the children's sums, the total is checked whenever every top-level maxPoints and role could be read.
  const readable = walked.every((w) => w.maxPoints !== undefined && w.role !== undefined);
  const readRegular = walked.filter((w) => w.role === 'regular').reduce((a, w) => a.plus(w.maxPoints ?? ZERO), ZERO);
  if (readable && !walked.some((w) => w.role === 'regular')) {
    problems.push(issue('PAR_EMPTY_METHODOLOGY', ['nodes'], vi.PAR_EMPTY_METHODOLOGY__onlyExtra(), en.PAR_EMPTY_METHODOLOGY__onlyExtra()));
  }
  if (declared && readable && !readRegular.eq(declared)) {
    const pv = { declared: viNumber(declared), sum: viNumber(readRegular) };
    const pe = { declared: enNumber(declared), sum: enNumber(readRegular) };
    problems.push(issue('PAR_TOTAL_MISMATCH', ['maxPoints'], vi.PAR_TOTAL_MISMATCH(pv), en.PAR_TOTAL_MISMATCH(pe), readRegular.toFixed()));
  }
  if (problems.length > 0) throw new CchcError(inTreeOrder(problems, beforeWalk));
  const out: Record<string, unknown> = {
    id,
    name,
    maxPoints: regular,
    bonusMaxPoints: sumOf('bonus'),
    penaltyMaxPoints: sumOf('penalty'),
    clampTotal: clampTotal ?? true,
    sources,
    notes,
    ...(unitLevels ? { unitLevels } : {}),
    ...(rounding ? { rounding } : {}),
    nodes: Object.freeze(ok),
  };
  const m = Object.freeze(out) as unknown as Methodology;
  register(m);
  return m;
}

function readUnitLevels(raw: unknown, problems: Problems): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    problems.push(typeIssue(['unitLevels'], 'list', raw));
    return undefined;
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v: unknown = raw[i];
    if (typeof v !== 'string' || v.trim() === '') problems.push(typeIssue(['unitLevels', i], 'id', v));
    else if (out.includes(v)) {
      const p = { level: v };
      problems.push(
        issue(
          'INVALID_INPUT',
          ['unitLevels', i],
          vi.INVALID_INPUT__parDuplicateUnitLevel(p),
          en.INVALID_INPUT__parDuplicateUnitLevel(p),
          v,
        ),
      );
    } else out.push(v);
  }
  return Object.freeze(out);
}

function readLeafRounding(raw: unknown, problems: Problems): Required<LeafRounding> | undefined {
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw)) {
    problems.push(typeIssue(['rounding'], 'rounding', raw));
    return undefined;
  }
  const before = problems.length;
  checkKeys(raw, ['decimals', 'mode'], ['rounding'], problems);
  let decimals = 0;
  let mode: Required<LeafRounding>['mode'] = 'half-up';
  try {
    decimals = checkDecimals(own(raw, 'decimals'), ['rounding', 'decimals']);
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues);
  }
  const rawMode = own(raw, 'mode');
  if (rawMode !== undefined) {
    try {
      mode = checkRounding(rawMode, ['rounding', 'mode']);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  return problems.length > before ? undefined : Object.freeze({ decimals, mode });
}

/** `atUnitLevel`, `allocation` and `parts` of a node, checked; the fields to add to the validated node. */
function readNodeExtras(
  spec: Record<string, unknown>,
  path: CchcPath,
  label: string,
  code: string | undefined,
  isLeaf: boolean,
  maxPoints: Decimal | undefined,
  ctx: Context,
): Record<string, unknown> {
  const { problems } = ctx;
  const out: Record<string, unknown> = {};
  const rawLevels = own(spec, 'atUnitLevel');
  if (rawLevels !== undefined) {
    if (!isPlainObject(rawLevels)) problems.push(typeIssue([...path, 'atUnitLevel'], 'unitLevels', rawLevels));
    else if (!isLeaf) {
      problems.push(
        issue(
          'INVALID_INPUT',
          [...path, 'atUnitLevel'],
          vi.INVALID_INPUT__parUnitLevelOnParent({ node: label }),
          en.INVALID_INPUT__parUnitLevelOnParent({ node: label }),
          rawLevels,
        ),
      );
    } else {
      const levels: Record<string, UnitLevelTreatment> = {};
      const before = problems.length;
      for (const [level, treatment] of Object.entries(rawLevels)) {
        const bad = unitLevelIssue(level, ctx.unitLevels, [...path, 'atUnitLevel', level]);
        if (bad) problems.push(bad);
        const badTreatment = choiceIssue(treatment, TREATMENTS, [...path, 'atUnitLevel', level]);
        if (badTreatment) problems.push(badTreatment);
        if (!bad && !badTreatment) levels[level] = treatment as UnitLevelTreatment;
      }
      if (problems.length === before) out.atUnitLevel = Object.freeze(levels);
    }
  }
  const allocation = own(spec, 'allocation');
  const rawParts = own(spec, 'parts');
  if (allocation !== undefined) {
    const bad = choiceIssue(allocation, ['known', 'unknown'], [...path, 'allocation']);
    if (bad) problems.push(bad);
    else if (allocation === 'unknown' && !isLeaf) {
      problems.push(
        issue(
          'INVALID_INPUT',
          [...path, 'allocation'],
          vi.INVALID_INPUT__parAllocationWithChildren({ node: label }),
          en.INVALID_INPUT__parAllocationWithChildren({ node: label }),
          allocation,
        ),
      );
    } else if (allocation === 'unknown') out.allocation = 'unknown';
  }
  if (rawParts !== undefined) {
    if (allocation !== 'unknown') {
      problems.push(
        issue(
          'INVALID_INPUT',
          [...path, 'parts'],
          vi.INVALID_INPUT__parPartsWithoutAllocation({ node: label }),
          en.INVALID_INPUT__parPartsWithoutAllocation({ node: label }),
          rawParts,
        ),
      );
    } else if (!Array.isArray(rawParts)) problems.push(typeIssue([...path, 'parts'], 'list', rawParts));
    else {
      const parts: MethodologyPart[] = [];
      let known = ZERO;
      const before = problems.length;
      for (let i = 0; i < rawParts.length; i++) {
        const part: unknown = rawParts[i];
        const p = [...path, 'parts', i];
        if (!isPlainObject(part)) {
          problems.push(typeIssue(p, 'node', part));
          continue;
        }
        checkKeys(part, PART_KEYS, p, problems);
        const partCode = own(part, 'code');
        if (checkCode(partCode, [...p, 'code'], problems)) {
          const first = ctx.seen.get(partCode);
          if (first) {
            const q = { code: partCode, at: describe(first) };
            problems.push(issue('PAR_DUPLICATE_CODE', [...p, 'code'], vi.PAR_DUPLICATE_CODE(q), en.PAR_DUPLICATE_CODE(q), partCode));
          } else ctx.seen.set(partCode, p);
          if (code !== undefined && impliedParentCode(partCode) !== code) {
            const q = { code: partCode, parent: code };
            problems.push(
              issue(
                'PAR_CODE_NOT_UNDER_PARENT',
                [...p, 'code'],
                vi.PAR_CODE_NOT_UNDER_PARENT(q),
                en.PAR_CODE_NOT_UNDER_PARENT(q),
                partCode,
              ),
            );
          }
        }
        const partName = own(part, 'name');
        if (typeof partName !== 'string' || partName.trim() === '') problems.push(typeIssue([...p, 'name'], 'nodeName', partName));
        for (const key of ['nameEn', 'note'] as const) {
          const v = own(part, key);
          if (v !== undefined && typeof v !== 'string') problems.push(typeIssue([...p, key], 'text', v));
        }
        const rawMax = own(part, 'maxPoints');
        let partMax: Decimal | null = null;
        if (rawMax !== undefined && rawMax !== null) {
          const d = readDecimal(rawMax, [...p, 'maxPoints'], problems);
          if (d && !d.gt(0)) {
            const pv = { node: `"${String(partCode)}"`, received: show(rawMax), detail: '' };
            problems.push(
              issue('PAR_INVALID_MAX_POINTS', [...p, 'maxPoints'], vi.PAR_INVALID_MAX_POINTS(pv), en.PAR_INVALID_MAX_POINTS(pv), rawMax),
            );
          } else if (d) {
            partMax = d;
            known = known.plus(d);
          }
        }
        const out: Record<string, unknown> = { code: partCode, name: partName };
        if (own(part, 'nameEn') !== undefined) out.nameEn = own(part, 'nameEn');
        out.maxPoints = partMax;
        if (own(part, 'note') !== undefined) out.note = own(part, 'note');
        parts.push(Object.freeze(out) as unknown as MethodologyPart);
      }
      if (maxPoints && known.gt(maxPoints)) {
        const pv = { node: label, max: viNumber(maxPoints), sum: viNumber(known), parts: '' };
        const pe = { node: label, max: enNumber(maxPoints), sum: enNumber(known), parts: '' };
        problems.push(
          issue(
            'PAR_CHILDREN_SUM_MISMATCH',
            [...path, 'parts'],
            vi.PAR_CHILDREN_SUM_MISMATCH__parts(pv),
            en.PAR_CHILDREN_SUM_MISMATCH__parts(pe),
            known.toFixed(),
          ),
        );
      }
      if (problems.length === before) out.parts = Object.freeze(parts);
    }
  }
  return out;
}
