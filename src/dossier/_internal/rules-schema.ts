import * as s from '../../core/schema.js';
import { issue, show } from '../../core/errors.js';
import { BilingualTextSchema, IsoDateSchema, SourceRefSchema } from '../../core/schemas.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import * as vi8 from '../../core/messages/vi/dossier-nd118.js';
import * as en8 from '../../core/messages/en/dossier-nd118.js';
import type { DossierRulePreset, DossierRulesInput } from '../rules.js';

/** `'HH:MM'`, 00:00–23:59. @internal */
export const CUTOFF_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

let presetCache: s.Schema<DossierRulePreset> | undefined;
let nameCache: s.Schema<DossierRulePreset | 'in-force'> | undefined;
let objectCache: s.Schema<Exclude<DossierRulesInput, string>> | undefined;

/** The preset names (an unknown name gets a suggestion). @internal */
export function rulesPresetSchema(): s.Schema<DossierRulePreset> {
  return (presetCache ??= s.oneOf(['report', 'qd766', 'nd118']));
}

/** What a `rules` option accepts as a name: a preset, or `'in-force'`. @internal */
export function rulesNameSchema(): s.Schema<DossierRulePreset | 'in-force'> {
  return (nameCache ??= s.oneOf(['report', 'qd766', 'nd118', 'in-force']));
}

/** Minutes since midnight of `'HH:MM'`, or −1. @internal */
export function clockMinutes(text: unknown): number {
  if (typeof text !== 'string') return -1;
  const m = CUTOFF_PATTERN.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : -1;
}

/** Whether office hours are ascending, non-overlapping `{ start, end }` spans with start before end. @internal */
export function officeHoursOk(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 24) return false;
  let prev = -1;
  for (const x of v as unknown[]) {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
    const keys = Object.keys(x);
    if (keys.length !== 2 || !Object.hasOwn(x, 'start') || !Object.hasOwn(x, 'end')) return false;
    const a = clockMinutes((x as { start: unknown }).start);
    const b = clockMinutes((x as { end: unknown }).end);
    if (a < 0 || b < 0 || a >= b || a < prev) return false;
    prev = b;
  }
  return true;
}

function customCheck<T>(
  name: string,
  ok: (v: unknown) => boolean,
  viText: (r: string) => string,
  enText: (r: string) => string,
): s.Schema<T> {
  return s.custom<T>(name, (v, path, ctx) => {
    if (ok(v)) return true;
    ctx.issues.push(issue('INVALID_INPUT', path, viText(show(v)), enText(show(v)), v));
    return false;
  });
}

function windowOk(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v as object);
  const w = v as { days?: unknown; unit?: unknown };
  return (
    keys.length === 2 &&
    Object.hasOwn(v as object, 'days') &&
    Object.hasOwn(v as object, 'unit') &&
    Number.isSafeInteger(w.days) &&
    (w.days as number) >= 1 &&
    (w.days as number) <= 3660 &&
    (w.unit === 'calendar-days' || w.unit === 'working-days')
  );
}

/** The overrides object of a `rules` option (strict), built on first use. @internal */
export function rulesInputSchema(): s.Schema<Exclude<DossierRulesInput, string>> {
  return (objectCache ??= s.object({
    preset: rulesPresetSchema().optional(),
    name: s.string().min(1).optional(),
    label: BilingualTextSchema.optional(),
    compare: s.oneOf(['date', 'datetime']).optional(),
    supplementTime: s.oneOf(['ignore', 'subtract', 'restart']).optional(),
    awaitingSupplement: s.oneOf(['separate', 'ends-at-request', 'pending', 'paused']).optional(),
    unfinishedSupplementPauses: s.boolean().optional(),
    secondSupplementIsLate: s.boolean().optional(),
    withdrawnOrReturned: s.oneOf(['separate', 'ends-processing', 'on-time']).optional(),
    receiptCutoff: s
      .string()
      .regex(CUTOFF_PATTERN, vi.INVALID_INPUT__dossierCutoffFormat(), en.INVALID_INPUT__dossierCutoffFormat())
      .nullish(),
    nonWorkingDayReceipt: s.oneOf(['as-is', 'next-working-day']).optional(),
    missingChannel: s.oneOf(['in-person', 'error']).optional(),
    supplementWindow: customCheck(
      'supplement-window',
      windowOk,
      (r) => vi8.INVALID_INPUT__dossierWindow({ received: r }),
      (r) => en8.INVALID_INPUT__dossierWindow({ received: r }),
    ).optional(),
    stoppedOnRequest: s.oneOf(['separate', 'as-withdrawn']).optional(),
    extensions: s.oneOf(['ignore', 'once']).optional(),
    extensionNoticeDays: s.int().min(0).max(366).optional(),
    acceptanceWorkingHours: s.int().min(0).max(10_000).nullish(),
    supplementRequestWorkingDays: s.int().min(0).max(10_000).nullish(),
    officeHours: customCheck(
      'office-hours',
      officeHoursOk,
      (r) => vi8.INVALID_INPUT__dossierOfficeHours({ received: r }),
      (r) => en8.INVALID_INPUT__dossierOfficeHours({ received: r }),
    ).optional(),
    validity: s.object({ start: IsoDateSchema.optional(), end: IsoDateSchema.optional() }).optional(),
    sources: s.array(SourceRefSchema).optional(),
  }) as unknown as s.Schema<Exclude<DossierRulesInput, string>>);
}
