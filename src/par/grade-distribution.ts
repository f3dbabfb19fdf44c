import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcError, MAX_ISSUES } from '../core/errors.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { ratio, type Ratio, type RatioLike } from '../core/ratio.js';
import { checkDecimals } from '../core/rounding.js';
import { bandOf, checkBands } from './_internal/check-bands.js';
import { freezeWithAliases, readParOptions, readPercentPoints, typeIssue, type Problems } from './_internal/read.js';
import type { ClassBand, ClassBandSpec, ClassScheme } from './class-scheme.js';
import type { ParNumberInput } from './rule.js';

/**
 * Options of {@link gradeDistribution}.
 *
 * @example
 * ```ts
 * import type { GradeDistributionOptions } from 'cchc';
 * const options: GradeDistributionOptions = { decimals: 1 };
 * ```
 *
 * @category PAR INDEX
 */
export interface GradeDistributionOptions {
  /** Decimals of `sharePercent`, 0–20. Default 2 ("52,38%"). */
  readonly decimals?: number;
}

/**
 * One class of a {@link GradeDistribution}.
 *
 * @example
 * ```ts
 * import { gradeDistribution, PAR_INDEX_GROUPS, type GradeCount } from 'cchc';
 * const b: GradeCount | undefined = gradeDistribution([84.58, 82, 79.04], PAR_INDEX_GROUPS).classes[1];
 * b?.count; // 2
 * ```
 *
 * @category PAR INDEX
 */
export interface GradeCount {
  readonly key: string;
  /** The band's label in both languages, when the band has one. */
  readonly title?: BilingualText;
  /** @deprecated Use `title.vi` (0.2). */
  readonly label: string;
  /** The band as given. */
  readonly band: ClassBand;
  /** Units in the class. */
  readonly count: number;
  /** The class's share of all units, exact (count / total); `null` when there are no units. */
  readonly shareRatio: Ratio | null;
  /**
   * The share in percent points at the chosen decimals, from the largest-remainder method (the shares of a
   * distribution add up to exactly 100); `null` when there are no units.
   */
  readonly sharePercent: Decimal | null;
  /** @deprecated Use `sharePercent` (0.2): a `…Share` name holds a fraction; this is percent points (not enumerated). */
  readonly share: Decimal | null;
}

/**
 * The result of {@link gradeDistribution}: a count and share per class in the order of the bands, and the units
 * that fall in no band. The `sharePercent`s (classes and unclassified together) add up to exactly 100.
 *
 * @example
 * ```ts
 * import { gradeDistribution, PAR_INDEX_GROUPS, type GradeDistribution } from 'cchc';
 * const d: GradeDistribution = gradeDistribution([84.58, 82, 79.04, 65], PAR_INDEX_GROUPS);
 * d.unclassified.count; // 1
 * ```
 *
 * @category PAR INDEX
 */
export interface GradeDistribution {
  /** Number of values. */
  readonly total: number;
  readonly classes: readonly GradeCount[];
  /** Values in no band (below all bands or in a gap). */
  readonly unclassified: {
    readonly count: number;
    readonly shareRatio: Ratio | null;
    readonly sharePercent: Decimal | null;
    /** @deprecated Use `sharePercent` (0.2; not enumerated). */
    readonly share: Decimal | null;
  };
}

/**
 * How many units fall in each class, and their shares (thống kê xếp loại: "14/42 đơn vị xuất sắc, chiếm 33,33%").
 * Each class has its exact share (`shareRatio`, a {@link Ratio}) and its share in percent points (`sharePercent`),
 * from {@link largestRemainder}, so the percents add up to exactly 100 at the chosen decimals — unlike many printed
 * reports (the seed report prints 33,3% / 52,40% / 9,52% / 4,78% for 14 / 22 / 4 / 2 of 42; the counts give
 * 33,33% / 52,38% / 9,53% / 4,76%).
 *
 * @param indexPercents - index values in percent points (numbers, Decimals or Vietnamese text, "84,58" or "84,58%";
 *   a rate object is turned into points)
 * @param bands - a list of {@link ClassBandSpec}s or a {@link ClassScheme}
 * @throws {@link CchcError} for a bad value (every one listed) or a bad classification.
 *
 * @example
 * ```ts
 * import { gradeDistribution, HUE_PAR_CLASSES } from 'cchc';
 * const d = gradeDistribution([95, 91, 85, 82.5, 74, 60, 50], HUE_PAR_CLASSES);
 * d.classes.map((c) => `${c.title?.vi} ${c.count}`); // ['Xuất sắc 2', 'Tốt 2', 'Khá 1', 'Trung bình 1']
 * d.unclassified.count;                              // 1
 * d.classes[0]?.sharePercent?.toString();            // '28.57'
 * d.classes[0]?.shareRatio?.numerator;               // 2
 * ```
 *
 * @category PAR INDEX
 */
export function gradeDistribution(
  indexPercents: readonly (ParNumberInput | RatioLike)[],
  bands: readonly ClassBandSpec[] | ClassScheme,
  options?: GradeDistributionOptions,
): GradeDistribution {
  const o = readParOptions<GradeDistributionOptions>(options, ['decimals']);
  const decimals = checkDecimals(o.decimals ?? 2, ['options', 'decimals']);
  const checked = checkBands(bands);
  if (!Array.isArray(indexPercents)) throw new CchcError(typeIssue(['values'], 'values', indexPercents));
  const problems: Problems = [];
  const counts = new Map<ClassBand, number>(checked.list.map((b) => [b.band, 0]));
  let unclassified = 0;
  // An index loop: holes of a sparse array are read (and refused) like any other missing value.
  for (let i = 0; i < indexPercents.length && problems.length < MAX_ISSUES; i++) {
    const d = readPercentPoints(indexPercents[i], ['values', i], problems);
    if (!d) continue;
    const band = bandOf(d, checked);
    if (band) counts.set(band, counts.get(band)! + 1);
    else unclassified++;
  }
  if (problems.length > 0) throw new CchcError(problems);
  const total = indexPercents.length;
  const list = [...checked.list.map((b) => counts.get(b.band)!), unclassified];
  const shares: (Decimal | null)[] = total === 0 ? list.map(() => null) : largestRemainder(list, { decimals });
  const shareRatio = (count: number): Ratio | null => (total === 0 ? null : ratio(count, total));
  return Object.freeze({
    total,
    classes: Object.freeze(
      checked.list.map((b, i) => {
        const title = b.band.title ?? (b.band.labelEn !== undefined ? Object.freeze({ vi: b.band.label, en: b.band.labelEn }) : undefined);
        const count = list[i]!;
        const parts = { shareRatio: shareRatio(count), sharePercent: shares[i]! };
        const out = { key: b.band.key, ...(title ? { title } : {}), label: b.band.label, band: b.band, count, ...parts };
        return freezeWithAliases(out, SHARE_ALIAS) as GradeCount;
      }),
    ),
    unclassified: freezeWithAliases(
      { count: unclassified, shareRatio: shareRatio(unclassified), sharePercent: shares[shares.length - 1]! },
      SHARE_ALIAS,
    ) as GradeDistribution['unclassified'],
  });
}

const SHARE_ALIAS = Object.freeze({ share: 'sharePercent' });
