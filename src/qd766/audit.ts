import type { Decimal } from 'decimal.js';
import { buildFinding, type AuditFinding } from '../audit/finding.js';
import { TWO_LEVEL_GOVERNMENT_FROM } from '../core/admin-level.js';
import { CchcDecimal, toDecimal } from '../core/decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import { parseViNumber, viDecimalsOf } from '../core/parse-vi-number.js';
import { isPlainObject } from '../core/schema.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import type { Methodology } from '../par/methodology.js';
import { rankUnits } from '../par/rank-units.js';
import type { ParNumberInput } from '../par/rule.js';
import { qd766Methodology, type Qd766Edition } from './editions.js';
import { QD766_PORTAL } from './methodologies.js';

/**
 * One unit's QĐ 766 score as printed (a ranking table, a press article): total, group points by group code (of the
 * methodology audited: "1"–"6" on the portal), rank. Every field but `unit` is optional. Numbers may be JS numbers,
 * Decimals or Vietnamese text: a text keeps its printed decimals ("91,7" is printed to 1 decimal), a JS number is
 * taken as printed to the portal's 2 decimals (it has lost its trailing zeros: 92.80 is 92.8).
 *
 * @example
 * ```ts
 * import type { Qd766PrintedScore } from 'cchc';
 * // Bắc Ninh, a week of December 2025 (vietnam.vn)
 * const row: Qd766PrintedScore = { unit: 'Bắc Ninh', total: '92,83', groups: { '1': 15.82, '2': 19.45, '3': 8.53, '4': 21.17, '5': 17.86, '6': 10 }, rank: 1 };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766PrintedScore {
  readonly unit: string;
  readonly total?: ParNumberInput;
  readonly groups?: Readonly<Record<string, ParNumberInput>>;
  readonly rank?: number;
}

/**
 * Options of {@link audit766Scores}.
 *
 * @example
 * ```ts
 * import type { Audit766Options } from 'cchc';
 * const o: Audit766Options = { asOf: '2026-10-10', complete: true, location: 'dichvucong.gov.vn, 10/10/2026' };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Audit766Options {
  /** The date of the scores: picks the methodology (see {@link qd766Methodology}) and the number of provinces ranked. */
  readonly asOf?: IsoDate;
  /** The edition whose group maxima apply (default: the one in use on `asOf`, or the portal's). */
  readonly edition?: Qd766Edition['id'];
  /**
   * How many units the ranking holds: default, with `asOf`, the provinces then (63 before 1/7/2025, 34 from then, as
   * `provincesOn(asOf).length` counts them: Nghị quyết 202/2025/QH15, local governments from 1/7/2025); without
   * `asOf`, ranks are only checked against each other.
   */
  readonly of?: number;
  /** Whether the rows are the whole ranking (every unit): ranks must then be exactly the competition ranks of the totals. */
  readonly complete?: boolean;
  /**
   * Largest accepted |sum of groups − total|. Default 0.01 (the portal's groups and total, each to 2 decimals, were
   * seen to differ by at most 0.01), plus half a unit of the last printed decimal of any figure printed with fewer
   * than 2 decimals (a total printed "91,7").
   */
  readonly tolerance?: ParNumberInput;
  /** Where the figures were printed, copied to every finding. */
  readonly location?: string;
}

interface Num {
  readonly value: Decimal;
  readonly decimals: number;
}

function readNum(v: unknown, path: CchcPath, problems: CchcIssue[]): Num | undefined {
  try {
    if (typeof v === 'string') return { value: new CchcDecimal(parseViNumber(v.trim())), decimals: viDecimalsOf(v.trim()) };
    // A JS number has lost its trailing zeros (92.80 is 92.8): taken as printed to the portal's 2 decimals.
    const d = toDecimal(v, path);
    return { value: d, decimals: Math.max(2, d.decimalPlaces()) };
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues.map((i) => issue(i.code, path, i.messageVi, i.messageEn, i.received)));
    return undefined;
  }
}

const viNum = (d: Decimal | number) => formatNumber(d);
const enNum = (d: Decimal | number) => formatNumber(d, { locale: 'en' });
const half = (decimals: number) => new CchcDecimal(10).pow(-decimals).div(2);

