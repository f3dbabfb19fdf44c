import { CchcError, type CchcIssue, type CchcPath } from '../core/errors.js';
import { toDayNumber, type IsoDate } from '../core/iso-date.js';
import type { IsoTimestamp } from '../core/timestamp.js';
import { reading } from '../core/read-date.js';
import { readDateOrTimestamp } from './_internal/read-event.js';
import { DOSSIER_RULE_PRESETS, resolveDossierRules, type DossierRules, type DossierRulesInput } from './rules.js';
import { DOSSIER_RULES_IN_FORCE, ND118_START } from './rules-nd118.js';

/** The first day number of the `nd118` rules under `'in-force'`. */
const SWITCH_DAY = toDayNumber(ND118_START);

/**
 * The rule preset in force on a receipt date (quy tắc áp dụng cho hồ sơ tiếp nhận ngày …): `report` (NĐ 61/2018 as
 * the periodic report reads it) for dossiers received up to 2025-06-30, `nd118` (NĐ 118/2025/NĐ-CP) from 2025-07-01
 * ({@link DOSSIER_RULES_IN_FORCE}). What `rules: 'in-force'` applies to each dossier. A date-time is read in Vietnam's
 * time (a receipt at 2025-06-30T23:30:00+07:00 is under the old rules).
 *
 * NĐ 118 has no transitional rule for dossiers pending on 01/07/2025; a dossier keeps the rules of its receipt date.
 * The `nd118` preset follows the original text: its amendments (NĐ 367/2025, NĐ 309/2026) could not be read.
 *
 * @throws {@link CchcError} `INVALID_DATE` / `INVALID_TIMESTAMP` for a value that is not a date or a date-time with an
 *   offset.
 * @example
 * ```ts
 * import { dossierRulesInForce } from 'cchc';
 * dossierRulesInForce('2025-06-30').name; // 'report'
 * dossierRulesInForce('2025-07-01').name; // 'nd118'
 * dossierRulesInForce('2025-07-01T08:00:00+07:00').supplementTime; // 'restart'
 * dossierRulesInForce('01/07/2025'); // throws CchcError INVALID_DATE
 * ```
 *
 * @category Dossiers
 */
export function dossierRulesInForce(receivedAt: IsoDate | IsoTimestamp): DossierRules {
  const issues: CchcIssue[] = [];
  if (!readDateOrTimestamp(receivedAt, ['receivedAt'], issues)) throw new CchcError(issues);
  return reading.day < SWITCH_DAY
    ? DOSSIER_RULE_PRESETS[DOSSIER_RULES_IN_FORCE[0]!.preset]
    : DOSSIER_RULE_PRESETS[DOSSIER_RULES_IN_FORCE[1]!.preset];
}

/**
 * The rules a run applies: one rule set, or (for `'in-force'`) `before` for dossiers received before `switchDay` and
 * `from` for the others. @internal
 */
export interface RuleSet {
  readonly before: DossierRules;
  readonly from: DossierRules;
  /** Day number from which `from` applies (`Number.MAX_SAFE_INTEGER` for one rule set). */
  readonly switchDay: number;
  /** The name to show (`'in-force'` or the rules' name). */
  readonly name: string;
}

/** Resolve a `rules` option, `'in-force'` included. @internal */
export function resolveRuleSet(input: DossierRulesInput | undefined, path: CchcPath): RuleSet {
  if (input === 'in-force') {
    return {
      before: DOSSIER_RULE_PRESETS[DOSSIER_RULES_IN_FORCE[0]!.preset],
      from: DOSSIER_RULE_PRESETS[DOSSIER_RULES_IN_FORCE[1]!.preset],
      switchDay: SWITCH_DAY,
      name: 'in-force',
    };
  }
  const rules = resolveDossierRules(input, path);
  return { before: rules, from: rules, switchDay: Number.MAX_SAFE_INTEGER, name: rules.name };
}

/** The rule sets a run may apply (one, or both of `'in-force'`). @internal */
export function ruleSetMembers(set: RuleSet): readonly DossierRules[] {
  return set.before === set.from ? [set.from] : [set.before, set.from];
}
