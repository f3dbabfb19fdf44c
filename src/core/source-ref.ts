import type { IsoDate } from './iso-date.js';

/**
 * How far a source can be trusted, as graded in the project's domain briefs:
 * - `A`: the legal text itself (or a faithful mirror of it);
 * - `B`: a government or official-media summary (chinhphu.vn, TTXVN/VNA, provincial portals);
 * - `C`: a secondary summary (LawNet, LuatVietnam, newspapers' Q&A);
 * - `D`: a scraped or doubtful copy, to be corroborated.
 *
 * @example
 * ```ts
 * import type { SourceReliability } from 'cchc';
 * const grade: SourceReliability = 'B';
 * ```
 *
 * @category Core
 */
export type SourceReliability = 'A' | 'B' | 'C' | 'D';

/**
 * Where a rule, target, threshold or figure comes from (nguồn, căn cứ): the document, its date and article, a URL, and
 * how reliable the copy we read was. The one citation shape of `cchc`: every preset, holiday, methodology, unit list
 * and dataset carries `SourceRef`s, so a figure can always be traced to its source.
 *
 * @example
 * ```ts
 * import type { SourceRef } from 'cchc';
 * const src: SourceRef = { document: 'Nghị định 60/2021/NĐ-CP', article: 'Điều 9', reliability: 'A' };
 * ```
 *
 * @category Core
 */
export interface SourceRef {
  /** Document number and kind: "Nghị quyết 19-NQ/TW", "Kết luận 40-KL/TW". */
  readonly document: string;
  /** Date of the document (ISO), when known. */
  readonly date?: IsoDate;
  /** Article / clause ("Điều 9", "khoản 4 Điều 35"). */
  readonly article?: string;
  /** Where it was read. */
  readonly url?: string;
  /** See {@link SourceReliability}. */
  readonly reliability?: SourceReliability;
  /**
   * Whether the fact was read at this source: `false` flags a fact that could not be verified (the data keeps it, and
   * says so, rather than assuming it). Absent: not stated.
   */
  readonly verified?: boolean;
  /** Anything the reader must know (a conflict between sources, an interpretation). */
  readonly note?: string;
}
