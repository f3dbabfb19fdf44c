import { z } from 'zod';
import { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { parseWithSchema } from '../core/_zod-legacy.js';

/**
 * How serious an audit finding is (mức độ):
 * - `error`: the printed figures contradict each other or their sources (a total that is not the sum of its rows,
 *   a rate that does not follow from its counts);
 * - `warning`: suspicious but possibly explained (a difference that a documented exception could cover);
 * - `info`: a note that is not a mistake (a rate truncated instead of rounded).
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** A value shown in a finding: a count, an exact decimal, a printed text, or nothing. */
export type FindingValue = number | string | Decimal | null;

/**
 * One thing an audit found in a printed report or table (phát hiện khi kiểm tra số liệu). Every audit in `cchc`
 * (dossier tables, PAR tables, whole reports) returns findings of this one shape, so they can be listed, filtered,
 * counted and gated on together.
 *
 * @example
 * ```ts
 * const f: AuditFinding = {
 *   code: 'sum-mismatch', severity: 'error', row: 'Tổng', field: 'pending',
 *   expected: 25285, actual: 17385,
 *   message: 'pending: rows add up to 25,285 but the total row prints 17,385',
 *   messageVi: 'Đang giải quyết: cộng các dòng được 25.285 nhưng dòng tổng in 17.385',
 *   messageEn: 'pending: rows add up to 25,285 but the total row prints 17,385',
 * };
 * ```
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
  /** English text (same as `messageEn`). */
  readonly message: string;
  /** Vietnamese text. */
  readonly messageVi: string;
  /** English text. */
  readonly messageEn: string;
  /** Where in the document the finding points (section, table, line), when known. */
  readonly location?: string;
}

/** Schema of {@link AuditFinding} (for findings read back from JSON: decimals arrive as strings). */
export const AuditFindingSchema = z.object({
  code: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  row: z.union([z.string(), z.number()]).optional(),
  field: z.string().optional(),
  expected: z.union([z.number(), z.string(), z.instanceof(Decimal), z.null()]).optional(),
  actual: z.union([z.number(), z.string(), z.instanceof(Decimal), z.null()]).optional(),
  message: z.string(),
  messageVi: z.string(),
  messageEn: z.string(),
  location: z.string().optional(),
});

/**
 * Build a finding (sets `message` to the English text and freezes it).
 *
 * @example
 * ```ts
 * import { makeFinding } from 'cchc';
 * makeFinding({ code: 'sum-mismatch', severity: 'error', messageVi: 'Lệch tổng', messageEn: 'Sum mismatch' }).message; // 'Sum mismatch'
 * ```
 */
export function makeFinding(f: Omit<AuditFinding, 'message'>): AuditFinding {
  parseWithSchema(AuditFindingSchema.omit({ message: true }), f, ['finding']);
  const out: Record<string, unknown> = { code: f.code, severity: f.severity };
  if (f.row !== undefined) out.row = f.row;
  if (f.field !== undefined) out.field = f.field;
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  out.message = f.messageEn;
  out.messageVi = f.messageVi;
  out.messageEn = f.messageEn;
  if (f.location !== undefined) out.location = f.location;
  return Object.freeze(out) as unknown as AuditFinding;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Summarise findings: counts by severity, and whether any error was found (for a CI gate).
 *
 * @example
 * ```ts
 * import { summarizeFindings } from 'cchc';
 * summarizeFindings([]).hasErrors; // false
 * ```
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
 */
export function sortFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  checkFindings(findings);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** A list of findings, each with a known severity; every problem listed (a bad severity is never counted as info). */
function checkFindings(findings: unknown): asserts findings is readonly AuditFinding[] {
  if (!Array.isArray(findings)) {
    throw new CchcError(issue('INVALID_INPUT', ['findings'], `Cần một mảng phát hiện (AuditFinding[]), nhận được ${show(findings)}`, `Expected an array of findings (AuditFinding[]), received ${show(findings)}`, findings));
  }
  const problems: CchcIssue[] = [];
  findings.forEach((f: unknown, i) => {
    const severity = typeof f === 'object' && f !== null ? (f as { severity?: unknown }).severity : undefined;
    if (severity !== 'error' && severity !== 'warning' && severity !== 'info') {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['findings', i, 'severity'],
          `Phát hiện ${i} cần mức độ 'error', 'warning' hoặc 'info', nhận được ${show(severity)}`,
          `Finding ${i} needs a severity 'error', 'warning' or 'info', received ${show(severity)}`,
          severity,
        ),
      );
    }
  });
  if (problems.length > 0) throw new CchcError(problems);
}
