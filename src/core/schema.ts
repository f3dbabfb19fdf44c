import { CchcError, MAX_ISSUES, isPath, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import type { CchcErrorCode } from './error-codes.js';
import { suggestKey } from './suggest.js';
import { pushUnknownKeys } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';
import { lazyFrozen, type LazyFrozenOptions } from './_internal/lazy-frozen.js';
import { MAX_INPUT_DEPTH } from './limits.js';

export { MAX_INPUT_DEPTH };

/**
 * The schemas of `cchc` (lược đồ dữ liệu): one small, dependency-free validator that every public input goes through.
 *
 * Why not zod at run time: zod 4 costs about 75 ms to import and 90 KB gzipped in a bundle, which the library's
 * start-up and bundle budgets cannot carry (issue 18); zod stays available for interoperability through the
 * `cchc/zod` entry. The shape of the API follows zod (`object`, `string().min(1)`, `.optional()`, `safeParse`) so that
 * the schemas read the same, with three differences that are the point of the kit:
 *
 * - **strict by default**: an object schema rejects a key it does not know with `UNKNOWN_KEY`, its path, and a
 *   "did you mean …" suggestion (edit distance, accents and case ignored);
 * - **errors are `CchcIssue`s** with stable codes and Vietnamese and English texts from the message catalogue;
 * - **bounded**: nesting is limited ({@link MAX_INPUT_DEPTH}) so that no input can overflow the stack.
 *
 * Schemas never transform: `parse` returns its input, typed, or throws one {@link CchcError} listing every problem.
 *
 * @example
 * ```ts
 * import { DossierRecordSchema, isCchcError } from 'cchc';
 * DossierRecordSchema.safeParse({ id: 'A1', receivedAt: '2019-03-04', dueDate: '2019-03-11' }).success; // true
 * const r = DossierRecordSchema.safeParse({ id: 'A1', receivedAt: '2019-03-04', dueDate: '2019-03-11', resolvedOn: '2019-03-08' });
 * r.success ? '' : r.error.issues[0]?.code; // 'UNKNOWN_KEY'
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'resolvedAt'
 * ```
 *
 * @category Core
 */
export abstract class Schema<T> {
  /** What the schema checks, for messages and JSON Schema (`'string'`, `'object'`, …). */
  abstract readonly kind: string;
  /** A description for documentation and JSON Schema. */
  description?: string;
  /** @internal Whether an object key with this schema may be absent. */
  _optional = false;
  /** @internal Checks added with `refine` / `check`, run after the base check passed. */
  _checks: ((value: T, path: CchcPath, ctx: SchemaContext) => void)[] = [];
  /** @internal A code and messages that replace the base check's own (`withIssue`). */
  _issue?: { code: CchcErrorCode; vi: (received: string) => string; en: (received: string) => string };
  /** @internal Extra JSON Schema keywords (`format`, `pattern`, …). */
  _json?: Record<string, unknown>;

  /** @internal The base check: push issues onto `ctx` and return whether the value has the right shape. */
  abstract _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean;
  /** @internal JSON Schema of the base check. */
  abstract _jsonBase(defs: JsonSchemaDefs): Record<string, unknown>;

  /** @internal Run the base check, then the added checks. */
  _run(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    const before = ctx.issues.length;
    const ok = this._base(value, path, ctx);
    if (!ok) {
      if (this._issue && ctx.issues.length > before) {
        // Replace the base issues raised at this very path by the schema's own code and texts.
        const own = this._issue;
        for (let i = before; i < ctx.issues.length; i++) {
          const it = ctx.issues[i]!;
          if (it.path.length === path.length) ctx.issues[i] = issue(own.code, path, own.vi(show(value)), own.en(show(value)), value);
        }
      }
      return false;
    }
    for (const check of this._checks) check(value as T, path, ctx);
    return ctx.issues.length === before;
  }

  /** Validate `input`: the input itself, typed, or a {@link CchcError} with every problem found. */
  parse(input: unknown, options?: ParseOptions): T {
    const ctx = newContext(options);
    if (this._run(input, ctx.basePath, ctx) && ctx.issues.length === 0) return input as T;
    throw new CchcError(ctx.issues);
  }

  /** Validate without throwing: `{ success: true, data }` or `{ success: false, error }`. */
  safeParse(input: unknown, options?: ParseOptions): SafeParseResult<T> {
    const ctx = newContext(options);
    if (this._run(input, ctx.basePath, ctx) && ctx.issues.length === 0) return { success: true, data: input as T };
    return { success: false, error: new CchcError(ctx.issues) };
  }

  /** Whether `input` is valid. */
  is(input: unknown): input is T {
    return this._run(input, [], newContext(undefined));
  }

  /** The problems of `input`, empty when it is valid. */
  issuesOf(input: unknown, options?: ParseOptions): CchcIssue[] {
    const ctx = newContext(options);
    this._run(input, ctx.basePath, ctx);
    return ctx.issues;
  }

  /** A JSON Schema (draft 2020-12) of what this schema accepts. Checks written as code are described, not encoded. */
  toJSONSchema(): Record<string, unknown> {
    const defs: JsonSchemaDefs = { defs: {}, seen: new Map() };
    const body = jsonOf(this as AnySchema, defs);
    const out: Record<string, unknown> = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...body };
    if (Object.keys(defs.defs).length > 0) out.$defs = defs.defs;
    return out;
  }

  /** This schema, or `undefined` (an object key may be absent). */
  optional(): OptionalSchema<T, undefined> {
    const s = new OptionalSchema<T, undefined>(this, 'undefined');
    s._optional = true;
    return s;
  }

  /** This schema, or `null`. */
  nullable(): OptionalSchema<T, null> {
    return new OptionalSchema<T, null>(this, 'null');
  }

  /** This schema, `null` or `undefined` (database exports write `null` for an empty optional field). */
  nullish(): OptionalSchema<T, null | undefined> {
    const s = new OptionalSchema<T, null | undefined>(this, 'nullish');
    s._optional = true;
    return s;
  }

  /**
   * Add a check that runs when the base shape is right. `make` builds the issue from the value (a catalogue message).
   */
  refine(predicate: (value: T) => boolean, make: (value: T) => { code: CchcErrorCode; vi: string; en: string }): this {
    const copy = this._clone();
    copy._checks = [
      ...this._checks,
      (value, path, ctx) => {
        if (!predicate(value)) {
          const m = make(value);
          ctx.issues.push(issue(m.code, path, m.vi, m.en, value));
        }
      },
    ];
    return copy;
  }

  /** Add a check that may raise several issues, anywhere below `path` (`ctx.add(issue)`). */
  check(fn: (value: T, path: CchcPath, ctx: SchemaContext) => void): this {
    const copy = this._clone();
    copy._checks = [...this._checks, fn];
    return copy;
  }

  /**
   * Report this schema's own failures (wrong type, out of range, bad format) with `code` and catalogue texts of the
   * received value, instead of the generic `INVALID_INPUT` texts.
   */
  withIssue(code: CchcErrorCode, viText: (received: string) => string, enText: (received: string) => string): this {
    const copy = this._clone();
    copy._issue = { code, vi: viText, en: enText };
    return copy;
  }

  /** Attach a description (kept in JSON Schema). */
  describe(description: string): this {
    const copy = this._clone();
    copy.description = description;
    return copy;
  }

  /** Attach JSON Schema keywords that the code checks (`format: 'date'`, …). */
  json(keywords: Record<string, unknown>): this {
    const copy = this._clone();
    copy._json = { ...this._json, ...keywords };
    return copy;
  }

  /** @internal */
  _clone(): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(copy, this);
    return copy;
  }
}

