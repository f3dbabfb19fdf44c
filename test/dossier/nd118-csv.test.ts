// readDossiersCsv and the fields of NĐ 118/2025: columns by field name, Vietnamese headers, extensions, supplements
// with a new due date, bad cells as rejected rows, and a round trip of generated data that tallies the same.
import { describe, expect, it } from 'vitest';
import { DOSSIER_CSV_HEADER_ALIASES, readDossiersCsv, tallyDossiers, type DossierFinding, type DossierRecord } from 'cchc';
import { generateNd118Dossiers } from './_generate.js';

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
/** Records as compared: no null or undefined fields, ids as text. */
const norm = (r: DossierRecord) => JSON.parse(JSON.stringify({ ...r, id: String(r.id) }, (_k, v) => (v === null ? undefined : v)));

const HEADER =
  'id,level,agency,procedure,channel,submittedAt,receivedAt,dueDate,slaWorkingDays,resolvedAt,withdrawnAt,returnedAt,rejectedAt,stoppedAt,extensionNotifiedAt,extensionNewDueDate,extensions,supplements';
function toCsv(records: readonly DossierRecord[]): string {
  const q = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const lines = records.map((r) => {
    const one = r.extension ?? undefined;
    const list = r.extensions ?? undefined;
    return [
      r.id,
      r.level,
      r.agency,
      r.procedure,
      r.channel,
      r.submittedAt,
      r.receivedAt,
      r.dueDate,
      r.slaWorkingDays,
      r.resolvedAt,
      r.withdrawnAt,
      r.returnedAt,
      r.rejectedAt,
      r.stoppedAt,
      one?.notifiedAt,
      one?.newDueDate,
      (list ?? []).map((e) => `${e.notifiedAt}>${e.newDueDate}`).join(';'),
      (r.supplements ?? [])
        .map((s) => [s.requestedAt, s.completedAt, s.newDueDate].filter((x) => x !== undefined && x !== null).join('>'))
        .join(';'),
    ]
      .map(q)
      .join(',');
  });
  return `${HEADER}\n${lines.join('\n')}\n`;
}

