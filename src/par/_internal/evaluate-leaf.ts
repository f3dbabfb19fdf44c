import type { Decimal } from 'decimal.js';
import { issue, show, type CchcPath } from '../../core/errors.js';
import { foldVi } from '../../core/_internal/fold-vi.js';
import type { MethodologyNode } from '../methodology.js';
import type { LeafRule } from '../rule.js';
import { isObject, ONE, readDecimal, vi, ZERO, type Problems } from './read.js';

const INPUT_KEYS = ['points', 'met', 'outcome', 'ratio', 'share', 'numerator', 'denominator'] as const;

/** The input shapes each rule kind accepts (as sets of keys). */
const ACCEPTED: Record<LeafRule['kind'], readonly (readonly string[])[]> = {
  manual: [['points']],
  binary: [['met']],
  tiered: [['outcome']],
  'percent-bands': [['ratio'], ['numerator', 'denominator']],
  proportional: [['ratio'], ['numerator', 'denominator']],
  survey: [['share'], ['numerator', 'denominator']],
};

function shapeText(keys: readonly string[]): string {
  return `{ ${keys.join(', ')} }`;
}

/**
 * Read a fraction in [0, 1] from `{ ratio }` / `{ share }` or `{ numerator, denominator }`. With `capAtOne`, a
 * numerator above the denominator (a plan over-fulfilled) counts as 1; otherwise it is out of range.
 */
function readFraction(input: Record<string, unknown>, key: 'ratio' | 'share', capAtOne: boolean, code: string, problems: Problems): Decimal | undefined {
  const path: CchcPath = [code];
  if (key in input) {
    // "85%" (a spreadsheet cell formatted as a percentage) is the fraction 0,85; a bare number must already be one
    const raw = input[key];
    const percent = typeof raw === 'string' && raw.trim().endsWith('%');
    const read = readDecimal(raw, [...path, key], problems, { percentSign: percent });
    const r = read === undefined ? undefined : percent ? read.div(100) : read;
    if (r === undefined) return undefined;
    if (r.isNegative() || r.gt(ONE)) {
      problems.push(
        issue(
          'PAR_RATIO_OUT_OF_RANGE',
          [...path, key],
          `Tiêu chí "${code}": ${key} phải là tỷ lệ trong [0, 1] (0,85 = 85%), nhận được ${vi(r)}`,
          `Criterion "${code}": ${key} must be a fraction in [0, 1] (0.85 = 85%), received ${r.toFixed()}`,
          r.toFixed(),
        ),
      );
      return undefined;
    }
    return r;
  }
  const n = readDecimal(input.numerator, [...path, 'numerator'], problems);
  const d = readDecimal(input.denominator, [...path, 'denominator'], problems);
  if (n === undefined || d === undefined) return undefined;
  if (n.isNegative() || d.isNegative()) {
    problems.push(
      issue(
        'PAR_RATIO_OUT_OF_RANGE',
        [...path, n.isNegative() ? 'numerator' : 'denominator'],
        `Tiêu chí "${code}": tử số và mẫu số không được âm (${vi(n)}/${vi(d)})`,
        `Criterion "${code}": numerator and denominator may not be negative (${n.toFixed()}/${d.toFixed()})`,
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
        `Tiêu chí "${code}": mẫu số bằng 0 (${vi(n)}/0), không tính được tỷ lệ`,
        `Criterion "${code}": the denominator is 0 (${n.toFixed()}/0), the ratio is undefined`,
        0,
      ),
    );
    return undefined;
  }
  const r = n.div(d);
  if (r.gt(ONE)) {
    if (capAtOne) return ONE;
    problems.push(
      issue(
        'PAR_RATIO_OUT_OF_RANGE',
        [...path, 'numerator'],
        `Tiêu chí "${code}": tử số ${vi(n)} lớn hơn mẫu số ${vi(d)}, tỷ lệ vượt quá 1`,
        `Criterion "${code}": numerator ${n.toFixed()} exceeds denominator ${d.toFixed()}, the share is above 1`,
        `${n.toFixed()}/${d.toFixed()}`,
      ),
    );
    return undefined;
  }
  return r;
}

/**
 * Points of one leaf for one input, or `undefined` with the problems added.
 * @internal
 */