/**
 * The result of {@link Schema.safeParse}.
 *
 * @category Core
 */
export type SafeParseResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: CchcError };

/**
 * Options of {@link Schema.parse}.
 *
 * @category Core
 */
export interface ParseOptions {
  /** A path to prefix every issue with (the input's place in a larger value). */
  readonly path?: CchcPath;
}

/** @internal State of one validation run. */
export interface SchemaContext {
  readonly issues: CchcIssue[];
  readonly basePath: CchcPath;
  depth: number;
}

/** A new validation run. Options that are not `{ path? }` with a real path are themselves an issue of the run. */
function newContext(options: ParseOptions | undefined): SchemaContext {
  if (options === undefined || options === null) return { issues: [], basePath: [], depth: 0 };
  const path: unknown = typeof options === 'object' ? options.path : undefined;
  if (typeof options !== 'object' || (path !== undefined && !isPath(path))) {
    const p = { received: show(options) };
    return {
      issues: [issue('INVALID_INPUT', ['options'], vi.INVALID_INPUT__options(p), en.INVALID_INPUT__options(p), options)],
      basePath: [],
      depth: 0,
    };
  }
  return { issues: [], basePath: path ? [...path] : [], depth: 0 };
}

/** @internal */
export interface JsonSchemaDefs {
  readonly defs: Record<string, unknown>;
  readonly seen: Map<AnySchema, string>;
}

