import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  civilServiceCalendar,
  classifyDossier,
  KENH_THUC_HIEN_CHANNELS,
  readCsvRecords,
  readDossiersCsv,
  tallyDossiers,
  type DossierRecord,
} from 'cchc';
import { BATCHES } from '../../src/dossier/_internal/batches.js';
import { generateDossiers } from './_generate.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const HEADER =
  'id,level,agency,procedure,channel,receivedAt,dueDate,slaWorkingDays,resolvedAt,withdrawnAt,returnedAt,rejectedAt,supplements';
function toCsv(records: readonly DossierRecord[]): string {
  const q = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const lines = records.map((r) =>
    [
      r.id,
      r.level,
      r.agency,
      r.procedure,
      r.channel,
      r.receivedAt,
      r.dueDate,
      r.slaWorkingDays,
      r.resolvedAt,
      r.withdrawnAt,
      r.returnedAt,
      r.rejectedAt,
      (r.supplements ?? []).map((s) => (s.completedAt ? `${s.requestedAt}>${s.completedAt}` : s.requestedAt)).join(';'),
    ]
      .map(q)
      .map((v) => (v.includes(',') || v.includes(';') ? `"${v}"` : v))
      .join(','),
  );
  return `${HEADER}\r\n${lines.join('\r\n')}\r\n`;
}

describe('readDossiersCsv', () => {
  it('reads back generated records, whatever the chunking (strings or UTF-8 bytes)', async () => {
    const records = generateDossiers({ count: 120, seed: 11, start: '2019-01-01', spanDays: 200, timestamps: true });
    const csv = `\uFEFF${toCsv(records)}`;
    const norm = (r: DossierRecord) => JSON.parse(JSON.stringify({ ...r, id: String(r.id) }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 20 }), fc.boolean(), async (sizes, bytes) => {
        const chunks: (string | Uint8Array)[] = [];
        const enc = new TextEncoder().encode(csv);
        let pos = 0;
        let k = 0;
        while (pos < (bytes ? enc.length : csv.length)) {
          const size = sizes[k++ % sizes.length]!;
          chunks.push(bytes ? enc.slice(pos, pos + size) : csv.slice(pos, pos + size));
          pos += size;
        }
        const reader = readDossiersCsv(chunks);
        const got = await all(reader);
        expect(got.map((r) => JSON.parse(JSON.stringify(r, (_k, v) => (v === null ? undefined : v))))).toEqual(records.map(norm));
        expect(reader.report).toMatchObject({ rowsRead: 120, accepted: 120, rejectedRows: 0 });
      }),
      { numRuns: 40 },
    );
  });

  it('reports rejected rows with row number, field and reason, and counts the others', async () => {
    const csv = [
      'MaHoSo;NgayTiepNhan;NgayHenTra;NgayTra;Kenh;SoNgay',
      'HS1;02/09/2019;09/09/2019;06/09/2019;2;',
      'HS2;03/09/2019;01/09/2019;;1;',
      'HS3;31/09/2019;10/10/2019;;9;',
      'HS4;20/09/2019 16:30;04/10/2019;;3;',
      'HS5;20/09/2019;;;3;-2',
      'HS6;"unclosed;20/09/2019;;;3;',
      'HS7;21/09/2019;;;;',
      '',
      'HS8;21/09/2019;1/10/2019;;1',
      'HS9;2019-09-21;01/10/2019;;1;',
    ].join('\n');
    const reader = readDossiersCsv(csv, {
      delimiter: ';',
      dateFormat: 'dd/mm/yyyy',
      columns: {
        id: 'MaHoSo',
        receivedAt: 'NgayTiepNhan',
        dueDate: 'NgayHenTra',
        resolvedAt: 'NgayTra',
        channel: 'Kenh',
        slaWorkingDays: 'SoNgay',
      },
      channelValues: KENH_THUC_HIEN_CHANNELS,
    });
    const t = await tallyDossiers(reader, { from: '2019-09-01', to: '2019-09-30' });
    expect(t.received).toEqual({ total: 2, carriedOver: 0, newOnline: 1, newInPerson: 0, newPostal: 1 });
    expect(reader.report.rejected.map((r) => [r.row, r.line, r.field, r.code])).toEqual([
      [3, 3, 'dueDate', 'DUE_BEFORE_RECEIPT'],
      [4, 4, 'channel', 'INVALID_CHANNEL'],
      [4, 4, 'receivedAt', 'INVALID_DATE'],
      [6, 6, 'slaWorkingDays', 'INVALID_SLA'],
      [7, 7, null, 'INVALID_CSV_ROW'],
      [8, 8, 'dueDate', 'MISSING_DUE_DATE'],
      [10, 10, null, 'INVALID_CSV_ROW'], // the blank row 9 counts, as in a spreadsheet
      [11, 11, 'receivedAt', 'INVALID_DATE'],
    ]);
    expect(reader.report).toMatchObject({ rowsRead: 9, accepted: 2, rejectedRows: 7, truncated: false });
    expect(reader.report.rejected[0]!.reasonVi).toContain('trước ngày tiếp nhận');
  });

  it('keeps at most maxRejected entries and calls onReject for each', async () => {
    const csv = `id,receivedAt,dueDate\n${Array.from({ length: 50 }, (_, i) => `${i},2019-09-0x,2019-09-10`).join('\n')}`;
    let calls = 0;
    const reader = readDossiersCsv(csv, { maxRejected: 5, onReject: () => calls++ });
    expect(await all(reader)).toEqual([]);
    expect(reader.report).toMatchObject({ rejectedRows: 50, truncated: true });
    expect(reader.report.rejected).toHaveLength(5);
    expect(calls).toBe(50);
  });

  it('fails as a whole only when required columns are missing', async () => {
    await expect(all(readDossiersCsv('ma,ngay\n1,2019-09-01\n'))).rejects.toMatchObject({ code: 'CSV_MISSING_COLUMN' });
    expect(() => readDossiersCsv('x', { delimiter: ';;' })).toThrow(CchcError);
    expect(() => readDossiersCsv('x', { dateFormat: 'mm/dd/yyyy' as never })).toThrow(CchcError);
    const r = readDossiersCsv('id,receivedAt,dueDate\n');
    await all(r);
    await expect(all(r)).rejects.toBeInstanceOf(CchcError);
  });
});

