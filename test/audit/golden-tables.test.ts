// Golden tests (issue 16) on 69 published tables and passages — national releases, provincial portals, the press in
// Vietnamese and in English — transcribed verbatim by two researchers (test/fixtures/tables/*.json: URL, publisher,
// date, the printed strings, the problems verified by arithmetic) and expressed as audit documents.
//
// The properties, in order of importance:
// 1. a table verified consistent gives NO warning and NO error (notes are allowed: they say which reading explains a
//    figure);
// 2. each verified inconsistency gives the finding of the right kind and severity, and nothing else alarms;
// 3. the checks are not vacuous: a figure changed in a consistent table is found;
// 4. every document is valid for the JSON Schema shipped in the package.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditInputJsonSchema, parseViApproximate, type AuditDocument, type AuditFinding } from 'cchc';
import { jsonSchemaErrors } from './_json-schema.js';

interface Fixture {
  readonly id: string;
  readonly source: {
    readonly url: string;
    readonly publisher: string;
    readonly published: string | null;
    readonly publishedNote?: string;
    readonly retrieved: string;
  };
  readonly patterns: readonly string[];
  readonly notation?: string;
  readonly printed: Record<string, unknown>;
  readonly verified: { readonly consistent: boolean; readonly problems: readonly string[] };
  readonly document: AuditDocument | null;
  readonly expect: {
    readonly alarms: readonly { code: string; severity: string; row?: string; field?: string }[];
    readonly notes?: readonly string[];
  };
  readonly transcription?: string;
}

const dir = fileURLToPath(new URL('../fixtures/tables/', import.meta.url));
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Fixture);
const byId = new Map(fixtures.map((f) => [f.id, f]));
const alarmsOf = (fs: readonly AuditFinding[]) => fs.filter((f) => f.severity !== 'info');
const run = (id: string, mutate?: (doc: Record<string, unknown>) => void): AuditFinding[] => {
  const doc = structuredClone(byId.get(id)!.document) as unknown as Record<string, unknown>;
  mutate?.(doc);
  return auditDocument(doc as unknown as AuditDocument);
};
// biome-ignore lint/suspicious/noExplicitAny: navigating JSON fixtures
const checkOf = (doc: any, i: number): any => doc.checks[i];