function jsonOf(schema: AnySchema, defs: JsonSchemaDefs): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema._jsonBase(defs), ...schema._json };
  if (schema.description) out.description = schema.description;
  return out;
}

/**
 * The type a schema accepts: `Infer<typeof DossierRecordSchema>`.
 *
 * @category Core
 */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** What a received value is, in words, for messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeIssue(ctx: SchemaContext, path: CchcPath, expectedVi: string, expectedEn: string, value: unknown): false {
  ctx.issues.push(
    issue(
      'INVALID_INPUT',
      path,
      vi.INVALID_INPUT__type({ expected: expectedVi, received: show(value) }),
      en.INVALID_INPUT__type({ expected: expectedEn, received: show(value) }),
      value,
    ),
  );
  return false;
}

// ————————————————————————————————— primitives —————————————————————————————————

/** @internal */
export class StringSchema extends Schema<string> {
  readonly kind = 'string';
  _min?: number;
  _max?: number;
  _pattern?: { re: RegExp; vi: string; en: string };

  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (typeof value !== 'string') {
      return typeIssue(ctx, path, vi.INVALID_INPUT__expectedString(), en.INVALID_INPUT__expectedString(), value);
    }
    if (this._min !== undefined && value.length < this._min) {
      ctx.issues.push(
        issue('INVALID_INPUT', path, vi.INVALID_INPUT__tooShort({ min: this._min }), en.INVALID_INPUT__tooShort({ min: this._min }), value),
      );
      return false;
    }
    if (this._max !== undefined && value.length > this._max) {
      ctx.issues.push(
        issue(
          'TEXT_TOO_LONG',
          path,
          vi.TEXT_TOO_LONG({ max: this._max, length: value.length }),
          en.TEXT_TOO_LONG({ max: this._max, length: value.length }),
        ),
      );
      return false;
    }
    if (this._pattern && !this._pattern.re.test(value)) {
      ctx.issues.push(issue('INVALID_INPUT', path, this._pattern.vi, this._pattern.en, value));
      return false;
    }
    return true;
  }

  _jsonBase(): Record<string, unknown> {
    const out: Record<string, unknown> = { type: 'string' };
    if (this._min !== undefined) out.minLength = this._min;
    if (this._max !== undefined) out.maxLength = this._max;
    if (this._pattern) out.pattern = this._pattern.re.source;
    return out;
  }

  /** At least `n` characters (`min(1)`: not empty). */
  min(n: number): StringSchema {
    const c = this._clone();
    c._min = n;
    return c;
  }

  /** At most `n` characters; longer text is refused with `TEXT_TOO_LONG`. */
  max(n: number): StringSchema {
    const c = this._clone();
    c._max = n;
    return c;
  }

  /** Matches `re` (use anchored, linear-time patterns); `vi` / `en` say what was expected. */
  regex(re: RegExp, viText: string, enText: string): StringSchema {
    const c = this._clone();
    c._pattern = { re, vi: viText, en: enText };
    return c;
  }
}

