import type { BilingualText } from '../core/bilingual.js';
import type { DateRange } from '../core/date-range.js';
import { CchcError, issue } from '../core/errors.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { fromDayNumber, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * A decree that sets the regimes (chế độ, chính sách) for people whose posts are cut (tinh giản biên chế), with the
 * dates it applies. See {@link STREAMLINING_REGIMES}.
 *
 * @example
 * ```ts
 * import { STREAMLINING_REGIMES } from 'cchc';
 * STREAMLINING_REGIMES.map((r) => r.id); // ['nd29-2023', 'nd154-2025']
 * ```
 *
 * @category Quotas
 */
export interface StreamliningRegime {
  /** Stable id. */
  readonly id: 'nd29-2023' | 'nd154-2025';
  /** The decree. */
  readonly instrument: SourceRef;
  /** The days its regimes apply, inclusive. */
  readonly validity: DateRange;
  /** What it covers, in words. */
  readonly description: BilingualText;
  /** The decree it replaced, by id (absent for the first one encoded). */
  readonly replaces?: StreamliningRegime['id'];
  /** Where the facts were read. */
  readonly sources: readonly SourceRef[];
}

/**
 * The streamlining regimes `cchc` knows, by date: Nghị định 29/2023/NĐ-CP from 20/07/2023 (it replaced NĐ 108/2014),
 * then Nghị định 154/2025/NĐ-CP from 16/06/2025, whose regimes apply until 31/12/2030 (an end date read in a
 * repository only: `verified: false`). The benefit formulas are not encoded; the earlier decrees (108/2014, 113/2018,
 * 143/2020) are not in the list.
 *
 * @example
 * ```ts
 * import { STREAMLINING_REGIMES } from 'cchc';
 * STREAMLINING_REGIMES[1]?.validity; // { start: '2025-06-16', end: '2030-12-31' }
 * ```
 *
 * @category Quotas
 */
export const STREAMLINING_REGIMES: readonly StreamliningRegime[] = deepFreeze([
  {
    id: 'nd29-2023',
    instrument: {
      document: 'Nghị định 29/2023/NĐ-CP quy định về tinh giản biên chế',
      reliability: 'A',
      verified: false,
      note: 'The decree text was read only in part (articles 2, 5, 7, 10 via summaries).',
    },
    validity: { start: '2023-07-20', end: '2025-06-15' },
    description: {
      vi: 'Tinh giản biên chế (thay Nghị định 108/2014/NĐ-CP): đối tượng, nghỉ hưu trước tuổi, thôi việc',
      en: 'Staff streamlining (replacing Nghị định 108/2014/NĐ-CP): who is eligible, early retirement, leaving the job',
    },
    sources: [
      {
        document: 'LawNet: Nghị định 29/2023/NĐ-CP tinh giản biên chế, từ 20/7/2023 thay thế Nghị định 108/2014/NĐ-CP',
        url: 'https://lawnet.vn/en/laws/da-co-nghi-dinh-292023ndcp-tinh-gian-bien-che-moi-nhat-tu-2072023-thay-the-nghi-dinh-1082014ndcp-93093.html',
        reliability: 'C',
        verified: true,
      },
      {
        document: 'Báo Thanh Hóa: Nghị định 154/2025/NĐ-CP có hiệu lực từ 16/6/2025',
        url: 'http://baothanhhoa.vn/tag/tro-cap-mot-lan',
        reliability: 'B',
        verified: true,
        note: 'The end date 15/06/2025 is derived: the day before NĐ 154/2025 took effect and replaced it.',
      },
    ],
  },
  {
    id: 'nd154-2025',
    instrument: {
      document: 'Nghị định 154/2025/NĐ-CP quy định về tinh giản biên chế',
      reliability: 'A',
      verified: false,
      note: 'In force 16/06/2025; signing date not seen (15/06/2025 is often given, unconfirmed). Guidance: Công văn 7851/BNV-TCBC (2026), not opened.',
    },
    validity: { start: '2025-06-16', end: '2030-12-31' },
    replaces: 'nd29-2023',
    description: {
      vi: 'Tinh giản biên chế, áp dụng đến hết 31/12/2030; gồm chính sách cho người hoạt động không chuyên trách ở cấp xã nghỉ ngay khi thực hiện chính quyền địa phương 2 cấp',
      en: 'Staff streamlining, applying until 31/12/2030; includes the policy for part-time commune workers leaving when two-level local government starts',
    },
    sources: [
      {
        document: 'Báo Thanh Hóa: "Chính phủ vừa ban hành Nghị định số 154/2025/NĐ-CP về tinh giản biên chế, có hiệu lực từ hôm nay 16/6"',
        url: 'http://baothanhhoa.vn/tag/tro-cap-mot-lan',
        reliability: 'B',
        verified: true,
      },
      {
        document: 'A public repository\'s note: "Nghị định 154/2025/NĐ-CP áp dụng từ 16/06/2025 đến hết 31/12/2030"',
        reliability: 'D',
        verified: false,
        note: "The end date 31/12/2030 was not read in the decree; the project's domain brief gives the same date.",
      },
    ],
  },
] as StreamliningRegime[]);

/**
 * The streamlining regime that applies on a date (chế độ tinh giản biên chế áp dụng tại một ngày): NĐ 29/2023 from
 * 20/07/2023 to 15/06/2025, NĐ 154/2025 from 16/06/2025 to 31/12/2030.
 *
 * @throws {@link CchcError} `INVALID_DATE`; `DATE_OUT_OF_RANGE` before 20/07/2023 (the earlier decrees are not encoded)
 *   or after 31/12/2030 (no regime published yet).
 *
 * @example
 * ```ts
 * import { streamliningRegimeOn } from 'cchc';
 * streamliningRegimeOn('2025-06-15').id; // 'nd29-2023'
 * streamliningRegimeOn('2026-12-01').id; // 'nd154-2025'
 * streamliningRegimeOn('2031-01-01'); // throws CchcError DATE_OUT_OF_RANGE
 * ```
 *
 * @category Quotas
 */
export function streamliningRegimeOn(date: IsoDate): StreamliningRegime {
  const day = parseIsoDate(date, ['date']);
  const r = STREAMLINING_REGIMES.find((x) => parseIsoDate(x.validity.start) <= day && day <= parseIsoDate(x.validity.end));
  if (r) return r;
  const first = STREAMLINING_REGIMES[0]!.validity.start;
  const last = STREAMLINING_REGIMES[STREAMLINING_REGIMES.length - 1]!.validity.end;
  const p = { date: fromDayNumber(day), start: first, end: last };
  throw new CchcError(
    issue('DATE_OUT_OF_RANGE', ['date'], vi.DATE_OUT_OF_RANGE__streamliningRegime(p), en.DATE_OUT_OF_RANGE__streamliningRegime(p), date),
  );
}
