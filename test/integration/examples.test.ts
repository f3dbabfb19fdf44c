// Every example in examples/ runs as a user would run it (tsx, importing 'cchc' by name) and prints something.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => /\.(ts|mts)$/.test(f) && !f.startsWith('_') && !f.endsWith('.test.ts'))
  .sort();

describe('examples', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)('%s runs and prints', async (file) => {
    const { stdout } = await run(tsx, [join('examples', file)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(stdout.trim().length).toBeGreaterThan(0);
  });
});

describe('what the examples show', () => {
  const output = async (file: string) =>
    (await run(tsx, [join('examples', file)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 })).stdout;

  it("par-index.ts scores, ranks 42 units and flags the seed report's printed shares", async () => {
    const out = await output('par-index.ts');
    expect(out).toContain('Phân bố xếp loại (42 đơn vị):');
    const ranks = [...out.matchAll(/^\s+(\d+)\s{2}(?:Sở|Cơ quan TW|Huyện) /gm)].map((m) => Number(m[1]));
    expect(ranks).toHaveLength(42);
    expect(ranks[0]).toBe(1);
    expect(out).toMatch(/Tốt\s+22\/42\s+in 52,40%\s+tỷ lệ 52,38% KHÔNG KHỚP/);
  });

  it("audit-seed-report.ts lists the seed report's findings in Vietnamese", async () => {
    const out = await output('audit-seed-report.ts');
    expect(out).toContain('Kết quả: 6 lỗi, 11 cảnh báo, 3 ghi chú');
    expect(out).toContain('Bảng hồ sơ TTHC (§II.2.2, kiểm tra bằng auditDossierTable): 10 phát hiện.');
  });

  it('embed-in-app.ts answers 200, then 400 with every problem and its path (typos with a suggestion)', async () => {
    const out = await output('embed-in-app.ts');
    expect(out.startsWith('200 ')).toBe(true);
    expect(out).toContain('"suggestion": "dossiers"'); // the body's key "dossier"
    expect(out).toMatch(/"code": "INVALID_DATE"[\s\S]*"start"/); // 2024-02-30
    expect(out).toContain('"code": "INVALID_DATE_RANGE"');
    expect(out).toMatch(/"dossiers",\s*0,\s*"channel"/); // each dossier's problems carry its index
  });

  it('seed-report-rates.ts recomputes the dossier rates', async () => {
    const out = await output('seed-report-rates.ts');
    expect(out).toMatch(/Cấp huyện\s+120\.780\s+109\.649\s+107\.422\s+97,97%\s+97,96%\s+cắt bớt/);
    expect(out).toMatch(/Đang giải quyết\s+cộng\s+25\.285\s+in\s+17\.385\s+lệch \+7\.900/);
  });
});