/** @internal */
export class NumberSchema extends Schema<number> {
  readonly kind = 'number';
  _int = false;
  _min?: number;
  _max?: number;

  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this._int
        ? typeIssue(ctx, path, vi.INVALID_INPUT__expectedInteger(), en.INVALID_INPUT__expectedInteger(), value)
        : typeIssue(ctx, path, vi.INVALID_INPUT__expectedNumber(), en.INVALID_INPUT__expectedNumber(), value);
    }
    if (this._int && !Number.isSafeInteger(value)) {
      return typeIssue(ctx, path, vi.INVALID_INPUT__expectedInteger(), en.INVALID_INPUT__expectedInteger(), value);
    }
    if ((this._min !== undefined && value < this._min) || (this._max !== undefined && value > this._max)) {
      const range = { min: this._min ?? '−∞', max: this._max ?? '+∞', received: show(value) };
      ctx.issues.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__range(range), en.INVALID_INPUT__range(range), value));
      return false;
    }
    return true;
  }

  _jsonBase(): Record<string, unknown> {
    const out: Record<string, unknown> = { type: this._int ? 'integer' : 'number' };
    if (this._min !== undefined) out.minimum = this._min;
    if (this._max !== undefined) out.maximum = this._max;
    return out;
  }

  /** A safe integer. */
  int(): NumberSchema {
    const c = this._clone();
    c._int = true;
    return c;
  }

  /** At least `n`. */
  min(n: number): NumberSchema {
    const c = this._clone();
    c._min = n;
    return c;
  }

  /** At most `n`. */
  max(n: number): NumberSchema {
    const c = this._clone();
    c._max = n;
    return c;
  }

  /** At least 0. */
  nonnegative(): NumberSchema {
    return this.min(0);
  }
}

/** @internal */
export class BooleanSchema extends Schema<boolean> {
  readonly kind = 'boolean';
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (typeof value === 'boolean') return true;
    return typeIssue(ctx, path, vi.INVALID_INPUT__expectedBoolean(), en.INVALID_INPUT__expectedBoolean(), value);
  }
  _jsonBase(): Record<string, unknown> {
    return { type: 'boolean' };
  }
}

/** @internal */
export class LiteralSchema<T extends string | number | boolean | null> extends Schema<T> {
  readonly kind = 'literal';
  constructor(readonly values: readonly T[]) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    // `includes` compares values: a prototype name such as 'toString' is never accepted by accident.
    if ((this.values as readonly unknown[]).includes(value)) return true;
    const choices = this.values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    const suggestion =
      typeof value === 'string'
        ? suggestKey(
            value,
            this.values.filter((v): v is T & string => typeof v === 'string'),
          )
        : undefined;
    const p = { choices, received: show(value), suggestion: suggestion ?? '' };
    const it = issue('INVALID_INPUT', path, vi.INVALID_INPUT__choice(p), en.INVALID_INPUT__choice(p), value);
    ctx.issues.push(suggestion ? { ...it, suggestion } : it);
    return false;
  }
  _jsonBase(): Record<string, unknown> {
    return this.values.length === 1 ? { const: this.values[0] } : { enum: [...this.values] };
  }
}

/** @internal */
export class UnknownSchema extends Schema<unknown> {
  readonly kind = 'unknown';
  _base(): boolean {
    return true;
  }
  _jsonBase(): Record<string, unknown> {
    return {};
  }
}

/** @internal */
export class CustomSchema<T> extends Schema<T> {
  readonly kind: string;
  constructor(
    kind: string,
    readonly test: (value: unknown, path: CchcPath, ctx: SchemaContext) => boolean,
    readonly jsonSchema: Record<string, unknown>,
  ) {
    super();
    this.kind = kind;
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    return this.test(value, path, ctx);
  }
  _jsonBase(): Record<string, unknown> {
    return { ...this.jsonSchema };
  }
}

// ————————————————————————————————— wrappers —————————————————————————————————

/** @internal */
export class OptionalSchema<T, E extends null | undefined> extends Schema<T | E> {
  readonly kind = 'optional';
  constructor(
    readonly inner: Schema<T>,
    readonly allows: 'undefined' | 'null' | 'nullish',
  ) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (value === undefined && this.allows !== 'null') return true;
    if (value === null && this.allows !== 'undefined') return true;
    return this.inner._run(value, path, ctx);
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    const inner = jsonOf(this.inner, defs);
    return this.allows === 'undefined' ? inner : { anyOf: [inner, { type: 'null' }] };
  }
  /** The schema without `optional` / `nullable`. */
  unwrap(): Schema<T> {
    return this.inner;
  }
}

