import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AdminLevelSchema,
  adminLevelLabel,
  adminLevelsOn,
  parseAdminLevel,
  CchcError,
  CCHC_ERROR_CODES,
  isCchcError,
  zodIssuesToCchc,
  ratio,
} from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('AdminLevel', () => {
  it('labels', () => {
    expect(adminLevelLabel('province')).toBe('Cấp tỉnh');
    expect(adminLevelLabel('district')).toBe('Cấp huyện');
    expect(adminLevelLabel('commune')).toBe('Cấp xã');
    expect(adminLevelLabel('commune', { locale: 'en' })).toBe('Commune level');
    expect(codeOf(() => adminLevelLabel('ward' as never))).toBe('INVALID_ADMIN_LEVEL');
  });
  it.each([
    ['Cấp tỉnh', 'province'],
    ['cấp huyện', 'district'],
    ['CẤP XÃ', 'commune'],
    ['Xã, phường, thị trấn', 'commune'],
    ['huyện', 'district'],
    ['province', 'province'],
  ] as const)('parses %j', (text, level) => expect(parseAdminLevel(text)).toBe(level));
  it('rejects unknown levels', () => {
    expect(codeOf(() => parseAdminLevel('cấp thôn'))).toBe('INVALID_ADMIN_LEVEL');
    expect(AdminLevelSchema.safeParse('ward').success).toBe(false);
  });
  it('has two levels from 1/7/2025', () => {
    expect(adminLevelsOn('2025-06-30')).toEqual(['province', 'district', 'commune']);
    expect(adminLevelsOn('2025-07-01')).toEqual(['province', 'commune']);
  });
});

describe('CchcError', () => {
  it('carries code, path, both texts and issues; is JSON-friendly', () => {
    try {
      ratio(1, 0);
      expect.unreachable();
    } catch (e) {
      expect(isCchcError(e)).toBe(true);
      const err = e as CchcError;
      expect(err.name).toBe('CchcError');
      expect(err.message.startsWith('[ZERO_DENOMINATOR]')).toBe(true);
      expect(err.issues).toHaveLength(1);
      const json = JSON.parse(JSON.stringify(err));
      expect(json).toMatchObject({ name: 'CchcError', code: 'ZERO_DENOMINATOR', path: ['denominator'] });
      expect(CCHC_ERROR_CODES).toContain(err.code);
    }
  });
  it('uses VALIDATION_FAILED when issues differ in kind', () => {
    const err = new CchcError([
      { code: 'INVALID_DATE', path: ['a'], messageVi: 'a', messageEn: 'a' },
      { code: 'INVALID_COUNT', path: ['b'], messageVi: 'b', messageEn: 'b' },
    ]);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.messageEn).toContain('2 problems');
    expect(err.messageVi).toContain('2 lỗi');
  });
  it('isCchcError rejects other errors', () => {
    expect(isCchcError(new Error('x'))).toBe(false);
    expect(isCchcError(null)).toBe(false);
  });
  it('converts zod issues with Vietnamese texts', () => {
    const r = z.object({ n: z.number().int(), s: z.enum(['a', 'b']) }).safeParse({ n: 1.5, s: 'c' }, { reportInput: true });
    expect(r.success).toBe(false);
    const issues = zodIssuesToCchc(r.error!.issues, ['input']);
    expect(issues.map((i) => i.path)).toEqual([
      ['input', 'n'],
      ['input', 's'],
    ]);
    expect(issues.every((i) => i.code === 'INVALID_INPUT' && i.messageVi.length > 0 && i.messageEn.length > 0)).toBe(true);
  });
  it('every code is unique', () => {
    expect(new Set(CCHC_ERROR_CODES).size).toBe(CCHC_ERROR_CODES.length);
  });
});