/**
 * Audit printed QĐ 766 scores (kiểm tra điểm Bộ chỉ số 766 đã công bố): a ranking table or an excerpt of it, the group
 * points a press article prints. Findings, row by row:
 *
 * - `qd766-unknown-group` (error): a group code the methodology does not have;
 * - `qd766-group-above-max` (error): group points below 0 or above the group's maximum (18 / 20 / 12 / 22 / 18 / 10 on
 *   the portal; 18 / 20 / 22 / 22 / 18 for the 2022 edition);
 * - `qd766-total-above-max` (error): a total above 100;
 * - `qd766-sum-mismatch` (error): the groups do not add up to the total (within `tolerance`);
 * - `qd766-sum-impossible` (error) when some groups are not printed and the rest cannot make the total (the printed
 *   ones exceed it, or the missing ones would have to exceed their maxima); `qd766-groups-missing` (info) otherwise,
 *   with the points the missing groups share;
 * - ranks: `qd766-rank-out-of-range` (error) outside 1…`of`; `qd766-rank-order` (error) a higher total printed with a
 *   rank not better than a lower one's; `qd766-rank-too-high` (error) a rank better than the number of units printed
 *   above it allows; with `complete`, `qd766-rank-mismatch` (error) a rank that is not the competition rank of the
 *   totals (a tie printed as r, r + 1, … is accepted: the portal may rank on more decimals).
 *
 * @throws {@link CchcError} for unreadable input (a figure that is not a number, a rank that is not a positive
 *   integer, a repeated unit), every problem listed.
 *
 * @example
 * ```ts
 * import { audit766Scores } from 'cchc';
 * // dichvucong.gov.vn, 34 provinces, 2026 to 10/10/2026 (excerpt)
 * const findings = audit766Scores(
 *   [
 *     { unit: 'Đồng Tháp', rank: 1, total: 68.8, groups: { '1': 11.46, '2': 17.69, '3': 8.84, '4': 9.72, '5': 14.67, '6': 6.42 } },
 *     { unit: 'Đồng Nai', rank: 2, total: 67.48, groups: { '1': 12.31, '2': 16.14, '3': 9.25, '4': 10.03, '5': 12.32, '6': 7.43 } },
 *     { unit: 'X', rank: 2, total: 60, groups: { '1': 19, '2': 20, '3': 12, '4': 9 } },
 *   ],
 *   { asOf: '2026-10-10' },
 * );
 * findings.map((f) => f.code); // ['qd766-group-above-max', 'qd766-groups-missing', 'qd766-rank-order']
 * ```
 *
 * @category QĐ 766 service index
 */