/** @internal */
export class ArraySchema<T> extends Schema<readonly T[]> {
  readonly kind = 'array';
  _min?: number;
  _max?: number;
  constructor(readonly item: Schema<T>) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    // An own `constructor` would be called by `map`, `filter`, `slice` on the array (Symbol.species): not a plain list.
    if (!Array.isArray(value) || Object.hasOwn(value, 'constructor'))
      return typeIssue(ctx, path, vi.INVALID_INPUT__expectedArray(), en.INVALID_INPUT__expectedArray(), value);
    if (this._min !== undefined && value.length < this._min) {
      ctx.issues.push(
        issue(
          'INVALID_INPUT',
          path,
          vi.INVALID_INPUT__tooFewItems({ min: this._min }),
          en.INVALID_INPUT__tooFewItems({ min: this._min }),
          value,
        ),
      );
      return false;
    }
    if (this._max !== undefined && value.length > this._max) {
      ctx.issues.push(
        issue(
          'INPUT_TOO_LARGE',
          path,
          vi.INPUT_TOO_LARGE({ max: this._max, size: value.length }),
          en.INPUT_TOO_LARGE({ max: this._max, size: value.length }),
        ),
      );
      return false;
    }
    if (!enter(ctx, path)) return false;
    let ok = true;
    // An index loop (not forEach) visits holes of a sparse array, which then fail the item schema as `undefined`.
    for (let i = 0; i < value.length; i++) {
      if (!this.item._run(value[i], [...path, i], ctx)) ok = false;
      if (ctx.issues.length >= MAX_ISSUES) break;
    }
    ctx.depth--;
    return ok;
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    const out: Record<string, unknown> = { type: 'array', items: jsonOf(this.item, defs) };
    if (this._min !== undefined) out.minItems = this._min;
    if (this._max !== undefined) out.maxItems = this._max;
    return out;
  }
  /** At least `n` items. */
  min(n: number): ArraySchema<T> {
    const c = this._clone();
    c._min = n;
    return c;
  }
  /** At most `n` items (`INPUT_TOO_LARGE` beyond). */
  max(n: number): ArraySchema<T> {
    const c = this._clone();
    c._max = n;
    return c;
  }
}

function enter(ctx: SchemaContext, path: CchcPath): boolean {
  if (ctx.depth >= MAX_INPUT_DEPTH) {
    ctx.issues.push(
      issue('INPUT_TOO_DEEP', path, vi.INPUT_TOO_DEEP({ max: MAX_INPUT_DEPTH }), en.INPUT_TOO_DEEP({ max: MAX_INPUT_DEPTH })),
    );
    return false;
  }
  ctx.depth++;
  return true;
}

/**
 * Any schema (for constraints: `Schema<number>` is not a `Schema<unknown>`, its checks take numbers).
 *
 * @category Core
 */
// biome-ignore lint/suspicious/noExplicitAny: variance of the schema type parameter
export type AnySchema = Schema<any>;

/**
 * A shape: the schema of each key of an object.
 *
 * @category Core
 */
export type Shape = Readonly<Record<string, AnySchema>>;

/**
 * The keys of a shape whose schema accepts `undefined` (optional in {@link ObjectOf}).
 *
 * @category Core
 */
export type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
/**
 * The keys of a shape whose schema does not accept `undefined`.
 *
 * @category Core
 */
export type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
/**
 * A type flattened for display (an intersection shown as one object type).
 *
 * @category Core
 */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};
/**
 * The object type of a shape: keys whose schema accepts `undefined` are optional.
 *
 * @category Core
 */
