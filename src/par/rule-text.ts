import type { Decimal } from 'decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { parseViNumber, parseViPercent } from '../core/parse-vi-number.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as coreVi from '../core/messages/vi/core.js';
import * as coreEn from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import type { ParRuleTextProblem } from '../core/messages/vi/par.js';
import { checkKeys, choiceIssue, isPlainObject, own, readDecimal, type Problems } from './_internal/read.js';
import { readRate } from './_internal/read-rate.js';
import { MAX_RULE_TEXT_LENGTH } from './limits.js';
import { LEAF_RULE_KINDS, type LeafRule, type LeafRuleSpec, type PercentBandSpec, type TierSpec, type WhenEmpty } from './rule.js';

const SIMPLE_KINDS = ['manual', 'binary', 'survey'] as const;
const WHEN_EMPTY_VALUES: readonly WhenEmpty[] = ['max', 'zero', 'not-applicable'];
/** Band bounds: `>=`, `≥`, `từ` include the bound; `>`, `trên` exclude it (`>=` is tested before `>`). */
const BOUND_PREFIXES = ['>=', '≥', '>', 'từ', 'tu', 'trên', 'tren'] as const;

function invalid(text: string, problem: ParRuleTextProblem, part = ''): never {
  const p = { text: show(text), problem, part };
  throw new CchcError(issue('PAR_INVALID_RULE', [], vi.PAR_INVALID_RULE__text(p), en.PAR_INVALID_RULE__text(p), text));
}

function readNumber(text: string, body: string): Decimal {
  try {
    return parseViNumber(body.trim());
  } catch (e) {
    if (e instanceof CchcError) invalid(text, 'number', body.trim());
    throw e;
  }
}

/**
 * Read a leaf rule written as text, the form a spreadsheet column holds (đọc quy tắc chấm điểm dạng chữ):
 *
 * - `manual`, `binary`, `survey`;
 * - `proportional`, or with parameters `proportional: fullAt = 90%; whenEmpty = max; share = true` (see
 *   {@link ProportionalRuleSpec}, {@link WhenEmpty});
 * - `tiered: <outcome> = <points>; <outcome> = <points>; …`;
 * - `percent-bands: <bound> = <points>; …` where a bound is `>= 70%`, `≥ 70%` or `từ 70%` (70% included) or
 *   `> 90%` or `trên 90%` (90% excluded), listed from the highest down to `>= 0%`; an item `whenEmpty = max` (or
 *   `zero`, `not-applicable`) says what an empty ratio scores, `share = true` that counts above 100% are refused.
 *
 * Numbers use Vietnamese notation (decimal comma: "0,5", "72,5%"), like the annex tables; kind names ignore case.
 * The result is a {@link LeafRuleSpec}; `defineMethodology` validates it further (points against the maximum, bands
 * ordered and covering [0, 1]). The parser runs in time linear in the text, which may hold at most
 * {@link MAX_RULE_TEXT_LENGTH} characters.
 *
 * @throws {@link CchcError} `PAR_INVALID_RULE` for text that does not follow this form; `TEXT_TOO_LONG` beyond
 *   {@link MAX_RULE_TEXT_LENGTH} characters.
 *
 * @example
 * ```ts
 * import { parseRuleText } from 'cchc';
 * parseRuleText('binary'); // { kind: 'binary' }
 * parseRuleText('tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0').kind; // 'tiered'
 * parseRuleText('percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0').kind; // 'percent-bands'
 * parseRuleText('proportional: whenEmpty = zero'); // { kind: 'proportional', whenEmpty: 'zero' }
 * parseRuleText('sometimes'); // throws CchcError PAR_INVALID_RULE
 * ```
 *
 * @category PAR INDEX
 */
