/**
 * Embedding `cchc` in an application (one-stop dossier system, reform dashboard): a request handler that validates
 * its input with the exported schemas, computes, and returns JSON. Framework-free: plug `handleOnTimeRequest` into
 * Express, Fastify, a serverless function or a worker.
 *
 * The exported schemas are `cchc` schemas (strict: a typo is `UNKNOWN_KEY` with a suggestion; every problem is a
 * `CchcIssue` with a code, a path and Vietnamese and English texts). The request body is checked by hand (its own
 * three keys), the period with `DateRangeSchema` and each dossier with `DossierRecordSchema`, so that the answer lists
 * every problem with its place in the body.
 *
 * Run: `npx tsx examples/embed-in-app.ts`
 */
import {
  CchcError,
  DateRangeSchema,
  DossierRecordSchema,
  civilServiceCalendar,
  formatPercent,
  onTimeRate,
  suggestKey,
  tallyDossiers,
  type DossierRecord,
} from 'cchc';

type Json = Record<string, unknown>;
/** A problem of the request, as the schemas report it (a `CchcIssue`), with its path in the body. */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly suggestion?: string;
  readonly messageVi?: string;
  readonly messageEn?: string;
}

/** The keys of the request body: a period and the dossiers of one agency. */
const REQUEST_KEYS = ['start', 'end', 'dossiers'] as const;
/** The most dossiers one request may carry (a larger batch goes through `readDossiersCsv` or SQL). */
const MAX_DOSSIERS = 100_000;

/** Every problem of the body, each with its path; none when the request can be computed. */
function requestIssues(body: unknown): Issue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [
      {
        code: 'INVALID_INPUT',
        path: [],
        messageVi: 'Cần một đối tượng JSON { start, end, dossiers }',
        messageEn: 'Expected a JSON object { start, end, dossiers }',
      },
    ];
  }
  const issues: Issue[] = [];
  for (const key of Object.keys(body)) {
    if ((REQUEST_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = suggestKey(key, REQUEST_KEYS);
    issues.push({
      code: 'UNKNOWN_KEY',
      path: [key],
      ...(suggestion ? { suggestion } : {}),
      messageVi: `Khóa không được hỗ trợ: ${key}`,
      messageEn: `Unknown key ${key}`,
    });
  }
  const { start, end, dossiers } = body as { start?: unknown; end?: unknown; dossiers?: unknown };
  const range = DateRangeSchema.safeParse({ start, end });
  if (!range.success) issues.push(...range.error.issues);
  if (!Array.isArray(dossiers) || dossiers.length > MAX_DOSSIERS) {
    issues.push({
      code: Array.isArray(dossiers) ? 'INPUT_TOO_LARGE' : 'INVALID_INPUT',
      path: ['dossiers'],
      messageVi: `Cần một mảng tối đa ${MAX_DOSSIERS} hồ sơ`,
      messageEn: `Expected an array of at most ${MAX_DOSSIERS} dossiers`,
    });
    return issues;
  }
  // An index loop: a hole in a sparse array is a missing dossier, not one skipped.
  for (let i = 0; i < dossiers.length; i++) {
    const r = DossierRecordSchema.safeParse(dossiers[i]);
    if (!r.success) issues.push(...r.error.issues.map((it) => ({ ...it, path: ['dossiers', i, ...it.path] })));
  }
  return issues;
}

/** Validate, compute, answer. Bad input → HTTP 400 with every problem (code, path, Vietnamese and English text). */
export function handleOnTimeRequest(body: unknown): { status: number; json: Json } {
  const issues = requestIssues(body);
  if (issues.length > 0) return { status: 400, json: { error: 'INVALID_INPUT', issues } };
  const { start, end, dossiers } = body as { start: string; end: string; dossiers: DossierRecord[] };
  try {
    const tally = tallyDossiers(dossiers, { from: start, to: end, calendar: civilServiceCalendar, groupBy: 'level' });
    const levels = [...tally].map(([level, t]) => {
      const rate = onTimeRate(t, { denominator: 'resolved' });
      return {
        level,
        tally: t,
        onTimeRate: rate && { numerator: rate.numerator, denominator: rate.denominator, text: formatPercent(rate) },
      };
    });
    return { status: 200, json: { start, end, levels } };
  } catch (e) {
    if (e instanceof CchcError) return { status: 422, json: e.toJSON() as unknown as Json };
    throw e;
  }
}

// A good request and two bad ones, as an HTTP layer would pass them in.
const ok = handleOnTimeRequest({
  start: '2024-04-01',
  end: '2024-05-31',
  dossiers: [
    { id: 'HS-1', level: 'commune', receivedAt: '2024-04-26T09:15:00+07:00', slaWorkingDays: 3, resolvedAt: '2024-05-03T10:00:00+07:00' },
    { id: 'HS-2', level: 'commune', receivedAt: '2024-05-06', dueDate: '2024-05-13', resolvedAt: '2024-05-14' },
    { id: 'HS-3', level: 'province', receivedAt: '2024-05-20', slaWorkingDays: 10 },
  ],
});
console.log(ok.status, JSON.stringify(ok.json, null, 2));

// A date that does not exist, a date-time without its offset, an unknown channel, and typos in the body.
const bad = handleOnTimeRequest({
  start: '2024-02-30',
  end: '2024-05-31',
  dossier: [],
  dossiers: [{ id: 'HS-9', receivedAt: '2024-05-20T08:00:00', channel: 'fax' }],
});
console.log(bad.status, JSON.stringify(bad.json, null, 2));
const reversed = handleOnTimeRequest({ start: '2024-05-31', end: '2024-04-01', dossiers: [] });
console.log(reversed.status, JSON.stringify(reversed.json, null, 2));
if (ok.status !== 200 || bad.status !== 400 || reversed.status !== 400) process.exitCode = 1;
