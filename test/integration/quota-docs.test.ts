// Runs, once, the samples of the quota / indicator / report-audit area: the ```ts blocks of
// docs/quotas-and-indicators.md, the @example blocks of the area's JSDoc (with their `// result` comments turned into
// assertions), and examples/audit-seed-report.ts. Each runs through tsx, importing 'cchc' as a user would (resolved
// to the sources by tsconfig paths).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const work = mkdtempSync(join(tmpdir(), 'cchc-quota-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runTs(name: string, code: string): string {
  const file = join(work, name);
  writeFileSync(file, code);
  return execFileSync(tsx, [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Run several modules in one process; returns the failures as { name, error }. */
function runModules(modules: { name: string; code: string }[]): { name: string; error: string }[] {
  for (const m of modules) writeFileSync(join(work, m.name), m.code);
  const runner = `
const names = ${JSON.stringify(modules.map((m) => m.name))};
const failures = [];
for (const n of names) {
  try { await import(${JSON.stringify(`${work}/`)} + n); } catch (e) { failures.push({ name: n, error: String(e && e.stack || e) }); }
}
console.log(JSON.stringify(failures));
`;
  const out = runTs('_runner.mts', runner);
  return JSON.parse(out.trim().split('\n').pop()!) as { name: string; error: string }[];
}

const ASSERT_HELPERS = `
import { isDeepStrictEqual as __isEqual, inspect as __inspect } from 'node:util';
function __eq(actual: unknown, expected: unknown, text: string): void {
  if (!__isEqual(actual, expected)) throw new Error(\`\${text}: expected \${__inspect(expected)}, got \${__inspect(actual)}\`);
}
function __throws(fn: () => unknown, code: string, text: string): void {
  try { fn(); } catch (e) {
    if ((e as { name?: string }).name === 'CchcError' && (e as { code?: string }).code === code) return;
    throw new Error(\`\${text}: expected CchcError \${code}, got \${String(e)}\`);
  }
  throw new Error(\`\${text}: expected CchcError \${code}, nothing thrown\`);
}
`;

function isLiteral(text: string): boolean {
  try {
    // eslint-disable-next-line no-new-func
    new Function(`return (${text});`);
    return !/^[A-Za-z_$]/.test(text.trim()) || /^(true|false|null|undefined)$/.test(text.trim());
  } catch {
    return false;
  }
}

/** Turn `expr; // literal` and `expr; // throws CchcError CODE` lines into assertions. */
function instrument(code: string): string {
  const lines = code.split('\n').map((line) => {
    const throwsMatch = /^(\s*)(.+?);\s*\/\/ throws CchcError ([A-Z_]+)\s*$/.exec(line);
    if (throwsMatch) return `${throwsMatch[1]}__throws(() => { ${throwsMatch[2]}; }, '${throwsMatch[3]}', ${JSON.stringify(throwsMatch[2])});`;
    const m = /^(\s*)(.+?);\s*\/\/ (.+?)\s*$/.exec(line);
    if (m && !/^(const|let|var|import|export|type|interface|function|return)\b/.test(m[2]!.trim()) && isLiteral(m[3]!)) {
      return `${m[1]}__eq(${m[2]}, ${m[3]}, ${JSON.stringify(m[2])});`;
    }
    return line;
  });
  const imports = lines.filter((l) => /^\s*import\b/.test(l));
  const rest = lines.filter((l) => !/^\s*import\b/.test(l));
  return `${imports.join('\n')}\n${ASSERT_HELPERS}\n${rest.join('\n')}\nexport {};\n`;
}

function jsdocExamples(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/|@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*@/g;
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = block[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = body.findIndex((l) => l.trim() === '@example');
    if (start < 0) continue;
    const open = body.findIndex((l, i) => i > start && l.trim().startsWith('```ts'));
    const close = body.findIndex((l, i) => i > open && l.trim() === '```');
    if (open < 0 || close < 0) continue;
    out.push(body.slice(open + 1, close).join('\n'));
  }
  void re;
  return out;
}

function listTs(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

describe('quota / indicator / report-audit samples', () => {
  it('every ```ts block of docs/quotas-and-indicators.md runs', () => {
    const md = readFileSync(join(root, 'docs/quotas-and-indicators.md'), 'utf8');
    const blocks = [...md.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(8);
    const failures = runModules(blocks.map((code, i) => ({ name: `doc-${i + 1}.ts`, code: `${code}\nexport {};\n` })));
    expect(failures).toEqual([]);
  });

  it('every @example of the area runs and its commented results hold', () => {
    const files = [
      ...listTs('src/quota'),
      ...listTs('src/indicator'),
      'src/audit/table.ts',
      'src/audit/report.ts',
      'src/audit/report-schema.ts',
      'src/datasets/kien-giang-2019-report.ts',
      'src/datasets/kien-giang-streamlining.ts',
    ];
    const modules = files.flatMap((f) =>
      jsdocExamples(join(root, f)).map((code, i) => ({ name: `${f.replace(/[/.]/g, '_')}-${i + 1}.ts`, code: instrument(code) })),
    );
    expect(modules.length).toBeGreaterThan(100);
    // every example that states a result is checked
    expect(modules.filter((m) => m.code.includes('__eq(') || m.code.includes('__throws(')).length).toBeGreaterThan(70);
    const failures = runModules(modules);
    expect(failures).toEqual([]);
  });

  it('examples/audit-seed-report.ts prints the findings in Vietnamese', () => {
    const out = execFileSync(tsx, [join(root, 'examples/audit-seed-report.ts')], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('Kết quả: 6 lỗi, 9 cảnh báo, 3 ghi chú (không kể bảng hồ sơ TTHC)');
    expect(out).toContain('3.145/5.582 = 56,34%, nhưng báo cáo in 56,35%');
    expect(out).toContain('Phụ lục II, dòng 6');
    expect(out).toContain('cổ phần hóa');
  });
});
