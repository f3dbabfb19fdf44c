import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import { MakeFindingInputSchema } from './finding-schema.js';

/**
 * How serious an audit finding is (mức độ):
 * - `error`: the printed figures contradict each other or their sources (a total that is not the sum of its rows,
 *   a rate that does not follow from its counts);
 * - `warning`: suspicious but possibly explained (a difference that a documented exception could cover);
 * - `info`: a note that is not a mistake (a rate truncated instead of rounded).
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from 'cchc';
 * const s: FindingSeverity = 'warning';
 * ```
 *
 * @category Audits
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * A value shown in a finding: a count, an exact decimal, a printed text, or nothing.
 *
 * @example
 * ```ts
 * import type { FindingValue } from 'cchc';
 * const v: FindingValue = '56,35%';
 * ```
 *
 * @category Audits
 */
export type FindingValue = number | string | Decimal | null;

/**
 * One thing an audit found in a printed report or table (phát hiện khi kiểm tra số liệu). Every audit in `cchc`
 * (dossier tables, PAR tables, whole reports) returns findings of this one shape, so they can be listed, filtered,
 * counted and gated on together. The sentence is `message`, a {@link BilingualText} (`message.vi`, `message.en`).
 *
 * @example
 * ```ts
 * import { makeFinding, type AuditFinding } from 'cchc';
 * const f: AuditFinding = makeFinding({
 *   code: 'sum-mismatch', severity: 'error', row: 'Tổng', field: 'pending',
 *   expected: 25285, actual: 17385,
 *   message: {
 *     vi: 'Đang giải quyết: cộng các dòng được 25.285 nhưng dòng tổng in 17.385',
 *     en: 'pending: rows add up to 25,285 but the total row prints 17,385',
 *   },
 * });
 * f.message.en; // 'pending: rows add up to 25,285 but the total row prints 17,385'
 * ```
 *
 * @category Audits
 */
export interface AuditFinding {
  /** Stable kebab-case code of the check that fired: `sum-mismatch`, `rate-mismatch`, `rate-truncated`, … */
  readonly code: string;
  /** See {@link FindingSeverity}. */
  readonly severity: FindingSeverity;
  /** The row (label or index) the finding is about, when it is about one row. */
  readonly row?: string | number;
  /** The field or column (`'pending'`, `'printed.onTimeRate'`). */
  readonly field?: string;
  /** What the figures imply. */
  readonly expected?: FindingValue;
  /** What is printed. */
  readonly actual?: FindingValue;
  /**
   * The finding as a sentence, in Vietnamese and English. (In a string context it reads as the English text, as
   * `message` did in 0.1.)
   */
  readonly message: BilingualText;
  /** Vietnamese text. @deprecated Use `message.vi` (0.2). */
  readonly messageVi: string;
  /** English text. @deprecated Use `message.en` (0.2). */
  readonly messageEn: string;
  /** Where in the document the finding points (section, table, line), when known. */
  readonly location?: string;
}

/**
 * What {@link makeFinding} takes: a finding with its sentence as `message` `{ vi, en }` (or, deprecated, as
 * `messageVi` and `messageEn`).
 *
 * @example
 * ```ts
 * import type { MakeFindingInput } from 'cchc';
 * const input: MakeFindingInput = { code: 'sum-mismatch', severity: 'error', message: { vi: 'Lệch tổng', en: 'Sum mismatch' } };
 * ```
 *
 * @category Audits
 */
export interface MakeFindingInput {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly row?: string | number;
  readonly field?: string;
  readonly expected?: FindingValue;
  readonly actual?: FindingValue;
  /** The sentence in both languages. */
  readonly message?: BilingualText;
  /** @deprecated Use `message: { vi, en }` (0.2). */
  readonly messageVi?: string;
  /** @deprecated Use `message: { vi, en }` (0.2). */
  readonly messageEn?: string;
  readonly location?: string;
}

/** The finding's sentence: frozen `{ vi, en }` that reads as the English text in a string context (0.1 `message`). */
function messageOf(viText: string, enText: string): BilingualText {
  const m = { vi: viText, en: enText };
  Object.defineProperty(m, 'toString', { value: () => enText, enumerable: false });
  return Object.freeze(m);
}

