// What the property run over every export (every-export.test.ts) found, one reproduction per finding: each failed
// before its fix (a TypeError, an unbounded error, a NaN or an "undefined" in a result, seconds of CPU).
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuMs, expectLinearTime } from '../_support/linear-time.js';
import * as cchc from 'cchc';
import { CchcError, MAX_ISSUES, civilServiceCalendar as cal } from 'cchc';
import { toZod } from 'cchc/zod';
import * as xlsx from 'cchc/xlsx';
import { caMau2013Fragment } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';
import { manyKeys, sparseArray } from './_values.js';

/** The error `fn` throws (a CchcError, or the test fails). */
function refused(fn: () => unknown): { error: CchcError } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return { error: e };
    throw e;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}

describe('an error lists at most MAX_ISSUES problems, found without scanning the whole input', () => {
  const keys = manyKeys(100_000);
  it.each([
    ['readOptions (formatNumber options)', (k: object) => () => cchc.formatNumber(1, k as never)],
    ['readOptions (calendar options)', (k: object) => () => cchc.addWorkingDays('2020-01-20', 1, k as never)],
    [
      'readInputObject (checkSum input)',
      (k: object) => {
        const input = { parts: [1], total: 1, ...k };
        return () => cchc.checkSum(input as never);
      },
    ],
    [
      'the schema kit (a tally)',
      (k: object) => {
        const tally = { ...cchc.emptyTally(), received: k };
        return () => cchc.mergeTallies(tally as never, cchc.emptyTally());
      },
    ],
    ['the schema kit (options of a PAR function)', (k: object) => () => cchc.scoreAssessment(caMau2013Fragment, {}, k as never)],
  ] as [string, (k: object) => () => unknown][])('100,000 unknown keys: %s', async (_name, callWith) => {
    const { error } = refused(callWith(keys));
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
    expect(error.issues.every((i) => i.code === 'UNKNOWN_KEY' || i.path.length > 0)).toBe(true);
    // 2–3 s for 100,000 keys (a suggestion searched for each); now linear: 10,000 keys cost ≤ 20 × 1,000 keys (inputs
    // built outside the timed call). Not 100,000 against 10,000: V8's own Object.keys is super-linear on an object of
    // that many keys (×27 for 10×, measured), whatever the library does with them.
    await expectLinearTime(
      (call: () => unknown) => refused(call),
      (n) => callWith(manyKeys(n)),
      1_000,
      { runs: 3 },
    );
  });

  const calls: [string, (list: unknown[]) => unknown][] = [
    ['checkSum', (list) => cchc.checkSum({ parts: list as never, total: 1 })],
    ['largestRemainder', (list) => cchc.largestRemainder(list as never)],
    ['classify', (list) => cchc.classify(84.58, list as never)],
    ['rankUnits', (list) => cchc.rankUnits(list as never)],
    ['gradeDistribution', (list) => cchc.gradeDistribution(list as never, cchc.PAR_INDEX_GROUPS)],
    ['methodologyFromRows', (list) => cchc.methodologyFromRows(list as never)],
    ['auditParTable', (list) => cchc.auditParTable(list as never)],
  ];
  it.each(calls)('a million holes or nulls: %s gives the first MAX_ISSUES problems, and stops scanning there', async (_name, call) => {
    const holes = sparseArray(1_000_000);
    const nulls = new Array(1_000_000).fill(null);
    for (const list of [holes, nulls]) {
      const { error } = refused(() => call(list));
      expect(error.issues.length).toBe(MAX_ISSUES);
      expect(error.messageEn).toMatch(/^1000 problems or more \(the first 1000 listed\)/);
    }
    // It took up to 9 s: the refusal stops at MAX_ISSUES, so 100,000 nulls cost no more than 20 × 10,000 nulls.
    await expectLinearTime(
      (list: unknown[]) => refused(() => call(list)),
      (n) => new Array(n).fill(null),
      10_000,
      { runs: 3 },
    );
  });

  it('new CchcError keeps the first MAX_ISSUES issues', () => {
    const one = { code: 'INVALID_INPUT' as const, path: [], messageVi: 'x', messageEn: 'x' };
    const e = new CchcError(new Array(5000).fill(one));
    expect(e.issues).toHaveLength(MAX_ISSUES);
    expect(e.messageVi).toMatch(/^1000 lỗi trở lên/);
  });
});