export function evaluateLeaf(node: MethodologyNode, input: unknown, problems: Problems): Decimal | undefined {
  const rule = node.rule!;
  const code = node.code;
  const max = node.maxPoints;
  if (!isObject(input)) {
    problems.push(
      issue(
        'PAR_INPUT_MISMATCH',
        [code],
        `Tiêu chí "${code}" (quy tắc '${rule.kind}') cần ${ACCEPTED[rule.kind].map(shapeText).join(' hoặc ')} hoặc 'not-applicable', nhận được ${show(input)}`,
        `Criterion "${code}" (rule '${rule.kind}') takes ${ACCEPTED[rule.kind].map(shapeText).join(' or ')} or 'not-applicable', received ${show(input)}`,
        input,
      ),
    );
    return undefined;
  }
  const present = INPUT_KEYS.filter((k) => input[k] !== undefined);
  const shape = ACCEPTED[rule.kind].find((keys) => keys.length === present.length && keys.every((k) => present.includes(k as (typeof INPUT_KEYS)[number])));
  if (!shape) {
    problems.push(
      issue(
        'PAR_INPUT_MISMATCH',
        [code],
        `Tiêu chí "${code}" (quy tắc '${rule.kind}') cần ${ACCEPTED[rule.kind].map(shapeText).join(' hoặc ')}, nhận được ${shapeText(present)}`,
        `Criterion "${code}" (rule '${rule.kind}') takes ${ACCEPTED[rule.kind].map(shapeText).join(' or ')}, received ${shapeText(present)}`,
        shapeText(present),
      ),
    );
    return undefined;
  }
  switch (rule.kind) {
    case 'manual': {
      const p = readDecimal(input.points, [code, 'points'], problems);
      if (p === undefined) return undefined;
      if (p.isNegative()) {
        problems.push(issue('PAR_NEGATIVE_POINTS', [code, 'points'], `Tiêu chí "${code}": điểm không được âm, nhận được ${vi(p)}`, `Criterion "${code}": points may not be negative, received ${p.toFixed()}`, p.toFixed()));
        return undefined;
      }
      if (p.gt(max)) {
        problems.push(
          issue(
            'PAR_POINTS_ABOVE_MAX',
            [code, 'points'],
            `Tiêu chí "${code}": ${vi(p)} điểm vượt điểm tối đa ${vi(max)}`,
            `Criterion "${code}": ${p.toFixed()} points exceed the maximum ${max.toFixed()}`,
            p.toFixed(),
          ),
        );
        return undefined;
      }
      return p;
    }
    case 'binary': {
      if (typeof input.met !== 'boolean') {
        problems.push(issue('PAR_INPUT_MISMATCH', [code, 'met'], `Tiêu chí "${code}": met phải là true hoặc false, nhận được ${show(input.met)}`, `Criterion "${code}": met must be true or false, received ${show(input.met)}`, input.met));
        return undefined;
      }
      return input.met ? max : ZERO;
    }
    case 'tiered': {
      const o = input.outcome;
      if (typeof o !== 'string') {
        problems.push(issue('PAR_INPUT_MISMATCH', [code, 'outcome'], `Tiêu chí "${code}": outcome phải là chuỗi, nhận được ${show(o)}`, `Criterion "${code}": outcome must be a string, received ${show(o)}`, o));
        return undefined;
      }
      const tier = rule.tiers.find((t) => t.outcome === o) ?? rule.tiers.find((t) => foldVi(t.outcome) === foldVi(o));
      if (!tier) {
        problems.push(
          issue(
            'PAR_UNKNOWN_OUTCOME',
            [code, 'outcome'],
            `Tiêu chí "${code}": kết quả "${o}" không có trong quy tắc (${rule.tiers.map((t) => `"${t.outcome}"`).join(', ')})`,
            `Criterion "${code}": outcome "${o}" is not one of the rule's (${rule.tiers.map((t) => `"${t.outcome}"`).join(', ')})`,
            o,
          ),
        );
        return undefined;
      }
      return tier.points;
    }
    case 'percent-bands': {
      const r = readFraction(input, 'ratio', true, code, problems);
      if (r === undefined) return undefined;
      const band = rule.bands.find((b) => (b.minInclusive ? r.gte(b.min) : r.gt(b.min)));
      return band!.points; // bands cover [0, 1] (checked by defineMethodology)
    }
    case 'proportional': {
      const r = readFraction(input, 'ratio', true, code, problems);
      return r === undefined ? undefined : max.times(r);
    }
    case 'survey': {
      const r = readFraction(input, 'share', false, code, problems);
      return r === undefined ? undefined : max.times(r);
    }
  }
}
