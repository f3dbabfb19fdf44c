import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from '../../core/decimal.js';
import { formatNumber } from '../../core/format-number.js';
import { formatPercentPoints } from '../../core/format-percent.js';

/** A number as Vietnamese / English documents write it. @internal */
export function num(v: DecimalInput, locale: 'vi' | 'en'): string {
  return formatNumber(v, { locale });
}

/** "13 + 12" or "10.000 − 7 + 11". @internal */
export function expression(terms: readonly { value: DecimalInput; sign?: 1 | -1 }[], locale: 'vi' | 'en'): string {
  return terms
    .map((t, i) => {
      const s = t.sign === -1 ? '−' : '+';
      return i === 0 ? `${t.sign === -1 ? '−' : ''}${num(t.value, locale)}` : ` ${s} ${num(t.value, locale)}`;
    })
    .join('');
}

/** A percent in points with `decimals` decimals. @internal */
export function pct(points: DecimalInput, decimals: number, locale: 'vi' | 'en'): string {
  return formatPercentPoints(points, { decimals, locale });
}

/** Sum of decimals. @internal */
export function sumOf(values: readonly DecimalInput[]): Decimal {
  return values.reduce<Decimal>((a, b) => a.plus(toDecimal(b)), toDecimal(0));
}

/** A value as a finding value: a plain number when it is a safe integer, else the Decimal. @internal */
export function findingValue(d: Decimal): number | Decimal {
  return d.isInteger() && d.abs().lte(Number.MAX_SAFE_INTEGER) ? d.toNumber() : d;
}

/** Append an optional note to a message. @internal */
export function withNote(message: string, note: string | undefined): string {
  return note ? `${message} ${note}` : message;
}

/** Sum of counts: a number while it is a safe integer, else the exact Decimal (never a rounded float). @internal */
export function countSum(values: readonly number[]): number | Decimal {
  let sum = 0;
  for (const v of values) sum += v;
  return Number.isSafeInteger(sum) ? sum : sumOf(values);
}
