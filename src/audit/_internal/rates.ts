// A printed rate against one or several candidate bases (the base a report used is often not printed beside the rate:
// "98,62%" of the tasks due, not of those assigned), shared by the task summaries and the dossier tables.
import type { BilingualText } from '../../core/bilingual.js';
import { CchcDecimal } from '../../core/decimal.js';
import type { Locale } from '../../core/locale.js';
import { roundDecimal } from '../../core/rounding.js';
import * as vi from '../../core/messages/vi/audit-findings.js';
import * as en from '../../core/messages/en/audit-findings.js';
import type { FindingSpec } from './changes.js';
import { fmt, fmtAt, halfUnit, judge, ratePercent, shown, tidy, type Reading, type Verdict } from './reading.js';

/** One way to compute a printed rate: a named numerator over a named base. @internal */
export interface RateCandidate {
  /** The base's name ("tổng số nhiệm vụ được giao" / "tasks assigned"). */
  readonly base: BilingualText;
  readonly num: Reading | undefined;
  readonly den: Reading | undefined;
}

const ORDER: Readonly<Record<Verdict, number>> = { exact: 0, approximate: 1, rounded: 2, truncated: 3, soft: 4, loose: 5, mismatch: 6 };

/** Whole bases that give the printed rate from the numerator (half-up at the printed decimals), at most 3 listed. */
function impliedBases(num: Reading, printed: Reading): string | undefined {
  if (!num.point.isInteger() || num.approximate || printed.approximate) return undefined;
  const h = halfUnit(printed.decimals);
  const lo = printed.point.minus(h);
  if (!lo.gt(0) || num.point.isZero()) return undefined;
  const first = num.point.times(100).div(printed.point.plus(h)).floor().plus(1);
  const last = num.point.times(100).div(lo).floor();
  if (last.lt(first)) return undefined;
  return first.eq(last) ? first.toFixed(0) : `${first.toFixed(0)}–${last.toFixed(0)}`;
}

/**
 * Judge a printed rate (`printed`, percent points) against candidate bases. With one candidate (a base the caller
 * named, or the only one), the rate must follow from it; with several, the first that explains it is taken and a
 * note says which when it is not the first. Returns the findings: `rate-mismatch` (error; warning when only a loose
 * reading of an approximate figure fits), `rate-truncated` / `rate-rounded` (info), `rate-base` (info),
 * `rate-unverifiable` (info: the counts are not printed). @internal
 */
export function rateFindings(label: BilingualText, printed: Reading, candidates: readonly RateCandidate[], field: string): FindingSpec[] {
  const usable = candidates.filter((c) => c.num !== undefined && c.den !== undefined);
  if (usable.length === 0) {
    const p = (l: Locale) => ({ what: label[l], rate: shown(printed, l) });
    return [
      {
        code: 'rate-unverifiable',
        severity: 'info',
        field,
        actual: printed.text ?? printed.point.toString(),
        vi: vi.rateUnverifiable(p('vi')),
        en: en.rateUnverifiable(p('en')),
      },
    ];
  }
  const results = usable.map((c) => {
    const computed = ratePercent(c.num!, c.den!);
    return { c, computed, verdict: computed ? judge(computed, printed, { truncation: true }) : ('mismatch' as Verdict) };
  });
  const best = results.reduce((a, b) => (ORDER[b.verdict] < ORDER[a.verdict] ? b : a));
  const expr = (r: (typeof results)[number], l: Locale) =>
    `${shown(r.c.num!, l)}/${shown(r.c.den!, l)} = ${r.computed ? `${fmtAt(r.computed.point, l, printed.decimals + 2)}%` : '—'} (${r.c.base[l]})`;
  const actual = printed.text ?? printed.point.toString();
  const expected = best.computed ? tidy(roundDecimal(best.computed.point, printed.decimals, 'half-up')) : null;
  const out: FindingSpec[] = [];
  const first = results[0]!;
  if (
    best.verdict === 'exact' ||
    best.verdict === 'approximate' ||
    best.verdict === 'rounded' ||
    best.verdict === 'truncated' ||
    best.verdict === 'soft'
  ) {
    if (best !== first && ORDER[first.verdict] > ORDER.rounded) {
      const p = (l: Locale) => ({
        what: label[l],
        rate: shown(printed, l),
        base: best.c.base[l],
        expr: expr(best, l),
        other: expr(first, l),
      });
      out.push({ code: 'rate-base', severity: 'info', field, expected, actual, vi: vi.rateBase(p('vi')), en: en.rateBase(p('en')) });
    }
    if (best.verdict === 'truncated' || best.verdict === 'rounded' || best.verdict === 'soft') {
      const code = best.verdict === 'truncated' ? 'rate-truncated' : 'rate-rounded';
      const p = (l: Locale) => ({
        what: label[l],
        rate: shown(printed, l),
        expr: expr(best, l),
        rounded: best.computed ? `${fmtAt(best.computed.point, l, printed.decimals)}%` : '',
      });
      out.push({
        code,
        severity: 'info',
        field,
        expected,
        actual,
        vi: (code === 'rate-truncated' ? vi.rateTruncated : vi.rateRounded)(p('vi')),
        en: (code === 'rate-truncated' ? en.rateTruncated : en.rateRounded)(p('en')),
      });
    }
    return out;
  }
  const hint = impliedBases(first.c.num!, printed);
  const p = (l: Locale) => ({
    what: label[l],
    rate: shown(printed, l),
    tried: results.map((r) => expr(r, l)).join('; '),
    hint: hint
      ? l === 'vi'
        ? vi.common__impliedBaseHint({
            bases: hint
              .split('–')
              .map((x) => fmt(new CchcDecimal(x), 'vi'))
              .join('–'),
          })
        : en.common__impliedBaseHint({
            bases: hint
              .split('–')
              .map((x) => fmt(new CchcDecimal(x), 'en'))
              .join('–'),
          })
      : '',
  });
  out.push({
    code: 'rate-mismatch',
    severity: best.verdict === 'loose' ? 'warning' : 'error',
    field,
    expected,
    actual,
    vi: vi.rateMismatch(p('vi')),
    en: en.rateMismatch(p('en')),
  });
  return out;
}
