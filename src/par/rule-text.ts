import type { Decimal } from 'decimal.js';
import { CchcError, fail, issue, show } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { parseViNumber, parseViPercent } from '../core/parse-vi-number.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { isObject, readDecimal, type Problems } from './_internal/read.js';
import type { LeafRule, LeafRuleSpec, PercentBandSpec, TierSpec } from './rule.js';

const SIMPLE_KINDS = ['manual', 'binary', 'proportional', 'survey'] as const;

function invalid(text: string, whyVi: string, whyEn: string): never {
  return fail(
    'PAR_INVALID_RULE',
    [],
    `Không đọc được quy tắc ${show(text)}: ${whyVi}. Dạng hợp lệ: "manual", "binary", "proportional", "survey", "tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0", "percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0"`,
    `Cannot read the rule ${show(text)}: ${whyEn}. Valid forms: "manual", "binary", "proportional", "survey", "tiered: On time = 1; Late = 0,5; Not issued = 0", "percent-bands: > 90% = 2; >= 70% = 1; >= 0% = 0"`,
    text,
  );
}

function readNumber(text: string, body: string): Decimal {
  try {
    return parseViNumber(body.trim());
  } catch (e) {
    if (e instanceof CchcError) invalid(text, `"${body.trim()}" không phải số viết kiểu Việt Nam (dấu phẩy thập phân)`, `"${body.trim()}" is not a number in Vietnamese notation (decimal comma)`);
    throw e;
  }
}

/**
 * Read a leaf rule written as text, the form a spreadsheet column holds (đọc quy tắc chấm điểm dạng chữ):
 *
 * - `manual`, `binary`, `proportional`, `survey`;
 * - `tiered: <outcome> = <points>; <outcome> = <points>; …`;
 * - `percent-bands: <bound> = <points>; …` where a bound is `>= 70%`, `≥ 70%` or `từ 70%` (70% included) or
 *   `> 90%` or `trên 90%` (90% excluded), listed from the highest down to `>= 0%`.
 *
 * Numbers use Vietnamese notation (decimal comma: "0,5", "72,5%"), like the annex tables; kind names ignore case.
 * The result is a {@link LeafRuleSpec}; `defineMethodology` validates it further (points against the maximum, bands
 * ordered and covering [0, 1]).
 *
 * @throws {@link CchcError} `PAR_INVALID_RULE` for text that does not follow this form.
 *
 * @example
 * ```ts
 * import { parseRuleText } from 'cchc';
 * parseRuleText('binary'); // { kind: 'binary' }
 * parseRuleText('tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0').kind; // 'tiered'
 * parseRuleText('percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0').kind; // 'percent-bands'
 * parseRuleText('sometimes'); // throws CchcError PAR_INVALID_RULE
 * ```
 */
export function parseRuleText(text: string): LeafRuleSpec {
  if (typeof text !== 'string') {
    return fail('PAR_INVALID_RULE', [], `Cần quy tắc dạng chữ, nhận được ${show(text)}`, `Expected a rule text, received ${show(text)}`, text);
  }
  const t = text.normalize('NFC').trim();
  const colon = t.indexOf(':');
  const head = foldVi(colon < 0 ? t : t.slice(0, colon));
  const body = colon < 0 ? '' : t.slice(colon + 1);
  const simple = SIMPLE_KINDS.find((k) => k === head);
  if (simple) {
    if (body.trim() !== '') invalid(text, `'${simple}' không có tham số`, `'${simple}' takes no parameters`);
    return Object.freeze({ kind: simple });
  }
  if (head !== 'tiered' && head !== 'percent-bands') invalid(text, `loại quy tắc "${colon < 0 ? t : t.slice(0, colon).trim()}" không có`, `there is no rule kind "${colon < 0 ? t : t.slice(0, colon).trim()}"`);
  const items = body
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) invalid(text, 'thiếu danh sách mức điểm sau dấu ":"', 'the list of points after ":" is missing');
  const pairs = items.map((item) => {
    const eq = item.lastIndexOf('=');
    if (eq < 0) invalid(text, `"${item}" thiếu "= điểm"`, `"${item}" lacks "= points"`);
    return { left: item.slice(0, eq).trim(), points: readNumber(text, item.slice(eq + 1)) };
  });
  if (head === 'tiered') {
    const tiers: TierSpec[] = pairs.map(({ left, points }) => {
      if (left === '') invalid(text, 'một mức thiếu tên kết quả', 'a tier lacks its outcome');
      return Object.freeze({ outcome: left, points });
    });
    return Object.freeze({ kind: 'tiered', tiers: Object.freeze(tiers) });
  }
  const bands: PercentBandSpec[] = pairs.map(({ left, points }) => {
    const m = /^(>=|≥|>|từ|tu|trên|tren)\s*(.+)$/i.exec(left.normalize('NFC'));
    if (!m) invalid(text, `"${left}" phải bắt đầu bằng ">=", "≥", "từ", ">" hoặc "trên"`, `"${left}" must start with ">=", "≥", "từ" (included), ">" or "trên" (excluded)`);
    const op = foldVi(m[1]!);
    let pct: Decimal;
    try {
      pct = parseViPercent(m[2]!.trim());
    } catch (e) {
      if (e instanceof CchcError) invalid(text, `"${m[2]!.trim()}" không phải phần trăm (ví dụ "90%", "72,5%")`, `"${m[2]!.trim()}" is not a percentage (e.g. "90%", "72,5%")`);
      throw e;
    }
    return Object.freeze({ min: pct.div(100), minInclusive: !(op === '>' || op === 'tren'), points });
  });
  return Object.freeze({ kind: 'percent-bands', bands: Object.freeze(bands) });
}

