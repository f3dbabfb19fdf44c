// Which QĐ 766 methodology applies on a date, and the level policies that can be laid over the portal's.
import { CchcError, issue, show } from '../core/errors.js';
import type { BilingualText } from '../core/bilingual.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import type { SourceRef } from '../core/source-ref.js';
import type { Methodology, UnitLevelTreatment } from '../par/methodology.js';
import { withUnitLevelTreatments } from '../par/with-unit-level-treatments.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import { QD766_2022, QD766_PORTAL } from './methodologies.js';
import { QD766_SOURCES as S } from './sources.js';

/**
 * What a QĐ 766 edition rests on:
 * - `'legal-text'`: the decision as published (its known parts);
 * - `'observed-configuration'`: what the national portal is seen to score, fitted to its published figures; no legal
 *   text publishes it.
 *
 * @example
 * ```ts
 * import type { Qd766EditionStatus } from 'cchc';
 * const s: Qd766EditionStatus = 'observed-configuration';
 * ```
 *
 * @category QĐ 766 service index
 */
export type Qd766EditionStatus = 'legal-text' | 'observed-configuration';

/**
 * One edition of the QĐ 766 index: a methodology with its dates of validity and what it rests on.
 *
 * @example
 * ```ts
 * import { QD766_EDITIONS } from 'cchc';
 * QD766_EDITIONS.map((e) => `${e.id} ${e.validity.start}`); // ['qd766-2022 2022-08-01', 'qd766-portal 2024-01-22']
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766Edition {
  readonly id: 'qd766-2022' | 'qd766-portal';
  readonly title: BilingualText;
  readonly methodology: Methodology;
  /**
   * Dates of validity. For the portal configuration, `start` is the first date it was seen (the switch date is
   * unknown) and there is no end.
   */
  readonly validity: { readonly start: IsoDate; readonly end?: IsoDate };
  readonly status: Qd766EditionStatus;
  /** Whether a legal text publishes the rules (false for the portal's configuration). */
  readonly published: boolean;
  readonly sources: readonly SourceRef[];
  readonly note: string;
}

/**
 * The editions of the QĐ 766 index, oldest first:
 * - `qd766-2022`: {@link QD766_2022}, the decision (in service from 1/8/2022), five groups, allocations unknown;
 * - `qd766-portal`: {@link QD766_PORTAL}, the six groups the portal scores, first seen on 22/01/2024 (Bến Cát's
 *   "tuần 03 năm 2024"); no amending decision was found, so both remain: the 2022 text is the legal basis, the portal
 *   configuration is what units are ranked on.
 *
 * @example
 * ```ts
 * import { QD766_EDITIONS } from 'cchc';
 * QD766_EDITIONS[1]?.published; // false
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_EDITIONS: readonly Qd766Edition[] = Object.freeze([
  Object.freeze({
    id: 'qd766-2022' as const,
    title: Object.freeze({ vi: 'Quyết định 766/QĐ-TTg (2022): năm nhóm chỉ số', en: 'Decision 766/QĐ-TTg (2022): five groups' }),
    methodology: QD766_2022,
    validity: Object.freeze({ start: '2022-08-01' }),
    status: 'legal-text' as const,
    published: true,
    sources: Object.freeze([S.decision, S.decisionPoints]),
    note: 'In service from 01/8/2022 (the decision). No end: no amending decision was found. Per-indicator points mostly unknown.',
  }),
  Object.freeze({
    id: 'qd766-portal' as const,
    title: Object.freeze({ vi: 'Cấu hình chấm điểm trên Cổng DVCQG: sáu nhóm chỉ số', en: "The national portal's scoring: six groups" }),
    methodology: QD766_PORTAL,
    validity: Object.freeze({ start: '2024-01-22' }),
    status: 'observed-configuration' as const,
    published: false,
    sources: Object.freeze([S.sixGroupsSeen, S.portalFits]),
    note: "First seen 22/01/2024 (six groups in Bến Cát's week-3 report); the date the portal switched is unknown. Rules fitted to 2026 captures.",
  }),
]);

/**
 * A level policy: treatments laid over {@link QD766_PORTAL} for one reading of the index.
 *
 * @example
 * ```ts
 * import { QD766_COMMUNE_FULL_MARKS_POLICY, type Qd766LevelPolicy } from 'cchc';
 * const p: Qd766LevelPolicy = QD766_COMMUNE_FULL_MARKS_POLICY;
 * p.treatments.commune; // { '3.1': 'max', '4.6': 'max', '4.7': 'max' }
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766LevelPolicy {
  readonly id: 'portal-observed' | 'commune-full-marks';
  readonly title: BilingualText;
  /** Unit level → indicator code → treatment, laid over the portal methodology's own. */
  readonly treatments: Readonly<Record<string, Readonly<Record<string, UnitLevelTreatment>>>>;
  readonly sources: readonly SourceRef[];
  readonly note: string;
}

