// Issue 16: `cchc audit` on the new documents — SIPAS tables, changes, task summaries, implied bases and lists of
// checks — with the published tables of test/fixtures/tables as input: exit 0 on a consistent table, 1 on a table with
// a verified problem, 2 on a bad document (one line, the path of the problem).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_io.js';

const dir = fileURLToPath(new URL('../fixtures/tables/', import.meta.url));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as {
        id: string;
        document: unknown;
        verified: { consistent: boolean };
        expect: { alarms: { code: string; severity: string }[] };
      },
  );
const byId = new Map(fixtures.map((f) => [f.id, f]));
const fileOf = (id: string) => JSON.stringify(byId.get(id)!.document);

describe('cchc audit: the documents of issue 16', () => {
  it('every published table: exit 0 when it has no error, 1 when it has a verified error', async () => {
    for (const f of fixtures) {
      if (!f.document) continue;
      const m = memoryIO({ 'd.json': JSON.stringify(f.document) });
      const hasError = f.expect.alarms.some((a) => a.severity === 'error');
      expect(await runCli(['audit', 'd.json', '--format', 'json'], m.io), f.id).toBe(hasError ? 1 : 0);
      const j = JSON.parse(m.out) as { findings: { code: string; severity: string }[] };
      expect(
        j.findings
          .filter((x) => x.severity !== 'info')
          .map((x) => x.code)
          .sort(),
        f.id,
      ).toEqual(f.expect.alarms.map((a) => a.code).sort());
    }
  });

  it('a SIPAS excerpt in Vietnamese, text output', async () => {
    const m = memoryIO({ 's.json': fileOf('sipas2023-gia-lai') });
    expect(await runCli(['audit', 's.json'], m.io)).toBe(0);
    expect(m.out).toMatch(/0 lỗi, 0 cảnh báo/);
  });

  it('a list of checks in English, with its notes', async () => {
    const doc = JSON.stringify({
      type: 'checks',
      checks: [
        {
          kind: 'change',
          label: { vi: 'Chỉ số CCHC', en: 'PAR index' },
          current: '88.51%',
          prior: '86.79%',
          change: 'an increase of 1.72 percentage points',
          locale: 'en',
        },
        { kind: 'task-summary', label: { vi: 'Nhiệm vụ', en: 'Tasks' }, assigned: '1.686', completed: '1.420', notCompleted: '265' },
        { kind: 'implied-base', label: { vi: 'Tinh giản', en: 'Staff cut' }, part: 240, rate: '6,75%' },
      ],
    });
    const m = memoryIO({ 'c.json': doc });
    expect(await runCli(['audit', 'c.json', '--lang', 'en', '--format', 'md'], m.io)).toBe(1);
    expect(m.out).toContain('tasks-sum-mismatch');
    expect(m.out).toContain('implied-base');
    expect(m.out).toContain('Staff cut');
  });

  it('a bad document: exit 2, one line naming the path', async () => {
    const bad = JSON.stringify({
      type: 'checks',
      checks: [{ kind: 'change', label: { vi: 'x', en: 'x' }, current: '1', change: 'tăng 1 điểm', curent: 2 }],
    });
    const m = memoryIO({ 'b.json': bad });
    expect(await runCli(['audit', 'b.json', '--lang', 'en'], m.io)).toBe(2);
    expect(m.err).toMatch(/checks\.0\.curent|checks\[0\]/);
    const unknown = memoryIO({ 'u.json': JSON.stringify({ type: 'sipas', rows: [] }) });
    expect(await runCli(['audit', 'u.json'], unknown.io)).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
  });
});
