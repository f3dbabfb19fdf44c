import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, KENH_THUC_HIEN_CHANNELS, readCsvRecords, readDossiersCsv, tallyDossiers, type DossierRecord } from 'cchc';
import { generateDossiers } from './_generate.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const HEADER = 'id,level,agency,procedure,channel,receivedAt,dueDate,slaWorkingDays,resolvedAt,withdrawnAt,returnedAt,rejectedAt,supplements';
function toCsv(records: readonly DossierRecord[]): string {
  const q = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const lines = records.map((r) =>
    [r.id, r.level, r.agency, r.procedure, r.channel, r.receivedAt, r.dueDate, r.slaWorkingDays, r.resolvedAt, r.withdrawnAt, r.returnedAt, r.rejectedAt, (r.supplements ?? []).map((s) => (s.completedAt ? `${s.requestedAt}>${s.completedAt}` : s.requestedAt)).join(';')]
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
      columns: { id: 'MaHoSo', receivedAt: 'NgayTiepNhan', dueDate: 'NgayHenTra', resolvedAt: 'NgayTra', channel: 'Kenh', slaWorkingDays: 'SoNgay' },
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
      [9, 10, null, 'INVALID_CSV_ROW'],
      [10, 11, 'receivedAt', 'INVALID_DATE'],
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
