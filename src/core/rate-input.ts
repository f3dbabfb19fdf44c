import { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { CchcError, issue, readPath, show, type CchcPath } from './errors.js';
import { readInputObject, readOptions } from './options.js';
import { checkTextLength } from './_internal/check-limits.js';
import { parseViPercent } from './parse-vi-number.js';
import { ratio, quantityRatio, type RatioLike } from './ratio.js';
import type { Locale } from './locale.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * A rate (tỷ lệ) as a caller may give it, the one input every function that takes a rate accepts:
 *
 * - a {@link Ratio} or {@link QuantityRatio} made by {@link ratio} / {@link quantityRatio} (its counts are kept);
 * - `{ numerator, denominator }`: two counts, read as {@link ratio};
 * - a **fraction** as a number: `0.85` is 85% (a number is never read as percent points);
 * - a **percent text** with its sign: `'85%'`, `'85,5 %'` (Vietnamese notation; `locale: 'en'` reads `'85.5%'`).
 *   A text without "%" is refused, so "0,85" and "85" are never guessed.
 *
 * Names say the unit everywhere else: `…Percent` values are percent points (85 for 85%), `…Ratio` / `…Share` values
 * are fractions or {@link Ratio}s.
 *
 * @example
 * ```ts
 * import { ratio, type RateInput } from 'cchc';
 * const rates: RateInput[] = [ratio(46, 50), { numerator: 46, denominator: 50 }, 0.92, '92%'];
 * ```
 *
 * @category Core
 */
export type RateInput = RatioLike | { readonly numerator: number; readonly denominator: number } | number | string;

/**
 * Options of {@link rateOf}.
 *
 * @category Core
 */
export interface RateOfOptions {
  /** The largest fraction accepted (`1` where a rate cannot exceed 100%); default: no upper bound. */
  readonly max?: number;
  /** Notation of a percent text: `'vi'` (default, "85,5%") or `'en'` ("85.5%"). */
  readonly locale?: Locale;
}

const RATIO_KEYS: readonly string[] = Object.freeze(['numerator', 'denominator']);
const RATE_OF_KEYS: readonly string[] = Object.freeze(['max', 'locale']);
const EN_PERCENT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*%$/;

/**
 * Read any {@link RateInput} as an exact rate (a {@link RatioLike}: a `value` fraction, 1 = 100%). A `Ratio` passed in
 * comes back as it is (re-checked: its value must be a finite, non-negative Decimal).
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a value of no rate shape; `INVALID_NUMBER` for a text without "%"
 *   or a non-finite number; `INVALID_COUNT` / `ZERO_DENOMINATOR` for bad counts; `RATE_OUT_OF_RANGE` for a negative
 *   rate or one above `max`.
 *
 * @example
 * ```ts
 * import { rateOf, ratio } from 'cchc';
 * rateOf('85%').value.toString(); // '0.85'
 * rateOf(0.85).value.toString(); // '0.85'
 * rateOf({ numerator: 46, denominator: 50 }).value.toString(); // '0.92'
 * rateOf(ratio(46, 50)).value.toString(); // '0.92'
 * rateOf('85,5%').value.toString(); // '0.855'
 * rateOf('85.5%', { locale: 'en' }).value.toString(); // '0.855'
 * ```
 *
 * @category Core
 */
export function rateOf(input: RateInput, options?: RateOfOptions, pathIn: CchcPath = ['rate']): RatioLike {
  const path = readPath(pathIn);
  const o = readOptions<RateOfOptions>(options, RATE_OF_KEYS);
  if (o.max !== undefined && (typeof o.max !== 'number' || !Number.isFinite(o.max) || o.max < 0)) {
    const p = { key: 'max', received: show(o.max) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'max'], vi.INVALID_INPUT__nonNegative(p), en.INVALID_INPUT__nonNegative(p), o.max),
    );
  }
  if (o.locale !== undefined && o.locale !== 'vi' && o.locale !== 'en') {
    throw new CchcError(
      issue(
        'INVALID_LOCALE',
        ['options', 'locale'],
        vi.INVALID_LOCALE({ received: show(o.locale) }),
        en.INVALID_LOCALE({ received: show(o.locale) }),
        o.locale,
      ),
    );
  }
  const r = readRate(input, o.locale ?? 'vi', path);
  const v = r.value;
  if (v.isNegative() || (o.max !== undefined && v.greaterThan(o.max))) {
    const p = { value: v.times(100).toString(), max: o.max === undefined ? '' : new CchcDecimal(o.max).times(100).toString() };
    throw new CchcError(issue('RATE_OUT_OF_RANGE', path, vi.RATE_OUT_OF_RANGE(p), en.RATE_OUT_OF_RANGE(p), v.toString()));
  }
  return r;
}

function readRate(input: unknown, locale: Locale, path: CchcPath): RatioLike {
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new CchcError(
        issue(
          'INVALID_NUMBER',
          path,
          vi.INVALID_NUMBER__finite({ received: show(input) }),
          en.INVALID_NUMBER__finite({ received: show(input) }),
          input,
        ),
      );
    return Object.freeze({ value: new CchcDecimal(input) });
  }
  if (typeof input === 'string') {
    const text = input.trim();
    if (!text.endsWith('%')) {
      throw new CchcError(
        issue(
          'INVALID_NUMBER',
          path,
          vi.INVALID_NUMBER__rateText({ received: show(input) }),
          en.INVALID_NUMBER__rateText({ received: show(input) }),
          input,
        ),
      );
    }
    if (locale === 'vi') return Object.freeze({ value: withPath(() => parseViPercent(text), path).div(100) });
    withPath(() => checkTextLength(text), path);
    const m = EN_PERCENT.exec(text.normalize('NFC'));
    if (!m)
      throw new CchcError(
        issue(
          'INVALID_NUMBER',
          path,
          vi.INVALID_NUMBER__rateText({ received: show(input) }),
          en.INVALID_NUMBER__rateText({ received: show(input) }),
          input,
        ),
      );
    const v = new CchcDecimal(`${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`).div(100);
    return Object.freeze({ value: v.isZero() ? new CchcDecimal(0) : v }); // "-0.0%" is 0
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const obj = input as { numerator?: unknown; denominator?: unknown; value?: unknown };
    if (Object.hasOwn(obj, 'value')) {
      const value = obj.value;
      if (!Decimal.isDecimal(value) || !(value as Decimal).isFinite()) {
        throw new CchcError(
          issue(
            'INVALID_NUMBER',
            [...path, 'value'],
            vi.INVALID_NUMBER__finite({ received: show(value) }),
            en.INVALID_NUMBER__finite({ received: show(value) }),
            value,
          ),
        );
      }
      return input as RatioLike;
    }
    if (Object.hasOwn(obj, 'numerator') || Object.hasOwn(obj, 'denominator')) {
      readInputObject(obj, RATIO_KEYS, '{ numerator, denominator }', path);
      const isCount = (v: unknown) => typeof v === 'number';
      return withPath(
        () =>
          isCount(obj.numerator) && isCount(obj.denominator)
            ? ratio(obj.numerator as number, obj.denominator as number)
            : quantityRatio(obj.numerator as number, obj.denominator as number),
        path,
      );
    }
  }
  throw new CchcError(
    issue(
      'INVALID_INPUT',
      path,
      vi.INVALID_INPUT__rate({ received: show(input) }),
      en.INVALID_INPUT__rate({ received: show(input) }),
      input,
    ),
  );
}

function withPath<T>(read: () => T, path: CchcPath): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
    throw e;
  }
}