function numberText(d: Decimal): string {
  return formatNumber(d, { grouping: false });
}

/**
 * Write a leaf rule as text, the inverse of {@link parseRuleText} (for exporting a methodology to a spreadsheet):
 * Vietnamese number notation, `>=` / `>` for band bounds, bands as percentages.
 *
 * @throws {@link CchcError} `PAR_INVALID_RULE` for a rule that is not a rule, or a tier outcome that cannot be
 *   written as text (empty, or containing ";" or "=").
 *
 * @example
 * ```ts
 * import { formatRuleText } from 'cchc';
 * const tiers = [{ outcome: 'Kịp thời', points: 1 }, { outcome: 'Không kịp thời', points: 0.5 }, { outcome: 'Không ban hành', points: 0 }];
 * formatRuleText({ kind: 'tiered', tiers }); // 'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0'
 * const bands = [{ min: 0.9, minInclusive: false, points: 2 }, { min: 0.7, points: 1 }, { min: 0, points: 0 }];
 * formatRuleText({ kind: 'percent-bands', bands }); // 'percent-bands: > 90% = 2; >= 70% = 1; >= 0% = 0'
 * ```
 */
export function formatRuleText(rule: LeafRuleSpec | LeafRule): string {
  const problems: Problems = [];
  if (!isObject(rule) || typeof rule.kind !== 'string') {
    return fail('PAR_INVALID_RULE', [], `Cần một quy tắc { kind, … }, nhận được ${show(rule)}`, `Expected a rule { kind, … }, received ${show(rule)}`, rule);
  }
  const r = rule as LeafRuleSpec;
  switch (r.kind) {
    case 'manual':
    case 'binary':
    case 'proportional':
    case 'survey':
      return r.kind;
    case 'tiered': {
      const parts = (Array.isArray(r.tiers) ? r.tiers : []).map((t, i) => {
        const points = readDecimal(t?.points, ['tiers', i, 'points'], problems);
        const o = t?.outcome;
        if (typeof o !== 'string' || o.trim() === '' || o.trim() !== o || /[;=]/.test(o)) {
          problems.push(
            issue(
              'PAR_INVALID_RULE',
              ['tiers', i, 'outcome'],
              `Kết quả ${show(o)} không viết được thành chữ (không được rỗng, có khoảng trắng đầu/cuối, hay chứa ";" hoặc "=")`,
              `Outcome ${show(o)} cannot be written as text (it may not be empty, have surrounding spaces, or contain ";" or "=")`,
              o,
            ),
          );
        }
        return points ? `${String(o)} = ${numberText(points)}` : '';
      });
      if (problems.length > 0) throw new CchcError(problems);
      return `tiered: ${parts.join('; ')}`;
    }
    case 'percent-bands': {
      const parts = (Array.isArray(r.bands) ? r.bands : []).map((b, i) => {
        const min = readDecimal(b?.min, ['bands', i, 'min'], problems);
        const points = readDecimal(b?.points, ['bands', i, 'points'], problems);
        const op = b?.minInclusive === false ? '>' : '>=';
        return min && points ? `${op} ${numberText(min.times(100))}% = ${numberText(points)}` : '';
      });
      if (problems.length > 0) throw new CchcError(problems);
      return `percent-bands: ${parts.join('; ')}`;
    }
    default:
      return fail('PAR_INVALID_RULE', ['kind'], `Loại quy tắc không có: ${show((r as { kind: unknown }).kind)}`, `No such rule kind: ${show((r as { kind: unknown }).kind)}`, (r as { kind: unknown }).kind);
  }
}
