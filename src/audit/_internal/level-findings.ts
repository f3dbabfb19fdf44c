// The one check the audits share about administrative levels: a row at a level not in force on the table's date
// (a district row after 30/06/2025). The rule and its row detection live in `units/levels-not-in-force.ts`; this file
// only turns its results into findings, so that each audit adds it with one call.
import { levelsNotInForce, type TableDate } from '../../units/levels-not-in-force.js';
import { makeFinding, type AuditFinding } from '../finding.js';

/**
 * Findings `LEVEL_NOT_IN_FORCE` (warning) for the rows of a table whose level did not exist on the table's date
 * (`when.date`, or the start of `when.period`); none when the table has no date.
 * @internal
 */
export function levelFindings(labels: readonly string[], when: TableDate | undefined, location: string | undefined): AuditFinding[] {
  if (when === undefined || when === null) return [];
  const w = when as { date?: unknown; period?: unknown };
  const dated: TableDate = {
    ...(Object.hasOwn(w, 'date') && w.date !== undefined ? { date: w.date as string } : {}),
    ...(Object.hasOwn(w, 'period') && w.period !== undefined ? { period: w.period as TableDate['period'] & object } : {}),
  };
  return levelsNotInForce(labels, dated).map((r) =>
    makeFinding({
      code: 'LEVEL_NOT_IN_FORCE',
      severity: 'warning',
      row: r.label,
      field: 'level',
      expected: r.levelsInForce.join(', '),
      actual: r.level,
      message: r.message,
      ...(location !== undefined ? { location } : {}),
    }),
  );
}
