import type { Decimal } from 'decimal.js';

/**
 * A figure as a report prints it (số liệu in): a number, a bigint, a Decimal, or its text — exact ("4.561", "97,4%"),
 * approximate ("gần 98%", "hơn 4.500 hồ sơ", "khoảng 120 nghìn"), scaled ("3,87 ngàn", "2,6 nghìn tỷ đồng") or a
 * range ("45,5–45,7"). Texts are read by {@link parseViApproximate} in the notation the input names (`locale`,
 * Vietnamese by default; English notation only when the input says `locale: 'en'`) and checked as intervals.
 *
 * How each kind of figure is read:
 * - a count (hồ sơ, nhiệm vụ, đơn vị) is exact unless its words or a scale word say otherwise;
 * - a score, an index or a rate is rounded at its printed decimals ("62,3" is [62,25; 62,35]); a JS number is read
 *   at its own decimals (82.5 → one decimal) unless the input gives the printed `decimals`;
 * - an amount of money is exact unless it has decimals, a scale word or a qualifier.
 *
 * @example
 * ```ts
 * import type { PrintedFigure } from 'cchc';
 * const figures: PrintedFigure[] = [4561, '4.561', 'hơn 4.500 hồ sơ', 'gần 98%', '3,87 ngàn', '2,6 nghìn tỷ đồng'];
 * ```
 *
 * @category Audits
 */
export type PrintedFigure = number | bigint | Decimal | string;