describe('the fixtures', () => {
  it('are the 69 published tables of the research, each citing its source', () => {
    expect(fixtures.length).toBe(69);
    for (const f of fixtures) {
      expect(f.source.url, f.id).toMatch(/^https?:\/\//);
      expect(f.source.publisher.length, f.id).toBeGreaterThan(0);
      // a date, or a note saying what is known of it
      expect(f.source.published !== null || (f.source.publishedNote ?? '').length > 0, f.id).toBe(true);
      expect(Object.keys(f.printed).length, f.id).toBeGreaterThan(0);
      expect(f.verified.consistent === (f.verified.problems.length === 0), f.id).toBe(true);
    }
  });

  it('cover every pattern of the issue', () => {
    const docs = fixtures.filter((f) => f.document).map((f) => ({ f, json: JSON.stringify(f.document) }));
    const count = (p: (x: { f: Fixture; json: string }) => boolean) => docs.filter(p).length;
    // 1. year-on-year changes (points, percentage points, relative, ranks)
    expect(count((x) => /"kind":"change"|"change":\{/.test(x.json))).toBeGreaterThanOrEqual(10);
    // 2. excerpts of a ranking ("of" larger than the rows)
    expect(
      count((x) => /"of":(6|14|17|20|27|44|45|63|68)/.test(x.json) && /"kind":"(par|sipas)-table"/.test(x.json)),
    ).toBeGreaterThanOrEqual(8);
    // 3. rounded parts (notes)
    expect(['par2023-bo-nganh', 'brvt-chiso-2021', 'papi2023-top'].every((id) => byId.has(id))).toBe(true);
    // 4. approximate figures
    expect(
      count(
        (x) =>
          /"(gần|hơn|khoảng|trên|dưới|Trên|nearly|over|around|some|More than|more than) /.test(x.json) ||
          /ngàn|nghìn|triệu|trillion|million/.test(x.json),
      ),
    ).toBeGreaterThanOrEqual(15);
    // 5. dossier tables of other shapes
    expect(count((x) => /"kind":"dossier-table"/.test(x.json))).toBeGreaterThanOrEqual(15);
    expect(count((x) => /"complete":false/.test(x.json))).toBeGreaterThanOrEqual(2);
    expect(count((x) => /"denominator":"(received|due-in-period)"/.test(x.json))).toBeGreaterThanOrEqual(3);
    expect(count((x) => /onTimeOnlyRate/.test(x.json))).toBeGreaterThanOrEqual(2);
    // 6. SIPAS, 7. tasks, 8. bases not printed, 9. English notation
    expect(count((x) => /"kind":"sipas-table"/.test(x.json))).toBeGreaterThanOrEqual(4);
    expect(count((x) => /"kind":"task-summary"/.test(x.json))).toBeGreaterThanOrEqual(6);
    expect(count((x) => /"kind":"implied-base"/.test(x.json))).toBeGreaterThanOrEqual(10);
    expect(count((x) => /"locale":"en"/.test(x.json))).toBeGreaterThanOrEqual(20);
    // consistent tables and tables with verified problems
    expect(fixtures.filter((f) => f.verified.consistent).length).toBeGreaterThanOrEqual(45);
    expect(fixtures.filter((f) => !f.verified.consistent).length).toBeGreaterThanOrEqual(18);
  });

  it('are every one expressible; the one without a document has no claim to check, and says why', () => {
    const none = fixtures.filter((f) => f.document === null);
    expect(none.map((f) => f.id)).toEqual(['b-mic-2022-online-dossiers-provinces-en']);
    expect(none[0]!.transcription).toMatch(/No arithmetic claim/);
    // its ranges read as intervals
    const top = parseViApproximate('55.25-86.80 percent', { locale: 'en' });
    const bottom = parseViApproximate('2.72-5.76 percent', { locale: 'en' });
    const national = parseViApproximate('24.89 percent', { locale: 'en' });
    expect(bottom.max.lt(national.min) && national.max.lt(top.min)).toBe(true);
  });

  it('are valid documents for the JSON Schema shipped in the package', () => {
    const schema = auditInputJsonSchema();
    for (const f of fixtures) if (f.document) expect(jsonSchemaErrors(schema, f.document), f.id).toEqual([]);
  });
});

describe.each(fixtures.filter((f) => f.document !== null).map((f) => [f.id, f] as const))('%s', (_, f) => {
  const findings = auditDocument(f.document!);
  if (f.verified.consistent) {
    it('a consistent table: no warning, no error', () => {
      expect(alarmsOf(findings).map((x) => `${x.severity} ${x.code} ${x.message.en}`)).toEqual([]);
    });
  } else {
    it('each verified problem is found, with the right kind and severity, and nothing else alarms', () => {
      const got = alarmsOf(findings);
      expect(got.map((x) => `${x.severity} ${x.code}`).sort()).toEqual(f.expect.alarms.map((a) => `${a.severity} ${a.code}`).sort());
      for (const a of f.expect.alarms) {
        if (a.row !== undefined)
          expect(
            got.some((x) => x.code === a.code && x.row === a.row),
            `${a.code} at ${a.row}`,
          ).toBe(true);
        if (a.field !== undefined)
          expect(
            got.some((x) => x.code === a.code && x.field === a.field),
            `${a.code} at ${a.field}`,
          ).toBe(true);
      }
    });
  }
  if (f.expect.notes) {
    it('notes say which reading explains the figures', () => {
      const codes = new Set(findings.map((x) => x.code));
      for (const n of f.expect.notes!) expect(codes.has(n), n).toBe(true);
    });
  }
  it('every finding explains itself in both languages', () => {
    for (const x of findings) {
      expect(x.message.vi.length, x.code).toBeGreaterThan(15);
      expect(x.message.en.length, x.code).toBeGreaterThan(15);
      expect(`${x.message.vi} ${x.message.en}`).not.toMatch(/undefined|NaN|Infinity|\[object/);
    }
  });
});

describe('the checks are not vacuous: a figure changed in a consistent table is found', () => {
  const codes = (fs: readonly AuditFinding[]) => alarmsOf(fs).map((x) => x.code);
  it('a total one hundredth beyond the rounding of its components (PAR INDEX 2023, ministries)', () => {
    expect(codes(run('par2023-bo-nganh', (d) => (checkOf(d, 0).rows[0].total = '89.98')))).toContain('par-total-mismatch');
  });
  it('two ranks swapped in a whole ranking', () => {
    const fs = run('par2023-bo-nganh', (d) => {
      checkOf(d, 0).rows[3].rank = 5;
      checkOf(d, 0).rows[4].rank = 4;
    });
    expect(codes(fs)).toEqual(['par-rank-mismatch', 'par-rank-mismatch']);
  });
  it('a ward printed second with a score above the first (an excerpt of 45)', () => {
    expect(codes(run('haiphong-2025-en-laodong', (d) => (checkOf(d, 1).rows[1].total = '97.77 points')))).toEqual(['par-rank-order']);
  });
  it('a rank beyond the size of the ranking', () => {
    expect(codes(run('sipas2023-gia-lai', (d) => (checkOf(d, 0).rows[3].rank = 'thứ 64')))).toContain('sipas-rank-out-of-range');
  });
  it('a change one tenth off', () => {
    expect(codes(run('par2023-vung-kinh-te', (d) => (checkOf(d, 0).rows[0].change.value = 'cao hơn 1,81%')))).toEqual(['change-mismatch']);
  });
  it('an overdue count that breaks pending = within + overdue', () => {
    expect(codes(run('b-dakglong-2020-full-form', (d) => (checkOf(d, 0).rows[0].pending.overdue = '85')))).toContain('parts-mismatch');
  });
  it('the on-time rate read over resolved instead of received', () => {
    expect(codes(run('b-hcmc-q1-2018-rate-over-received', (d) => (checkOf(d, 0).rows[0].printed.onTimeRate = '99,96%')))).toEqual([
      'rate-mismatch',
    ]);
  });
  it('a share printed one hundredth off (English notation)', () => {
    expect(codes(run('b-langson-q1-2020-en', (d) => (checkOf(d, 0).rows[0].printed.postalRate = '1.29%')))).toEqual(['rate-mismatch']);
  });
  it('an implied base above what it may be', () => {
    expect(codes(run('tinhgon-2025-nghiviec-trocap', (d) => (checkOf(d, 0).atMost = '40.000')))).toEqual(['implied-base-out-of-range']);
  });
  it('bases of parts that no longer add up', () => {
    expect(codes(run('b-vietnamplus-2021-4m-disbursement-en', (d) => (checkOf(d, 0).parts[1].rate = '25.9 percent')))).toEqual([
      'implied-bases-mismatch',
    ]);
  });
  it('approximate counts out of every reading', () => {
    expect(codes(run('b-vtv-hcmc-land-2016-approx', (d) => (checkOf(d, 0).rows[0].resolved.late = 'hơn 280.000')))).toContain(
      'parts-exceed-total',
    );
    expect(codes(run('tinhgon-2025-nghiviec-trocap', (d) => (checkOf(d, 3).values[0].value = 'gần 20.000 tỷ đồng')))).toEqual([
      'cross-reference-mismatch',
    ]);
  });
  it('more tasks due than completed + overdue', () => {
    expect(codes(run('tasks-2016-vpcp-baomoi', (d) => (checkOf(d, 0).due = '2.823')))).toContain('tasks-due-mismatch');
  });
  it('a SIPAS overall index that the method says is the mean of its components', () => {
    expect(codes(run('sipas2023-en-vietnamnews', (d) => (checkOf(d, 1).options.overall = 'mean')))).toEqual(['sipas-mean-mismatch']);
    expect(codes(run('sipas2023-en-vietnamnews', (d) => (checkOf(d, 1).options.overall = 'within')))).toEqual([]);
  });
  it('an excerpt re-ranked among its rows would flag every rank; read against "of" it flags none', () => {
    // Báo Gia Lai: ranks 1, 2, 3 and 19 among four rows
    const withoutOf = run('sipas2023-gia-lai', (d) => delete checkOf(d, 0).options.of);
    expect(codes(withoutOf)).toEqual([]);
    expect(withoutOf.map((x) => x.code)).toContain('sipas-rank-excerpt');
    const reRanked = run('sipas2023-gia-lai', (d) => (checkOf(d, 0).options.of = 4));
    expect(codes(reRanked)).toContain('sipas-rank-out-of-range');
  });
});