describe('readCsvRecords', () => {
  it('reads rows keyed by the header and stops on a malformed row', async () => {
    expect(await all(readCsvRecords('a,b\n1,"x,y"\n'))).toEqual([{ a: '1', b: 'x,y' }]);
    await expect(all(readCsvRecords('a,b\n1\n'))).rejects.toMatchObject({ code: 'INVALID_CSV_ROW' });
  });
});

describe('readDossiersCsv on a hostile file', () => {
  // BOM, CRLF, quoted fields with delimiters, quotes and line breaks, blank rows, stray quotes, wrong widths.
  const lines = [
    '\uFEFFid,channel,receivedAt,dueDate,resolvedAt,slaWorkingDays,agency', // row 1
    'A1,online,2019-09-03,2019-09-10,2019-09-09,,"Sở Tư pháp, tỉnh ""A"""', // row 2
    'A2,in-person,2019-09-03,2019-09-10,,,"two', // row 3, lines 3–4
    'lines"',
    '', // row 4: blank
    'A3,fax,2019-09-03,2019-09-10,,,', // row 5: unknown channel
    'A4,online,2019-09-03,2019-09-10,2019-09-01,,', // row 6: resolved before received
    'A5,online,2019-09-03,2019-09-01,,,', // row 7: due before receipt
    'A6,online,2019-09-03,,,-3,', // row 8: negative SLA
    'A7,online,2019-09-03,2019-09-10,,,x,extra', // row 9: extra column
    'A8,online,2019-09-03', // row 10: missing columns
    'A9,postal,2019-09-03,2019-09-10,,,5" screen', // row 11: a stray quote is an ordinary character
    'A10,online,2019-09-03,2019-09-10,,,', // row 12
    '   ', // row 13: spaces only: blank
    ',,,,,,', // row 14: all fields empty: blank
    'A11,online,2019-09-03,2019-09-10,,,"x"y', // row 15: text after a closing quote
    'A12,online,2019-09-03,2019-09-10,,,', // row 16
    'A13,online,2019-9-3,2019-09-10,,,', // row 17: malformed date
    'A14,online,2019-09-03T10:00:00,2019-09-10,,,', // row 18: date-time without offset
    'A15,in-person,2019-09-03,,,2,', // row 19
  ];
  const csv = `${lines.join('\r\n')}\r\n`;
  const expectedRejected = [
    [5, 6, 'channel', 'INVALID_CHANNEL'],
    [6, 7, 'resolvedAt', 'EVENT_BEFORE_RECEIPT'],
    [7, 8, 'dueDate', 'DUE_BEFORE_RECEIPT'],
    [8, 9, 'slaWorkingDays', 'INVALID_SLA'],
    [9, 10, null, 'INVALID_CSV_ROW'],
    [10, 11, null, 'INVALID_CSV_ROW'],
    [15, 16, null, 'INVALID_CSV_ROW'],
    [17, 18, 'receivedAt', 'INVALID_DATE'],
    [18, 19, 'receivedAt', 'INVALID_TIMESTAMP'],
  ];

  it('reports every bad row with its spreadsheet row and line, and counts the others', async () => {
    const reader = readDossiersCsv(csv, { multilineFields: true });
    const records = await all(reader);
    expect(records.map((r) => r.id)).toEqual(['A1', 'A2', 'A9', 'A10', 'A12', 'A15']);
    expect(records[0]!.agency).toBe('Sở Tư pháp, tỉnh "A"');
    expect(records[1]!.agency).toBe('two\nlines');
    expect(records[2]!.agency).toBe('5" screen');
    expect(reader.report.rejected.map((r) => [r.row, r.line, r.field, r.code])).toEqual(expectedRejected);
    expect(reader.report).toMatchObject({ rowsRead: 15, accepted: 6, rejectedRows: 9 });
    const period = { from: '2019-09-01', to: '2019-09-30', calendar: civilServiceCalendar };
    const t = await tallyDossiers(readDossiersCsv(csv, { multilineFields: true }), period);
    expect(t.received).toEqual({ total: 6, carriedOver: 0, newOnline: 3, newInPerson: 2, newPostal: 1 });
  });

  it('read line by line (the default), the quoted line break splits its row: both lines are rejected, the rest is unchanged', async () => {
    const reader = readDossiersCsv(csv);
    expect((await all(reader)).map((r) => r.id)).toEqual(['A1', 'A9', 'A10', 'A12', 'A15']);
    // Every row is now one line: row = line, and the lines of A2 are two rejected rows.
    expect(reader.report.rejected.map((r) => [r.row, r.line, r.field, r.code])).toEqual([
      [3, 3, null, 'INVALID_CSV_ROW'],
      [4, 4, null, 'INVALID_CSV_ROW'],
      ...expectedRejected.map(([, line, field, code]) => [line, line, field, code]),
    ]);
    expect(reader.report).toMatchObject({ rowsRead: 16, accepted: 5, rejectedRows: 11 });
  });

  it('gives the same records and report whatever the chunking (escaped quotes and CRLF split across chunks)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }), async (sizes) => {
        const chunks: string[] = [];
        for (let pos = 0, k = 0; pos < csv.length; k++) {
          const size = sizes[k % sizes.length]!;
          chunks.push(csv.slice(pos, pos + size));
          pos += size;
        }
        const reader = readDossiersCsv(chunks, { multilineFields: true });
        expect((await all(reader)).map((r) => [r.id, r.agency])).toEqual([
          ['A1', 'Sở Tư pháp, tỉnh "A"'],
          ['A2', 'two\nlines'],
          ['A9', '5" screen'],
          ['A10', null],
          ['A12', null],
          ['A15', null],
        ]);
        expect(reader.report.rejected.map((r) => [r.row, r.line, r.field, r.code])).toEqual(expectedRejected);
      }),
      { numRuns: 60 },
    );
  });

  it('a stray quote costs its own row only, not the rows after it', async () => {
    const good = (i: number) => `G${i},online,2019-09-03,2019-09-10`;
    const text = [
      'id,channel,receivedAt,dueDate',
      good(1),
      'B1,on"line,2019-09-03,2019-09-10',
      good(2),
      good(3),
      'B2,5" x,2019-09-03,2019-09-10',
      good(4),
    ].join('\n');
    const reader = readDossiersCsv(text);
    expect((await all(reader)).map((r) => r.id)).toEqual(['G1', 'G2', 'G3', 'G4']);
    expect(reader.report.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
      [3, 'channel', 'INVALID_CHANNEL'],
      [6, 'channel', 'INVALID_CHANNEL'],
    ]);
  });

  it('an unclosed quoted field is reported and reading resumes on the next line', async () => {
    const reader = readDossiersCsv('id,receivedAt,dueDate,agency\nA,2019-09-03,2019-09-10,"open\nB,2019-09-03,2019-09-10,x\n');
    expect((await all(reader)).map((r) => r.id)).toEqual(['B']);
    expect(reader.report.rejected.map((r) => [r.row, r.line, r.code])).toEqual([[2, 2, 'INVALID_CSV_ROW']]);
  });

  it('rejects duplicate ids on request', async () => {
    const text = 'id,receivedAt,dueDate\nA,2019-09-03,2019-09-10\nB,2019-09-03,2019-09-10\nA,2019-09-04,2019-09-10\n';
    expect((await all(readDossiersCsv(text))).length).toBe(3);
    const reader = readDossiersCsv(text, { rejectDuplicateIds: true });
    expect((await all(reader)).map((r) => r.id)).toEqual(['A', 'B']);
    expect(reader.report.rejected.map((r) => [r.row, r.field, r.code])).toEqual([[4, 'id', 'DUPLICATE_DOSSIER_ID']]);
    expect(reader.report.rejected[0]!.reason).toContain('row 2');
    expect(() => readDossiersCsv(text, { rejectDuplicateIds: 'yes' as never })).toThrow(CchcError);
  });

  it('builds records a slice at a time from one big string (bounded batches)', async () => {
    const text = `id,receivedAt,dueDate\n${Array.from({ length: 20_000 }, (_, i) => `${i},2019-09-03,2019-09-10`).join('\n')}\n`;
    const reader = readDossiersCsv(text) as unknown as Record<symbol, () => AsyncIterable<unknown[]>>;
    let largest = 0;
    let total = 0;
    for await (const batch of reader[BATCHES]!()) {
      largest = Math.max(largest, batch.length);
      total += batch.length;
    }
    expect(total).toBe(20_000);
    expect(largest).toBeLessThan(5_000);
  });
});

