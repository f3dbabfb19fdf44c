import { CchcError, fail, show } from '../core/errors.js';
import { AGENCY_DEFINITIONS, type AgencyDefinition } from './agency-definitions.js';
import { agencyReader, type Agency } from './agency.js';
import { TasksOfAgencyOptionsSchema } from './agency-schema.js';
import type { PlanTask } from './plan-tasks.js';
import type { Plan } from './plan.js';
import { flattenTasks } from './_internal/flatten-tasks.js';
import { checkPlan } from './_internal/check-plan.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Options of {@link tasksOfAgency}.
 *
 * @example
 * ```ts
 * import type { TasksOfAgencyOptions } from 'cchc';
 * const options: TasksOfAgencyOptions = { role: 'coordinating', viaGroups: true };
 * ```
 *
 * @category Plans and tasks
 */
export interface TasksOfAgencyOptions {
  /** Which role to look at: `lead` (chủ trì), `coordinating` (phối hợp) or `any` (default). */
  readonly role?: 'lead' | 'coordinating' | 'any';
  /**
   * Also match tasks assigned to a group the agency belongs to ("Sở Nội vụ" is one of "Các sở, ban, ngành tỉnh").
   * Default `false`: only tasks that name the agency (or group) itself.
   */
  readonly viaGroups?: boolean;
  /** Known agencies (default `AGENCY_DEFINITIONS`). */
  readonly definitions?: readonly AgencyDefinition[];
}

/**
 * A task matched by {@link tasksOfAgency}, with how it matched.
 *
 * @example
 * ```ts
 * import { type AgencyTask, tasksOfAgency } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const t: AgencyTask = tasksOfAgency(kienGiang2020Plan, 'Sở Tài chính')[1]!;
 * [t.task.id, t.roles]; // ['V.2', ['coordinating']]
 * ```
 *
 * @category Plans and tasks
 */
export interface AgencyTask {
  readonly task: PlanTask;
  /** The roles in which the agency appears. */
  readonly roles: readonly ('lead' | 'coordinating')[];
  /** The agencies of the task's text that matched (the agency itself, or a group it belongs to). */
  readonly matched: readonly Agency[];
}

/**
 * The tasks of a plan an agency leads or coordinates (nhiệm vụ của một cơ quan). The agency is given as a key
 * (`'so-noi-vu'`) or as text in any usual form ("Sở Nội vụ", "SNV", "VP UBND tỉnh"); agency texts of the tasks are
 * normalised with `parseAgencies`.
 *
 * @throws {@link CchcError} `INVALID_INPUT` when `agency` names no agency or several, or for options that are not an
 *   object; `UNKNOWN_KEY` for a misspelt option (`roles`); plan problems.
 *
 * @example
 * ```ts
 * import { tasksOfAgency } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * tasksOfAgency(kienGiang2020Plan, 'VP UBND tỉnh', { role: 'lead' }).length; // 5
 * tasksOfAgency(kienGiang2020Plan, 'Sở Tài chính', { role: 'coordinating' }).map((t) => t.task.id); // ['V.2', 'V.3', 'VI.B.3']
 * ```
 *
 * @category Plans and tasks
 */
export function tasksOfAgency(plan: Plan, agency: string, options: TasksOfAgencyOptions = {}): AgencyTask[] {
  const valid = checkPlan(plan);
  const o = TasksOfAgencyOptionsSchema.parse(options, { path: ['options'] });
  const definitions = o.definitions ?? AGENCY_DEFINITIONS;
  const role = o.role ?? 'any';
  const read = agencyReader(definitions); // remembers each text: plans repeat the same agency texts
  let key: string;
  if (typeof agency === 'string' && definitions.some((d) => d.key === agency)) key = agency;
  else {
    const named = readAgency(read, agency);
    if (named.length !== 1) {
      const p = { agency: show(agency), count: named.length };
      return fail('INVALID_INPUT', ['agency'], vi.INVALID_INPUT__oneAgency(p), en.INVALID_INPUT__oneAgency(p), agency);
    }
    key = named[0]!.key;
  }
  const matches = (a: Agency) => a.key === key;
  const groupsOfKey = new Set<string>();
  if (o.viaGroups) {
    const probe = definitions.find((d) => d.key === key);
    const first = probe !== undefined ? read(probe.name).find((a) => a.key === key) : undefined;
    for (const g of first?.memberOf ?? []) groupsOfKey.add(g);
    if (key.startsWith('other:') && typeof agency === 'string') {
      for (const g of read(agency)[0]?.memberOf ?? []) groupsOfKey.add(g);
    }
  }
  const hit = (a: Agency) => matches(a) || groupsOfKey.has(a.key);

  const out: AgencyTask[] = [];
  for (const task of flattenTasks(valid)) {
    const roles: ('lead' | 'coordinating')[] = [];
    const matched: Agency[] = [];
    if (role !== 'coordinating') {
      const m = read(task.lead).filter(hit);
      if (m.length > 0) {
        roles.push('lead');
        matched.push(...m);
      }
    }
    if (role !== 'lead') {
      const m = task.coordinating.flatMap((c) => read(c).filter(hit));
      if (m.length > 0) {
        roles.push('coordinating');
        matched.push(...m);
      }
    }
    if (roles.length > 0) out.push(Object.freeze({ task, roles: Object.freeze(roles), matched: Object.freeze(matched) }));
  }
  return out;
}

/** The agencies `agency` names, with errors pointing at the `agency` argument. */
function readAgency(read: (text: string) => readonly Agency[], agency: string): readonly Agency[] {
  try {
    return read(agency);
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: ['agency', ...i.path.slice(1)] })));
    throw e;
  }
}
