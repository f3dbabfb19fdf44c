// The types of a classification (xếp loại): bands of an index, and a named scheme with its sources.
import type { BilingualText } from '../core/bilingual.js';
import type { RatioLike } from '../core/ratio.js';
import type { SourceRef } from '../core/source-ref.js';
import type { ParNumberInput } from './rule.js';

/**
 * A bound of a class band in percent points (80 for "80%"): a number, Decimal or Vietnamese text ("80", "80%",
 * "79,5"), or a rate ({@link RatioLike}), turned into points.
 *
 * @example
 * ```ts
 * import type { ClassBoundInput } from 'cchc';
 * const min: ClassBoundInput = '79,5%';
 * ```
 *
 * @category PAR INDEX
 */
export type ClassBoundInput = ParNumberInput | RatioLike;

/**
 * One class of a classification (xếp loại / nhóm) as returned by {@link classify}, with explicit bounds on the index
 * (percent points): `min` ≤ value < `max` by default — "từ 80% đến dưới 90%". `max` absent or `null`: no upper bound.
 *
 * Its label is `title`, in both languages; `label` / `labelEn` are the 0.1 fields, kept as duplicates (a band given
 * with a `title` only comes back with `label` = `title.vi` and `labelEn` = `title.en`).
 *
 * @example
 * ```ts
 * import type { ClassBand } from 'cchc';
 * const tot: ClassBand = { key: 'tot', title: { vi: 'Tốt', en: 'Good' }, label: 'Tốt', min: 80, max: 90 };
 * ```
 *
 * @category PAR INDEX
 */
export interface ClassBand {
  /** Stable key ('A', 'xuat-sac'). Unique within a classification. */
  readonly key: string;
  /** The label as printed, in Vietnamese and English (`{ vi: 'Nhóm A', en: 'Group A' }`). */
  readonly title?: BilingualText;
  /** @deprecated Use `title.vi` (0.2). The Vietnamese label as printed ("Xuất sắc", "Nhóm A"). */
  readonly label: string;
  /** @deprecated Use `title.en` (0.2). */
  readonly labelEn?: string;
  /** Lower bound (index points). */
  readonly min: ClassBoundInput;
  /** Whether `min` belongs to the band. Default `true` ("từ"). */
  readonly minInclusive?: boolean;
  /** Upper bound; absent or `null` for none. */
  readonly max?: ClassBoundInput | null;
  /** Whether `max` belongs to the band. Default `false` ("dưới"). */
  readonly maxInclusive?: boolean;
  /** `false` when the source does not confirm this band's label or bounds (UNVERIFIED). Default `true`. */
  readonly verified?: boolean;
  /** Where the band comes from, what is uncertain. */
  readonly note?: string;
}

/**
 * A class band as a caller writes it: a {@link ClassBand} whose label is given as `title` (both languages, the 0.2
 * shape) or as the 0.1 `label` (Vietnamese) with an optional `labelEn`.
 *
 * @example
 * ```ts
 * import type { ClassBandSpec } from 'cchc';
 * const a: ClassBandSpec = { key: 'I', title: { vi: 'Nhóm I', en: 'Group I' }, min: 90 };
 * const b: ClassBandSpec = { key: 'II', label: 'Nhóm II', min: 80, max: 90 };
 * ```
 *
 * @category PAR INDEX
 */
export type ClassBandSpec = Omit<ClassBand, 'label' | 'title'> &
  ({ readonly title: BilingualText; readonly label?: string } | { readonly title?: BilingualText; readonly label: string });

/**
 * A class a scheme names whose bounds (or name) the sources leave UNKNOWN: listed, never guessed, never matched.
 *
 * @example
 * ```ts
 * import type { UnknownClass } from 'cchc';
 * const yeu: UnknownClass = { key: 'yeu', title: { vi: 'Yếu', en: 'Weak' }, label: 'Yếu', note: 'UNKNOWN: bounds not in the source' };
 * ```
 *
 * @category PAR INDEX
 */
export interface UnknownClass {
  readonly key: string;
  /** The label in Vietnamese and English. */
  readonly title?: BilingualText;
  /** @deprecated Use `title.vi` (0.2). */
  readonly label: string;
  /** What is unknown. */
  readonly note: string;
}

/**
 * A named classification with its sources: the bands, and what the sources leave UNKNOWN.
 *
 * `sources` are {@link SourceRef}s; a plain string (a URL or a document name, the 0.1 shape) is still accepted and
 * deprecated.
 *
 * @example
 * ```ts
 * import type { ClassScheme } from 'cchc';
 * const namDinhDepartments: ClassScheme = {
 *   id: 'nam-dinh-2020-so', name: 'Nhóm Chỉ số CCHC các sở, Nam Định 2020', basis: 'Chỉ số CCHC (%)',
 *   sources: [{ document: 'Chỉ số CCHC năm 2020 của các sở, ban, ngành tỉnh Nam Định', url: 'https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/chi-so-cai-cach-hanh-chinh-nam-2020-cua-cac-so-ban-nganh-va-uy-ban-nhan-dan-cac-huyen-thanh-pho-tinh-nam-dinh-1737' }],
 *   bands: [
 *     { key: 'I', title: { vi: 'Nhóm I', en: 'Group I' }, min: 90 },
 *     { key: 'II', title: { vi: 'Nhóm II', en: 'Group II' }, min: 80, max: 90 },
 *   ],
 * };
 * ```
 *
 * @category PAR INDEX
 */
export interface ClassScheme {
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
  /** What the bounds apply to (e.g. "tỷ lệ % trên tổng điểm phát sinh"). */
  readonly basis?: string;
  /** Where the classification comes from (a string is the deprecated 0.1 shape). */
  readonly sources: readonly (SourceRef | string)[];
  /** The bands, highest first by convention (any order is accepted). */
  readonly bands: readonly ClassBandSpec[];
  /** Classes the sources name but whose bounds (or names) are UNKNOWN: listed, never guessed, never matched. */
  readonly unknownBands?: readonly UnknownClass[];
  /** Notes. */
  readonly notes?: readonly string[];
}

/**
 * A classification shipped with `cchc` (such as {@link PAR_INDEX_GROUPS}): every band and class has its `title` in
 * both languages and the `label` duplicates, and the sources are {@link SourceRef}s. Deeply frozen.
 *
 * @example
 * ```ts
 * import { PAR_INDEX_GROUPS, type ClassPreset } from 'cchc';
 * const groups: ClassPreset = PAR_INDEX_GROUPS;
 * groups.sources[0]?.url?.startsWith('https://'); // true
 * groups.bands[0]?.title.en; // 'Group A'
 * ```
 *
 * @category PAR INDEX
 */
export interface ClassPreset extends ClassScheme {
  readonly sources: readonly SourceRef[];
  readonly bands: readonly (ClassBand & { readonly title: BilingualText; readonly labelEn: string })[];
  readonly unknownBands?: readonly (UnknownClass & { readonly title: BilingualText })[];
}