describe('readDossiersCsv → tallyDossiers: a row the tally cannot classify is a rejected row, not the end of the run', () => {
  it('a date outside the calendar (1890) or a receipt without a time under a cut-off', async () => {
    const csv = [
      'id,receivedAt,slaWorkingDays,resolvedAt',
      'A,2024-03-01,3,',
      'B,1890-01-01,3,', // wrong year: outside civilServiceCalendar (2000–2100)
      'C,2024-03-04,2,2150-01-01', // resolved after the period: pending at its end (the resolution had not happened)
      'D,1999-03-05,1,2024-03-06', // wrong year again
    ].join('\n');
    const reader = readDossiersCsv(csv);
    const t = await tallyDossiers(reader, { from: '2024-03-01', to: '2024-03-31', calendar: civilServiceCalendar, processingTime: true });
    expect(t.received.total).toBe(2);
    expect(reader.report.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
      [3, 'receivedAt', 'DATE_OUT_OF_RANGE'],
      [5, 'receivedAt', 'DATE_OUT_OF_RANGE'],
    ]);
    expect(reader.report).toMatchObject({ rowsRead: 4, accepted: 2, rejectedRows: 2 });
    expect(reader.report.rejected[0]!.reason).toContain('1890-01-01');

    const timed = readDossiersCsv('id,receivedAt,slaWorkingDays\nA,2024-03-01T16:00:00+07:00,1\nB,2024-03-01,1\n');
    const t2 = await tallyDossiers(timed, {
      from: '2024-03-01',
      to: '2024-03-31',
      calendar: civilServiceCalendar,
      rules: { preset: 'report', receiptCutoff: '15:00' },
    });
    expect(t2.received.total).toBe(1);
    expect(timed.report.rejected.map((r) => [r.row, r.field, r.code])).toEqual([[3, 'receivedAt', 'INVALID_CUTOFF']]);
  });

  it('a missing calendar is the civil-service calendar (0.2; 0.1 threw CALENDAR_REQUIRED)', async () => {
    const t = await tallyDossiers(readDossiersCsv('id,receivedAt,slaWorkingDays\nA,2024-03-01,3\n'), {
      start: '2024-03-01',
      end: '2024-03-31',
    });
    expect(t.received.total).toBe(1);
    expect(t.calendar).toBe(civilServiceCalendar.name);
  });

  it('classifyDossier and tallyDossiers name the field outside the calendar', () => {
    const r = { id: 'X', receivedAt: '1999-12-31', slaWorkingDays: 2 };
    expect(() => classifyDossier(r, { asOf: '2024-01-31', calendar: civilServiceCalendar })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', path: ['record', 'receivedAt'] }),
    );
    expect(() => tallyDossiers([r], { from: '2024-01-01', to: '2024-01-31', calendar: civilServiceCalendar })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', path: [0, 'receivedAt'] }),
    );
    // every date inside, but five working days from 29/12/2100 run past the calendar's end
    const late = { id: 'Y', receivedAt: '2100-12-29', slaWorkingDays: 5 };
    expect(() => classifyDossier(late, { asOf: '2100-12-31', calendar: civilServiceCalendar })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', path: ['record', 'slaWorkingDays'] }),
    );
  });
});