describe('readDossiersCsv: the columns of NĐ 118', () => {
  it('reads every field by its own name: one extension from two columns, a list from a cell, newDueDate in supplements', async () => {
    const csv = [
      HEADER,
      'A,,,,online,2025-10-04T21:00:00+07:00,2025-10-06T08:00:00+07:00,,5,2025-10-20,,,,,,,,2025-10-07>2025-10-13>2025-10-20',
      'B,,,,,,2025-10-06,,10,2025-10-23,,,,,2025-10-17,2025-10-24,,',
      'C,,,,,,2025-10-06,,10,,,,,,,,2025-10-17>2025-10-24;2025-10-23>2025-10-31,',
      'D,,,,,,2025-10-06,,5,,,,,2025-10-09,,,,',
      '',
    ].join('\n');
    const reader = readDossiersCsv(csv);
    const got = (await all(reader)).map(norm);
    expect(reader.report).toMatchObject({ rowsRead: 4, accepted: 4, rejectedRows: 0 });
    expect(got).toEqual([
      {
        id: 'A',
        channel: 'online',
        submittedAt: '2025-10-04T21:00:00+07:00',
        receivedAt: '2025-10-06T08:00:00+07:00',
        slaWorkingDays: 5,
        resolvedAt: '2025-10-20',
        supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-20' }],
      },
      {
        id: 'B',
        receivedAt: '2025-10-06',
        slaWorkingDays: 10,
        resolvedAt: '2025-10-23',
        extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
      },
      {
        id: 'C',
        receivedAt: '2025-10-06',
        slaWorkingDays: 10,
        extensions: [
          { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
          { notifiedAt: '2025-10-23', newDueDate: '2025-10-31' },
        ],
      },
      { id: 'D', receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' },
    ]);
    // The second extension of C is a finding in a tally under nd118.
    const found: DossierFinding[] = [];
    tallyDossiers(await all(readDossiersCsv(csv)), {
      start: '2025-10-01',
      end: '2025-10-31',
      rules: 'nd118',
      onFinding: (f) => found.push(f),
    });
    expect(found.map((f) => [f.code, f.path])).toEqual([['SECOND_EXTENSION', [2, 'extensions', 1]]]);
  });

  it('understands Vietnamese headers for the dates of NĐ 118 (dd/mm/yyyy, ; delimiter)', async () => {
    const csv = [
      'Mã hồ sơ;Ngày nộp;Ngày tiếp nhận;slaWorkingDays;Ngày có kết quả;Ngày dừng;Ngày gia hạn;Ngày hẹn trả mới',
      'HS1;04/10/2025;06/10/2025;10;23/10/2025;;17/10/2025;24/10/2025',
      'HS2;;06/10/2025;5;;09/10/2025;;',
      '',
    ].join('\n');
    const got = (await all(readDossiersCsv(csv, { delimiter: ';', dateFormat: 'dd/mm/yyyy' }))).map(norm);
    expect(got).toEqual([
      {
        id: 'HS1',
        submittedAt: '2025-10-04',
        receivedAt: '2025-10-06',
        slaWorkingDays: 10,
        resolvedAt: '2025-10-23',
        extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' },
      },
      { id: 'HS2', receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' },
    ]);
    // The same without accents, in CamelCase or snake_case.
    const plain = [
      'MaHoSo,NgayNop,ngay_tiep_nhan,slaWorkingDays,NgayDung,NgayGiaHan,NgayHenTraMoi',
      'X,2025-10-04,2025-10-06,5,2025-10-09,,',
      '',
    ].join('\n');
    expect((await all(readDossiersCsv(plain))).map(norm)).toEqual([
      { id: 'X', submittedAt: '2025-10-04', receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' },
    ]);
    expect(DOSSIER_CSV_HEADER_ALIASES.extensionNewDueDate).toContain('Ngày hẹn trả mới');
  });

  it('a column another field reads, or that columns maps, is never taken by an alias', async () => {
    // "Ngày dừng" is mapped to stoppedAt explicitly; "Ngày gia hạn" is mapped to the notice; the own names win.
    const csv = [
      'id,receivedAt,slaWorkingDays,stoppedAt,Ngày dừng,Ngày gia hạn,Ngày hẹn trả mới',
      'A,2025-10-06,5,2025-10-09,2025-10-10,2025-10-08,2025-10-20',
      '',
    ].join('\n');
    expect((await all(readDossiersCsv(csv))).map(norm)).toEqual([
      {
        id: 'A',
        receivedAt: '2025-10-06',
        slaWorkingDays: 5,
        stoppedAt: '2025-10-09',
        extension: { notifiedAt: '2025-10-08', newDueDate: '2025-10-20' },
      },
    ]);
    const mapped = ['MaHS,Nhan,Han,Dung', 'A,2025-10-06,5,2025-10-09', ''].join('\n');
    const m = await all(readDossiersCsv(mapped, { columns: { id: 'MaHS', receivedAt: 'Nhan', slaWorkingDays: 'Han', stoppedAt: 'Dung' } }));
    expect(m.map(norm)).toEqual([{ id: 'A', receivedAt: '2025-10-06', slaWorkingDays: 5, stoppedAt: '2025-10-09' }]);
  });

  it('bad cells are rejected rows with the field and the reason; the other rows are read', async () => {
    const csv = [
      'id,receivedAt,slaWorkingDays,stoppedAt,extensionNotifiedAt,extensionNewDueDate,extensions,supplements',
      'ok,2025-10-06,5,,,,,',
      'half,2025-10-06,5,,2025-10-17,,,',
      'before,2025-10-06,5,,2025-10-17,2025-10-16,,',
      'cell,2025-10-06,5,,,,2025-10-17,',
      'both,2025-10-06,5,,2025-10-17,2025-10-24,2025-10-17>2025-10-24,',
      'stop,2025-10-06,5,2025-10-05,,,,',
      'newdue,2025-10-06,5,,,,,2025-10-07>2025-10-13>2025-10-10',
      'date,2025-10-06,5,,17/10/2025,2025-10-24,,',
      '',
    ].join('\n');
    const reader = readDossiersCsv(csv, { dateFormat: 'iso' }); // 'auto' (the default since issue 17) would read 17/10/2025
    const got = await all(reader);
    expect(got.map((r) => r.id)).toEqual(['ok']);
    expect(reader.report).toMatchObject({ rowsRead: 8, accepted: 1, rejectedRows: 7 });
    const first = new Map<number, string>();
    for (const r of reader.report.rejected) if (!first.has(r.row)) first.set(r.row, `${r.field} ${r.code}`);
    expect([...first.values()]).toEqual([
      'extension INVALID_EXTENSION',
      'extension INVALID_EXTENSION',
      'extensions INVALID_EXTENSION',
      'extensions INVALID_EXTENSION',
      'stoppedAt EVENT_BEFORE_RECEIPT',
      'supplements INVALID_SUPPLEMENT',
      'extension INVALID_DATE',
    ]);
    for (const r of reader.report.rejected) expect(r.message.vi.length > 5 && r.message.en.length > 5).toBe(true);
  });

  it('round trip: generated NĐ 118 records written as CSV read back equal, and tally the same under every rule set', async () => {
    const records = generateNd118Dossiers({
      count: 400,
      seed: 77,
      start: '2025-05-15',
      spanDays: 150,
      supplementShare: 0.4,
      extensionShare: 0.3,
      timestamps: 0.3,
    });
    const reader = readDossiersCsv(toCsv(records));
    const got = await all(reader);
    expect(reader.report.rejectedRows).toBe(0);
    expect(got.map(norm)).toEqual(records.map(norm));
    const period = { start: '2025-07-01', end: '2025-09-30' };
    for (const rules of ['nd118', 'in-force', 'report'] as const) {
      expect(tallyDossiers(got, { ...period, rules }), rules).toEqual(tallyDossiers(records, { ...period, rules }));
    }
  });
});
