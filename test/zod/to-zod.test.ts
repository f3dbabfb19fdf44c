import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateRangeSchema, IsoDateSchema, SourceRefSchema, zodIssuesToCchc } from 'cchc';
import { toZod } from 'cchc/zod';

describe('cchc/zod', () => {
  it('keeps formats and codes of checks written as code', () => {
    expect(toZod(IsoDateSchema).safeParse('2024-02-29').success).toBe(true);
    const r = toZod(IsoDateSchema).safeParse('2025-02-30');
    expect(r.success).toBe(false);
    expect(zodIssuesToCchc(r.success ? [] : r.error.issues)[0]?.code).toBe('INVALID_DATE');
  });

  it('keeps objects strict and cross-field checks', () => {
    const Body = z.object({ period: toZod(DateRangeSchema), source: toZod(SourceRefSchema) });
    expect(Body.safeParse({ period: { start: '2020-01-01', end: '2020-03-31' }, source: { document: 'NĐ 118/2025/NĐ-CP' } }).success).toBe(
      true,
    );
    const typo = Body.safeParse({ period: { start: '2020-01-01', end: '2020-03-31' }, source: { document: 'x', dated: '2020-01-01' } });
    expect(zodIssuesToCchc(typo.success ? [] : typo.error.issues).map((i) => i.code)).toEqual(['UNKNOWN_KEY']);
    const reversed = Body.safeParse({ period: { start: '2020-03-31', end: '2020-01-01' }, source: { document: 'x' } });
    expect(zodIssuesToCchc(reversed.success ? [] : reversed.error.issues).map((i) => i.code)).toEqual(['INVALID_DATE_RANGE']);
  });

  it('gives zod a JSON Schema', () => {
    const j = z.toJSONSchema(toZod(SourceRefSchema)) as { additionalProperties?: boolean };
    expect(j.additionalProperties).toBe(false);
  });
});
