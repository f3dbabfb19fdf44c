// Type tests for the public types of issue 16: approximate figures, changes, excerpts of a ranking, SIPAS, task
// summaries, implied bases, audit documents and finding codes.
import type { Decimal } from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import {
  AUDIT_CHECK_KINDS,
  AUDIT_DOCUMENT_TYPES,
  AUDIT_FINDING_CODES,
  auditChange,
  auditDocument,
  auditImpliedBase,
  auditInputJsonSchema,
  auditParTable,
  auditSipasTable,
  auditTaskSummary,
  impliedBase,
  parseViApproximate,
  SIPAS_COMPONENTS,
  type ApproximateFigure,
  type ApproximateQualifier,
  type AuditCheck,
  type AuditDocument,
  type AuditFinding,
  type AuditFindingCode,
  type AuditFindingCodeInfo,
  type AuditParTableOptions,
  type AuditSipasTableOptions,
  type ChangeInput,
  type ChangeReading,
  type ImpliedBase,
  type ImpliedBaseInput,
  type ImpliedBaseOptions,
  type ParseViApproximateOptions,
  type ParTableRow,
  type PrintedFigure,
  type SipasComponent,
  type SipasTableRow,
  type TaskRate,
  type TaskSummaryInput,
} from 'cchc';

const label = { vi: 'x', en: 'x' };

describe('issue 16 public types', () => {
  it('parseViApproximate gives { min, max, approximate, text } as exact Decimals', () => {
    const f = parseViApproximate('gần 98%');
    expectTypeOf(f).toEqualTypeOf<ApproximateFigure>();
    expectTypeOf(f.min).toEqualTypeOf<Decimal>();
    expectTypeOf(f.max).toEqualTypeOf<Decimal>();
    expectTypeOf(f.approximate).toEqualTypeOf<boolean>();
    expectTypeOf(f.text).toEqualTypeOf<string>();
    expectTypeOf(f.qualifier).toEqualTypeOf<ApproximateQualifier | null>();
    expectTypeOf(f.stated.min).toEqualTypeOf<Decimal | null>();
    expectTypeOf<ParseViApproximateOptions['locale']>().toEqualTypeOf<'vi' | 'en' | undefined>();
    // @ts-expect-error a number is not a printed text
    parseViApproximate(98);
    // @ts-expect-error the notation is 'vi' or 'en', never guessed
    parseViApproximate('98', { locale: 'fr' });
  });

  it('a printed figure is a number, a bigint, a Decimal or its text', () => {
    expectTypeOf<string>().toExtend<PrintedFigure>();
    expectTypeOf<number>().toExtend<PrintedFigure>();
    expectTypeOf<Decimal>().toExtend<PrintedFigure>();
    expectTypeOf<boolean>().not.toExtend<PrintedFigure>();
  });

  it('auditChange', () => {
    const input: ChangeInput = { label, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%', reading: 'percentage-points' };
    expectTypeOf(auditChange(input)).toEqualTypeOf<AuditFinding[]>();
    expectTypeOf<'points' | 'percentage-points' | 'percent' | 'rank' | 'count'>().toEqualTypeOf<ChangeReading>();
    // @ts-expect-error the change is required
    auditChange({ label, current: 1 });
  });

  it('auditParTable takes `of` and printed changes per row', () => {
    const rows: ParTableRow[] = [
      { unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19', change: { value: 'giảm 1,2%', rank: 'giảm 3 bậc' }, prior: { rank: 16 } },
    ];
    const options: AuditParTableOptions = { of: 63, locale: 'en', prior: rows, priorOf: 63, changeReading: 'percentage-points' };
    expectTypeOf(auditParTable(rows, options)).toEqualTypeOf<AuditFinding[]>();
    expectTypeOf<AuditParTableOptions['of']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error `of` is a number
    auditParTable(rows, { of: '63' });
  });

  it('auditSipasTable(rows, options)', () => {
    const c: SipasComponent = { percent: '89,46%', score: '8,95' };
    const rows: SipasTableRow[] = [{ unit: 'A', index: '82,66%', components: { access: c, results: '83%' }, rank: 5 }];
    const options: AuditSipasTableOptions = { of: 63, overall: 'within', scoreScale: 10 };
    expectTypeOf(auditSipasTable(rows, options)).toEqualTypeOf<AuditFinding[]>();
    expectTypeOf(auditSipasTable(rows)).toEqualTypeOf<AuditFinding[]>();
    expectTypeOf(SIPAS_COMPONENTS[0]!.key).toEqualTypeOf<string>();
    // @ts-expect-error overall is 'independent' | 'within' | 'mean'
    auditSipasTable(rows, { overall: 'average' });
  });

  it('auditTaskSummary', () => {
    const rate: TaskRate = { text: '98,62%', denominator: 'due' };
    const input: TaskSummaryInput = {
      label,
      assigned: '21.914',
      completed: { total: '16.051', onTime: '14.068' },
      printed: { completedRate: rate },
    };
    expectTypeOf(auditTaskSummary(input)).toEqualTypeOf<AuditFinding[]>();
    // @ts-expect-error a denominator the summary does not know
    const bad: TaskRate = { text: '1%', denominator: 'received' };
    void bad;
  });

  it('impliedBase and auditImpliedBase', () => {
    const options: ImpliedBaseOptions = { locale: 'en', unit: 'amount' };
    const b = impliedBase('12.400 người', '11,25%', options);
    expectTypeOf(b).toEqualTypeOf<ImpliedBase>();
    expectTypeOf(b.minWhole).toEqualTypeOf<number | null>();
    expectTypeOf(b.min).toEqualTypeOf<Decimal>();
    const input: ImpliedBaseInput = { label, part: '25.611', rate: '62,39%', atMost: '43.207', unit: 'count' };
    expectTypeOf(auditImpliedBase(input)).toEqualTypeOf<AuditFinding[]>();
  });

  it('audit documents and checks are tagged unions', () => {
    const check: AuditCheck = { kind: 'implied-base', label, part: 240, rate: '6,75%', unit: 'count' };
    const doc: AuditDocument = {
      type: 'checks',
      checks: [check, { kind: 'sipas-table', rows: [{ unit: 'A', index: '80%' }], options: { of: 63 } }],
    };
    expectTypeOf(auditDocument(doc)).toEqualTypeOf<AuditFinding[]>();
    expectTypeOf(AUDIT_DOCUMENT_TYPES).toExtend<readonly string[]>();
    expectTypeOf(AUDIT_CHECK_KINDS).toExtend<readonly string[]>();
    expectTypeOf(auditInputJsonSchema()).toExtend<object>();
    // @ts-expect-error an unknown document type
    const bad: AuditDocument = { type: 'sipas', rows: [] };
    void bad;
  });

  it('finding codes', () => {
    expectTypeOf<'change-mismatch'>().toExtend<AuditFindingCode>();
    expectTypeOf<'par-rank-rounded'>().toExtend<AuditFindingCode>();
    expectTypeOf<'no-such-code'>().not.toExtend<AuditFindingCode>();
    expectTypeOf(AUDIT_FINDING_CODES['sipas-score-rounded']).toExtend<AuditFindingCodeInfo>();
  });
});
