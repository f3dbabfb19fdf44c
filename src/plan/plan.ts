import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { Task } from './task.js';

/**
 * A section of a plan's task table (mục, phần): a code ("I", "VI", "A"), a title, its tasks, and nested sections
 * (Kế hoạch 164/KH-UBND splits section VI into A and B).
 *
 * @example
 * ```ts
 * import type { Section } from 'cchc';
 * const s: Section = { code: 'A', title: 'Ứng dụng công nghệ thông tin', tasks: [] };
 * ```
 *
 * @category Plans and tasks
 */
export interface Section {
  /** The code as printed ("I", "II", "A"). */
  readonly code: string;
  /** The title as printed. */
  readonly title: string;
  /** Tasks directly in this section. */
  readonly tasks: readonly Task[];
  /** Sub-sections, in order. */
  readonly sections?: readonly Section[];
}

/**
 * An area of work named in the body of a plan (nhiệm vụ / lĩnh vực CCHC), with its bullet points, e.g. "1. Cải cách
 * thể chế".
 *
 * @example
 * ```ts
 * import type { Objective } from 'cchc';
 * const o: Objective = { code: '1', title: 'Cải cách thể chế', items: ['Xây dựng và ban hành văn bản quy phạm pháp luật …'] };
 * ```
 *
 * @category Plans and tasks
 */
export interface Objective {
  /** The number as printed ("1" … "7"). */
  readonly code: string;
  /** The heading as printed. */
  readonly title: string;
  /** The bullet points, verbatim, in order. */
  readonly items: readonly string[];
}

/**
 * A plan (kế hoạch): its identity, the areas it sets out, and its task table.
 *
 * @example
 * ```ts
 * import type { Plan } from 'cchc';
 * const p: Plan = {
 *   number: '164/KH-UBND', issuedOn: '2019-12-09', issuer: 'Ủy ban nhân dân tỉnh Kiên Giang', year: 2020,
 *   title: 'Công tác cải cách hành chính năm 2020', sections: [],
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface Plan {
  /** Document number (số ký hiệu): "164/KH-UBND". */
  readonly number: string;
  /** Date issued (ngày ban hành). */
  readonly issuedOn: IsoDate;
  /** Issuing body (cơ quan ban hành). */
  readonly issuer: string;
  /** The year the plan is for (năm kế hoạch); deadlines that name no year belong to it. */
  readonly year: number;
  /** Title (trích yếu). */
  readonly title: string;
  /**
   * Legal bases (căn cứ): the documents the plan cites as its basis, verbatim as printed (the plan's own words, not a
   * citation of where this data comes from: that is `sources`).
   */
  readonly legalBases?: readonly string[];
  /** The areas of work the body sets out, with their bullet points. */
  readonly objectives?: readonly Objective[];
  /** The task table, by section. */
  readonly sections: readonly Section[];
  /** Where this plan was read (the document, its date, a URL), as {@link SourceRef}s. */
  readonly sources?: readonly SourceRef[];
}
