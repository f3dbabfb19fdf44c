import { describe, expect, it } from 'vitest';
import {
  CchcError,
  isDossierTableFinding,
  makeFinding,
  sortFindings,
  summarizeFindings,
  toDossierTableInput,
  type AuditFinding,
} from 'cchc';

const codesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

describe('finding helpers reject bad input with CchcError, never a TypeError or a silent count', () => {
  const ok = makeFinding({ code: 'sum-mismatch', severity: 'error', messageVi: 'x', messageEn: 'x' });

  it('makeFinding checks the finding', () => {
    expect(codesOf(() => makeFinding(undefined as never))).toEqual(['INVALID_INPUT@finding']);
    expect(codesOf(() => makeFinding({ code: '', severity: 'fatal', messageVi: 'x', messageEn: 'x' } as never))).toEqual([
      'INVALID_INPUT@finding.code',
      'INVALID_INPUT@finding.severity',
    ]);
  });

  it('summarizeFindings and sortFindings need an array of findings with a known severity', () => {
    expect(codesOf(() => summarizeFindings(undefined as never))).toEqual(['INVALID_INPUT@findings']);
    expect(codesOf(() => sortFindings('x' as never))).toEqual(['INVALID_INPUT@findings']);
    // an unknown severity is not silently counted as info
    expect(codesOf(() => summarizeFindings([ok, { ...ok, severity: 'fatal' } as unknown as AuditFinding, null as never]))).toEqual([
      'INVALID_INPUT@findings.1.severity',
      'INVALID_INPUT@findings.2.severity',
    ]);
    expect(summarizeFindings([ok])).toEqual({ errors: 1, warnings: 0, infos: 0, hasErrors: true });
  });

  it('isDossierTableFinding and toDossierTableInput check their argument', () => {
    expect(codesOf(() => isDossierTableFinding(undefined as never))).toEqual(['INVALID_INPUT@finding']);
    expect(codesOf(() => toDossierTableInput(undefined as never))).toEqual(['INVALID_INPUT@table']);
    expect(isDossierTableFinding(ok)).toBe(false);
  });
});
