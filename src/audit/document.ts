import { CchcError, issue, show, type CchcPath } from '../core/errors.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import { unknownKeyIssue } from '../core/options.js';
import { suggestKey } from '../core/suggest.js';
import { auditChange, type ChangeInput } from './change.js';
import { auditClaim, type ClaimInput } from './claim.js';
import { auditDossierTable, type AuditDossierTableInput } from './dossier-table.js';
import type { AuditFinding } from './finding.js';
import { auditIdentity, type IdentityInput } from './identity.js';
import { auditImpliedBase, type ImpliedBaseInput } from './implied-base.js';
import { auditParTable, type AuditParTableOptions, type ParTableRow } from './par-table.js';
import { auditParts, type PartsInput } from './parts.js';
import { auditPrintedRate, type PrintedRateInput } from './printed-rate.js';
import { auditReport } from './report.js';
import type { Report } from './report-schema.js';
import { auditSameValue, type SameValueInput } from './same-value.js';
import { auditShares, type SharesInput } from './shares.js';
import { auditSipasTable, type AuditSipasTableOptions, type SipasTableRow } from './sipas-table.js';
import { auditTableSums, type SumTable } from './table-sums.js';
import { auditTaskSummary, type TaskSummaryInput } from './task-summary.js';

/**
 * One check of a `"checks"` document: any audit input, tagged by `kind`.
 *
 * @example
 * ```ts
 * import type { AuditCheck } from 'cchc';
 * const c: AuditCheck = { kind: 'identity', label: { vi: 'Nhiệm vụ', en: 'Tasks' }, terms: [{ value: '1.420' }, { value: 265 }], result: '1.686' };
 * ```
 *
 * @category Audits
 */
export type AuditCheck =
  | ({ readonly kind: 'parts' } & PartsInput)
  | ({ readonly kind: 'identity' } & IdentityInput)
  | ({ readonly kind: 'printed-rate' } & PrintedRateInput)
  | ({ readonly kind: 'shares' } & SharesInput)
  | ({ readonly kind: 'same-value' } & SameValueInput)
  | ({ readonly kind: 'claim' } & ClaimInput)
  | ({ readonly kind: 'table-sums' } & SumTable)
  | ({ readonly kind: 'change' } & ChangeInput)
  | ({ readonly kind: 'task-summary' } & TaskSummaryInput)
  | ({ readonly kind: 'implied-base' } & ImpliedBaseInput)
  | ({ readonly kind: 'dossier-table' } & AuditDossierTableInput)
  | { readonly kind: 'par-table'; readonly rows: readonly ParTableRow[]; readonly options?: AuditParTableOptions }
  | { readonly kind: 'sipas-table'; readonly rows: readonly SipasTableRow[]; readonly options?: AuditSipasTableOptions };

/**
 * A document to audit (what `cchc audit FILE.json` reads), told apart by `type`: a whole report, one table or
 * figure, or `"checks"`, a list of checks of every kind (an article or a report section transcribed as the checks its
 * figures call for).
 *
 * @example
 * ```ts
 * import type { AuditDocument } from 'cchc';
 * const doc: AuditDocument = { type: 'checks', checks: [{ kind: 'parts', label: { vi: 'TTHC công bố', en: 'Procedures published' }, total: '7.518', parts: ['3.595', '977', '2.926'], exhaustive: true }] };
 * ```
 *
 * @category Audits
 */
export type AuditDocument =
  | ({ readonly type: 'report' } & Report)
  | ({ readonly type: 'dossier-table' } & AuditDossierTableInput)
  | { readonly type: 'par-table'; readonly rows: readonly ParTableRow[]; readonly options?: AuditParTableOptions }
  | { readonly type: 'sipas-table'; readonly rows: readonly SipasTableRow[]; readonly options?: AuditSipasTableOptions }
  | ({ readonly type: 'change' } & ChangeInput)
  | ({ readonly type: 'task-summary' } & TaskSummaryInput)
  | ({ readonly type: 'implied-base' } & ImpliedBaseInput)
  | { readonly type: 'checks'; readonly location?: string; readonly checks: readonly AuditCheck[] };

/**
 * The values of `type` an {@link AuditDocument} may have.
 *
 * @category Audits
 */
export const AUDIT_DOCUMENT_TYPES = Object.freeze([
  'report',
  'dossier-table',
  'par-table',
  'sipas-table',
  'change',
  'task-summary',
  'implied-base',
  'checks',
] as const);
/**
 * The values of `kind` an {@link AuditCheck} may have.
 *
 * @category Audits
 */
export const AUDIT_CHECK_KINDS = Object.freeze([
  'parts',
  'identity',
  'printed-rate',
  'shares',
  'same-value',
  'claim',
  'table-sums',
  'change',
  'task-summary',
  'implied-base',
  'dossier-table',
  'par-table',
  'sipas-table',
] as const);

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function tagIssue(path: CchcPath, key: string, value: unknown, choices: readonly string[]): CchcError {
  const suggestion = typeof value === 'string' ? suggestKey(value, choices) : undefined;
  const p = { key, choices: choices.map((c) => `'${c}'`).join(', '), received: show(value), suggestion: suggestion ?? '' };
  const it = issue('INVALID_INPUT', [...path, key], viCore.INVALID_INPUT__tag(p), enCore.INVALID_INPUT__tag(p), value);
  return new CchcError(suggestion ? { ...it, suggestion } : it);
}