/**
 * Build a frozen finding without validating it (the audits' own findings). @internal
 */
export function buildFinding(f: {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly row?: string | number | undefined;
  readonly field?: string | undefined;
  readonly expected?: FindingValue | undefined;
  readonly actual?: FindingValue | undefined;
  readonly vi: string;
  readonly en: string;
  readonly location?: string | undefined;
}): AuditFinding {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity };
  if (f.row !== undefined) out.row = f.row;
  if (f.field !== undefined) out.field = f.field;
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  out.message = messageOf(f.vi, f.en);
  out.messageVi = f.vi;
  out.messageEn = f.en;
  if (f.location !== undefined) out.location = f.location;
  return Object.freeze(out) as unknown as AuditFinding;
}

/**
 * Build a finding (validated and frozen). The sentence is `message: { vi, en }`; the 0.1 pair `messageVi` /
 * `messageEn` is still read. The finding carries both `message` and the deprecated `messageVi` / `messageEn`.
 *
 * @throws {@link CchcError} `INVALID_INPUT` (a missing or bad field), `UNKNOWN_KEY` (a typo, with a suggestion).
 * @example
 * ```ts
 * import { makeFinding } from 'cchc';
 * makeFinding({ code: 'sum-mismatch', severity: 'error', message: { vi: 'Lệch tổng', en: 'Sum mismatch' } }).message.vi; // 'Lệch tổng'
 * ```
 *
 * @category Audits
 */
export function makeFinding(f: MakeFindingInput): AuditFinding {
  const v = MakeFindingInputSchema.parse(f, { path: ['finding'] });
  const viText = v.message?.vi ?? v.messageVi;
  const enText = v.message?.en ?? v.messageEn;
  if (viText === undefined || enText === undefined) {
    throw new CchcError(
      issue('INVALID_INPUT', ['finding', 'message'], vi.INVALID_INPUT__findingMessage(), en.INVALID_INPUT__findingMessage(), f.message),
    );
  }
  return buildFinding({ ...v, vi: viText, en: enText });
}

/**
 * Summarise findings: counts by severity, and whether any error was found (for a CI gate).
 *
 * @example
 * ```ts
 * import { summarizeFindings } from 'cchc';
 * summarizeFindings([]).hasErrors; // false
 * ```
 *
 * @category Audits
 */
export function summarizeFindings(findings: readonly AuditFinding[]): {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hasErrors: boolean;
} {
  checkFindings(findings);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return Object.freeze({ errors, warnings, infos, hasErrors: errors > 0 });
}

/**
 * Findings sorted by severity (errors first), keeping the original order within a severity.
 *
 * @example
 * ```ts
 * import { sortFindings } from 'cchc';
 * sortFindings([]); // []
 * ```
 *
 * @category Audits
 */
export function sortFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  checkFindings(findings);
  // A stable counting sort: linear whatever the number of findings.
  const out: AuditFinding[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) for (const f of findings) if (f.severity === severity) out.push(f);
  return out;
}

/** A list of findings, each with a known severity; every problem listed (a bad severity is never counted as info). */
function checkFindings(findings: unknown): asserts findings is readonly AuditFinding[] {
  if (!Array.isArray(findings)) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['findings'],
        vi.INVALID_INPUT__findings({ received: show(findings) }),
        en.INVALID_INPUT__findings({ received: show(findings) }),
        findings,
      ),
    );
  }
  const problems: CchcIssue[] = [];
  // An index loop: the holes of a sparse array are findings without a severity, not skipped.
  for (let i = 0; i < findings.length; i++) {
    const f: unknown = findings[i];
    const severity =
      typeof f === 'object' && f !== null && Object.hasOwn(f, 'severity') ? (f as { severity?: unknown }).severity : undefined;
    if (severity !== 'error' && severity !== 'warning' && severity !== 'info') {
      const p = { index: i, received: show(severity) };
      problems.push(
        issue(
          'INVALID_INPUT',
          ['findings', i, 'severity'],
          vi.INVALID_INPUT__findingSeverity(p),
          en.INVALID_INPUT__findingSeverity(p),
          severity,
        ),
      );
      if (problems.length >= 1000) break;
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
}
