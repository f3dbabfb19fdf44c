import { CchcError } from '../core/errors.js';
import type { RatioLike } from '../core/ratio.js';
import { bandOf, checkBands } from './_internal/check-bands.js';
import { readPercentPoints, type Problems } from './_internal/read.js';
import type { ClassBand, ClassBandSpec, ClassScheme } from './class-scheme.js';
import type { ParNumberInput } from './rule.js';

export type { ClassBand, ClassBandSpec, ClassScheme } from './class-scheme.js';

/**
 * The class an index falls in (xếp loại theo chỉ số), or `null` when it is in no band (below all bands, or in a gap
 * the classification leaves). Bounds are explicit on each band: by default `min` is included and `max` excluded ("từ
 * 80% đến dưới 90%"), the reading of every grouping found in the sources. Values compare exactly.
 *
 * The index is in **percent points** (84.58 for 84,58%), as tables print it: a number, a Decimal, or Vietnamese text
 * with or without "%" ("84,58", "84,58%"). A rate object ({@link Ratio}, {@link RatioLike}: a fraction) is turned
 * into points, so `classify(ratio(4229, 5000), …)` and `classify('84,58%', …)` agree; a bare number is always points
 * (0.85 is 0,85 points, not 85%).
 *
 * @param indexPercent - the index in percent points (84.58, "84,58%"), or a rate object
 * @param bands - a list of {@link ClassBandSpec}s or a {@link ClassScheme} such as {@link PAR_INDEX_GROUPS}
 * @returns the band (with its `title` in both languages when the band has one), or `null`
 * @throws {@link CchcError} `PAR_INVALID_BAND`, `PAR_DUPLICATE_BAND`, `PAR_BANDS_OVERLAP`, `UNKNOWN_KEY` for a bad
 *   classification; `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` for a bad value.
 *
 * @example
 * ```ts
 * import { classify, ratio, PAR_INDEX_GROUPS, HUE_PAR_CLASSES } from 'cchc';
 * classify(79.13, PAR_INDEX_GROUPS)?.key; // 'C'  (Kiên Giang 2019)
 * classify(90, PAR_INDEX_GROUPS)?.title?.en; // 'Group A'
 * classify(89.99, HUE_PAR_CLASSES)?.title?.vi; // 'Tốt'
 * classify(62.58, PAR_INDEX_GROUPS);      // null
 * classify('84,58%', PAR_INDEX_GROUPS)?.key; // 'B'  (as a table prints it)
 * classify(ratio(46, 50), PAR_INDEX_GROUPS)?.key; // 'A'  (92%)
 * ```
 *
 * @category PAR INDEX
 */
export function classify(indexPercent: ParNumberInput | RatioLike, bands: readonly ClassBandSpec[] | ClassScheme): ClassBand | null {
  const checked = checkBands(bands);
  const problems: Problems = [];
  const v = readPercentPoints(indexPercent, ['indexPercent'], problems);
  if (!v) throw new CchcError(problems);
  return bandOf(v, checked);
}