/** Run one audit on an input without its tag, its problems reported under `path`. */
function run(kind: string, body: Record<string, unknown>, path: CchcPath): AuditFinding[] {
  if (kind === 'par-table' || kind === 'sipas-table') {
    // { rows, options }: any other key (a `locale` beside the rows) would be silently ignored
    const extra = Object.keys(body).filter((k) => k !== 'rows' && k !== 'options');
    if (extra.length > 0) throw new CchcError(extra.map((k) => unknownKeyIssue([...path, k], k, ['rows', 'options'])));
  }
  try {
    switch (kind) {
      case 'report':
        return auditReport(body as unknown as Report);
      case 'dossier-table':
        return auditDossierTable(body as unknown as AuditDossierTableInput);
      case 'par-table':
        return auditParTable(body.rows as ParTableRow[], (body.options ?? {}) as AuditParTableOptions);
      case 'sipas-table':
        return auditSipasTable(body.rows as SipasTableRow[], (body.options ?? {}) as AuditSipasTableOptions);
      case 'change':
        return auditChange(body as unknown as ChangeInput);
      case 'task-summary':
        return auditTaskSummary(body as unknown as TaskSummaryInput);
      case 'implied-base':
        return auditImpliedBase(body as unknown as ImpliedBaseInput);
      case 'parts':
        return auditParts(body as unknown as PartsInput);
      case 'identity':
        return auditIdentity(body as unknown as IdentityInput);
      case 'printed-rate':
        return auditPrintedRate(body as unknown as PrintedRateInput);
      case 'shares':
        return auditShares(body as unknown as SharesInput);
      case 'same-value':
        return auditSameValue(body as unknown as SameValueInput);
      case 'claim':
        return auditClaim(body as unknown as ClaimInput);
      default:
        return auditTableSums(body as unknown as SumTable);
    }
  } catch (e) {
    if (e instanceof CchcError && path.length > 0) throw new CchcError(e.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
    throw e;
  }
}

/**
 * Audit a document (kiểm tra một tài liệu số liệu) of any of the shapes `cchc audit` reads ({@link AuditDocument}),
 * with the audit its `type` names; a `"checks"` document runs each of its checks with the audit its `kind` names
 * and returns every finding, in order. Each input is validated by its audit in full.
 *
 * @throws {@link CchcError} `INVALID_INPUT` (not an object, an unknown `type` or `kind`, with a suggestion), and
 *   whatever the audit of the document or of a check throws (paths prefixed with `checks.<i>`).
 * @example
 * ```ts
 * import { auditDocument } from 'cchc';
 * // Báo Bà Rịa - Vũng Tàu, 9/2020: "công bố 7.518 TTHC …, trong đó: 3.595 mới và thay thế, 977 sửa đổi, bổ sung, 2.926 bị bãi bỏ"
 * const findings = auditDocument({
 *   type: 'checks',
 *   checks: [
 *     { kind: 'parts', label: { vi: 'TTHC công bố 2015–2020', en: 'Procedures published 2015–2020' }, total: '7.518', parts: ['3.595', '977', '2.926'], exhaustive: true },
 *     { kind: 'change', label: { vi: 'PAR INDEX', en: 'PAR INDEX' }, current: '9/63', change: 'tăng 26 bậc so với năm 2015' },
 *   ],
 * });
 * findings.map((f) => [f.code, f.severity]); // [['sum-mismatch', 'error'], ['rank-change-implied', 'info']]
 * ```
 *
 * @category Audits
 */
export function auditDocument(doc: AuditDocument): AuditFinding[] {
  if (!isPlain(doc)) {
    const p = { expected: `{ type: ${AUDIT_DOCUMENT_TYPES.map((t) => `'${t}'`).join(' | ')}, … }`, received: show(doc) };
    throw new CchcError(issue('INVALID_INPUT', [], viCore.INVALID_INPUT__object(p), enCore.INVALID_INPUT__object(p), doc));
  }
  const type = Object.hasOwn(doc, 'type') ? doc.type : undefined;
  if (typeof type !== 'string' || !(AUDIT_DOCUMENT_TYPES as readonly string[]).includes(type))
    throw tagIssue([], 'type', type, AUDIT_DOCUMENT_TYPES);
  const { type: _type, ...body } = doc as Record<string, unknown>;
  if (type !== 'checks') return run(type, body, []);
  const checks = body.checks;
  const extra = Object.keys(body).filter((k) => k !== 'checks' && k !== 'location');
  if (extra.length > 0 || !Array.isArray(checks) || checks.length === 0) {
    const p = { expected: '{ type: "checks", checks: [{ kind, … }, …], location? }', received: show(doc) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        extra.length > 0 ? [extra[0]!] : ['checks'],
        viCore.INVALID_INPUT__object(p),
        enCore.INVALID_INPUT__object(p),
        checks,
      ),
    );
  }
  const location = typeof body.location === 'string' ? body.location : undefined;
  const findings: AuditFinding[] = [];
  // Array.from visits the holes of a sparse array: a missing check is a problem, not a skipped one.
  Array.from(checks as unknown[], (c, i) => {
    if (!isPlain(c)) {
      const p = { expected: `{ kind, … }`, received: show(c) };
      throw new CchcError(issue('INVALID_INPUT', ['checks', i], viCore.INVALID_INPUT__object(p), enCore.INVALID_INPUT__object(p), c));
    }
    const kind = Object.hasOwn(c, 'kind') ? c.kind : undefined;
    if (typeof kind !== 'string' || !(AUDIT_CHECK_KINDS as readonly string[]).includes(kind))
      throw tagIssue(['checks', i], 'kind', kind, AUDIT_CHECK_KINDS);
    const { kind: _kind, ...input } = c;
    const withLocation =
      location !== undefined && !Object.hasOwn(input, 'location') && kind !== 'par-table' && kind !== 'sipas-table'
        ? { ...input, location }
        : input;
    findings.push(...run(kind, withLocation, ['checks', i]));
    return undefined;
  });
  return findings;
}
