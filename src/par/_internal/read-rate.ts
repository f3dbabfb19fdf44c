import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcDecimal } from '../../core/decimal.js';
import { CchcError, issue, type CchcPath } from '../../core/errors.js';
import { rateOf, type RateInput } from '../../core/rate-input.js';
import * as coreVi from '../../core/messages/vi/core.js';
import * as coreEn from '../../core/messages/en/core.js';
import { isObject, readDecimal, type Problems } from './read.js';

/**
 * A rate read from an input: its fraction, and whether it was given as counts (numerator / denominator).
 *
 * @category PAR INDEX
 */
export interface ReadRate {
  readonly value: Decimal;
  readonly fromCounts: boolean;
}

/**
 * Read a rate wherever the module takes one (a leaf's `rate` / `ratio` / `share`, a percent band's bounds), the one
 * way of `cchc`: any {@link RateInput} through {@link rateOf} — a {@link Ratio}, `{ numerator, denominator }`, a
 * fraction (0.85) or a percent text ("85%", Vietnamese notation) — and a Decimal or bigint fraction.
 *
 * With `legacy`, a number written as Vietnamese text without "%" ("0,85") is also read as a fraction: the 0.1 shape
 * of `{ ratio }` and `{ share }`, kept (deprecated) so that existing inputs still work. Range checks are the caller's.
 *
 * @category PAR INDEX
 */
export function readRate(raw: unknown, path: CchcPath, problems: Problems, legacy: boolean): ReadRate | undefined {
  if (DecimalClass.isDecimal(raw)) {
    const d = raw as Decimal;
    if (d.isFinite()) return { value: new CchcDecimal(d.isZero() ? 0 : d), fromCounts: false };
    problems.push(
      issue(
        'INVALID_NUMBER',
        path,
        coreVi.INVALID_NUMBER__finite({ received: d.toString() }),
        coreEn.INVALID_NUMBER__finite({ received: d.toString() }),
        d.toString(),
      ),
    );
    return undefined;
  }
  if (typeof raw === 'bigint' || (legacy && typeof raw === 'string' && !raw.trim().endsWith('%'))) {
    const d = readDecimal(raw, path, problems);
    return d === undefined ? undefined : { value: d, fromCounts: false };
  }
  try {
    // -0 (as some exports write a zero) is the rate 0, not a negative one.
    const r = rateOf((raw === 0 ? 0 : raw) as RateInput, undefined, path);
    const fromCounts = isObject(raw) && Object.hasOwn(raw, 'numerator') && Object.hasOwn(raw, 'denominator');
    return { value: r.value, fromCounts };
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues);
    return undefined;
  }
}
