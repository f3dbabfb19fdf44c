// The portal's six groups regrouped into the five groups of the 2022 decision: an inference, not the 2022 text.
import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcDecimal } from '../core/decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import { isPlainObject } from '../core/schema.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import type { SourceRef } from '../core/source-ref.js';
import type { AssessmentScore } from '../par/score-assessment.js';
import { QD766_2022 } from './methodologies.js';
import { QD766_SOURCES as S } from './sources.js';

/**
 * How the portal's six groups make the five groups of the 2022 decision, **inferred** (not the 2022 text): 1 → 1,
 * 2 → 2, Số hóa (portal 4) → 3, Cung cấp dịch vụ trực tuyến = DVCTT (portal 3, 12) + thanh toán (portal 6, 10) → 4,
 * 5 → 5. Every group maximum matches (18 / 20 / 22 / 22 / 18), the three indicator points the press quotes from the
 * 2022 text match the portal's, and the portal's own API still returns these five groups with "Dịch vụ trực tuyến" =
 * 22. Whether the 2022 text allocated the points inside the groups this way is UNKNOWN.
 *
 * @example
 * ```ts
 * import { QD766_2022_INFERRED_GROUPING } from 'cchc';
 * QD766_2022_INFERRED_GROUPING.groups.find((g) => g.code === '4')?.portal; // ['3', '6']
 * QD766_2022_INFERRED_GROUPING.status; // 'inferred'
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_2022_INFERRED_GROUPING = Object.freeze({
  status: 'inferred' as const,
  groups: Object.freeze([
    Object.freeze({ code: '1', portal: Object.freeze(['1']) }),
    Object.freeze({ code: '2', portal: Object.freeze(['2']) }),
    Object.freeze({ code: '3', portal: Object.freeze(['4']) }),
    Object.freeze({ code: '4', portal: Object.freeze(['3', '6']) }),
    Object.freeze({ code: '5', portal: Object.freeze(['5']) }),
  ]),
  sources: Object.freeze([S.provinceRanking, S.decision, S.decisionPoints] as SourceRef[]),
  note: 'Inferred from the group maxima and the portal\'s five-group "radar" (10/10/2026); not the 2022 text.',
});

/**
 * A portal score in the five groups of the 2022 decision (per {@link QD766_2022_INFERRED_GROUPING}, labelled
 * inferred): for comparisons with figures published in the 2022 structure, such as the portal's own national "radar".
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a score that is not a `QD766_PORTAL` score.
 *
 * @example
 * ```ts
 * import { QD766_PORTAL, regroup766To2022, scoreAssessment } from 'cchc';
 * const codes = ['1.1', '1.2', '1.3', '1.4', '2.1', '3.1', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3'];
 * const s = scoreAssessment(QD766_PORTAL, Object.fromEntries(codes.map((c) => [c, { rate: 1 }])));
 * const r = regroup766To2022(s);
 * r.groups.map((g) => `${g.code}: ${g.points}`); // ['1: 18', '2: 20', '3: 22', '4: 22', '5: 18']
 * r.inferred; // true
 * ```
 *
 * @category QĐ 766 service index
 */
export function regroup766To2022(score: AssessmentScore): {
  readonly groups: readonly { readonly code: string; readonly name: BilingualText; readonly points: Decimal; readonly max: Decimal }[];
  readonly total: Decimal;
  readonly inferred: true;
} {
  if (
    !isPlainObject(score) ||
    !isPlainObject(score.nodes) ||
    score.methodologyId === undefined ||
    !String(score.methodologyId).startsWith('qd766-portal')
  ) {
    const p = { received: show(score) };
    throw new CchcError(
      issue('INVALID_INPUT', ['score'], vi.INVALID_INPUT__qd766PortalScore(p), en.INVALID_INPUT__qd766PortalScore(p), score),
    );
  }
  const groups = QD766_2022_INFERRED_GROUPING.groups.map((g) => {
    const node = QD766_2022.nodes.find((n) => n.code === g.code)!;
    const points = g.portal.reduce((a, c) => a.plus(score.nodes[c]?.achieved ?? 0), new CchcDecimal(0));
    const max = g.portal.reduce((a, c) => a.plus(score.nodes[c]?.max ?? 0), new CchcDecimal(0));
    return Object.freeze({ code: g.code, name: Object.freeze({ vi: node.name, en: node.nameEn ?? node.name }), points, max });
  });
  return Object.freeze({
    groups: Object.freeze(groups),
    total: groups.reduce((a, g) => a.plus(g.points), new CchcDecimal(0)),
    inferred: true as const,
  });
}