export function parseRuleText(text: string): LeafRuleSpec {
  if (typeof text !== 'string') {
    throw new CchcError(
      issue(
        'PAR_INVALID_RULE',
        [],
        vi.PAR_INVALID_RULE__notText({ received: show(text) }),
        en.PAR_INVALID_RULE__notText({ received: show(text) }),
        text,
      ),
    );
  }
  if (text.length > MAX_RULE_TEXT_LENGTH) {
    const p = { max: MAX_RULE_TEXT_LENGTH, length: text.length };
    throw new CchcError(issue('TEXT_TOO_LONG', [], coreVi.TEXT_TOO_LONG(p), coreEn.TEXT_TOO_LONG(p)));
  }
  const t = text.normalize('NFC').trim();
  const colon = t.indexOf(':');
  const head = foldVi(colon < 0 ? t : t.slice(0, colon));
  const body = colon < 0 ? '' : t.slice(colon + 1);
  const simple = SIMPLE_KINDS.find((k) => k === head);
  if (simple) {
    if (body.trim() !== '') invalid(text, 'params', simple);
    return Object.freeze({ kind: simple });
  }
  if (head !== 'tiered' && head !== 'percent-bands' && head !== 'proportional')
    invalid(text, 'kind', colon < 0 ? t : t.slice(0, colon).trim());
  const items = body
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (head === 'proportional') return proportionalFromText(text, items);
  if (items.length === 0) invalid(text, 'list');
  // "whenEmpty = max" among the bands says what an empty ratio scores.
  let whenEmpty: WhenEmpty | undefined;
  let share: boolean | undefined;
  const pairs = items.flatMap((item) => {
    const eq = item.lastIndexOf('=');
    if (eq < 0) invalid(text, 'points', item);
    const left = item.slice(0, eq).trim();
    if (head === 'percent-bands' && foldVi(left) === 'whenempty') {
      whenEmpty = readWhenEmpty(text, item.slice(eq + 1));
      return [];
    }
    if (head === 'percent-bands' && foldVi(left) === 'share') {
      share = readShare(text, item.slice(eq + 1));
      return [];
    }
    return [{ left, points: readNumber(text, item.slice(eq + 1)) }];
  });
  if (pairs.length === 0) invalid(text, 'list');
  if (head === 'tiered') {
    const tiers: TierSpec[] = pairs.map(({ left, points }) => {
      if (left === '') invalid(text, 'outcome');
      return Object.freeze({ outcome: left, points });
    });
    return Object.freeze({ kind: 'tiered', tiers: Object.freeze(tiers) });
  }
  const bands: PercentBandSpec[] = pairs.map(({ left, points }) => {
    // A prefix test, not a regular expression with `\s*(.+)$`, which backtracks quadratically on long blank runs.
    const lower = left.normalize('NFC').toLowerCase();
    const prefix = BOUND_PREFIXES.find((b) => lower.startsWith(b));
    const rest = prefix === undefined ? '' : lower.slice(prefix.length).trim();
    if (prefix === undefined || rest === '') invalid(text, 'bound', left);
    const op = foldVi(prefix);
    let pct: Decimal;
    try {
      pct = parseViPercent(rest);
    } catch (e) {
      if (e instanceof CchcError) invalid(text, 'percent', rest);
      throw e;
    }
    return Object.freeze({ min: pct.div(100), minInclusive: !(op === '>' || op === 'tren'), points });
  });
  return Object.freeze({
    kind: 'percent-bands',
    bands: Object.freeze(bands),
    ...(whenEmpty ? { whenEmpty } : {}),
    ...(share ? { share } : {}),
  });
}

function readShare(text: string, raw: string): boolean {
  const v = foldVi(raw.trim());
  if (v !== 'true' && v !== 'false') invalid(text, 'option', `share = ${raw.trim()}`);
  return v === 'true';
}

function readWhenEmpty(text: string, raw: string): WhenEmpty {
  const v = foldVi(raw.trim());
  const found = WHEN_EMPTY_VALUES.find((w) => w === v);
  if (found === undefined) invalid(text, 'whenEmpty', raw.trim());
  return found;
}