export type ObjectOf<S extends Shape> = Simplify<
  { readonly [K in RequiredKeys<S>]: Infer<S[K]> } & { readonly [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/**
 * Whether a value is a plain object (not null, not an array, not a Date or a Map): what an options or record argument
 * must be.
 * @internal
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** @internal */
export class ObjectSchema<S extends Shape, T = ObjectOf<S>> extends Schema<T> {
  readonly kind = 'object';
  /** Keys that are accepted and ignored, each with the note telling what replaced it (deprecated aliases). */
  _deprecated: Readonly<Record<string, string>> = {};
  _loose = false;
  /** When true, class instances (frozen library objects passed back in) are accepted as well as plain objects. */
  _anyObject = false;
  readonly keys: readonly string[];
  constructor(readonly shape: S) {
    super();
    this.keys = Object.keys(shape);
  }

  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    const okType = this._anyObject ? typeof value === 'object' && value !== null && !Array.isArray(value) : isPlainObject(value);
    if (!okType) return typeIssue(ctx, path, vi.INVALID_INPUT__expectedObject(), en.INVALID_INPUT__expectedObject(), value);
    if (!enter(ctx, path)) return false;
    const obj = value as Record<string, unknown>;
    let ok = true;
    if (!this._loose) {
      // 100,000 unknown keys: the first MAX_UNKNOWN_KEYS listed (each costs a "did you mean" search), the rest counted.
      const known = (key: string) => Object.hasOwn(this.shape, key) || Object.hasOwn(this._deprecated, key);
      if (pushUnknownKeys(ctx.issues, obj, known, path, [...this.keys, ...Object.keys(this._deprecated)])) ok = false;
      if (ctx.issues.length >= MAX_ISSUES) {
        ctx.depth--;
        return false;
      }
    }
    for (const key of this.keys) {
      const v = Object.hasOwn(obj, key) ? obj[key] : undefined;
      if (!this.shape[key]!._run(v, [...path, key], ctx)) ok = false;
      if (ctx.issues.length >= MAX_ISSUES) break;
    }
    ctx.depth--;
    return ok;
  }

  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const key of this.keys) {
      const s = this.shape[key]!;
      properties[key] = jsonOf(s, defs);
      if (!s._optional) required.push(key);
    }
    for (const [key, note] of Object.entries(this._deprecated)) properties[key] = { deprecated: true, description: note };
    const out: Record<string, unknown> = { type: 'object', properties };
    if (required.length > 0) out.required = required;
    if (!this._loose) out.additionalProperties = false;
    return out;
  }

  /** A schema with more keys (or keys replaced). */
  extend<E extends Shape>(more: E): ObjectSchema<Omit<S, keyof E> & E> {
    const s = new ObjectSchema({ ...this.shape, ...more } as Omit<S, keyof E> & E);
    s._deprecated = this._deprecated;
    s._loose = this._loose;
    s._anyObject = this._anyObject;
    return s;
  }

  /** A schema with only some keys. */
  pick<K extends keyof S & string>(...keys: K[]): ObjectSchema<Pick<S, K>> {
    const shape: Record<string, AnySchema> = {};
    for (const k of keys) shape[k] = this.shape[k]!;
    return new ObjectSchema(shape as Pick<S, K>);
  }

  /** A schema without some keys. */
  omit<K extends keyof S & string>(...keys: K[]): ObjectSchema<Omit<S, K>> {
    const shape: Record<string, AnySchema> = { ...this.shape };
    for (const k of keys) delete shape[k];
    return new ObjectSchema(shape as Omit<S, K>);
  }

  /** A schema where every key may be absent. */
  partial(): ObjectSchema<{ [K in keyof S]: OptionalSchema<Infer<S[K]>, undefined> }> {
    const shape: Record<string, AnySchema> = {};
    for (const k of this.keys) shape[k] = this.shape[k]!.optional();
    return new ObjectSchema(shape) as unknown as ObjectSchema<{ [K in keyof S]: OptionalSchema<Infer<S[K]>, undefined> }>;
  }

  /**
   * Keys that are still accepted but no longer used the same way (deprecated aliases), each with a note naming
   * what replaced it. The function that reads them handles them; the schema only lets them through.
   */
  deprecatedKeys(notes: Readonly<Record<string, string>>): this {
    const c = this._clone();
    c._deprecated = { ...this._deprecated, ...notes };
    return c;
  }

  /** Accept class instances (e.g. a frozen result of the library passed back in) as well as plain objects. */
  anyObject(): this {
    const c = this._clone();
    c._anyObject = true;
    return c;
  }

  /** Let unknown keys through (only for inputs that are open by design, such as a table row of printed cells). */
  loose(): this {
    const c = this._clone();
    c._loose = true;
    return c;
  }

  /** Declare the type the schema produces when it is narrower than the shape (an interface with documented keys). */
  as<U>(): ObjectSchema<S, U> {
    return this as unknown as ObjectSchema<S, U>;
  }
}

/** @internal */
export class RecordSchema<K extends string, V> extends Schema<Readonly<Record<K, V>>> {
  readonly kind = 'record';
  constructor(
    readonly key: Schema<K>,
    readonly value: Schema<V>,
  ) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (!isPlainObject(value)) return typeIssue(ctx, path, vi.INVALID_INPUT__expectedObject(), en.INVALID_INPUT__expectedObject(), value);
    if (!enter(ctx, path)) return false;
    let ok = true;
    for (const k of Object.keys(value)) {
      if (!this.key._run(k, [...path, k], ctx)) ok = false;
      else if (!this.value._run(value[k], [...path, k], ctx)) ok = false;
      if (ctx.issues.length >= MAX_ISSUES) break;
    }
    ctx.depth--;
    return ok;
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    return { type: 'object', propertyNames: jsonOf(this.key, defs), additionalProperties: jsonOf(this.value, defs) };
  }
}

