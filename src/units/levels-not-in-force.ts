import { adminLevelsOn, parseAdminLevel, TWO_LEVEL_GOVERNMENT_FROM, type AdminLevel } from '../core/admin-level.js';
import { bilingual, type BilingualText } from '../core/bilingual.js';
import { readDateRange, type DateRange } from '../core/date-range.js';
import { CchcError, issue, show } from '../core/errors.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { fromDayNumber, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { own, readOptions } from '../core/options.js';
import { parsePeriod } from '../core/period.js';
import * as vi from '../core/messages/vi/units.js';
import * as en from '../core/messages/en/units.js';
import { nameKey } from './_internal/name-key.js';

/**
 * When a table's figures are dated, for {@link levelsNotInForce} and the audits that use it (`auditDossierTable`,
 * `auditParTable`): `period`, the reporting period (a `{ start, end }` range, a `Period`, or its Vietnamese name such
 * as `'Quý IV/2025'`), or `date`, the day the figures refer to (tính đến ngày). With both, `period` decides.
 *
 * @example
 * ```ts
 * import type { TableDate } from 'cchc';
 * const when: TableDate = { period: 'Quý IV/2025' };
 * ```
 *
 * @category Administrative units
 */
export interface TableDate {
  /** The day the table's figures refer to (ISO). A level is out of force when the date is on or after 01/07/2025. */
  readonly date?: IsoDate;
  /**
   * The reporting period. A level is out of force when the whole period is on or after 01/07/2025, i.e. from its
   * start: the year 2025 begins before, so its district rows stand; "6 tháng cuối năm 2025" begins on 01/07/2025.
   */
  readonly period?: DateRange | string;
}

/**
 * A row of a table at a level of local government that no longer existed on the table's date: see
 * {@link levelsNotInForce}.
 *
 * @example
 * ```ts
 * import { levelsNotInForce, type LevelNotInForce } from 'cchc';
 * const [row]: LevelNotInForce[] = levelsNotInForce(['Cấp huyện'], { date: '2025-12-31' });
 * row?.level; // 'district'
 * ```
 *
 * @category Administrative units
 */
export interface LevelNotInForce {
  /** Index of the row in the list given. */
  readonly index: number;
  /** The row label as given. */
  readonly label: string;
  /** The level the row is at (`'district'`: cấp huyện). */
  readonly level: AdminLevel;
  /** The day the check used (the date, or the start of the period). */
  readonly date: IsoDate;
  /** The levels in force that day (`['province', 'commune']` from 01/07/2025). */
  readonly levelsInForce: readonly AdminLevel[];
  /** Why, in Vietnamese and English. */
  readonly message: BilingualText;
}

/** Labels of a district-level row: the level itself, a district, an urban district, a town (with the usual abbreviations). */
const DISTRICT_PREFIX = /^(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(?:cấp huyện|huyện|quận|thị xã)(?=[\s,.:;(/-]|$)/;
const DISTRICT_ABBREVIATION = /^(?:ubnd\s+)?(?:tx\.?\s*|h\.\s*|q\.\s*)[^\s.]/;
const ASCII_DISTRICT = /^(?:ubnd\s+)?(?:cap huyen|huyen|thi xa)\b/;
const CITY_PREFIX = /^(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(?:thành phố|tp\.?|t\.p\.?)\s*(.*)$/;

/**
 * The name keys of the centrally-run cities (thành phố trực thuộc trung ương), the only cities at the provincial level:
 * a "thành phố" row named otherwise is a district-level city (thành phố thuộc tỉnh). A list, not the registry, so that
 * the audits do not load the province data; `test/units/levels.test.ts` checks it against the registry's cities.
 * @internal
 */
export const PROVINCIAL_CITY_KEYS: ReadonlySet<string> = new Set(['hanoi', 'haiphong', 'hue', 'danang', 'hochiminh', 'hcm', 'cantho']);

/**
 * Whether a row label names the district level or a district-level unit: "Cấp huyện", "Huyện Châu Thành", "UBND
 * huyện …", "Quận 1", "Thị xã …", "TX Tân Uyên", "H. Bàu Bàng", and a city that is not a provincial unit ("TP Thủ Dầu
 * Một", a thành phố thuộc tỉnh; "TP Hồ Chí Minh" is a province-level city). "Quân …" (army) is not "Quận"; an
 * unaccented label is read without "quan" for the same reason.
 * @internal
 */
export function isDistrictLabel(label: string): boolean {
  const l = label
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\(?\d{1,3}[.)]|[ivx]{1,4}\.|[a-zđ]\)|[-–•+*])\s*/, '');
  try {
    if (parseAdminLevel(l) === 'district') return true;
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
  }
  if (DISTRICT_PREFIX.test(l) || DISTRICT_ABBREVIATION.test(l)) return true;
  if (/^[\x20-\x7e]*$/.test(l) && ASCII_DISTRICT.test(foldVi(l))) return true;
  const city = CITY_PREFIX.exec(l);
  if (city && city[1]!.trim() !== '') {
    const key = nameKey(city[1]!);
    return key !== '' && !PROVINCIAL_CITY_KEYS.has(key);
  }
  return false;
}

