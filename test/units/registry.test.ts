// The province registry against the research files (test/units/fixtures/provinces-{63,34}.json, copies of the
// research notes' files of 05/12/2026: every row cross-checked by the researcher against at least two sources).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PROVINCE_REGISTRY_START,
  findProvinces,
  predecessorsOf,
  provinceByCode,
  provinceByName,
  provinceHistory,
  provincesOn,
  successorOn,
  type Province,
} from 'cchc';

interface Row63 {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  successorCode: string;
  validTo: string;
  verified: boolean;
  formerName?: string;
}
interface Row34 {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  mergedFrom: string[];
  validFrom: string;
  seatOf: string;
  unchanged?: boolean;
  verified: boolean;
}
const load = <T>(f: string): T[] => JSON.parse(readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8')) as T[];
const rows63 = load<Row63>('provinces-63.json');
const rows34 = load<Row34>('provinces-34.json');
const kindOf = (k: string) => (k === 'tinh' ? 'province' : 'city');

/** Every record of the registry, each code's history. */
const allRecords = (): Province[] => [
  ...new Set([...provincesOn('2008-08-01'), ...provincesOn('2025-01-01'), ...provincesOn('2025-07-01')]),
];

describe('the 63 units until 30/06/2025', () => {
  const on = provincesOn('2025-06-30');

  it('are the 63 rows of the research file, code by code', () => {
    expect(rows63).toHaveLength(63);
    expect(on.map((p) => p.code)).toEqual(rows63.map((r) => r.code));
    for (const r of rows63) {
      const p = provinceByCode(r.code, { on: '2025-06-30' });
      expect({ code: p.code, name: p.name, shortName: p.shortName, kind: p.kind, validTo: p.validTo, successor: p.successor }).toEqual({
        code: r.code,
        name: r.name,
        shortName: r.shortName,
        kind: kindOf(r.kind),
        validTo: r.validTo,
        successor: r.successorCode,
      });
      expect(r.verified).toBe(true);
      expect(p.verified).toBe(true);
    }
  });

  it('count 6 cities in 2025 (Huế from 01/01/2025) and 5 before', () => {
    expect(on.filter((p) => p.kind === 'city').map((p) => p.code)).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(
      provincesOn('2024-12-31')
        .filter((p) => p.kind === 'city')
        .map((p) => p.code),
    ).toEqual(['01', '31', '48', '79', '92']);
    expect(provincesOn('2024-12-31')).toHaveLength(63);
  });

  it("keep Thừa Thiên Huế as the research file's former name of 46", () => {
    const hue = rows63.find((r) => r.code === '46')!;
    expect(provinceByCode('46', { on: '2024-12-31' }).name).toBe(hue.formerName);
    expect(provinceByCode('46', { on: '2025-01-01' }).name).toBe(hue.name);
    expect(provinceHistory('46').map((p) => [p.validFrom, p.validTo, p.kind])).toEqual([
      ['2008-08-01', '2024-12-31', 'province'],
      ['2025-01-01', '2025-06-30', 'city'],
      ['2025-07-01', undefined, 'city'],
    ]);
  });

  it('begin with the registry on 01/08/2008', () => {
    expect(PROVINCE_REGISTRY_START).toBe('2008-08-01');
    expect(provincesOn('2008-08-01')).toHaveLength(63);
    expect(provincesOn('2008-08-01').every((p) => p.validFrom === '2008-08-01' && p.mergedFrom === undefined)).toBe(true);
  });
});

describe('the 34 units from 01/07/2025', () => {
  const on = provincesOn('2025-07-01');

  it('are the 34 rows of the research file: codes, names, kinds, mergedFrom, seats', () => {
    expect(rows34).toHaveLength(34);
    expect(on.map((p) => p.code)).toEqual(rows34.map((r) => r.code));
    for (const r of rows34) {
      const p = provinceByCode(r.code, { on: '2025-07-01' });
      expect({ name: p.name, shortName: p.shortName, kind: p.kind, validFrom: p.validFrom, mergedFrom: p.mergedFrom }).toEqual({
        name: r.name,
        shortName: r.shortName,
        kind: kindOf(r.kind),
        validFrom: r.validFrom,
        mergedFrom: r.mergedFrom,
      });
      expect(p.validTo).toBeUndefined();
      if (r.unchanged) {
        expect(p.change).toBe('unchanged');
        expect(p.seat).toBeUndefined();
      } else {
        expect(p.change).toBe('merged');
        expect(p.seat).toBe(r.seatOf);
      }
    }
  });

  it('are 28 provinces and 6 cities, 11 unchanged and 23 merged (NQ 202/2025/QH15)', () => {
    expect(on.filter((p) => p.kind === 'province')).toHaveLength(28);
    expect(on.filter((p) => p.kind === 'city').map((p) => p.shortName)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    expect(
      on
        .filter((p) => p.change === 'unchanged')
        .map((p) => p.shortName)
        .sort(),
    ).toEqual(
      ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng'].sort(),
    );
    expect(on.filter((p) => p.change === 'merged')).toHaveLength(23);
  });

  it('partition the 63: every old unit is in exactly one mergedFrom, the one its successor names', () => {
    const old = provincesOn('2025-06-30');
    const seen = new Map<string, string>();
    for (const p of on)
      for (const c of p.mergedFrom!) {
        expect(seen.has(c), c).toBe(false);
        seen.set(c, p.code);
      }
    expect([...seen.keys()].sort()).toEqual(old.map((p) => p.code));
    for (const p of old) expect(seen.get(p.code), p.code).toBe(p.successor);
  });

  it("keep the seat's code; the 29 other codes are closed and never reused", () => {
    const closed = [
      '02',
      '06',
      '10',
      '17',
      '26',
      '27',
      '30',
      '34',
      '35',
      '36',
      '45',
      '49',
      '54',
      '58',
      '60',
      '62',
      '64',
      '67',
      '70',
      '72',
      '74',
      '77',
      '83',
      '84',
      '87',
      '89',
      '93',
      '94',
      '95',
    ];
    const codes34 = new Set(on.map((p) => p.code));
    expect(
      provincesOn('2025-06-30')
        .map((p) => p.code)
        .filter((c) => !codes34.has(c)),
    ).toEqual(closed);
    for (const c of closed) {
      expect(provinceHistory(c).at(-1)!.validTo, c).toBe('2025-06-30');
      for (const d of ['2025-07-01', '2026-12-31', '2099-01-01'])
        expect(() => provinceByCode(c, { on: d })).toThrow(expect.objectContaining({ code: 'PROVINCE_NOT_IN_FORCE' }));
    }
    for (const p of on) if (p.change === 'merged') expect(p.mergedFrom).toContain(p.code);
  });

  it('trap: the same name under a new code is another territory', () => {
    const moved: [string, string, string][] = [
      ['Lào Cai', '10', '15'],
      ['Bắc Ninh', '27', '24'],
      ['Quảng Trị', '45', '44'],
      ['Gia Lai', '64', '52'],
      ['Tây Ninh', '72', '80'],
      ['Đồng Tháp', '87', '82'],
      ['An Giang', '89', '91'],
    ];
    for (const [name, before, after] of moved) {
      expect(provinceByName(name, { on: '2025-06-30' }).code).toBe(before);
      expect(provinceByName(name, { on: '2025-07-01' }).code).toBe(after);
      expect(findProvinces(name).map((p) => p.code)).toEqual([before, after]);
      expect(() => provinceByName(name)).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_PROVINCE_NAME' }));
      expect(successorOn(before, '2025-07-01').code).toBe(after);
    }
  });
});

describe('lineage', () => {
  it('successorOn maps each of the 63 to its research successor, and a unit in force to itself', () => {
    for (const r of rows63) {
      expect(successorOn(r.code, '2025-07-01').code, r.code).toBe(r.successorCode);
      expect(successorOn(r.code, '2030-01-01').code, r.code).toBe(r.successorCode);
      expect(successorOn(r.code, '2025-06-30').code).toBe(r.code);
    }
  });

  it('predecessorsOf gives the research mergedFrom, as the units of 30/06/2025', () => {
    for (const r of rows34) {
      const preds = predecessorsOf(r.code, { on: '2026-12-31' });
      expect(preds.map((p) => p.code)).toEqual(r.mergedFrom);
      expect(preds.every((p) => p.validTo === '2025-06-30')).toBe(true);
    }
  });

  it('code 91: Kiên Giang continues (the seat) and the old An Giang 89 is absorbed; both go to the new An Giang', () => {
    const newAnGiang = provinceByCode('91', { on: '2025-07-01' });
    expect(successorOn('91', '2025-07-01')).toBe(newAnGiang);
    expect(successorOn('89', '2025-07-01')).toBe(newAnGiang);
    expect(newAnGiang.seat).toBe('91');
    expect(predecessorsOf('91', { on: '2025-07-01' }).map((p) => p.name)).toEqual(['Tỉnh An Giang', 'Tỉnh Kiên Giang']);
    expect(predecessorsOf('91', { on: '2025-06-30' })).toEqual([]);
    expect(provinceByCode('91', { on: '2025-06-30' }).shortName).toBe('Kiên Giang');
  });
});

describe('data quality', () => {
  it('every record is deeply frozen, verified and cited, with the unverified sources flagged', () => {
    const records = allRecords();
    expect(records).toHaveLength(63 + 1 + 34);
    for (const p of records) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.sources)).toBe(true);
      expect(p.sources.every((s) => Object.isFrozen(s) && s.document.length > 0 && s.reliability !== undefined)).toBe(true);
      expect(p.verified).toBe(true);
      expect(p.nameEn).toMatch(/^[A-Za-z -]+ (Province|City)$/);
      if (p.mergedFrom) expect(Object.isFrozen(p.mergedFrom)).toBe(true);
    }
    const qd19 = provinceByCode('01', { on: '2025-07-01' }).sources.find((s) => s.document.startsWith('Quyết định 19/2025/QĐ-TTg'));
    expect(qd19).toMatchObject({ date: '2025-06-30', verified: false });
    expect(provinceByCode('46', { on: '2025-01-01' }).sources.some((s) => s.document.startsWith('Nghị quyết 175/2024/QH15'))).toBe(true);
    expect(provincesOn('2025-07-01')).toBe(provincesOn('2026-05-05'));
    expect(Object.isFrozen(provincesOn('2025-07-01'))).toBe(true);
  });

  it('no two units in force on a day answer to the same name', () => {
    for (const day of ['2008-08-01', '2024-12-31', '2025-01-01', '2025-06-30', '2025-07-01']) {
      const units = provincesOn(day);
      for (const p of units) {
        for (const n of [p.name, p.shortName, p.nameEn]) expect(provinceByName(n, { on: day }), `${day} ${n}`).toBe(p);
      }
    }
  });
});
