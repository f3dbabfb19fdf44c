/**
 * Embedding `cchc` in an application (one-stop dossier system, reform dashboard): a request handler that validates
 * its input with the exported schemas, computes, and returns JSON. Framework-free: plug `handleOnTimeRequest` into
 * Express, Fastify, a serverless function or a worker.
 *
 * Run: `npx tsx examples/embed-in-app.ts`
 */
import { z } from 'zod';
import {
  CchcError,
  DossierRecordSchema,
  IsoDateSchema,
  civilServiceCalendar,
  formatPercent,
  onTimeRate,
  tallyDossiers,
  zodIssuesToCchc,
  type DossierRecord,
} from 'cchc';

/** The request body: a period and the dossiers of one agency. */
const RequestSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  dossiers: z.array(DossierRecordSchema).max(100_000),
});

type Json = Record<string, unknown>;

/** Validate, compute, answer. Bad input → HTTP 400 with every problem (code, path, Vietnamese and English text). */
export function handleOnTimeRequest(body: unknown): { status: number; json: Json } {
  const parsed = RequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    return { status: 400, json: { error: 'INVALID_INPUT', issues: zodIssuesToCchc(parsed.error.issues) } };
  }
  try {
    const { from, to, dossiers } = parsed.data;
    const tally = tallyDossiers(dossiers as DossierRecord[], { from, to, calendar: civilServiceCalendar, groupBy: 'level' });
    const levels = [...tally].map(([level, t]) => {
      const rate = onTimeRate(t, { denominator: 'resolved' });
      return { level, tally: t, onTimeRate: rate && { numerator: rate.numerator, denominator: rate.denominator, text: formatPercent(rate) } };
    });
    return { status: 200, json: { from, to, levels } };
  } catch (e) {
    if (e instanceof CchcError) return { status: 422, json: e.toJSON() as unknown as Json };
    throw e;
  }
}

// A good request and a bad one, as an HTTP layer would pass them in.
const ok = handleOnTimeRequest({
  from: '2024-04-01',
  to: '2024-05-31',
  dossiers: [
    { id: 'HS-1', level: 'commune', receivedAt: '2024-04-26T09:15:00+07:00', slaWorkingDays: 3, resolvedAt: '2024-05-03T10:00:00+07:00' },
    { id: 'HS-2', level: 'commune', receivedAt: '2024-05-06', dueDate: '2024-05-13', resolvedAt: '2024-05-14' },
    { id: 'HS-3', level: 'province', receivedAt: '2024-05-20', slaWorkingDays: 10 },
  ],
});
console.log(ok.status, JSON.stringify(ok.json, null, 2));

const bad = handleOnTimeRequest({ from: '2024-02-30', to: '2024-05-31', dossiers: [{ id: 'HS-9', receivedAt: '2024-05-20T08:00:00', channel: 'fax' }] });
console.log(bad.status, JSON.stringify(bad.json, null, 2));
if (ok.status !== 200 || bad.status !== 400) process.exitCode = 1;