export function audit766Scores(rows: readonly Qd766PrintedScore[], options?: Audit766Options): AuditFinding[] {
  const o = readOptions<Audit766Options>(options, ['asOf', 'edition', 'of', 'complete', 'tolerance', 'location']);
  if (!Array.isArray(rows)) {
    const p = { key: 'rows', received: show(rows) };
    throw new CchcError(issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), rows));
  }
  const problems: CchcIssue[] = [];
  let m: Methodology = QD766_PORTAL;
  if (o.asOf !== undefined) m = qd766Methodology(o.asOf, o.edition !== undefined ? { edition: o.edition } : {}).methodology;
  else if (o.edition === 'qd766-2022') m = qd766Methodology('2022-08-01', { edition: 'qd766-2022' }).methodology;
  let of = o.of;
  if (of === undefined && o.asOf !== undefined) of = parseIsoDate(o.asOf) >= parseIsoDate(TWO_LEVEL_GOVERNMENT_FROM) ? 34 : 63;
  if (of !== undefined && (!Number.isSafeInteger(of) || of < 1)) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['options', 'of'],
        vi.INVALID_INPUT__qd766Of({ received: show(of) }),
        en.INVALID_INPUT__qd766Of({ received: show(of) }),
        of,
      ),
    );
  }
  const fixedTolerance = o.tolerance === undefined ? undefined : readNum(o.tolerance, ['options', 'tolerance'], problems)?.value;
  const groupMax = new Map(m.nodes.map((n) => [n.code, n.maxPoints]));
  const read = rows.map((row: unknown, i) => {
    if (!isPlainObject(row) || typeof row.unit !== 'string' || row.unit.trim() === '') {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['rows', i, 'unit'],
          vi.INVALID_INPUT__qd766PrintedRow({ index: i }),
          en.INVALID_INPUT__qd766PrintedRow({ index: i }),
          row,
        ),
      );
      return undefined;
    }
    const r = row as unknown as Qd766PrintedScore;
    const total = r.total === undefined ? undefined : readNum(r.total, ['rows', i, 'total'], problems);
    const groups: { code: string; num: Num }[] = [];
    if (r.groups !== undefined) {
      if (!isPlainObject(r.groups))
        problems.push(
          issue(
            'INVALID_INPUT',
            ['rows', i, 'groups'],
            vi.INVALID_INPUT__qd766PrintedRow({ index: i }),
            en.INVALID_INPUT__qd766PrintedRow({ index: i }),
            r.groups,
          ),
        );
      else
        for (const [code, v] of Object.entries(r.groups)) {
          const num = readNum(v, ['rows', i, 'groups', code], problems);
          if (num) groups.push({ code, num });
        }
    }
    if (r.rank !== undefined && (typeof r.rank !== 'number' || !Number.isSafeInteger(r.rank) || r.rank < 1)) {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['rows', i, 'rank'],
          vi.INVALID_INPUT__qd766Rank({ received: show(r.rank) }),
          en.INVALID_INPUT__qd766Rank({ received: show(r.rank) }),
          r.rank,
        ),
      );
    }
    return { unit: r.unit, total, groups, rank: r.rank };
  });
  if (problems.length > 0) throw new CchcError(problems);
  const findings: AuditFinding[] = [];
  const add = (f: {
    code: string;
    severity: 'error' | 'warning' | 'info';
    row: string;
    field?: string;
    expected?: Decimal | number | string | null;
    actual?: Decimal | number | string | null;
    vi: string;
    en: string;
  }) => {
    const { vi: v, en: e, ...rest } = f;
    findings.push(buildFinding({ ...rest, vi: v, en: e, ...(o.location !== undefined ? { location: o.location } : {}) }));
  };

  for (const r of read) {
    if (!r) continue;
    const unit = r.unit;
    for (const g of r.groups) {
      const max = groupMax.get(g.code);
      if (max === undefined) {
        const codes = [...groupMax.keys()].join(', ');
        add({
          code: 'qd766-unknown-group',
          severity: 'error',
          row: unit,
          field: `groups.${g.code}`,
          actual: g.code,
          vi: `${unit}: không có nhóm "${g.code}" trong ${m.id} (các nhóm: ${codes})`,
          en: `${unit}: ${m.id} has no group "${g.code}" (groups: ${codes})`,
        });
      } else if (g.num.value.isNegative() || g.num.value.gt(max)) {
        add({
          code: 'qd766-group-above-max',
          severity: 'error',
          row: unit,
          field: `groups.${g.code}`,
          expected: max,
          actual: g.num.value,
          vi: `${unit}: nhóm ${g.code} được ${viNum(g.num.value)} điểm, ngoài khoảng 0–${viNum(max)}`,
          en: `${unit}: group ${g.code} has ${enNum(g.num.value)} points, outside 0–${enNum(max)}`,
        });
      }
    }
    if (r.total && (r.total.value.gt(m.maxPoints) || r.total.value.isNegative())) {
      add({
        code: 'qd766-total-above-max',
        severity: 'error',
        row: unit,
        field: 'total',
        expected: m.maxPoints,
        actual: r.total.value,
        vi: `${unit}: tổng điểm ${viNum(r.total.value)} ngoài khoảng 0–${viNum(m.maxPoints)}`,
        en: `${unit}: the total ${enNum(r.total.value)} is outside 0–${enNum(m.maxPoints)}`,
      });
    }
    if (!r.total || r.groups.length === 0) continue;
    const known = r.groups.filter((g) => groupMax.has(g.code));
    const sum = known.reduce((a, g) => a.plus(g.num.value), new CchcDecimal(0));
    const tolerance =
      fixedTolerance ??
      [r.total, ...known.map((g) => g.num)].reduce((a, n) => (n.decimals < 2 ? a.plus(half(n.decimals)) : a), new CchcDecimal('0.01'));
    const missing = [...groupMax.keys()].filter((c) => !known.some((g) => g.code === c));
    if (missing.length === 0) {
      if (sum.minus(r.total.value).abs().gt(tolerance)) {
        add({
          code: 'qd766-sum-mismatch',
          severity: 'error',
          row: unit,
          field: 'total',
          expected: sum,
          actual: r.total.value,
          vi: `${unit}: các nhóm cộng lại được ${viNum(sum)} nhưng tổng điểm in ${viNum(r.total.value)}`,
          en: `${unit}: the groups add up to ${enNum(sum)} but the printed total is ${enNum(r.total.value)}`,
        });
      }
      continue;
    }
    const rest = r.total.value.minus(sum);
    const room = missing.reduce((a, c) => a.plus(groupMax.get(c)!), new CchcDecimal(0));
    const list = missing.join(', ');
    if (rest.lt(tolerance.neg()) || rest.gt(room.plus(tolerance))) {
      add({
        code: 'qd766-sum-impossible',
        severity: 'error',
        row: unit,
        field: 'total',
        expected: sum,
        actual: r.total.value,
        vi: `${unit}: tổng ${viNum(r.total.value)} trừ các nhóm đã in (${viNum(sum)}) còn ${viNum(rest)}, ngoài khoảng 0–${viNum(room)} mà các nhóm chưa in (${list}) có thể có`,
        en: `${unit}: the total ${enNum(r.total.value)} less the printed groups (${enNum(sum)}) leaves ${enNum(rest)}, outside the 0–${enNum(room)} the unprinted groups (${list}) can hold`,
      });
    } else {
      add({
        code: 'qd766-groups-missing',
        severity: 'info',
        row: unit,
        field: 'groups',
        expected: rest,
        vi: `${unit}: không in nhóm ${list}; ${missing.length === 1 ? `nhóm ${list} là` : 'các nhóm này chia nhau'} ${viNum(rest)} điểm`,
        en: `${unit}: group${missing.length > 1 ? 's' : ''} ${list} not printed; ${missing.length === 1 ? `group ${list} is` : 'they share'} ${enNum(rest)} points`,
      });
    }
  }

  // Ranks (rows with a rank and a total).
  const ranked = read.filter(
    (r): r is NonNullable<typeof r> & { rank: number; total: Num } => !!r && r.rank !== undefined && r.total !== undefined,
  );
  for (const r of ranked) {
    if (of !== undefined && r.rank > of) {
      add({
        code: 'qd766-rank-out-of-range',
        severity: 'error',
        row: r.unit,
        field: 'rank',
        expected: of,
        actual: r.rank,
        vi: `${r.unit}: hạng ${r.rank} nhưng chỉ có ${of} đơn vị được xếp hạng`,
        en: `${r.unit}: rank ${r.rank}, but only ${of} units are ranked`,
      });
    }
  }
  const byTotal = [...ranked].sort((a, b) => b.total.value.cmp(a.total.value));
  for (let i = 0; i < byTotal.length; i++) {
    const r = byTotal[i]!;
    const above = byTotal.filter((x) => x.total.value.gt(r.total.value));
    // the worst rank among the units printed with a higher total
    const worstAbove = above.reduce<(typeof ranked)[number] | undefined>((w, x) => (w === undefined || x.rank > w.rank ? x : w), undefined);
    if (worstAbove && worstAbove.rank >= r.rank) {
      add({
        code: 'qd766-rank-order',
        severity: 'error',
        row: r.unit,
        field: 'rank',
        actual: r.rank,
        vi: `${r.unit}: hạng ${r.rank} với ${viNum(r.total.value)} điểm, trong khi ${worstAbove.unit} nhiều điểm hơn (${viNum(worstAbove.total.value)}) lại xếp hạng ${worstAbove.rank}`,
        en: `${r.unit}: rank ${r.rank} with ${enNum(r.total.value)} points, while ${worstAbove.unit} has more (${enNum(worstAbove.total.value)}) and is ranked ${worstAbove.rank}`,
      });
    } else if (r.rank - 1 < above.length) {
      add({
        code: 'qd766-rank-too-high',
        severity: 'error',
        row: r.unit,
        field: 'rank',
        expected: above.length + 1,
        actual: r.rank,
        vi: `${r.unit}: hạng ${r.rank} nhưng đã có ${above.length} đơn vị nhiều điểm hơn`,
        en: `${r.unit}: rank ${r.rank}, but ${above.length} units printed have more points`,
      });
    }
  }
  if (o.complete === true && ranked.length > 0) {
    const expected = rankUnits(ranked.map((r, i) => ({ id: i, value: r.total.value })));
    const want = new Map(expected.map((u) => [u.id, u.rank]));
    const tieSize = new Map<number, number>();
    for (const u of expected) tieSize.set(u.rank, (tieSize.get(u.rank) ?? 0) + 1);
    ranked.forEach((r, i) => {
      const w = want.get(i)!;
      const size = tieSize.get(w)!;
      if (r.rank >= w && r.rank <= w + size - 1) return;
      add({
        code: 'qd766-rank-mismatch',
        severity: 'error',
        row: r.unit,
        field: 'rank',
        expected: w,
        actual: r.rank,
        vi: `${r.unit}: hạng in ${r.rank} nhưng theo tổng điểm ${viNum(r.total.value)} thì hạng là ${w}`,
        en: `${r.unit}: printed rank ${r.rank}, but by its total ${enNum(r.total.value)} the rank is ${w}`,
      });
    });
  }
  return findings;
}
