import type { IsoDate } from '../core/iso-date.js';
import type { Deadline } from './deadline.js';

/**
 * One progress record of a task (kết quả thực hiện / tiến độ): a completion, partial progress ("179/183 lớp"), or
 * evidence, optionally about one milestone of the deadline. A task may carry several records over time; status is
 * computed from the records known on the `asOf` date.
 *
 * - `completedOn` without `milestone`: the whole task (every dated milestone) was completed that day.
 * - `completedOn` with `milestone`: that milestone (0-based index into `deadline.milestones`) was completed.
 * - `done` / `total` (both or neither): partial progress as counted on `reportedOn`, e.g. 179 of 183 classes held.
 *
 * @example
 * ```ts
 * import type { ProgressRecord } from 'cchc';
 * // Seed report, Phụ lục I row 20: 179 of the 183 classes of the 2019 training plan were held.
 * const r: ProgressRecord = {
 *   reportedOn: '2019-12-09', done: 179, total: 183, unit: 'lớp',
 *   evidence: 'Quyết định số 100/QĐ-UBND',
 *   note: 'còn lại 4 lớp chưa hoàn thành theo kế hoạch do chiêu sinh, nhưng không có người đăng ký học',
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface ProgressRecord {
  /** The milestone this record is about (0-based index into `deadline.milestones`); absent: the whole task. */
  readonly milestone?: number;
  /** The day the task (or the milestone) was completed (ngày hoàn thành / ban hành). */
  readonly completedOn?: IsoDate;
  /** The day the progress was reported (ngày báo cáo); used to ignore records not yet known on `asOf`. */
  readonly reportedOn?: IsoDate;
  /** Units done (số đã thực hiện), with `total`. */
  readonly done?: number;
  /** Units planned (số theo kế hoạch), with `done`; at least 1. */
  readonly total?: number;
  /** What is counted ("lớp", "nhiệm vụ", "đơn vị"). */
  readonly unit?: string;
  /** Evidence (văn bản, sản phẩm): "Quyết định số 100/QĐ-UBND", "Kế hoạch số 22/KH-UBND ngày 13/02/2019". */
  readonly evidence?: string;
  /** Any other remark, as written. */
  readonly note?: string;
}

/**
 * One task of a plan (nhiệm vụ), as the appendix table prints it: number, content, product, lead agency, coordinating
 * agencies, deadline text and notes, plus the parsed deadline and any progress records.
 *
 * @example
 * ```ts
 * import type { Task } from 'cchc';
 * const t: Task = {
 *   code: '6',
 *   content: 'Tự đánh giá, chấm điểm để xác định chỉ số CCHC của UBND tỉnh Kiên Giang năm 2019 …',
 *   product: 'Báo cáo',
 *   lead: 'Sở Nội vụ',
 *   coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
 *   deadlineText: 'Trước ngày 15/02/2020',
 *   deadline: { milestones: [{ due: '2020-02-14', text: 'Trước ngày 15/02/2020' }], continuous: false },
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface Task {
  /** The number printed in the STT column ("1", "2" …), unique within its section. */
  readonly code: string;
  /** Nội dung, verbatim. */
  readonly content: string;
  /** Sản phẩm, verbatim ("Kế hoạch", "Quyết định ban hành kế hoạch", "Báo cáo/ VB triển khai" …). */
  readonly product: string;
  /** Cơ quan chủ trì, verbatim (normalise with `parseAgencies`). */
  readonly lead: string;
  /** Cơ quan phối hợp: one entry per printed cell or list item, verbatim (a cell may name several groups). */
  readonly coordinating: readonly string[];
  /** Thời gian ban hành / hoàn thành, verbatim. */
  readonly deadlineText: string;
  /** The deadline read from `deadlineText` (see `parseDeadline`), or set by hand where the text cannot be read. */
  readonly deadline: Deadline;
  /** Ghi chú, verbatim. */
  readonly notes?: string;
  /** Progress records (kết quả thực hiện), in any order. */
  readonly progress?: readonly ProgressRecord[];
}
