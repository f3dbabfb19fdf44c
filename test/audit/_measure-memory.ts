// Peak memory and time of what `cchc audit` does with a report (ReportSchema to recognise it, then auditReport), on a
// generated report of about N MB of JSON: tables of 1.000 rows by level with a wrong total every 50 rows, and sections
// of 200 figures. Not a test (it takes a while and needs --expose-gc); run it by hand:
//
//   npx tsx --expose-gc test/audit/_measure-memory.ts 100
//
// Issue 12 measured 3,2 GB for a 100 MB report. On 0.1 (zod, every cell indexed with its labels), 22 MB of JSON grew
// the process by 1.011 MB during the audit (10,4 s); on 0.2 (the schema kit never copies, cells are resolved through
// their table), 22 MB grow it by 4 MB (0,9 s) and 110 MB by 25 MB (4,3 s): the audit holds little beyond the parsed
// report itself.
import { auditReport, ReportSchema } from 'cchc';
const gc = (globalThis as { gc?: () => void }).gc!;
const targetMb = Number(process.argv[2] ?? 20);
function generate(targetBytes: number) {
  const columns = [
    { key: 'total', labelVi: 'Tổng số', labelEn: 'Total' },
    { key: 'province', labelVi: 'Cấp tỉnh', labelEn: 'Province' },
    { key: 'district', labelVi: 'Cấp huyện', labelEn: 'District' },
    { key: 'commune', labelVi: 'Cấp xã', labelEn: 'Commune' },
  ];
  const tables: unknown[] = [];
  const sections: unknown[] = [];
  let bytes = 0;
  let t = 0;
  while (bytes < targetBytes) {
    const rows: unknown[] = [];
    for (let r = 0; r < 1000; r++) {
      const p = r % 97,
        d = r % 89,
        c = r % 83;
      const row = {
        key: String(r + 1),
        labelVi: `Chỉ tiêu số ${r + 1} của bảng ${t}`,
        labelEn: `Item ${r + 1} of table ${t}`,
        cells: { total: p + d + c + (r % 50 === 0 ? 1 : 0), province: p, district: d, commune: c },
      };
      rows.push(row);
    }
    const table = {
      id: `t${t}`,
      titleVi: `Phụ lục ${t}`,
      location: `Phụ lục ${t}`,
      columns,
      rows,
      rowSums: [{ total: 'total', parts: ['province', 'district', 'commune'] }],
    };
    bytes += JSON.stringify(table).length;
    tables.push(table);
    sections.push({
      id: `S${t}`,
      titleVi: `Mục ${t}`,
      figures: Array.from({ length: 200 }, (_, i) => ({ id: `S${t}.f${i}`, labelVi: `Số liệu ${i}`, labelEn: `Figure ${i}`, value: i })),
    });
    t++;
  }
  return {
    id: 'big',
    titleVi: 'Báo cáo lớn',
    issuer: 'UBND tỉnh X',
    documentNumber: '1/BC-UBND',
    date: '2020-12-01',
    year: 2020,
    sections,
    tables,
  };
}
const text = JSON.stringify(generate(targetMb * 1e6));
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
gc();
const base = process.memoryUsage();
const doc = JSON.parse(text);
gc();
const parsed = process.memoryUsage();
let peak = 0;
const before = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
const ok = ReportSchema.safeParse(doc).success; // what `cchc audit` does to recognise a report
const findings = auditReport(doc);
const t1 = performance.now();
const after = process.memoryUsage();
peak = process.resourceUsage().maxRSS * 1024;
gc();
const retained = process.memoryUsage();
console.log(
  JSON.stringify(
    {
      input: mb(text.length),
      valid: ok,
      findings: findings.length,
      seconds: ((t1 - t0) / 1000).toFixed(1),
      heapParsedDoc: mb(parsed.heapUsed - base.heapUsed),
      heapAtEndBeforeGc: mb(after.heapUsed - parsed.heapUsed),
      heapRetainedAfterGc: mb(retained.heapUsed - parsed.heapUsed),
      maxRssBeforeAudit: mb(before),
      maxRssAfterAudit: mb(peak),
      rssGrowthDuringAudit: mb(peak - before),
    },
    null,
    1,
  ),
);
