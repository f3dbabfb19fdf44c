// The QĐ 766 block of the dossier record: the `qd766` sub-object is checked by the one validator and by the tallies'
// fast path alike, and read from CSV columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCchcError, parseDossierRecord, readDossiersCsv, tallyDossiers, type DossierRecord } from 'cchc';

const base = { id: 'A', receivedAt: '2025-01-02', dueDate: '2025-01-09', resolvedAt: '2025-01-08' };
const codes = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isCchcError(e) ? e.issues.map((i) => `${i.code} ${i.path.join('.')}`) : ['other'];
  }
  return [];
};

const factValue = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('satisfied', 'dissatisfied', 'not-rated', 'yes', 1, 0),
);
const factKey = fc.constantFrom('paidOnline', 'feeRequired', 'satisfaction', 'synced', 'feedback', 'paidOnlien', 'toString');

describe('the qd766 block of a dossier record', () => {
  it('is checked strictly, with the path and a suggestion', () => {
    expect(parseDossierRecord({ ...base, qd766: { paidOnline: true, satisfaction: 'not-rated' } }).qd766).toEqual({
      paidOnline: true,
      satisfaction: 'not-rated',
    });
    expect(codes(() => parseDossierRecord({ ...base, qd766: { paidOnlien: true } } as never))).toEqual(['UNKNOWN_KEY qd766.paidOnlien']);
    expect(codes(() => parseDossierRecord({ ...base, qd766: { satisfaction: 'ok' } } as never))).toEqual([
      'INVALID_INPUT qd766.satisfaction',
    ]);
    expect(codes(() => parseDossierRecord({ ...base, qd766: 'yes' } as never))).toEqual(['INVALID_INPUT qd766']);
  });

  it('the fast path of the tallies agrees with the validator on every facts object', () => {
    fc.assert(
      fc.property(fc.dictionary(factKey, factValue, { maxKeys: 4 }), (facts) => {
        const record = { ...base, qd766: facts } as unknown as DossierRecord;
        let valid = true;
        try {
          parseDossierRecord(record);
        } catch {
          valid = false;
        }
        let counted = true;
        try {
          tallyDossiers([record], { start: '2025-01-01', end: '2025-01-31' });
        } catch {
          counted = false;
        }
        return valid === counted;
      }),
      { numRuns: 300 },
    );
  });

  it('is read from CSV columns (qd766.x, x or snake_case; empty = unknown; bad cells rejected)', async () => {
    const csv = [
      'id,receivedAt,dueDate,qd766.paidOnline,fee_required,satisfaction,electronicResult',
      'A,2025-01-02,2025-01-05,có,1,Hài lòng,',
      'B,2025-01-02,2025-01-05,maybe,0,,0',
    ].join('\n');
    const reader = readDossiersCsv(csv);
    const got: DossierRecord[] = [];
    for await (const r of reader) got.push(r);
    expect(got.map((r) => r.qd766)).toEqual([{ paidOnline: true, feeRequired: true, satisfaction: 'satisfied' }]);
    expect(reader.report.rejected.map((r) => [r.row, r.field, r.code])).toEqual([[3, 'qd766.paidOnline', 'INVALID_INPUT']]);
    const mapped = readDossiersCsv('MaHS,Ngay,Hen,TT\nA,2025-01-02,2025-01-05,0\n', {
      columns: { id: 'MaHS', receivedAt: 'Ngay', dueDate: 'Hen', 'qd766.paidOnline': 'TT' },
    });
    for await (const r of mapped) expect(r.qd766).toEqual({ paidOnline: false });
  });
});
