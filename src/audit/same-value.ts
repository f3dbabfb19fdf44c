import { CchcError, type CchcIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { SameValueInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { fmt, judge, product, readFigure, tidy, type ReadContext, type Reading, type Verdict } from './_internal/reading.js';

/** A value converted by a printed factor (an exchange rate), its text kept for the messages. */
function converted(r: Reading | undefined, factor: Reading | undefined): Reading | undefined {
  if (!r || !factor) return r;
  const p = product(r, factor);
  return { ...p, text: `${r.text ?? r.point.toString()} × ${factor.text ?? factor.point.toString()}` };
}

/**
 * Input of {@link auditSameValue}.
 *
 * @example
 * ```ts
 * import type { SameValueInput } from 'cchc';
 * const input: SameValueInput = { label: { vi: 'TTHC', en: 'Procedures' }, values: [{ value: 1008, location: '§II.2.2' }, { value: 1008, location: '§II.6.1' }] };
 * ```
 *
 * @category Audits
 */
export interface SameValueInput extends AuditTarget {
  /**
   * The places the same quantity is printed: the first is the one checked, the others the references. Each has its
   * location and, when it is a printed total, the parts it adds up (shown as "901 (= 276 + 625)"). Values may be
   * printed texts ("hơn 163.400 tỷ đồng" in a headline, "163.482 tỷ đồng" in the body; "41,77" beside "41,7754").
   */
  readonly values: readonly {
    readonly value: PrintedFigure;
    readonly location: string;
    readonly locationEn?: string;
    readonly parts?: readonly PrintedFigure[];
    /**
     * A conversion into the unit of the first value, when this one is printed in another: an exchange rate, often a
     * range ("22.000–25.000" VND per USD for "156 trillion VND (6.73 billion USD)").
     */
    readonly factor?: PrintedFigure;
  }[];
  /** Severity (default `'warning'`: two places may count slightly different scopes; say so in the note). */
  readonly severity?: 'error' | 'warning';
}

const ORDER: Readonly<Record<Verdict, number>> = { exact: 0, approximate: 1, rounded: 2, truncated: 3, soft: 4, loose: 5, mismatch: 6 };

/**
 * Check that a quantity printed in several places has one value (đối chiếu số liệu giữa các phần của báo cáo): the
 * body against an appendix, a sentence against a table, a headline ("hơn 43.200") against the body (43.207). One
 * `cross-reference-mismatch` finding (a warning by default) lists every place and value when they differ beyond what
 * their printed precision and their words allow. The same figure printed at two precisions is a note:
 * `cross-reference-rounded` when the shorter rounds the longer, `cross-reference-truncated` when it truncates it
 * (41,7754 printed "41,77"); `cross-reference-approximate` when only the far side of a one-sided word fits.
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` (a text that cannot be read).
 * @example
 * ```ts
 * import { auditSameValue } from 'cchc';
 * const [f] = auditSameValue({
 *   label: { vi: 'Số đơn vị sự nghiệp công lập toàn tỉnh', en: 'Public service units in the province' },
 *   values: [{ value: 958, location: '§II.3' }, { value: 901, location: 'Phụ lục III, dòng 2', locationEn: 'Appendix III, row 2', parts: [276, 625] }],
 * });
 * [f?.code, f?.expected, f?.actual]; // ['cross-reference-mismatch', 901, 958]
 * auditSameValue({ label: { vi: 'Chi trả', en: 'Paid' }, values: [{ value: 'hơn 163.400 tỷ đồng', location: 'sa pô' }, { value: '163.482 tỷ đồng', location: 'bài' }] }); // []
 * ```
 *
 * @category Audits
 */
export function auditSameValue(input: SameValueInput): AuditFinding[] {
  const v = SameValueInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const values = v.values.map((x, i) => ({
    ...x,
    r: converted(
      readFigure(x.value, ['values', i, 'value'], 'value', ctx, problems),
      x.factor === undefined ? undefined : readFigure(x.factor, ['values', i, 'factor'], 'amount', ctx, problems),
    ),
    ps: (x.parts ?? []).map((p, j) => readFigure(p, ['values', i, 'parts', j], 'value', ctx, problems)),
  }));
  if (problems.length > 0) throw new CchcError(problems);
  const first = values[0]!;
  // each reference against the first: the more precise one is what the other prints, rounded (or approximated)
  const verdicts = values.slice(1).map((x) => {
    const a = first.r!;
    const b = x.r!;
    const [computed, printed] = a.decimals >= b.decimals && !a.approximate ? [a, b] : [b, a];
    return { x, verdict: judge(computed, printed, { truncation: true }) };
  });
  const worst = verdicts.reduce<{ x: (typeof values)[number]; verdict: Verdict } | undefined>(
    (m, c) => (m === undefined || ORDER[c.verdict] > ORDER[m.verdict] ? c : m),
    undefined,
  );
  if (!worst || worst.verdict === 'exact' || worst.verdict === 'approximate') return [];
  const show = (r: Reading, l: Locale) =>
    r.text !== undefined && (r.approximate || r.percent || r.decimals > 0) ? r.text : fmt(r.point, l);
  const list = (l: Locale) =>
    values
      .map(
        (x) =>
          `${l === 'en' ? (x.locationEn ?? x.location) : x.location}: ${show(x.r!, l)}${x.ps.length > 1 ? ` (= ${x.ps.map((p) => show(p!, l)).join(' + ')})` : ''}`,
      )
      .join('; ');
  const target = {
    ...v,
    location: v.location ?? values.map((x) => x.location).join(' / '),
    locationEn: v.locationEn ?? v.location ?? values.map((x) => x.locationEn ?? x.location).join(' / '),
  };
  const value = (r: Reading) => (r.approximate && r.text !== undefined ? r.text : tidy(r.point));
  if (worst.verdict === 'rounded' || worst.verdict === 'truncated' || worst.verdict === 'soft') {
    const code =
      worst.verdict === 'rounded'
        ? 'cross-reference-rounded'
        : worst.verdict === 'truncated'
          ? 'cross-reference-truncated'
          : 'cross-reference-approximate';
    const words = (l: Locale) =>
      values
        .map((x) => x.r!.text)
        .filter((t): t is string => t !== undefined)
        .join(' / ') || fmt(first.r!.point, l);
    const text = (l: Locale) => {
      const m = l === 'vi' ? viF : enF;
      return code === 'cross-reference-rounded'
        ? m.crossReferenceRounded({ list: list(l) })
        : code === 'cross-reference-truncated'
          ? m.crossReferenceTruncated({ list: list(l) })
          : m.crossReferenceApproximate({ list: list(l), words: words(l) });
    };
    return [targetFinding(target, code, 'info', value(worst.x.r!), value(first.r!), text('vi'), text('en'))];
  }
  return [
    targetFinding(
      target,
      'cross-reference-mismatch',
      worst.verdict === 'loose' ? 'warning' : (v.severity ?? 'warning'),
      value(worst.x.r!),
      value(first.r!),
      `cùng một số liệu được in khác nhau — ${list('vi')}.`,
      `the same figure is printed differently — ${list('en')}.`,
    ),
  ];
}