describe('malformed calls are CchcErrors, never TypeErrors', () => {
  it('new CchcError with a hole, a bad path, an empty message or a code that is not a code', () => {
    for (const bad of [
      [,],
      [{ code: 'INVALID_INPUT', path: [null], messageVi: 'x', messageEn: 'x' }],
      [{ code: 'INVALID_INPUT', path: [], messageVi: '', messageEn: 'x' }],
      [{ code: 'toString', path: [], messageVi: 'x', messageEn: 'x' }],
      [{ code: '\u001b[2J', path: [], messageVi: 'x', messageEn: 'x' }],
    ]) {
      const e = new CchcError(bad as never);
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.messageEn).toMatch(/needs at least one issue/);
    }
  });

  it('a path argument that is not a path (parseIsoDate, parseTimestamp, rateOf, checkTally, zodIssuesToCchc)', () => {
    const nullProto = Object.create(null) as object;
    expect(codeOf(() => cchc.parseIsoDate('2020-02-30', { constructor: 1 } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.parseIsoDate('x', [nullProto] as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.parseTimestamp('x', undefined, 5 as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.rateOf(new Date() as never, {}, { valueOf: 'x' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.checkTally({}, [new Date()] as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.zodIssuesToCchc([], [nullProto] as never))).toBe('INVALID_INPUT');
    // A good path still prefixes the issues.
    expect(refused(() => cchc.parseIsoDate('2020-02-30', ['rows', 3])).error.path).toEqual(['rows', 3]);
  });

  it('zodIssuesToCchc: a path key or a code that cannot be printed, an empty message', () => {
    const out = cchc.zodIssuesToCchc([{ code: Object.create(null), path: [Object.create(null), Symbol('s')], message: '' } as never]);
    expect(out[0]?.messageEn.length).toBeGreaterThan(0);
    expect(out[0]?.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
  });

  it('suggestKey with candidates that are not a list', () => {
    expect(codeOf(() => cchc.suggestKey('denominater', { toString: 1 } as never))).toBe('INVALID_INPUT');
    expect(cchc.suggestKey('denominater', ['denominator'])).toBe('denominator');
  });

  it('isCchcError with a code that is not a text, or a prototype name', () => {
    const e = new CchcError([]);
    expect(cchc.isCchcError(e, Object.create(null))).toBe(false);
    expect(cchc.isCchcError(e, 'toString')).toBe(false);
    expect(cchc.isCchcError(e, 'INVALID_INPUT')).toBe(true);
  });

  it('schema.parse / safeParse with options that are not { path }', () => {
    expect(cchc.IsoDateSchema.safeParse('2020-01-20', { path: 5 } as never).success).toBe(false);
    expect(codeOf(() => cchc.IsoDateSchema.parse('2020-01-20', 'x' as never))).toBe('INVALID_INPUT');
    expect(cchc.IsoDateSchema.safeParse('2020-01-20', { path: ['a'] }).success).toBe(true);
  });

  it('an array carrying its own "constructor" (Array#map would call it) is not a list', () => {
    const rows = Object.assign([{ className: 'Tốt', count: 1 }], { constructor: '' });
    expect(codeOf(() => cchc.classDistributionChartSpec(rows))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.onTimeRateChartSpec(Object.assign([{ label: 'A', rate: '90%' }], { constructor: 1 })))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.progressChartSpec(Object.assign([{ group: 'A', counts: { done: 1 } }], { constructor: 1 }) as never))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => cchc.unitReduction(Object.assign([{ kind: 'create', count: 1 }], { constructor: 1 }) as never))).toBe(
      'INVALID_INPUT',
    );
    // largestRemainder reads counts without a schema: it works on a copy.
    expect(cchc.largestRemainder(Object.assign([1, 1], { constructor: '' })).map(String)).toEqual(['50', '50']);
  });

  it('WorkCalendar day-number methods given a symbol, a bigint, an object or a non-array', () => {
    for (const bad of [Symbol('x'), 18281n, Object.create(null), { valueOf: () => 18281 }]) {
      expect(codeOf(() => cal.isWorkingDayNumber(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDayIndex(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.dayNumberAtWorkingDayIndex(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.addWorkingDaysToDayNumber(bad as never, 1))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.addWorkingDaysToDayNumber(18281, bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDaysBetweenDayNumbers(bad as never, 18281))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.classifyDayNumbers([bad] as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDayIndexes([bad] as never))).toBe('INVALID_INPUT');
    }
    expect(codeOf(() => cal.classifyDayNumbers(undefined as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cal.classifyDayNumbers([18281], 'toString' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cal.workingDayIndexes([18281], new Uint8Array(1) as never))).toBe('INVALID_INPUT');
    expect(cal.classifyDayNumbers(Int32Array.of(18281, 18282))).toEqual(Uint8Array.of(1, 1));
  });

  it('toZod of something that is not a schema', () => {
    for (const bad of [undefined, null, {}, 'IsoDateSchema']) expect(codeOf(() => toZod(bad as never))).toBe('INVALID_INPUT');
  });

  it('PAR: a tier outcome or a result code that cannot be printed; a result node without its role', () => {
    const outcome = Object.create(null) as object;
    expect(codeOf(() => cchc.formatRuleText({ kind: 'tiered', tiers: [{ outcome, points: 1 }] } as never))).toBe('PAR_INVALID_RULE');
    const s = cchc.scoreAssessment(caMau2013Fragment, {
      '1.1.1': { outcome: 'Không kịp thời' },
      '1.1.2': { met: true },
      '1.1.3': { met: false },
      '1.1.4': { rate: 0.8 },
      '1.2.1': { met: true },
      '1.2.2': { met: true },
      '1.3': { points: 1.5 },
    });
    expect(codeOf(() => cchc.lostPoints({ ...s, order: [Object.create(null)] } as never))).toBe('INVALID_INPUT');
    const { role: _role, ...noRole } = s.nodes['1.3']!;
    expect(codeOf(() => cchc.lostPoints({ ...s, nodes: { ...s.nodes, '1.3': noRole } } as never))).toBe('INVALID_INPUT');
  });

  it('a methodology rebuilt by hand whose node list carries its own "constructor" (Array#map called it: TypeError)', () => {
    const m = cchc.defineMethodology(caMau2013Fragment);
    const rebuilt = { ...m, nodes: Object.assign([...m.nodes], { constructor: 1 }) };
    for (const call of [() => cchc.scoreAssessment(rebuilt as never, {}), () => cchc.methodologyToRows(rebuilt as never)]) {
      expect(() => call()).not.toThrow(TypeError);
    }
  });

  it('QĐ 766 CSV row readers: a cell that is an array or an object is INVALID_INPUT at its row and column (was a TypeError from String, or read as "[object Object]")', () => {
    const cell = [Object.create(null)];
    expect(refused(() => cchc.tthcCatalogueFromCsvRows([{ code: '1.002', published_at: cell }] as never)).error.path).toEqual([
      'rows',
      0,
      'published_at',
    ]);
    expect(refused(() => cchc.paknFromCsvRows([{ id: { a: 1 }, received_at: '2025-12-01' }] as never)).error.path).toEqual([
      'rows',
      0,
      'id',
    ]);
    expect(cchc.paknFromCsvRows([{ id: 7, received_at: '2025-12-01' }] as never).records).toHaveLength(1);
  });

  it('unitReduction with a count that is an object without a prototype', () => {
    expect(codeOf(() => cchc.unitReduction([{ kind: 'create', count: Object.create(null) }] as never))).toBe('INVALID_COUNT');
  });
});

describe('no "undefined" in a text the library writes', () => {
  it('an indicator over a denominator of 0 says it cannot be computed (was "— undefined (the denominator is 0)")', () => {
    const e = cchc.evaluateIndicator('feedback-handled', { numerator: 0, denominator: 0 });
    expect(e.status).toBe('no-data');
    expect(e.summary.en).not.toMatch(/undefined/);
    expect(e.summary.en).toMatch(/cannot be computed \(the denominator is 0\)$/);
  });
});

// ————————————————————————————————— cchc/xlsx: hostile bytes (issue 12 over the Excel entry of issue 17) —————————————————————————————————

/** A zip archive of the given parts (stored, or deflated with `deflate: true`), each with an optional declared size. */
function zipOf(parts: readonly { name: string; text: string | Uint8Array; deflate?: boolean; declaredSize?: number }[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const raw = typeof p.text === 'string' ? Buffer.from(p.text, 'utf8') : Buffer.from(p.text);
    const data = p.deflate ? deflateRawSync(raw) : raw;
    const size = p.declaredSize ?? raw.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(p.deflate ? 8 : 0, 8);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(p.deflate ? 8 : 0, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook with the given sheet XML (rows only, or a whole part), shared strings and parts replaced. */
function book(
  sheetData: string,
  o: { sst?: string[]; sheetPart?: string; sstPart?: string; sstDeclared?: number; sheetDeclared?: number; deflateSst?: boolean } = {},
): Uint8Array {
  const sst = o.sstPart ?? `<sst ${NS}>${(o.sst ?? ['Mã hồ sơ']).map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  return zipOf([
    { name: '[Content_Types].xml', text: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      text: `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    // Style 1: a date (dd/mm/yyyy).
    {
      name: 'xl/styles.xml',
      text: `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      text: sst,
      deflate: o.deflateSst ?? false,
      ...(o.sstDeclared === undefined ? {} : { declaredSize: o.sstDeclared }),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      text: o.sheetPart ?? `<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`,
      ...(o.sheetDeclared === undefined ? {} : { declaredSize: o.sheetDeclared }),
    },
  ]);
}

/** Every call of cchc/xlsx on some bytes, drained: a value, or the CchcError (anything else fails the test). A call
 * that does not settle within 10 s is a hang. */
async function xlsxOutcomes(bytes: Uint8Array): Promise<string[]> {
  const settle = async (run: () => Promise<unknown>): Promise<string> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('HANG: did not settle within 10 s')), 10_000);
    });
    try {
      await Promise.race([run(), hang]);
      return 'value';
    } catch (e) {
      if (e instanceof CchcError) return e.code;
      throw e;
    } finally {
      clearTimeout(timer);
    }
  };
  const drain = async (it: AsyncIterable<unknown>) => {
    const out: unknown[] = [];
    for await (const x of it) out.push(x);
    return out;
  };
  return [
    await settle(() => xlsx.xlsxSheetNames(bytes)),
    await settle(() => drain(xlsx.readXlsxRows(bytes))),
    await settle(async () => {
      const reader = xlsx.readDossiersXlsx(bytes);
      await drain(reader);
      const r = reader.report;
      expect(r.rowsRead, 'nothing lost').toBe(r.accepted + r.rejectedRows);
    }),
    await settle(() => xlsx.readDossierTableXlsx(bytes)),
    await settle(() => xlsx.readParTableXlsx(bytes)),
    await settle(() => xlsx.readMethodologyXlsx(bytes)),
  ];
}

/** The rows of the first sheet, or the CchcError's code. */
async function rowsOf(bytes: Uint8Array): Promise<readonly (readonly unknown[])[] | string> {
  try {
    const out: (readonly unknown[])[] = [];
    for await (const r of xlsx.readXlsxRows(bytes)) out.push(r.cells);
    return out;
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
}

describe('cchc/xlsx: hostile workbooks are INVALID_XLSX or rejected rows, never a crash or a hang', () => {
  const good = book('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');

  it('the reproduction workbook itself reads', async () => {
    expect(await rowsOf(good)).toEqual([['Mã hồ sơ']]);
  });

  it('a truncated zip, at every cut of a written workbook', async () => {
    const written = await xlsx.writeXlsx({
      sheets: [
        {
          name: 'Hồ sơ',
          rows: [
            ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
            ['HS1', { date: '2019-09-03' }, { date: '2019-09-10' }],
          ],
        },
      ],
    });
    const codes = new Set<string>();
    for (let cut = 0; cut < written.length; cut += cut < 64 ? 7 : 211)
      for (const c of await xlsxOutcomes(written.subarray(0, cut))) codes.add(c);
    expect([...codes].sort()).toEqual(['INVALID_XLSX']);
  });

  it('bytes changed at random in a written workbook and in a fixture (fixed seed)', async () => {
    const written = await xlsx.writeXlsx({
      sheets: [
        {
          name: 'Hồ sơ',
          rows: [
            ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
            ['HS1', { date: '2019-09-03' }, { date: '2019-09-10' }],
          ],
        },
      ],
    });
    const fixture = new Uint8Array(readFileSync(new URL('../fixtures/io17/hoso.xlsx', import.meta.url)));
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 6 }),
        async (useFixture, changes) => {
          const bytes = (useFixture ? fixture : written).slice();
          for (const [at, b] of changes) bytes[at % bytes.length] = b;
          await xlsxOutcomes(bytes); // throws on anything but a value or a CchcError
        },
      ),
      { seed: 20_260_512, numRuns: 60 },
    );
  }, 120_000);

  it('a part declared larger than MAX_XLSX_PART_BYTES / MAX_XLSX_SHEET_BYTES in the zip directory is refused before it is inflated', async () => {
    expect(await rowsOf(book('', { sstDeclared: xlsx.MAX_XLSX_PART_BYTES + 1 }))).toBe('INVALID_XLSX');
    // 0xFFFFFFFF would mean ZIP64 (XLSX_UNSUPPORTED); just under it is a declared 4 GiB sheet.
    expect(await rowsOf(book('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sheetDeclared: 0xfffffffe }))).toEqual([['Mã hồ sơ']]);
    expect(0xfffffffe).toBeLessThan(xlsx.MAX_XLSX_SHEET_BYTES);
  });

  it('a zip bomb: shared strings that inflate past MAX_XLSX_PART_BYTES while declaring 100 bytes stop at the bound', async () => {
    // 256 MiB + 1 KiB of blanks between two tags: deflate squeezes them to about 260 KB.
    const bomb = book('', {
      sstPart: `<sst ${NS}>${' '.repeat(xlsx.MAX_XLSX_PART_BYTES + 1024)}</sst>`,
      sstDeclared: 100,
      deflateSst: true,
    });
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(await rowsOf(bomb)).toBe('INVALID_XLSX');
  }, 60_000);

  it('XML with a billion-laughs entity is refused (a DOCTYPE is never read; an entity is never expanded)', async () => {
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
    const sheet = `<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>`;
    expect(
      await rowsOf(book('', { sheetPart: `<?xml version="1.0"?>${laughs}<worksheet ${NS}><sheetData>${sheet}</sheetData></worksheet>` })),
    ).toBe('INVALID_XLSX');
    expect(await rowsOf(book(sheet, { sstPart: `<?xml version="1.0"?>${laughs}<sst ${NS}><si><t>&lol9;</t></si></sst>` }))).toBe(
      'INVALID_XLSX',
    );
    // Without a DOCTYPE, an unknown entity is the text as written.
    expect(await rowsOf(book(sheet))).toEqual([['&lol9;']]);
  });

  it('a shared-string index out of range is a damaged file (it was read as an empty cell: the text was lost)', async () => {
    for (const k of ['1', '99', '-1', '0.5', '', 'x', '1e400']) {
      expect(await rowsOf(book(`<row r="1"><c r="A1" t="s"><v>${k}</v></c></row>`)), k).toBe('INVALID_XLSX');
    }
    // The sheet names are read without the cells; every reader of the cells refuses the file.
    expect(await xlsxOutcomes(book('<row r="2"><c r="A2" t="s"><v>5</v></c></row>'))).toEqual(['value', ...Array(5).fill('INVALID_XLSX')]);
  });

  it("a cell reference outside Excel's grid (XFD1048577, XFE1) or a 16,385th cell is INVALID_XLSX", async () => {
    expect(await rowsOf(book('<row r="1048576"><c r="XFD1048577"><v>1</v></c></row>'))).toBe('INVALID_XLSX');
    expect(await rowsOf(book('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toBe('INVALID_XLSX');
    expect(await rowsOf(book('<row r="1048577"><c><v>1</v></c></row>'))).toBe('INVALID_XLSX');
    expect(await rowsOf(book(`<row r="1">${'<c><v>1</v></c>'.repeat(16_385)}</row>`))).toBe('INVALID_XLSX');
    // The last cell of the grid is read.
    const last = await rowsOf(book('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'));
    expect(typeof last === 'string' ? last : [last[0]!.length, last[0]![16_383]]).toEqual([16_384, 7]);
  });

  it('a date serial of 1e308 is a date that is no day; the dossier reader rejects its row and counts it', async () => {
    const sheet = (serial: string) =>
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Mã hồ sơ</t></is></c><c r="B1" t="inlineStr"><is><t>Ngày tiếp nhận</t></is></c><c r="C1" t="inlineStr"><is><t>Ngày hẹn trả</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>HS1</t></is></c><c r="B2" s="1"><v>${serial}</v></c><c r="C2" s="1"><v>43718</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>HS2</t></is></c><c r="B3" s="1"><v>43711</v></c><c r="C3" s="1"><v>43718</v></c></row>`;
    for (const serial of ['1e308', '-1e308', '2958466', '-1']) {
      const rows = await rowsOf(book(sheet(serial)));
      expect(typeof rows === 'string' ? rows : rows[1]![1], serial).toEqual({ date: null, time: null, serial: Number(serial) });
      const reader = xlsx.readDossiersXlsx(book(sheet(serial)));
      const accepted: unknown[] = [];
      for await (const d of reader) accepted.push(d);
      expect(accepted).toHaveLength(1);
      expect(reader.report.rowsRead).toBe(reader.report.accepted + reader.report.rejectedRows);
      expect(reader.report.rejected.map((r) => [r.row, r.field])).toEqual([[2, 'receivedAt']]);
    }
    expect(await rowsOf(book('<row r="1"><c r="A1"><v>1e999</v></c><c r="B1" s="1"><v>NaN</v></c></row>'))).toEqual([['1e999', 'NaN']]);
  });

  it('an ISO date cell (t="d") has a finite serial (it was NaN)', async () => {
    const rows = await rowsOf(
      book(
        '<row r="1"><c r="A1" t="d"><v>2019-09-03T10:30:00</v></c><c r="B1" t="d"><v>2019-02-30</v></c><c r="C1" t="d"><v>1900-01-01</v></c></row>',
      ),
    );
    expect(rows).toEqual([
      [{ date: '2019-09-03', time: '10:30:00', serial: 43711 + 10.5 / 24 }, '2019-02-30', { date: '1900-01-01', time: null, serial: 1 }],
    ]);
  });

  it('a cell over MAX_CSV_FIELD_CHARS or a row over MAX_CSV_ROW_CHARS is INVALID_XLSX (it was held whole, however large)', async () => {
    expect(await rowsOf(book(`<row r="1"><c r="A1"><v>${'1'.repeat(cchc.MAX_CSV_FIELD_CHARS + 1)}</v></c></row>`))).toBe('INVALID_XLSX');
    const cell = (i: number) =>
      `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${'x'.repeat(cchc.MAX_CSV_FIELD_CHARS - 10)}</t></is></c>`;
    expect(await rowsOf(book(`<row r="1">${Array.from({ length: 5 }, (_, i) => cell(i)).join('')}</row>`))).toBe('INVALID_XLSX');
    const fine = await rowsOf(book(`<row r="1">${cell(0)}</row>`));
    expect(typeof fine === 'string' ? fine : (fine[0]![0] as string).length).toBe(cchc.MAX_CSV_FIELD_CHARS - 10);
  });

  it('formulas without a value over the largest ranges, and chains of them, are computed within a bound (the table readers ran for hours)', async () => {
    // Each formula: 140 ranges of 100,000 cells (the most one range may have); every one of them was summed cell by
    // cell, for every formula, and again inside each formula it refers to.
    const wide = Array.from({ length: 140 }, () => 'B1:K10000').join(',');
    const many = book(Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>SUM(${wide})</f></c></row>`).join(''));
    const chain = book(
      Array.from(
        { length: 5000 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>${i === 0 ? '1' : `SUM(A1:A${i})+A${i}`}</f></c></row>`,
      ).join(''),
    );
    for (const bytes of [many, chain]) {
      const t0 = cpuMs();
      expect(await xlsxOutcomes(bytes)).toEqual(['value', 'value', 'CSV_MISSING_COLUMN', ...Array(3).fill('XLSX_TABLE_NOT_RECOGNISED')]);
      expect(cpuMs() - t0, 'CPU ms for the six calls').toBeLessThan(20_000);
    }
  }, 120_000);

  it('reading a sheet is linear in its rows', async () => {
    const make = (n: number) =>
      book(
        Array.from(
          { length: n },
          (_, i) =>
            `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c><c r="B${i + 1}" s="1"><v>${43711 + (i % 30)}</v></c><c r="C${i + 1}"><v>${i}</v></c></row>`,
        ).join(''),
      );
    await expectLinearTime(
      async (bytes: Uint8Array) => {
        let n = 0;
        for await (const _ of xlsx.readXlsxRows(bytes)) n++;
        return n;
      },
      make,
      2_000,
      { runs: 3 },
    );
  }, 120_000);
});

describe('writeXlsx: a malformed workbook spec is INVALID_INPUT, never a TypeError or a broken file', () => {
  const sheet = { name: 'S', rows: [['a']] };
  it.each([
    ['no argument (was a TypeError)', []],
    ['null', [null]],
    ['a hole in sheets (a sheet was skipped and the workbook pointed at a part never written)', [{ sheets: [, sheet] }]],
    ['columnWidths that is not an array (was a TypeError)', [{ sheets: [{ ...sheet, columnWidths: 'abc' }] }]],
    ['merges that is not an array (was a TypeError)', [{ sheets: [{ ...sheet, merges: 5 }] }]],
    ['a merge outside the grid (was dropped without a word)', [{ sheets: [{ ...sheet, merges: ['A1:B9999999'] }] }]],
    ['freeze rows 1.5 (was written as ySplit="1.5")', [{ sheets: [{ ...sheet, freeze: { rows: 1.5 } }] }]],
    ['freeze with an unknown key', [{ sheets: [{ ...sheet, freeze: { row: 1 } }] }]],
    ['printTitleRows reversed (was dropped without a word)', [{ sheets: [{ ...sheet, printTitleRows: { from: 3, to: 1 } }] }]],
    ['landscape "yes"', [{ sheets: [{ ...sheet, landscape: 'yes' }] }]],
    ['rows that are not an array (an empty sheet was written)', [{ sheets: [{ name: 'S', rows: 'abc' }] }]],
    ['a row that is not an array (was skipped)', [{ sheets: [{ name: 'S', rows: [['a'], 'b'] }] }]],
    ['a Date as a cell (was written as an empty cell)', [{ sheets: [{ name: 'S', rows: [[new Date(0)]] }] }]],
    ['a cell object with an unknown key (was written as an empty cell)', [{ sheets: [{ name: 'S', rows: [[{ valeu: 1 }]] }] }]],
    ['more rows than Excel has', [{ sheets: [{ name: 'S', rows: new Array(1_048_577) }] }]],
    ['more columns than Excel has', [{ sheets: [{ name: 'S', rows: [new Array(16_385).fill(1)] }] }]],
  ] as [string, unknown[]][])('%s', async (_name, args) => {
    const e = await (xlsx.writeXlsx as (...a: unknown[]) => Promise<unknown>)(...args).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(CchcError);
    expect(['INVALID_INPUT', 'UNKNOWN_KEY']).toContain((e as CchcError).code);
  });

  it('a date that is no day ({ date: "2019-02-30" }) is INVALID_INPUT (Date.parse had accepted it as 2 March)', async () => {
    const e = await xlsx.writeXlsx({ sheets: [{ name: 'S', rows: [[{ date: '2019-02-30' }]] }] }).catch((x: unknown) => x);
    expect((e as CchcError).code).toBe('INVALID_INPUT');
  });

  it('a null row is an empty row, and the sheet still writes', async () => {
    const rows = await rowsOf(await xlsx.writeXlsx({ sheets: [{ name: 'S', rows: [['a'], null as never, ['b']] }] }));
    expect(rows).toEqual([['a'], ['b']]);
  });
});
