import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcError } from '../core/errors.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { checkDecimals } from '../core/rounding.js';
import { isObject, readDecimal, typeIssue, type Problems } from './_internal/read.js';
import { bandOf, checkBands, type ClassBand, type ClassScheme } from './classify.js';
import { ParNumberInputSchema, type ParNumberInput } from './rule.js';

/**
 * Options of {@link gradeDistribution}.
 *
 * @example
 * ```ts
 * import type { GradeDistributionOptions } from 'cchc';
 * const options: GradeDistributionOptions = { decimals: 1 };
 * ```
 */
export interface GradeDistributionOptions {
  /** Decimals of the shares, 0–20. Default 2 ("52,38%"). */
  readonly decimals?: number;
}

/**
 * Schema of {@link GradeDistributionOptions}.
 *
 * @example
 * ```ts
 * import { GradeDistributionOptionsSchema } from 'cchc';
 * GradeDistributionOptionsSchema.safeParse({ decimals: 21 }).success; // false
 * ```
 */
export const GradeDistributionOptionsSchema = z.object({ decimals: z.number().int().min(0).max(20).optional() });

/**
 * Schema of the values of {@link gradeDistribution}.
 *
 * @example
 * ```ts
 * import { GradeDistributionValuesSchema } from 'cchc';
 * GradeDistributionValuesSchema.safeParse([84.58, '79,04']).success; // true
 * ```
 */
export const GradeDistributionValuesSchema = z.array(ParNumberInputSchema);

/**
 * One class of a {@link GradeDistribution}.
 *
 * @example
 * ```ts
 * import { gradeDistribution, PAR_INDEX_GROUPS, type GradeCount } from 'cchc';
 * const b: GradeCount | undefined = gradeDistribution([84.58, 82, 79.04], PAR_INDEX_GROUPS).classes[1];
 * b?.count; // 2
 * ```
 */
export interface GradeCount {
  readonly key: string;
  readonly label: string;
  /** The band as given. */
  readonly band: ClassBand;
  /** Units in the class. */
  readonly count: number;
  /** Percent of all units, `null` when there are none. */
  readonly share: Decimal | null;
}

/**
 * The result of {@link gradeDistribution}: a count and share per class in the order of the bands, and the units
 * that fall in no band. Shares (classes and unclassified together) add up to exactly 100.
 *
 * @example
 * ```ts
 * import { gradeDistribution, PAR_INDEX_GROUPS, type GradeDistribution } from 'cchc';
 * const d: GradeDistribution = gradeDistribution([84.58, 82, 79.04, 65], PAR_INDEX_GROUPS);
 * d.unclassified.count; // 1
 * ```
 */
export interface GradeDistribution {
  /** Number of values. */
  readonly total: number;
  readonly classes: readonly GradeCount[];
  /** Values in no band (below all bands or in a gap). */
  readonly unclassified: { readonly count: number; readonly share: Decimal | null };
}

/**
 * How many units fall in each class, and their shares (thống kê xếp loại: "14/42 đơn vị xuất sắc, chiếm 33,33%").
 * Shares come from {@link largestRemainder}, so they add up to exactly 100 at the chosen decimals — unlike many
 * printed reports (the seed report prints 33,3% / 52,40% / 9,52% / 4,78% for 14 / 22 / 4 / 2 of 42; the counts give
 * 33,33% / 52,38% / 9,53% / 4,76%).
 *
 * @param values - index values (numbers, Decimals or Vietnamese text, "84,58" or "84,58%")
 * @param bands - a list of {@link ClassBand}s or a {@link ClassScheme}
 * @throws {@link CchcError} for a bad value (every one listed) or a bad classification.
 *
 * @example
 * ```ts
 * import { gradeDistribution, HUE_PAR_CLASSES } from 'cchc';
 * const d = gradeDistribution([95, 91, 85, 82.5, 74, 60, 50], HUE_PAR_CLASSES);
 * d.classes.map((c) => `${c.label} ${c.count}`); // ['Xuất sắc 2', 'Tốt 2', 'Khá 1', 'Trung bình 1']
 * d.unclassified.count;                          // 1
 * d.classes[0]?.share?.toString();               // '28.57'
 * ```
 */
export function gradeDistribution(values: readonly ParNumberInput[], bands: readonly ClassBand[] | ClassScheme, options: GradeDistributionOptions = {}): GradeDistribution {
  const checked = checkBands(bands);
  if (!Array.isArray(values)) throw new CchcError(typeIssue(['values'], 'một mảng giá trị', 'an array of values', values));
  if (!isObject(options)) throw new CchcError(typeIssue(['options'], 'một đối tượng tuỳ chọn', 'an options object', options));
  const decimals = checkDecimals(options.decimals ?? 2);
  const problems: Problems = [];
  const counts = new Map<ClassBand, number>(checked.map((b) => [b.band, 0]));
  let unclassified = 0;
  values.forEach((v, i) => {
    const d = readDecimal(v, ['values', i], problems, { percentSign: true });
    if (!d) return;
    const band = bandOf(d, checked);
    if (band) counts.set(band, counts.get(band)! + 1);
    else unclassified++;
  });
  if (problems.length > 0) throw new CchcError(problems);
  const list = [...checked.map((b) => counts.get(b.band)!), unclassified];
  const shares: (Decimal | null)[] = values.length === 0 ? list.map(() => null) : largestRemainder(list, { decimals });
  return Object.freeze({
    total: values.length,
    classes: Object.freeze(
      checked.map((b, i) => Object.freeze({ key: b.band.key, label: b.band.label, band: b.band, count: list[i]!, share: shares[i]! })),
    ),
    unclassified: Object.freeze({ count: unclassified, share: shares[shares.length - 1]! }),
  });
}
