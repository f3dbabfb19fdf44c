// Field schemas and small validation helpers shared by the domain modules (quota, indicator, …), written with the
// schema kit. They used to live in `quota/_internal/fields.ts`; they are generic, so they live in core.
import { Decimal } from 'decimal.js';
import * as s from './schema.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import type { CchcErrorCode } from './error-codes.js';
import { CchcDecimal, toDecimal, type DecimalInput } from './decimal.js';
import { rateOf, type RateInput, type RateOfOptions } from './rate-input.js';
import type { RatioLike } from './ratio.js';
import { CountSchema } from './schemas.js';
import { suggestKey } from './suggest.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Run `read`; if it throws a {@link CchcError}, add its issues to `problems` and return `undefined` (so that a
 * function can collect every problem of its input before throwing). Other errors propagate.
 * @internal
 */
export function collect<T>(problems: CchcIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof CchcError) {
      problems.push(...e.issues);
      return undefined;
    }
    throw e;
  }
}

/**
 * Throw one {@link CchcError} with the issues given (the `undefined` entries skipped), if there is any.
 * @internal
 */
export function throwIfAny(problems: readonly (CchcIssue | undefined)[]): void {
  const list = problems.filter((p): p is CchcIssue => p !== undefined);
  if (list.length > 0) throw new CchcError(list);
}

/**
 * Run `read`, prefixing the path of every issue of a {@link CchcError} it throws with `prefix` (a level, an index).
 * @internal
 */
export function withPathPrefix<T>(prefix: CchcPath, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => Object.freeze({ ...i, path: [...prefix, ...i.path] })));
    throw e;
  }
}

/**
 * The value stored under `id` as an own key of `table` (never a property of `Object.prototype`: `'toString'`,
 * `'constructor'` or `'__proto__'` are not ids), or `undefined`.
 * @internal
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: unknown): T | undefined {
  return typeof id === 'string' && Object.hasOwn(table, id) ? table[id] : undefined;
}

/**
 * An issue for an id that is not in a list (a regime, a target, an indicator), with the closest known id as
 * `suggestion` when one is near (accents and case ignored).
 * @internal
 */
export function unknownIdIssue(
  code: CchcErrorCode,
  path: CchcPath,
  received: unknown,
  known: readonly string[],
  viText: string,
  enText: string,
): CchcIssue {
  const it = issue(code, path, viText, enText, received);
  const suggestion = typeof received === 'string' ? suggestKey(received, known) : undefined;
  return suggestion ? Object.freeze({ ...it, suggestion }) : it;
}

/**
 * The library's one deep freeze, re-exported here for the modules that import it with the field helpers.
 * @internal
 */
export { deepFreeze } from './_internal/freeze.js';

/** A count (non-negative safe integer) of at least 1; 0 is `INVALID_COUNT`. @internal */
export function positiveCount(): s.Schema<number> {
  return CountSchema.refine(
    (v) => v > 0,
    (v) => {
      const p = { min: 1, max: '+∞', received: show(v) };
      return { code: 'INVALID_COUNT', vi: vi.INVALID_INPUT__range(p), en: en.INVALID_INPUT__range(p) };
    },
  ).json({ minimum: 1 });
}

function decimalOf(value: unknown, path: CchcPath, ctx: s.SchemaContext): Decimal | undefined {
  try {
    return toDecimal(value, path);
  } catch (e) {
    if (e instanceof CchcError) {
      ctx.issues.push(...e.issues);
      return undefined;
    }
    throw e;
  }
}

/**
 * An exact, finite, non-negative quantity: a number, a bigint or a Decimal (an amount of money, points). A negative
 * value is `INVALID_NUMBER`; NaN, Infinity and anything else `INVALID_NUMBER` too.
 * @internal
 */