/** "proportional", "proportional: fullAt = 90%", "proportional: fullAt = 80%; whenEmpty = max". */
function proportionalFromText(text: string, items: readonly string[]): LeafRuleSpec {
  let fullAt: Decimal | undefined;
  let whenEmpty: WhenEmpty | undefined;
  let share: boolean | undefined;
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) invalid(text, 'option', item);
    const key = foldVi(item.slice(0, eq).trim());
    const value = item.slice(eq + 1).trim();
    if (key === 'fullat') {
      try {
        fullAt = parseViPercent(value).div(100);
      } catch (e) {
        if (e instanceof CchcError) invalid(text, 'percent', value);
        throw e;
      }
    } else if (key === 'whenempty') whenEmpty = readWhenEmpty(text, value);
    else if (key === 'share') share = readShare(text, value);
    else invalid(text, 'option', item.slice(0, eq).trim());
  }
  return Object.freeze({
    kind: 'proportional',
    ...(fullAt ? { fullAt } : {}),
    ...(whenEmpty ? { whenEmpty } : {}),
    ...(share ? { share } : {}),
  });
}

function numberText(d: Decimal): string {
  return formatNumber(d, { grouping: false });
}

/**
 * Write a leaf rule as text, the inverse of {@link parseRuleText} (for exporting a methodology to a spreadsheet):
 * Vietnamese number notation, `>=` / `>` for band bounds, bands as percentages.
 *
 * @throws {@link CchcError} `PAR_INVALID_RULE` for a rule that is not a rule, or a tier outcome that cannot be
 *   written as text (empty, or containing ";" or "="); `UNKNOWN_KEY` for a key a rule does not have.
 *
 * @example
 * ```ts
 * import { formatRuleText } from 'cchc';
 * const tiers = [{ outcome: 'Kịp thời', points: 1 }, { outcome: 'Không kịp thời', points: 0.5 }, { outcome: 'Không ban hành', points: 0 }];
 * formatRuleText({ kind: 'tiered', tiers }); // 'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0'
 * const bands = [{ min: 0.9, minInclusive: false, points: 2 }, { min: 0.7, points: 1 }, { min: 0, points: 0 }];
 * formatRuleText({ kind: 'percent-bands', bands }); // 'percent-bands: > 90% = 2; >= 70% = 1; >= 0% = 0'
 * formatRuleText({ kind: 'proportional', fullAt: 0.8, whenEmpty: 'max' }); // 'proportional: fullAt = 80%; whenEmpty = max'
 * ```
 *
 * @category PAR INDEX
 */