/** @internal */
export class UnionSchema<T> extends Schema<T> {
  readonly kind = 'union';
  constructor(readonly options: readonly AnySchema[]) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    let best: CchcIssue[] | undefined;
    for (const option of this.options) {
      const sub: SchemaContext = { issues: [], basePath: ctx.basePath, depth: ctx.depth };
      if (option._run(value, path, sub)) return true;
      // Keep the attempt that got furthest: the one whose issues lie deepest, then the fewest.
      if (!best || score(sub.issues) > score(best)) best = sub.issues;
    }
    const shallowOnly = best!.every((i) => i.path.length === path.length && i.code === 'INVALID_INPUT');
    if (shallowOnly) {
      const kinds = this.options.map((o) => o.kind).join(' | ');
      return typeIssue(ctx, path, vi.INVALID_INPUT__expectedOneOf({ kinds }), en.INVALID_INPUT__expectedOneOf({ kinds }), value);
    }
    ctx.issues.push(...best!);
    return false;
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    return { anyOf: this.options.map((o) => jsonOf(o, defs)) };
  }
}

function score(issues: readonly CchcIssue[]): number {
  const deepest = issues.reduce((m, i) => Math.max(m, i.path.length), 0);
  return deepest * 1000 - issues.length;
}

/** @internal */
export class DiscriminatedUnionSchema<T> extends Schema<T> {
  readonly kind = 'object';
  constructor(
    readonly discriminator: string,
    readonly options: readonly ObjectSchema<Shape, unknown>[],
  ) {
    super();
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    if (!isPlainObject(value)) return typeIssue(ctx, path, vi.INVALID_INPUT__expectedObject(), en.INVALID_INPUT__expectedObject(), value);
    const tag = Object.hasOwn(value, this.discriminator) ? value[this.discriminator] : undefined;
    const tags: unknown[] = [];
    for (const option of this.options) {
      const lit = option.shape[this.discriminator];
      const values = lit instanceof LiteralSchema ? (lit.values as readonly unknown[]) : [];
      tags.push(...values);
      if (values.includes(tag)) return option._run(value, path, ctx);
    }
    const choices = tags.map((t) => `'${String(t)}'`).join(', ');
    const suggestion =
      typeof tag === 'string'
        ? suggestKey(
            tag,
            tags.filter((t): t is string => typeof t === 'string'),
          )
        : undefined;
    const p = { key: this.discriminator, choices, received: show(tag), suggestion: suggestion ?? '' };
    const it = issue('INVALID_INPUT', [...path, this.discriminator], vi.INVALID_INPUT__tag(p), en.INVALID_INPUT__tag(p), tag);
    ctx.issues.push(suggestion ? { ...it, suggestion } : it);
    return false;
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    return { oneOf: this.options.map((o) => jsonOf(o, defs)) };
  }
}

/** @internal */
export class LazySchema<T> extends Schema<T> {
  readonly kind = 'lazy';
  _resolved?: Schema<T>;
  constructor(
    readonly name: string,
    readonly get: () => Schema<T>,
  ) {
    super();
  }
  _target(): Schema<T> {
    return (this._resolved ??= this.get());
  }
  _base(value: unknown, path: CchcPath, ctx: SchemaContext): boolean {
    return this._target()._run(value, path, ctx);
  }
  _jsonBase(defs: JsonSchemaDefs): Record<string, unknown> {
    if (!defs.seen.has(this as AnySchema)) {
      defs.seen.set(this as Schema<unknown>, this.name);
      defs.defs[this.name] = jsonOf(this._target(), defs);
    }
    return { $ref: `#/$defs/${this.name}` };
  }
}

// ————————————————————————————————— constructors —————————————————————————————————

/**
 * A string.
 *
 * @category Core
 */
export const string = (): StringSchema => new StringSchema();
/**
 * A finite number (never NaN or ±Infinity).
 *
 * @category Core
 */
export const number = (): NumberSchema => new NumberSchema();
/**
 * A safe integer.
 *
 * @category Core
 */