export function quantity(): s.Schema<DecimalInput> {
  return s.custom<DecimalInput>(
    'quantity',
    (value, path, ctx) => {
      const d = decimalOf(value, path, ctx);
      if (!d) return false;
      // `lt(0)`, not `isNegative()`: -0 (as Python and spreadsheets write 0 rounded from below) is 0.
      if (d.lt(0)) {
        const p = { min: 0, max: '+∞', received: d.toString() };
        ctx.issues.push(issue('INVALID_NUMBER', path, vi.INVALID_INPUT__range(p), en.INVALID_INPUT__range(p), d.toString()));
        return false;
      }
      return true;
    },
    { type: 'number', minimum: 0 },
  );
}

/**
 * Percent points (`10` for 10%): a finite number, bigint or Decimal in [0, `max`] (`max` `null`: no upper bound).
 * Out of range is `RATE_OUT_OF_RANGE` (the one code for a rate outside what a function accepts).
 * @internal
 */
export function percentPoints(max: number | null = 100): s.Schema<DecimalInput> {
  return s.custom<DecimalInput>(
    'percent',
    (value, path, ctx) => {
      const d = decimalOf(value, path, ctx);
      if (!d) return false;
      if (d.lt(0) || (max !== null && d.gt(max))) {
        const p = { value: d.toString(), max: max === null ? '' : String(max) };
        ctx.issues.push(issue('RATE_OUT_OF_RANGE', path, vi.RATE_OUT_OF_RANGE(p), en.RATE_OUT_OF_RANGE(p), d.toString()));
        return false;
      }
      return true;
    },
    max === null ? { type: 'number', minimum: 0 } : { type: 'number', minimum: 0, maximum: max },
  );
}

/**
 * A {@link RateInput} (a `Ratio`, `{ numerator, denominator }`, a fraction, a percent text with "%"), read by
 * {@link rateOf} with its options (`max`). Its problems are reported at the field's path.
 * @internal
 */
export function rate(options: RateOfOptions = {}): s.Schema<RateInput> {
  return s.custom<RateInput>(
    'rate',
    (value, path, ctx) => {
      try {
        readRate(value as RateInput, options, path);
        return true;
      } catch (e) {
        if (e instanceof CchcError) {
          ctx.issues.push(...e.issues);
          return false;
        }
        throw e;
      }
    },
    { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '%\\s*$' }, { type: 'object' }] },
  );
}

/**
 * Read a {@link RateInput} as a {@link RatioLike} with {@link rateOf}, the number `-0` read as 0 (a fraction printed
 * by a program as `-0.0` is no rate below zero).
 * @internal
 */
export function readRate(value: RateInput, options: RateOfOptions = {}, path: CchcPath = ['rate']): RatioLike {
  return rateOf(Object.is(value, -0) ? 0 : value, options, path);
}

/**
 * A quantity already checked by {@link quantity} as a Decimal, `-0` read as 0 (so that functions further down, which
 * refuse a negative sign, do not refuse a zero rounded from below).
 * @internal
 */
export function toQuantity(value: DecimalInput): Decimal {
  const d = toDecimal(value);
  return d.isZero() ? new CchcDecimal(0) : d;
}

/** Whether a value is a finite Decimal (a library object passed back in must not hold NaN or Infinity). @internal */
export function isFiniteDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value) && (value as Decimal).isFinite();
}

/**
 * Add deprecated duplicate fields (old names kept for 0.2: `nameVi` beside `name.vi`) to a new object, as
 * **non-enumerable** own properties: they read as before, but spreading the object (`{ ...def, id: 'x' }`),
 * `Object.keys` and `JSON.stringify` see only the current names, so a library object passed back in is not refused
 * for carrying both spellings. Entries whose value is `undefined` are skipped. Returns `target`.
 * @internal
 */
export function withDeprecated<T extends object>(target: T, deprecated: Readonly<Record<string, unknown>>): T {
  for (const [key, value] of Object.entries(deprecated)) {
    if (value !== undefined) Object.defineProperty(target, key, { value, enumerable: false, writable: false, configurable: false });
  }
  return target;
}