describe('readDossiersCsv channel spellings', () => {
  it('reads the usual Vietnamese spellings of the three channels', async () => {
    const vals = ['Qua bưu điện', 'Nộp trực tuyến', 'Mức độ 4', 'TRỰC TIẾP', 'Trực tuyến toàn trình', 'Dịch vụ bưu chính công ích', 'fax'];
    const reader = readDossiersCsv(`id,receivedAt,dueDate,channel\n${vals.map((v, i) => `${i},2024-03-01,2024-03-05,${v}`).join('\n')}\n`);
    expect((await all(reader)).map((r) => r.channel)).toEqual(['postal', 'online', 'online', 'in-person', 'online', 'postal']);
    expect(reader.report.rejected.map((r) => [r.row, r.code])).toEqual([[8, 'INVALID_CHANNEL']]);
  });
});

describe('strict options, with suggestions (issue 11)', () => {
  const csv = 'id,receivedAt,dueDate\nA,2019-09-03,2019-09-10\n';
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      const x = e as CchcError;
      return { code: x.code, path: x.issues[0]!.path, suggestion: x.issues[0]!.suggestion };
    }
    return undefined;
  };
  it('a misspelt option or column field is UNKNOWN_KEY at its path, with the likely key', () => {
    expect(codeOf(() => readDossiersCsv(csv, { delimeter: ';' } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'delimeter'],
      suggestion: 'delimiter',
    });
    expect(codeOf(() => readDossiersCsv(csv, { columns: { chanel: 'Kenh' } } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'columns', 'chanel'],
      suggestion: 'channel',
    });
    expect(codeOf(() => readDossiersCsv(csv, { columns: { resolvedOn: 'NgayTra' } } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'columns', 'resolvedOn'],
      suggestion: 'resolvedAt',
    });
    expect(codeOf(() => readDossiersCsv(csv, { columns: { slaWorkingdays: 'SoNgay' } } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'columns', 'slaWorkingdays'],
      suggestion: 'slaWorkingDays',
    });
    expect(codeOf(() => readDossiersCsv(csv, { rejectDuplicateId: true } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'rejectDuplicateId'],
      suggestion: 'rejectDuplicateIds',
    });
    expect(codeOf(() => readDossiersCsv(csv, { multilineField: true } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'multilineField'],
      suggestion: 'multilineFields',
    });
    expect(codeOf(() => readCsvRecords(csv, { delimter: ';' } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['options', 'delimter'],
      suggestion: 'delimiter',
    });
  });
  it('a value of the wrong kind is INVALID_INPUT at its path (a close choice is suggested)', () => {
    expect(codeOf(() => readDossiersCsv(csv, { dateFormat: 'dd/mm/yy' } as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'dateFormat'],
      suggestion: 'dd/mm/yyyy',
    });
    expect(codeOf(() => readDossiersCsv(csv, { delimiter: '"' }))?.path).toEqual(['options', 'delimiter']);
    expect(codeOf(() => readDossiersCsv(csv, { maxRejected: -1 }))?.path).toEqual(['options', 'maxRejected']);
    expect(codeOf(() => readDossiersCsv(csv, { channelValues: { '1': 'fax' as never } }))?.path).toEqual(['options', 'channelValues', '1']);
    expect(codeOf(() => readDossiersCsv(csv, { onReject: 'log' as never }))?.path).toEqual(['options', 'onReject']);
    expect(codeOf(() => readDossiersCsv(csv, { columns: { id: '' } }))?.path).toEqual(['options', 'columns', 'id']);
  });
  it('null, arrays and numbers as options are INVALID_INPUT, never a TypeError; so is a source that is not text', () => {
    for (const bad of [null, [], 3, 'x', new Date()]) {
      expect(codeOf(() => readDossiersCsv(csv, bad as never))?.code, String(bad)).toBe('INVALID_INPUT');
      expect(codeOf(() => readCsvRecords(csv, bad as never))?.code, String(bad)).toBe('INVALID_INPUT');
    }
    for (const bad of [null, undefined, 42, {}, { length: 1 }]) {
      expect(codeOf(() => readDossiersCsv(bad as never))?.code).toBe('INVALID_INPUT');
      expect(codeOf(() => readCsvRecords(bad as never))?.code).toBe('INVALID_INPUT');
    }
  });
  it('a header without a required column suggests the closest header name', async () => {
    const e = await all(readDossiersCsv('id,recievedAt,dueDate\nA,2019-09-03,2019-09-10\n')).catch((x: CchcError) => x);
    expect(e).toMatchObject({ code: 'CSV_MISSING_COLUMN' });
    expect((e as CchcError).messageEn).toContain("did you mean 'recievedAt'");
  });
});

