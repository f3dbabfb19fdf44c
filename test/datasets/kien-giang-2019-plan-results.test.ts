import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanResultEntrySchema } from 'cchc';
import { kienGiang2019PlanResults } from 'cchc/datasets';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = `${root}test/fixtures/bc-389-phu-luc-1.tsv`;
// The seed document itself, copied into the repository so that the test runs on any clone.
const SEED = `${root}test/fixtures/seeds/bc-389-ubnd-2019-kien-giang.txt`;

function fixtureRows(): string[][] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t') && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((c) => /^\d+$/.test(c[0]!));
}

describe('kienGiang2019PlanResults (Báo cáo 389/BC-UBND, Phụ lục I)', () => {
  it('has 34 valid rows numbered 1–34', () => {
    expect(kienGiang2019PlanResults).toHaveLength(34);
    expect(kienGiang2019PlanResults.map((r) => r.no)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    for (const r of kienGiang2019PlanResults) expect(PlanResultEntrySchema.safeParse(r).success).toBe(true);
  });

  it('transcribes every row exactly as printed; rows without figures keep the printed text as explanation', () => {
    const rows = fixtureRows();
    expect(rows).toHaveLength(34);
    rows.forEach((c, i) => {
      const [no, plan, issued, planned = '', completed = '', notes = ''] = c;
      const e = kienGiang2019PlanResults[i]!;
      expect(e.no).toBe(Number(no));
      expect(e.plan).toBe(plan);
      if (planned === '' && completed === '' && notes === '') {
        expect(e).toEqual({ no: Number(no), plan, explanation: issued });
      } else {
        expect(e.issuedText).toBe(issued);
        expect(e.planned).toBe(planned);
        expect(e.completed).toBe(completed);
        expect(e.notes).toBe(notes);
      }
    });
  });

  it('has the nine explanation rows and the "//" row', () => {
    expect(kienGiang2019PlanResults.filter((r) => r.explanation !== undefined).map((r) => r.no)).toEqual([
      17, 18, 21, 22, 23, 24, 27, 30, 34,
    ]);
    expect(kienGiang2019PlanResults[27]).toMatchObject({ no: 28, planned: '//', completed: '//', notes: 'Quyết định số 2932/QĐ-UBND' });
  });

  it('fixture lines are verbatim lines of the seed document', () => {
    const seed = new Set(readFileSync(SEED, 'utf8').split('\n'));
    for (const l of readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter((x) => x.includes('\t')))
      expect(seed.has(l), l).toBe(true);
  });
});