/**
 * The day a table is judged on (its period's start, or its date) and whether it came from a period, or `undefined`
 * when the table has neither. @internal
 */
export function tableDay(when: TableDate): { day: number; period: boolean } | undefined {
  const period = own(when, 'period');
  if (period !== undefined) {
    if (typeof period === 'string') return { day: parseIsoDate(parsePeriod(period).start), period: true };
    if (typeof period === 'object' && period !== null && !Array.isArray(period)) {
      const r = period as { start?: unknown; end?: unknown };
      return { day: readDateRange(r.start, r.end, ['period']).start, period: true };
    }
    const p = { received: show(period) };
    throw new CchcError(issue('INVALID_INPUT', ['period'], vi.INVALID_INPUT__levelPeriod(p), en.INVALID_INPUT__levelPeriod(p), period));
  }
  const date = own(when, 'date');
  return date === undefined ? undefined : { day: parseIsoDate(date, ['date']), period: false };
}

/**
 * The rows of a table that sit at a level of local government not in force on the table's date (cấp hành chính không
 * còn tồn tại): from 01/07/2025 local government has two levels, province and commune (Luật Tổ chức chính quyền địa
 * phương 72/2025/QH15; {@link adminLevelsOn}), so a district row ("Cấp huyện", "Huyện …", "Thị xã …", a district-level
 * city) in a table dated after 30/06/2025 is out of force. The dossier-table and PAR-table audits report these rows as
 * findings `LEVEL_NOT_IN_FORCE` (severity `warning`: the row may be a leftover of the former districts).
 *
 * A table without a date or period gives no result: the check needs to know when the figures are from. A period is
 * judged by its start, so a table of the year 2025 may keep its district rows.
 *
 * @param labels - the row labels as printed.
 * @param when - see {@link TableDate}.
 * @throws {@link CchcError} `INVALID_INPUT` (labels that are not strings, a bad period), `INVALID_DATE`,
 *   `INVALID_DATE_RANGE`, `UNRECOGNIZED_PERIOD`, `UNKNOWN_KEY`.
 *
 * @example
 * ```ts
 * import { levelsNotInForce } from 'cchc';
 * const rows = ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Tổng cộng'];
 * levelsNotInForce(rows, { period: 'Quý IV/2025' }).map((r) => r.label); // ['Cấp huyện']
 * levelsNotInForce(rows, { date: '2024-12-31' }); // []
 * levelsNotInForce(rows, {}); // []
 * levelsNotInForce(['TP Thủ Dầu Một', 'TP Hồ Chí Minh', 'Quân khu 9'], { date: '2025-12-31' }).map((r) => r.index); // [0]
 * ```
 *
 * @category Administrative units
 */
export function levelsNotInForce(labels: readonly string[], when: TableDate): LevelNotInForce[] {
  if (!Array.isArray(labels)) {
    const p = { received: show(labels) };
    throw new CchcError(issue('INVALID_INPUT', ['labels'], vi.INVALID_INPUT__levelRows(p), en.INVALID_INPUT__levelRows(p), labels));
  }
  const w = readOptions<TableDate>(when, ['date', 'period'], []);
  for (let i = 0; i < labels.length; i++) {
    const label: unknown = labels[i];
    if (typeof label !== 'string') {
      const p = { received: show(label) };
      throw new CchcError(issue('INVALID_INPUT', ['labels', i], vi.INVALID_INPUT__levelRows(p), en.INVALID_INPUT__levelRows(p), label));
    }
  }
  const judged = tableDay(w);
  if (judged === undefined) return [];
  const date = fromDayNumber(judged.day);
  const whenVi = judged.period ? `kỳ báo cáo của bảng bắt đầu ngày ${viDate(date)}` : `số liệu của bảng tính đến ngày ${viDate(date)}`;
  const whenEn = judged.period ? `the table's period starts on ${date}` : `the table is dated ${date}`;
  const levels = adminLevelsOn(date);
  if (levels.includes('district')) return [];
  const out: LevelNotInForce[] = [];
  labels.forEach((label, index) => {
    if (!isDistrictLabel(label)) return;
    const levelsVi = levels.map((l) => (l === 'province' ? 'cấp tỉnh' : 'cấp xã')).join(' và ');
    out.push(
      Object.freeze({
        index,
        label,
        level: 'district' as const,
        date,
        levelsInForce: Object.freeze([...levels]),
        message: bilingual(
          `Dòng "${label}" thuộc cấp huyện, nhưng từ ${viDate(TWO_LEVEL_GOVERNMENT_FROM)} không còn cấp huyện (chính quyền địa phương hai cấp: ${levelsVi}); ${whenVi}`,
          `Row "${label}" is at the district level, which no longer exists from ${TWO_LEVEL_GOVERNMENT_FROM} (two-level local government: ${levels.join(' and ')}); ${whenEn}`,
        ),
      }),
    );
  });
  return out;
}

const viDate = (iso: IsoDate): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