describe('rejected rows: one bilingual message, old fields kept', () => {
  it('message { vi, en }; reason and reasonVi (deprecated) still hold the same texts', async () => {
    const reader = readDossiersCsv('id,receivedAt,dueDate,channel\nA,2019-09-03,2019-09-10,fax\n');
    await all(reader);
    const r = reader.report.rejected[0]!;
    expect(r.message).toEqual({ vi: 'Kênh tiếp nhận không hợp lệ: "fax"', en: 'Unknown channel "fax"' });
    expect(r.reason).toBe(r.message.en);
    expect(r.reasonVi).toBe(r.message.vi);
    expect(Object.isFrozen(r) && Object.isFrozen(r.message)).toBe(true);
  });
});

describe('prototype names and Unicode forms in a file', () => {
  it('a channel cell "toString", "constructor" or "__proto__" is an unknown channel, not a property of Object.prototype', async () => {
    const rows = ['A,toString', 'B,constructor', 'C,__proto__', 'D,online'].map((r) => r.replace(',', ',2019-09-03,2019-09-10,'));
    const reader = readDossiersCsv(`id,receivedAt,dueDate,channel\n${rows.join('\n')}\n`);
    expect((await all(reader)).map((r) => [r.id, r.channel])).toEqual([['D', 'online']]);
    expect(reader.report.rejected.map((r) => [r.row, r.code])).toEqual([
      [2, 'INVALID_CHANNEL'],
      [3, 'INVALID_CHANNEL'],
      [4, 'INVALID_CHANNEL'],
    ]);
  });
  it('mapped header names match in composed or decomposed Unicode', async () => {
    const nfd = 'Mã hồ sơ'.normalize('NFD');
    const reader = readDossiersCsv(`${nfd};Ngày tiếp nhận;NgayHenTra\nA;2019-09-03;2019-09-10\n`, {
      delimiter: ';',
      columns: { id: 'Mã hồ sơ', receivedAt: 'Ngày tiếp nhận'.normalize('NFD'), dueDate: 'NgayHenTra' },
    });
    expect((await all(reader)).map((r) => r.id)).toEqual(['A']);
  });
  it('readCsvRecords: a "__proto__" column is an own key, never the prototype; a header naming a column twice is refused', async () => {
    const [row] = await all(readCsvRecords('__proto__,a\nx,1\n'));
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row!, '__proto__')).toBe(true);
    expect(row!.a).toBe('1');
    await expect(all(readCsvRecords('a,b,a\n1,2,3\n'))).rejects.toMatchObject({ code: 'INVALID_CSV_ROW', path: [1] });
  });
});