export const int = (): NumberSchema => new NumberSchema().int();
/**
 * A count: a non-negative safe integer.
 *
 * @category Core
 */
export const count = (): NumberSchema => new NumberSchema().int().min(0);
/**
 * `true` or `false`.
 *
 * @category Core
 */
export const boolean = (): BooleanSchema => new BooleanSchema();
/**
 * Exactly one of the given values (a string union, compared by value: prototype names are never accepted).
 *
 * @category Core
 */
export const literal = <const T extends readonly (string | number | boolean | null)[]>(...values: T): LiteralSchema<T[number]> =>
  new LiteralSchema<T[number]>(values);
/**
 * One of a list of strings.
 *
 * @category Core
 */
export const oneOf = <const T extends readonly string[]>(values: T): LiteralSchema<T[number]> => new LiteralSchema<T[number]>(values);
/**
 * Anything (to be checked by the code that reads it).
 *
 * @category Core
 */
export const unknown = (): UnknownSchema => new UnknownSchema();
/**
 * An array of `item`.
 *
 * @category Core
 */
export const array = <T>(item: Schema<T>): ArraySchema<T> => new ArraySchema(item);
/**
 * An object with exactly these keys (unknown keys are refused with a suggestion).
 *
 * @category Core
 */
export const object = <S extends Shape>(shape: S): ObjectSchema<S> => new ObjectSchema(shape);
/**
 * An object whose keys match `key` and whose values match `value`.
 *
 * @category Core
 */
export const record = <K extends string, V>(key: Schema<K>, value: Schema<V>): RecordSchema<K, V> => new RecordSchema(key, value);
/**
 * One of several schemas (the first that accepts).
 *
 * @category Core
 */
export const union = <const O extends readonly AnySchema[]>(options: O): UnionSchema<Infer<O[number]>> =>
  new UnionSchema<Infer<O[number]>>(options);
/**
 * Objects told apart by a literal key (`kind`, `type`).
 *
 * @category Core
 */
export const discriminatedUnion = <const O extends readonly ObjectSchema<Shape, unknown>[]>(
  discriminator: string,
  options: O,
): DiscriminatedUnionSchema<Infer<O[number]>> => new DiscriminatedUnionSchema<Infer<O[number]>>(discriminator, options);
/**
 * A schema defined later (recursive shapes); `name` titles it in JSON Schema.
 *
 * @category Core
 */
export const lazy = <T>(name: string, get: () => Schema<T>): LazySchema<T> => new LazySchema(name, get);
/**
 * A schema checked by code: `test` pushes issues onto `ctx` and returns whether the value is valid. `jsonSchema`
 * describes it for JSON Schema.
 *
 * @category Core
 */
export const custom = <T>(
  kind: string,
  test: (value: unknown, path: CchcPath, ctx: SchemaContext) => boolean,
  jsonSchema: Record<string, unknown> = {},
): CustomSchema<T> => new CustomSchema<T>(kind, test, jsonSchema);
/**
 * A value for which `is` holds, or an `INVALID_INPUT` naming what was expected.
 *
 * @category Core
 */
export const guard = <T>(
  kind: string,
  is: (value: unknown) => value is T,
  expectedVi: string,
  expectedEn: string,
  jsonSchema: Record<string, unknown> = {},
): CustomSchema<T> =>
  new CustomSchema<T>(kind, (value, path, ctx) => is(value) || typeIssue(ctx, path, expectedVi, expectedEn, value), jsonSchema);

/** @internal Used by the object schema; exported for tests. */
export { typeName as _typeName };

/**
 * An exported schema built on first use and frozen deeply (`lazyFrozen`): importing the package builds none of the
 * exported schemas (start-up budget, issue 18), and wrapping one in another module (`.optional()`, `.nullable()`,
 * `.nullish()`, `s.array(…)`, a key of `s.object(…)`) does not build it either.
 * @internal
 */
export const deferredSchema = <T extends AnySchema | Readonly<Record<string, AnySchema>>>(build: () => T): T =>
  lazyFrozen(build, { unbuilt: UNBUILT as LazyFrozenOptions<T>['unbuilt'] });

const UNBUILT = {
  optional: Schema.prototype.optional,
  nullable: Schema.prototype.nullable,
  nullish: Schema.prototype.nullish,
};
