import type { AdminLevel } from '../core/admin-level.js';
import type { SourceRef } from '../core/source-ref.js';

/**
 * One row of the dossier table of the seed report, exactly as printed (numbers read from "72.428" etc.).
 * "đúng hạn" in this report includes dossiers resolved early (it does not split them).
 *
 * @category Datasets
 */
export interface SeedDossierRow {
  /** The row label as printed ("Cấp tỉnh", …; "Toàn tỉnh" for the totals sentence). */
  readonly label: string;
  /** The level, or `'all'` for the province-wide totals. */
  readonly level: AdminLevel | 'all';
  /** Tiếp nhận (received in the period, incl. carried over), when printed. */
  readonly received: number;
  /** Đã giải quyết (resolved). */
  readonly resolved: number;
  /** Đúng hạn (resolved on time, early included). */
  readonly onTimeOrEarly: number;
  /** Quá hạn (resolved late). */
  readonly late: number;
  /** Đang giải quyết (pending at the end of the period). */
  readonly pending: number;
  /** The rates as printed, verbatim: on-time share ("đạt") and late share ("chiếm"), both of `resolved`. */
  readonly printed: { readonly onTimeRate: string; readonly lateRate: string };
}

/**
 * The dossier statistics of Kiên Giang's 2019 CCHC report (hồ sơ TTHC, 9 months of 2019), by level and in total,
 * as printed, errors included (the rows do not add up to the totals; see the audit functions).
 *
 * Source: Ủy ban nhân dân tỉnh Kiên Giang, Báo cáo số 389/BC-UBND ngày 09/12/2019 "Công tác cải cách hành chính năm
 * 2019 và nhiệm vụ trọng tâm năm 2020", §II.2 "Chất lượng giải quyết TTHC thực hiện theo cơ chế một cửa".
 *
 * @example
 * ```ts
 * import { kienGiang2019DossierTable } from 'cchc/datasets';
 * kienGiang2019DossierTable.rows.find((r) => r.level === 'district')?.pending; // 15297
 * kienGiang2019DossierTable.sources[0]?.date; // '2019-12-09'
 * ```
 *
 * @category Datasets
 */
export const kienGiang2019DossierTable = Object.freeze({
  /** Where the table is printed. */
  sources: Object.freeze([
    Object.freeze({
      document: 'Báo cáo số 389/BC-UBND của UBND tỉnh Kiên Giang',
      date: '2019-12-09',
      article: '§II.2 — Chất lượng giải quyết TTHC thực hiện theo cơ chế một cửa',
      reliability: 'A',
    }),
  ] satisfies SourceRef[]) as readonly SourceRef[],
  /** The period the table covers. */
  period: '9 tháng đầu năm 2019',
  /** @deprecated Use `sources` and `period` (0.2). */
  source: Object.freeze({
    document: 'Báo cáo số 389/BC-UBND ngày 09/12/2019 của UBND tỉnh Kiên Giang',
    section: 'II.2 — Chất lượng giải quyết TTHC thực hiện theo cơ chế một cửa',
    period: '9 tháng đầu năm 2019',
  }),
  rows: Object.freeze([
    Object.freeze({
      label: 'Cấp tỉnh',
      level: 'province',
      received: 72428,
      resolved: 62337,
      onTimeOrEarly: 61878,
      late: 459,
      pending: 9235,
      printed: Object.freeze({ onTimeRate: '99,26%', lateRate: '0,74%' }),
    }),
    Object.freeze({
      label: 'Cấp huyện',
      level: 'district',
      received: 120780,
      resolved: 109649,
      onTimeOrEarly: 107422,
      late: 2227,
      pending: 15297,
      printed: Object.freeze({ onTimeRate: '97,96%', lateRate: '2,03%' }),
    }),
    Object.freeze({
      label: 'Cấp xã',
      level: 'commune',
      received: 446469,
      resolved: 445716,
      onTimeOrEarly: 445406,
      late: 310,
      pending: 753,
      printed: Object.freeze({ onTimeRate: '99,93%', lateRate: '0,06%' }),
    }),
    Object.freeze({
      label: 'Toàn tỉnh',
      level: 'all',
      received: 639677,
      resolved: 621448,
      onTimeOrEarly: 618369,
      late: 3079,
      pending: 17385,
      printed: Object.freeze({ onTimeRate: '99,50%', lateRate: '0,49%' }),
    }),
  ] as const satisfies readonly SeedDossierRow[]),
});