export function formatRuleText(rule: LeafRuleSpec | LeafRule): string {
  const problems: Problems = [];
  const kind = isPlainObject(rule) ? own(rule, 'kind') : undefined;
  if (!isPlainObject(rule) || typeof kind !== 'string') {
    throw new CchcError(
      issue(
        'PAR_INVALID_RULE',
        [],
        vi.PAR_INVALID_RULE__notRule({ received: show(rule) }),
        en.PAR_INVALID_RULE__notRule({ received: show(rule) }),
        rule,
      ),
    );
  }
  switch (kind) {
    case 'manual':
    case 'binary':
    case 'survey':
      checkKeys(rule, ['kind'], [], problems);
      if (problems.length > 0) throw new CchcError(problems);
      return kind;
    case 'proportional': {
      checkKeys(rule, ['kind', 'fullAt', 'whenEmpty', 'share'], [], problems);
      const rawFullAt = own(rule, 'fullAt');
      const fullAt = rawFullAt === undefined ? undefined : readRate(rawFullAt, ['fullAt'], problems, true)?.value;
      const whenEmpty = formatWhenEmpty(own(rule, 'whenEmpty'), problems);
      if (problems.length > 0) throw new CchcError(problems);
      const params = [
        ...(fullAt ? [`fullAt = ${numberText(fullAt.times(100))}%`] : []),
        ...(whenEmpty ? [`whenEmpty = ${whenEmpty}`] : []),
        ...(own(rule, 'share') === true ? ['share = true'] : []),
      ];
      return params.length === 0 ? 'proportional' : `proportional: ${params.join('; ')}`;
    }
    case 'tiered': {
      checkKeys(rule, ['kind', 'tiers'], [], problems);
      const tiers = own(rule, 'tiers');
      if (!Array.isArray(tiers) || tiers.length === 0) {
        throw new CchcError(issue('PAR_INVALID_RULE', ['tiers'], vi.PAR_INVALID_RULE__noTiers(), en.PAR_INVALID_RULE__noTiers(), tiers));
      }
      const parts: string[] = [];
      for (let i = 0; i < tiers.length; i++) {
        const t: unknown = tiers[i];
        if (!isPlainObject(t)) {
          problems.push(
            issue(
              'PAR_INVALID_RULE',
              ['tiers', i],
              vi.PAR_INVALID_RULE__tier({ received: show(t) }),
              en.PAR_INVALID_RULE__tier({ received: show(t) }),
              t,
            ),
          );
          continue;
        }
        checkKeys(t, ['outcome', 'points'], ['tiers', i], problems);
        const points = readDecimal(own(t, 'points'), ['tiers', i, 'points'], problems);
        const o = own(t, 'outcome');
        if (typeof o !== 'string' || o.trim() === '' || o.trim() !== o || /[;=]/.test(o)) {
          problems.push(
            issue(
              'PAR_INVALID_RULE',
              ['tiers', i, 'outcome'],
              vi.PAR_INVALID_RULE__outcomeText({ received: show(o) }),
              en.PAR_INVALID_RULE__outcomeText({ received: show(o) }),
              o,
            ),
          );
        }
        if (points && typeof o === 'string') parts.push(`${o} = ${numberText(points)}`);
      }
      if (problems.length > 0) throw new CchcError(problems);
      return `tiered: ${parts.join('; ')}`;
    }
    case 'percent-bands': {
      checkKeys(rule, ['kind', 'bands', 'whenEmpty', 'share'], [], problems);
      const whenEmpty = formatWhenEmpty(own(rule, 'whenEmpty'), problems);
      const bands = own(rule, 'bands');
      if (!Array.isArray(bands) || bands.length === 0) {
        throw new CchcError(issue('PAR_INVALID_RULE', ['bands'], vi.PAR_INVALID_RULE__noBands(), en.PAR_INVALID_RULE__noBands(), bands));
      }
      const parts: string[] = [];
      for (let i = 0; i < bands.length; i++) {
        const b: unknown = bands[i];
        if (!isPlainObject(b)) {
          problems.push(
            issue(
              'PAR_INVALID_RULE',
              ['bands', i],
              vi.PAR_INVALID_RULE__band({ received: show(b) }),
              en.PAR_INVALID_RULE__band({ received: show(b) }),
              b,
            ),
          );
          continue;
        }
        checkKeys(b, ['min', 'minInclusive', 'max', 'maxInclusive', 'points'], ['bands', i], problems);
        const min = readRate(own(b, 'min'), ['bands', i, 'min'], problems, true)?.value;
        const points = readDecimal(own(b, 'points'), ['bands', i, 'points'], problems);
        const op = own(b, 'minInclusive') === false ? '>' : '>=';
        if (min && points) parts.push(`${op} ${numberText(min.times(100))}% = ${numberText(points)}`);
      }
      if (problems.length > 0) throw new CchcError(problems);
      if (whenEmpty) parts.push(`whenEmpty = ${whenEmpty}`);
      if (own(rule, 'share') === true) parts.push('share = true');
      return `percent-bands: ${parts.join('; ')}`;
    }
    default: {
      const p = { received: show(kind), kinds: LEAF_RULE_KINDS.map((k) => `'${k}'`).join(', ') };
      throw new CchcError(issue('PAR_INVALID_RULE', ['kind'], vi.PAR_INVALID_RULE(p), en.PAR_INVALID_RULE(p), kind));
    }
  }
}

function formatWhenEmpty(value: unknown, problems: Problems): WhenEmpty | undefined {
  if (value === undefined) return undefined;
  const bad = choiceIssue(value, WHEN_EMPTY_VALUES, ['whenEmpty']);
  if (bad) problems.push(bad);
  return bad ? undefined : (value as WhenEmpty);
}
