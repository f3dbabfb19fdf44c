// LEVEL_NOT_IN_FORCE: a district (cấp huyện) row in a table dated from 01/07/2025, when local government has two
// levels (adminLevelsOn). The dossier-table and PAR-table audits report it; a table of 2024 or without a date does not.
import { describe, expect, it } from 'vitest';
import { auditDossierTable, auditParTable, levelsNotInForce, parsePeriod, type DossierTableRow } from 'cchc';
import { binhDuong2017DistrictParTable } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';
import { provincesOn } from 'cchc';
import { PROVINCIAL_CITY_KEYS } from '../../src/units/levels-not-in-force.js';
import { nameKey } from '../../src/units/_internal/name-key.js';

const rows: DossierTableRow[] = [
  { label: 'Cấp tỉnh', received: 100, resolved: 90, pending: 10 },
  { label: 'Cấp huyện', received: 50, resolved: 45, pending: 5 },
  { label: 'Cấp xã', received: 30, resolved: 30, pending: 0 },
  { label: 'Tổng cộng', received: 180, resolved: 165, pending: 15 },
];
const levelFindings = <T extends { code: string }>(f: readonly T[]): T[] => f.filter((x) => x.code === 'LEVEL_NOT_IN_FORCE');

describe('auditDossierTable: LEVEL_NOT_IN_FORCE', () => {
  it.each([
    ['period text Quý IV/2025', { period: 'Quý IV/2025' }],
    ['Period object', { period: parsePeriod('Quý IV/2025') }],
    ['range', { period: { start: '2025-10-01', end: '2025-12-31' } }],
    ['date', { date: '2025-12-31' }],
    ['first day', { date: '2025-07-01' }],
  ])('a 2025-Q4 table with a district row (%s) gets one finding', (_, when) => {
    const found = levelFindings(auditDossierTable({ rows, ...when, location: 'Biểu II.06a' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      row: 'Cấp huyện',
      field: 'level',
      expected: 'province, commune',
      actual: 'district',
      location: 'Biểu II.06a',
    });
    expect(found[0]!.messageVi).toContain('không còn cấp huyện');
  });

  it.each([
    ['a 2024 table', { period: 'năm 2024' }],
    ['the day before', { date: '2025-06-30' }],
    ['a 2025 table (begins before the break)', { period: 'năm 2025' }],
    ['a table without a date', {}],
  ])('%s gets none', (_, when) => {
    const findings = auditDossierTable({ rows, ...when });
    expect(levelFindings(findings)).toEqual([]);
    expect(findings).toEqual(auditDossierTable({ rows }));
  });

  it('a table by department gets none', () => {
    const dept = [
      { label: 'Sở Tư pháp', received: 10, resolved: 10, pending: 0 },
      { label: 'Công an tỉnh', received: 5, resolved: 5, pending: 0 },
      { label: 'Toàn tỉnh', received: 15, resolved: 15, pending: 0 },
    ];
    expect(auditDossierTable({ rows: dept, date: '2026-06-30' })).toEqual([]);
  });

  it('a bad date is a CchcError', () => {
    expect(codeOf(() => auditDossierTable({ rows, date: '31/12/2025' }))).toBe('INVALID_DATE');
    expect(codeOf(() => auditDossierTable({ rows, period: 'quý năm' }))).toBe('UNRECOGNIZED_PERIOD');
    expect(codeOf(() => auditDossierTable({ rows, period: { start: '2025-12-31', end: '2025-10-01' } }))).toBe('INVALID_DATE_RANGE');
    expect(codeOf(() => auditDossierTable({ rows, period: 2025 as never }))).toBe('INVALID_INPUT');
  });
});

describe('auditParTable: LEVEL_NOT_IN_FORCE', () => {
  const parRows = binhDuong2017DistrictParTable.rows.map((r) => ({ unit: r.unit, rank: r.rank, total: r.total, index: r.index }));

  it('the 2017 district table is clean as published, and every district row is flagged if dated 2025-Q4', () => {
    expect(auditParTable(parRows, { indexDecimals: 2, date: '2017-12-31' })).toEqual([]);
    const found = auditParTable(parRows, { indexDecimals: 2, period: 'Quý IV/2025' });
    expect(found.map((f) => f.code)).toEqual(Array(9).fill('LEVEL_NOT_IN_FORCE'));
    expect(found.map((f) => f.row)).toEqual(parRows.map((r) => r.unit));
  });

  it('provincial rows are never flagged', () => {
    const prov = [
      { unit: 'Hải Phòng', index: '96,17' },
      { unit: 'TP Hồ Chí Minh', index: '90,00' },
      { unit: 'Thành phố Huế', index: '89,00' },
    ];
    expect(auditParTable(prov, { date: '2026-01-01' })).toEqual([]);
  });
});

describe('levelsNotInForce', () => {
  it('recognises district rows as printed, and nothing else', () => {
    const labels = [
      'Cấp huyện',
      'CẤP HUYỆN',
      'cấp huyện (cũ)',
      '2. Cấp huyện',
      'Huyện Châu Thành',
      'UBND huyện Phú Quốc',
      'Ủy ban nhân dân huyện Giồng Riềng',
      'Quận 1',
      'Thị xã Hà Tiên',
      'TX Tân Uyên',
      'TX. Bến Cát',
      'H. Bàu Bàng',
      'TP Thủ Dầu Một',
      'Thành phố Rạch Giá',
      'Huyen Chau Thanh',
      'Cap huyen',
    ];
    expect(levelsNotInForce(labels, { date: '2025-12-31' }).map((r) => r.label)).toEqual(labels);
    const others = [
      'Cấp tỉnh',
      'Cấp xã',
      'Tổng cộng',
      'Toàn tỉnh',
      'Sở Tư pháp',
      'Quân khu 9',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Quan khu 9',
      'TP Hồ Chí Minh',
      'TP.HCM',
      'Thành phố Huế',
      'Thành phố',
      'Xã Vĩnh Hòa Hiệp',
      'Phường 5',
      'Huyền thoại',
      'Thị trấn Minh Lương',
    ];
    expect(levelsNotInForce(others, { date: '2025-12-31' })).toEqual([]);
  });

  it('reports the day used and the levels in force', () => {
    const [r] = levelsNotInForce(['Cấp huyện'], { period: { start: '2025-07-01', end: '2025-09-30' } });
    expect(r).toMatchObject({ index: 0, level: 'district', date: '2025-07-01', levelsInForce: ['province', 'commune'] });
    expect(r!.message.en).toContain("the table's period starts on 2025-07-01");
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('bad input is a CchcError', () => {
    expect(codeOf(() => levelsNotInForce('Cấp huyện' as never, { date: '2025-12-31' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => levelsNotInForce([1] as never, { date: '2025-12-31' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => levelsNotInForce([], null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => levelsNotInForce([], { dated: '2025-12-31' } as never))).toBe('UNKNOWN_KEY');
    expect(levelsNotInForce([], undefined as never)).toEqual([]);
  });
});

describe('the list of provincial cities the row check uses', () => {
  it('is the cities of the registry, on every date, with the short form HCM', () => {
    const keys = new Set<string>(['hcm']);
    for (const d of ['2008-08-01', '2025-01-01', '2025-07-01'])
      for (const p of provincesOn(d)) if (p.kind === 'city') keys.add(nameKey(p.shortName));
    expect([...PROVINCIAL_CITY_KEYS].sort()).toEqual([...keys].sort());
  });
});
