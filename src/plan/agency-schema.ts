// Schemas of agency definitions and of the options of the agency functions, in their own file.
import * as s from '../core/schema.js';
import { AdminLevelSchema, BilingualTextSchema, SourceRefSchema } from '../core/schemas.js';
import type { AgencyDefinition } from './agency-definitions.js';
import type { ParseAgenciesOptions } from './agency.js';
import type { TasksOfAgencyOptions } from './tasks-of-agency.js';
import { MAX_AGENCY_TEXT_LENGTH } from './limits.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/** A name or alias: some letter or digit (an alias of marks only, "-" or "&", would match nothing or everything). */
const agencyName = s
  .string()
  .min(1)
  .max(MAX_AGENCY_TEXT_LENGTH)
  .refine(
    (x) => /[\p{L}\p{N}]/u.test(x),
    () => ({ code: 'INVALID_INPUT', vi: vi.INVALID_INPUT__agencyName(), en: en.INVALID_INPUT__agencyName() }),
  );

/**
 * Schema of {@link AgencyDefinition} (strict).
 *
 * @example
 * ```ts
 * import { AgencyDefinitionSchema } from 'cchc';
 * AgencyDefinitionSchema.safeParse({ key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency', aliases: [] }).success; // true
 * AgencyDefinitionSchema.safeParse({ key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency', alias: [] }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const AgencyDefinitionSchema: s.Schema<AgencyDefinition> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      key: s.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, vi.INVALID_INPUT__agencyKey(), en.INVALID_INPUT__agencyKey()),
      name: agencyName,
      kind: s.oneOf(['agency', 'group']),
      level: AdminLevelSchema.optional(),
      aliases: s.array(agencyName),
      memberOf: s.array(s.string()).optional(),
      label: BilingualTextSchema.optional(),
      sources: s.array(SourceRefSchema).optional(),
    }),
    CORE_SCHEMAS,
  ),
);

/**
 * Schema of {@link ParseAgenciesOptions} (strict).
 *
 * @example
 * ```ts
 * import { ParseAgenciesOptionsSchema, AGENCY_DEFINITIONS } from 'cchc';
 * ParseAgenciesOptionsSchema.safeParse({ definitions: AGENCY_DEFINITIONS }).success; // true
 * ParseAgenciesOptionsSchema.safeParse({ definition: AGENCY_DEFINITIONS }).success; // false (did you mean 'definitions'?)
 * ```
 *
 * @category Plans and tasks
 */
export const ParseAgenciesOptionsSchema: s.Schema<ParseAgenciesOptions> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(s.object({ definitions: s.array(AgencyDefinitionSchema).optional() }), CORE_SCHEMAS),
);

/**
 * Schema of {@link TasksOfAgencyOptions} (strict; definitions are checked as by `parseAgencies`).
 *
 * @example
 * ```ts
 * import { TasksOfAgencyOptionsSchema } from 'cchc';
 * TasksOfAgencyOptionsSchema.safeParse({ role: 'lead' }).success; // true
 * TasksOfAgencyOptionsSchema.safeParse({ roles: 'lead' }).success; // false (did you mean 'role'?)
 * ```
 *
 * @category Plans and tasks
 */
export const TasksOfAgencyOptionsSchema: s.Schema<TasksOfAgencyOptions> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      role: s.oneOf(['lead', 'coordinating', 'any']).optional(),
      viaGroups: s.boolean().optional(),
      definitions: s.array(AgencyDefinitionSchema).optional(),
    }),
    CORE_SCHEMAS,
  ),
);