/**
 * The portal's own level handling (no treatment beyond {@link QD766_PORTAL}'s): departments and communes inherit the
 * province's 1.1–1.3, 4.3 is 2 for every unit, communes are scored on 3.1, 4.6 and 4.7 like any unit.
 *
 * @example
 * ```ts
 * import { QD766_PORTAL_LEVEL_POLICY } from 'cchc';
 * QD766_PORTAL_LEVEL_POLICY.treatments; // {}
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PORTAL_LEVEL_POLICY: Qd766LevelPolicy = Object.freeze({
  id: 'portal-observed' as const,
  title: Object.freeze({ vi: 'Như Cổng DVCQG chấm (quan sát)', en: 'As the national portal scores (observed)' }),
  treatments: Object.freeze({}),
  sources: Object.freeze([S.phuThoCapture, S.dakLakCapture]),
  note: "Phường Việt Trì (Phú Thọ), month 8/2026: 1.3 = 1.96 (the province's), 4.6 = 0.77, 4.7 = 0.24, DVCTT 6.48 of 12.",
});

/**
 * The reading "communes get the declared maximum for 3.1, 4.6 and 4.7": the METRICS sheet scopes rows 6 (DVCTT), 16
 * and 17 (population data) to provinces, and one crawler (ChippedTopaz/qd766) awards communes the maximum for them. The
 * portal itself does not (see {@link QD766_PORTAL_LEVEL_POLICY}); use this policy to compute that reading.
 * Indicator 4.3 is already the maximum for every unit.
 *
 * @example
 * ```ts
 * import { QD766_COMMUNE_FULL_MARKS_POLICY } from 'cchc';
 * QD766_COMMUNE_FULL_MARKS_POLICY.sources[0]?.document.startsWith('ChippedTopaz'); // true
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_COMMUNE_FULL_MARKS_POLICY: Qd766LevelPolicy = Object.freeze({
  id: 'commune-full-marks' as const,
  title: Object.freeze({ vi: 'Cấp xã được điểm tối đa chỉ số 3.1, 4.6, 4.7', en: 'Communes get full marks for 3.1, 4.6, 4.7' }),
  treatments: Object.freeze({ commune: Object.freeze({ '3.1': 'max', '4.6': 'max', '4.7': 'max' } as const) }),
  sources: Object.freeze([S.communePolicy, S.metrics]),
  note: 'A tool\'s policy built on the METRICS "scope" column (rows 6, 8, 9, 16, 17: "Tỉnh"); rows 8 and 9 carry no points. Not what the portal publishes.',
});

/**
 * The level policies by id.
 *
 * @category QĐ 766 service index
 */
export const QD766_LEVEL_POLICIES: Readonly<Record<Qd766LevelPolicy['id'], Qd766LevelPolicy>> = Object.freeze({
  'portal-observed': QD766_PORTAL_LEVEL_POLICY,
  'commune-full-marks': QD766_COMMUNE_FULL_MARKS_POLICY,
});

