import type { SourceRef } from '../core/source-ref.js';

/**
 * One row of {@link binhDuong2017DistrictParTable}, as printed.
 *
 * @example
 * ```ts
 * import type { BinhDuong2017ParRow } from 'cchc/datasets';
 * const row: BinhDuong2017ParRow = { rank: 9, unit: 'H. Bắc Tân Uyên', appraisal: 40.45, survey: 31.01, total: 71.46, index: 71.46 };
 * ```
 *
 * @category Datasets
 */
export interface BinhDuong2017ParRow {
  /** The "#" column; the table is sorted by result, so it is the rank. */
  readonly rank: number;
  /** Huyện / thị xã / thành phố. */
  readonly unit: string;
  /** Điểm thẩm định (out of 65). */
  readonly appraisal: number;
  /** Điểm ĐTXHH (out of 35). */
  readonly survey: number;
  /** Tổng điểm (out of 100). */
  readonly total: number;
  /** PAR INDEX 2017 (%), printed with 2 decimals. */
  readonly index: number;
}

/**
 * Bình Dương's 2017 PAR INDEX of its districts, towns and city (Chỉ số CCHC năm 2017 của UBND cấp huyện), exactly as
 * published: "Điểm thẩm định (65) | Điểm ĐTXHH (35) | Tổng điểm (100) | PAR INDEX 2017", mean 78,39%.
 * Index values are printed with 2 decimals ("82.00%"), so audit them with `indexDecimals: 2`.
 *
 * Source: http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881
 *
 * @example
 * ```ts
 * import { auditParTable } from 'cchc';
 * import { binhDuong2017DistrictParTable as t } from 'cchc/datasets';
 * const rows = t.rows.map((r) => ({ unit: r.unit, rank: r.rank, components: { appraisal: r.appraisal, survey: r.survey }, total: r.total, index: r.index }));
 * auditParTable(rows, { componentMax: { appraisal: 65, survey: 35 }, indexDecimals: 2, printedMean: t.printedMean }); // []
 * ```
 *
 * @category Datasets
 */
export const binhDuong2017DistrictParTable = Object.freeze({
  /** Where the table was read. */
  sources: Object.freeze([
    Object.freeze({
      document: 'Kết quả Chỉ số CCHC năm 2017 của UBND các huyện, thị xã, thành phố tỉnh Bình Dương',
      url: 'http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881',
      reliability: 'B',
    }),
  ] satisfies SourceRef[]) as readonly SourceRef[],
  /** @deprecated Use `sources` (0.2). */
  source: Object.freeze({
    document: 'Kết quả Chỉ số CCHC năm 2017 của UBND các huyện, thị xã, thành phố tỉnh Bình Dương',
    url: 'http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881',
  }),
  maxPoints: 100,
  componentMax: Object.freeze({ appraisal: 65, survey: 35 }),
  printedMean: '78,39%',
  rows: Object.freeze([
    Object.freeze({ rank: 1, unit: 'TP Thủ Dầu Một', appraisal: 51.75, survey: 32.83, total: 84.58, index: 84.58 }),
    Object.freeze({ rank: 2, unit: 'TX Tân Uyên', appraisal: 48.75, survey: 33.25, total: 82.0, index: 82.0 }),
    Object.freeze({ rank: 3, unit: 'H. Bàu Bàng', appraisal: 47.45, survey: 32.82, total: 80.27, index: 80.27 }),
    Object.freeze({ rank: 4, unit: 'TX Thuận An', appraisal: 46.8, survey: 32.24, total: 79.04, index: 79.04 }),
    Object.freeze({ rank: 5, unit: 'TX Dĩ An', appraisal: 46.5, survey: 31.56, total: 78.06, index: 78.06 }),
    Object.freeze({ rank: 6, unit: 'TX Bến Cát', appraisal: 45.75, survey: 32.08, total: 77.83, index: 77.83 }),
    Object.freeze({ rank: 7, unit: 'H. Dầu Tiếng', appraisal: 44, survey: 32.22, total: 76.22, index: 76.22 }),
    Object.freeze({ rank: 8, unit: 'H. Phú Giáo', appraisal: 46, survey: 30.03, total: 76.03, index: 76.03 }),
    Object.freeze({ rank: 9, unit: 'H. Bắc Tân Uyên', appraisal: 40.45, survey: 31.01, total: 71.46, index: 71.46 }),
  ] as const satisfies readonly BinhDuong2017ParRow[]),
});

/**
 * The seed report's classification of Kiên Giang's departments and districts by their 2018 PAR INDEX (Chỉ số CCHC
 * của các sở, ban, ngành tỉnh và UBND các huyện, thành phố năm 2018): counts and the shares as printed. The printed
 * shares add up to 100 but two of them are not the counts' shares (22/42 = 52,38%, printed 52,40%; 2/42 = 4,76%,
 * printed 4,78%). Thresholds of Kiên Giang's classes: UNKNOWN.
 *
 * Source: Báo cáo số 389/BC-UBND ngày 09/12/2019 của UBND tỉnh Kiên Giang (the seed report), §I.1 "Công tác chỉ đạo, điều hành": "kết quả có 14/42
 * đơn vị đạt loại xuất sắc (chiếm 33,3%), 22/42 đơn vị xếp loại tốt (chiếm 52,40%), 04/42 đơn vị xếp loại khá (chiếm
 * 9,52%), 02/42 đơn vị xếp loại trung bình (chiếm 4,78%)"; announced by Quyết định số 1051/QĐ-UBND ngày 07/5/2019.
 *
 * @example
 * ```ts
 * import { largestRemainder } from 'cchc';
 * import { kienGiang2018ParClasses as k } from 'cchc/datasets';
 * largestRemainder(k.classes.map((c) => c.count)).map(String); // ['33.33', '52.38', '9.53', '4.76']
 * k.classes.map((c) => c.printedShare); // ['33,3%', '52,40%', '9,52%', '4,78%']
 * ```
 *
 * @category Datasets
 */
export const kienGiang2018ParClasses = Object.freeze({
  /** Where the figures are printed, and the decision that announced them (cited by the report, not read). */
  sources: Object.freeze([
    Object.freeze({ document: 'Báo cáo số 389/BC-UBND của UBND tỉnh Kiên Giang', date: '2019-12-09', article: '§I.1', reliability: 'A' }),
    Object.freeze({
      document: 'Quyết định số 1051/QĐ-UBND của UBND tỉnh Kiên Giang',
      date: '2019-05-07',
      verified: false,
      note: 'Cited by Báo cáo 389/BC-UBND as announcing the 2018 classes; not read.',
    }),
  ] satisfies SourceRef[]) as readonly SourceRef[],
  /** @deprecated Use `sources` (0.2). */
  source: Object.freeze({
    document: 'Báo cáo số 389/BC-UBND ngày 09/12/2019 của UBND tỉnh Kiên Giang',
    announcedBy: 'Quyết định số 1051/QĐ-UBND ngày 07/5/2019',
  }),
  year: 2018,
  units: 42,
  classes: Object.freeze([
    Object.freeze({ key: 'xuat-sac', label: 'Xuất sắc', count: 14, printedShare: '33,3%' }),
    Object.freeze({ key: 'tot', label: 'Tốt', count: 22, printedShare: '52,40%' }),
    Object.freeze({ key: 'kha', label: 'Khá', count: 4, printedShare: '9,52%' }),
    Object.freeze({ key: 'trung-binh', label: 'Trung bình', count: 2, printedShare: '4,78%' }),
  ]),
});
