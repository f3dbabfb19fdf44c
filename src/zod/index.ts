/**
 * `cchc/zod`: the schemas of `cchc` as zod 4 schemas, for applications that validate with zod (request bodies, forms,
 * tRPC or OpenAPI generators) and want to compose them: `z.object({ dossiers: z.array(toZod(DossierRecordSchema)) })`.
 *
 * The library itself validates with its own schema kit (zod costs ~75 ms to import and ~90 KB gzipped, more than
 * `cchc`'s start-up and bundle budgets allow); this entry is the only place that imports zod, so an application pays
 * for zod only if it uses it. Issues raised by `cchc`'s own checks keep their code and texts in `params.cchc`, which
 * {@link zodIssuesToCchc} reads back.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { DossierRecordSchema, zodIssuesToCchc } from 'cchc';
 * import { toZod } from 'cchc/zod';
 * const Body = z.object({ dossiers: z.array(toZod(DossierRecordSchema)) });
 * const r = Body.safeParse({ dossiers: [{ id: 'A1', receivedAt: '2019-03-04', dueDate: '2019-03-01' }] });
 * r.success; // false
 * zodIssuesToCchc(r.success ? [] : r.error.issues)[0]?.code; // 'DUE_BEFORE_RECEIPT'
 * ```
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import {
  ArraySchema,
  BooleanSchema,
  CustomSchema,
  DiscriminatedUnionSchema,
  LazySchema,
  LiteralSchema,
  NumberSchema,
  ObjectSchema,
  OptionalSchema,
  RecordSchema,
  Schema,
  type SchemaContext,
  StringSchema,
  UnionSchema,
  UnknownSchema,
} from '../core/schema.js';
import { zodIssuesToCchc } from '../core/validate.js';
import { CchcError, issue, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/core.js';
import * as en from '../core/messages/en/core.js';

export { zodIssuesToCchc };

// biome-ignore lint/suspicious/noExplicitAny: schemas of any type
type AnySchema = Schema<any>;

/**
 * The zod 4 schema equivalent to a `cchc` schema: the same shapes (strict objects stay strict), and the checks written
 * as code (cross-field rules, formats) run as a zod refinement that reports `cchc`'s codes and texts.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'cchc';
 * import { toZod } from 'cchc/zod';
 * toZod(IsoDateSchema).safeParse('2024-02-29').success; // true
 * toZod(IsoDateSchema).safeParse('2025-02-30').success; // false
 * ```
 *
 * @category Zod schemas
 */
export function toZod<T>(schema: Schema<T>): z.ZodType<T> {
  if (!(schema instanceof Schema)) {
    const pv = { expected: 'một lược đồ của cchc (DossierRecordSchema, …)', received: show(schema) };
    const p = { expected: 'a cchc schema (DossierRecordSchema, …)', received: show(schema) };
    throw new CchcError(issue('INVALID_INPUT', ['schema'], vi.INVALID_INPUT__type(pv), en.INVALID_INPUT__type(p), schema));
  }
  return convert(schema, new Map()) as z.ZodType<T>;
}

function convert(schema: AnySchema, seen: Map<AnySchema, z.ZodType>): z.ZodType {
  const known = seen.get(schema);
  if (known) return known;
  let out: z.ZodType;
  if (schema instanceof LazySchema) {
    const lazy = schema as LazySchema<unknown>;
    out = z.lazy(() => convert(lazy._target(), seen));
    seen.set(schema, out);
    return out;
  }
  if (schema instanceof StringSchema) {
    let s = z.string();
    if (schema._min !== undefined) s = s.min(schema._min);
    if (schema._max !== undefined) s = s.max(schema._max);
    if (schema._pattern) s = s.regex(schema._pattern.re, schema._pattern.en);
    out = s;
  } else if (schema instanceof NumberSchema) {
    let n = schema._int ? z.number().int() : z.number();
    if (schema._min !== undefined) n = n.min(schema._min);
    if (schema._max !== undefined) n = n.max(schema._max);
    out = n;
  } else if (schema instanceof BooleanSchema) {
    out = z.boolean();
  } else if (schema instanceof LiteralSchema) {
    const values = (schema as LiteralSchema<string | number | boolean | null>).values;
    out =
      values.length === 1
        ? z.literal(values[0] as never)
        : z.union(values.map((v) => z.literal(v as never)) as unknown as [z.ZodType, z.ZodType]);
  } else if (schema instanceof UnknownSchema) {
    out = z.unknown();
  } else if (schema instanceof OptionalSchema) {
    const inner = convert(schema.inner, seen);
    out = schema.allows === 'undefined' ? inner.optional() : schema.allows === 'null' ? inner.nullable() : inner.nullish();
  } else if (schema instanceof ArraySchema) {
    let a = z.array(convert(schema.item, seen));
    if (schema._min !== undefined) a = a.min(schema._min);
    if (schema._max !== undefined) a = a.max(schema._max);
    out = a;
  } else if (schema instanceof ObjectSchema) {
    const shape: Record<string, z.ZodType> = {};
    for (const key of schema.keys) shape[key] = convert(schema.shape[key]!, seen);
    for (const key of Object.keys(schema._deprecated)) shape[key] = z.unknown().optional();
    out = schema._loose ? z.looseObject(shape) : z.strictObject(shape);
  } else if (schema instanceof RecordSchema) {
    out = z.record(convert(schema.key, seen) as z.ZodType<string>, convert(schema.value, seen));
  } else if (schema instanceof UnionSchema || schema instanceof DiscriminatedUnionSchema) {
    const options = schema.options.map((o: AnySchema) => convert(o, seen));
    out = z.union(options as unknown as [z.ZodType, z.ZodType]);
  } else if (schema instanceof CustomSchema) {
    out = z.unknown().superRefine((value, ctx) => report(value, ctx, (path, sub) => schema._run(value, path, sub)));
    seen.set(schema, out);
    return out;
  } else {
    out = z.unknown().superRefine((value, ctx) => report(value, ctx, (path, sub) => schema._run(value, path, sub)));
  }
  if (schema._checks.length > 0 || schema._issue) {
    // The structural part is checked by zod above; the checks written as code run on a value of the right shape.
    out = out.superRefine((value, ctx) =>
      report(value, ctx, (path, sub) => {
        if (schema._issue && !schema._run(value, path, sub)) return false;
        for (const check of schema._checks) check(value, path, sub);
        return sub.issues.length === 0;
      }),
    );
  }
  seen.set(schema, out);
  return out;
}

function report(value: unknown, ctx: z.RefinementCtx, run: (path: readonly (string | number)[], sub: SchemaContext) => boolean): void {
  const sub: SchemaContext = { issues: [], basePath: [], depth: 0 };
  run([], sub);
  for (const i of sub.issues) {
    ctx.addIssue({
      code: 'custom',
      path: [...i.path],
      message: i.messageEn,
      input: value,
      params: { cchc: { code: i.code, messageVi: i.messageVi, messageEn: i.messageEn } },
    });
  }
}