/** The notes a choice of methodology carries (data: what the result rests on). */
const NOTES = Object.freeze({
  observed: Object.freeze({
    vi: 'Cấu hình quan sát trên Cổng DVCQG (khớp điểm công bố), không phải văn bản pháp lý: chưa tìm thấy văn bản sửa đổi QĐ 766.',
    en: 'A configuration observed on the national portal (fitted to its published scores), not a legal text: no decision amending QĐ 766 was found.',
  }),
  text: Object.freeze({
    vi: 'Văn bản Quyết định 766/QĐ-TTg (2022): chỉ biết điểm tối đa của năm nhóm; điểm từng chỉ số phần lớn chưa rõ.',
    en: 'Decision 766/QĐ-TTg (2022): only the five group maxima are known; most indicator points are unknown.',
  }),
  communePolicy: Object.freeze({
    vi: 'Chính sách "cấp xã được điểm tối đa 3.1, 4.6, 4.7" của một công cụ thu thập dữ liệu, không phải cách Cổng chấm.',
    en: 'The policy "communes get full marks for 3.1, 4.6, 4.7" of a data-collection tool, not how the portal scores.',
  }),
});
const beforeSeen = (asOf: string): BilingualText => ({
  vi: `Ngày ${asOf} trước ngày đầu tiên thấy cấu hình sáu nhóm (22/01/2024): Cổng khi đó có thể chấm khác.`,
  en: `${asOf} is before the six-group configuration was first seen (22/01/2024): the portal may have scored differently then.`,
});
const portalUnknown = (asOf: string): BilingualText => ({
  vi: `Ngày ${asOf}: chưa rõ Cổng DVCQG chấm thế nào (cấu hình sáu nhóm thấy từ 22/01/2024), dùng văn bản năm 2022.`,
  en: `${asOf}: how the portal scored is unknown (the six groups were first seen on 22/01/2024); the 2022 text is used.`,
});

let communeFullMarks: Methodology | undefined;

/**
 * {@link QD766_PORTAL} with {@link QD766_COMMUNE_FULL_MARKS_POLICY} laid over it (built on first use).
 *
 * @example
 * ```ts
 * import { qd766CommuneFullMarksMethodology } from 'cchc';
 * qd766CommuneFullMarksMethodology().nodes[2]?.children[0]?.atUnitLevel; // { commune: 'max' }
 * ```
 *
 * @category QĐ 766 service index
 */
export function qd766CommuneFullMarksMethodology(): Methodology {
  communeFullMarks ??= withUnitLevelTreatments(QD766_PORTAL, QD766_COMMUNE_FULL_MARKS_POLICY.treatments, {
    id: 'qd766-portal+commune-full-marks',
    note: QD766_COMMUNE_FULL_MARKS_POLICY.note,
  });
  return communeFullMarks;
}

/**
 * Options of {@link qd766Methodology}.
 *
 * @example
 * ```ts
 * import type { Qd766MethodologyOptions } from 'cchc';
 * const o: Qd766MethodologyOptions = { edition: 'qd766-2022' };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766MethodologyOptions {
  /** Pick an edition rather than the one in use on the date: `'qd766-2022'` (the decision) or `'qd766-portal'`. */
  readonly edition?: Qd766Edition['id'];
  /** A level policy over the portal edition; default `'portal-observed'`. */
  readonly policy?: Qd766LevelPolicy['id'];
}

/**
 * The methodology chosen for a date, and what it rests on.
 *
 * @example
 * ```ts
 * import { qd766Methodology, type Qd766MethodologyChoice } from 'cchc';
 * const c: Qd766MethodologyChoice = qd766Methodology('2025-12-08');
 * c.edition.id; // 'qd766-portal'
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766MethodologyChoice {
  readonly methodology: Methodology;
  readonly edition: Qd766Edition;
  readonly policy: Qd766LevelPolicy;
  /** Whether a published legal text gives the rules used (false for the portal's observed configuration). */
  readonly published: boolean;
  /** What the result rests on, in both languages. */
  readonly notes: readonly BilingualText[];
}

/**
 * The QĐ 766 methodology in use on a date (rules by date): the portal's configuration from the day it was first seen
 * (22/01/2024), the 2022 decision before (from 1/8/2022). Before 1/8/2022 there was no index:
 * `QD766_NOT_IN_FORCE`. The result says when it rests on rules no legal text publishes (`published: false`, with a
 * note) and when the portal's rules for a date are unknown (dates before 22/01/2024 get the 2022 text, whose
 * allocations are unknown).
 *
 * @throws {@link CchcError} `QD766_NOT_IN_FORCE`, `INVALID_DATE`, `INVALID_INPUT` / `UNKNOWN_KEY` for bad options.
 *
 * @example
 * ```ts
 * import { qd766Methodology } from 'cchc';
 * qd766Methodology('2026-10-10').methodology.id; // 'qd766-portal'
 * qd766Methodology('2023-06-30').methodology.id; // 'qd766-2022'
 * qd766Methodology('2026-10-10', { policy: 'commune-full-marks' }).methodology.id; // 'qd766-portal+commune-full-marks'
 * qd766Methodology('2026-10-10').published; // false
 * qd766Methodology('2021-12-31'); // throws CchcError QD766_NOT_IN_FORCE
 * ```
 *
 * @category QĐ 766 service index
 */
export function qd766Methodology(asOf: IsoDate, options?: Qd766MethodologyOptions): Qd766MethodologyChoice {
  const o = readOptions<Qd766MethodologyOptions>(options, ['edition', 'policy']);
  const day = parseIsoDate(asOf, ['asOf']);
  if (o.edition !== undefined && o.edition !== 'qd766-2022' && o.edition !== 'qd766-portal') {
    const p = { received: show(o.edition) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'edition'], vi.INVALID_INPUT__qd766Edition(p), en.INVALID_INPUT__qd766Edition(p), o.edition),
    );
  }
  const policyId = o.policy ?? 'portal-observed';
  if (policyId !== 'portal-observed' && policyId !== 'commune-full-marks') {
    const p = { received: show(policyId) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'policy'], vi.INVALID_INPUT__qd766Policy(p), en.INVALID_INPUT__qd766Policy(p), policyId),
    );
  }
  const first = QD766_EDITIONS[0]!;
  if (day < parseIsoDate(first.validity.start)) {
    const p = { asOf, start: first.validity.start };
    throw new CchcError(issue('QD766_NOT_IN_FORCE', ['asOf'], vi.QD766_NOT_IN_FORCE(p), en.QD766_NOT_IN_FORCE(p), asOf));
  }
  const inUse = [...QD766_EDITIONS].reverse().find((e) => day >= parseIsoDate(e.validity.start))!;
  const edition = o.edition === undefined ? inUse : QD766_EDITIONS.find((e) => e.id === o.edition)!;
  const policy = QD766_LEVEL_POLICIES[policyId];
  if (policy.id !== 'portal-observed' && edition.id !== 'qd766-portal') {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'policy'],
        vi.INVALID_INPUT__qd766PolicyEdition(),
        en.INVALID_INPUT__qd766PolicyEdition(),
        policyId,
      ),
    );
  }
  const notes: BilingualText[] = [];
  if (edition.id === 'qd766-portal') {
    notes.push(NOTES.observed);
    if (day < parseIsoDate(edition.validity.start)) notes.push(beforeSeen(asOf));
  } else {
    notes.push(NOTES.text);
    if (o.edition === undefined) notes.push(portalUnknown(asOf));
  }
  if (policy.id === 'commune-full-marks') notes.push(NOTES.communePolicy);
  const methodology =
    edition.id === 'qd766-portal' && policy.id === 'commune-full-marks' ? qd766CommuneFullMarksMethodology() : edition.methodology;
  return Object.freeze({
    methodology,
    edition,
    policy,
    published: edition.published,
    notes: Object.freeze(notes.map((n) => Object.freeze({ ...n }))),
  });
}
