// Schemas of audit findings, written with the `cchc` schema kit (strict: an unknown key is `UNKNOWN_KEY` with a
// suggestion). Apart from the primitives' schemas so that importing `makeFinding` builds only these.
import { Decimal } from 'decimal.js';
import { issue } from '../core/errors.js';
import * as s from '../core/schema.js';
import { BilingualTextSchema } from '../core/schemas.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import type { AuditFinding, MakeFindingInput } from './finding.js';

const deprecated = (replacement: string) => `Deprecated (0.2): use ${replacement}.`;

const severity = s.oneOf(['error', 'warning', 'info']);
const findingValue = s.union([
  s.number(),
  s.string(),
  s.guard('decimal', (v): v is Decimal => Decimal.isDecimal(v) && (v as Decimal).isFinite(), 'một Decimal hữu hạn', 'a finite Decimal', {
    type: 'string',
  }),
  s.literal(null),
]);
const findingShape = {
  code: s.string().min(1),
  severity,
  row: s.union([s.string(), s.number()]).optional(),
  field: s.string().optional(),
  expected: findingValue.optional(),
  actual: findingValue.optional(),
  message: BilingualTextSchema.optional(),
  messageVi: s.string().optional().describe(deprecated('message.vi')),
  messageEn: s.string().optional().describe(deprecated('message.en')),
  location: s.string().optional(),
};

/**
 * Schema of the input of {@link makeFinding}: a finding whose sentence is `message` `{ vi, en }` (or the deprecated
 * `messageVi` / `messageEn`). Strict: an unknown key is `UNKNOWN_KEY` with a suggestion.
 *
 * @example
 * ```ts
 * import { MakeFindingInputSchema } from 'cchc';
 * MakeFindingInputSchema.safeParse({ code: 'x', severity: 'info', message: { vi: 'x', en: 'x' } }).success; // true
 * MakeFindingInputSchema.safeParse({ code: 'x', severity: 'info', mesage: { vi: 'x', en: 'x' } }).success; // false
 * ```
 *
 * @category Audits
 */
export const MakeFindingInputSchema: s.Schema<MakeFindingInput> = s.object(findingShape).as<MakeFindingInput>();

/**
 * Schema of {@link AuditFinding}, for findings read back from JSON (decimals arrive as strings; a 0.1 finding whose
 * `message` is the English text, with `messageVi` and `messageEn`, is accepted too). A finding needs its sentence:
 * `message` `{ vi, en }`, or `messageVi` and `messageEn`.
 *
 * @example
 * ```ts
 * import { AuditFindingSchema, auditReport } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * const [f] = auditReport(kienGiang2019Report);
 * AuditFindingSchema.safeParse(JSON.parse(JSON.stringify(f))).success; // true
 * AuditFindingSchema.safeParse({ code: 'x', severity: 'fatal', message: { vi: 'x', en: 'x' } }).success; // false
 * ```
 *
 * @category Audits
 */
export const AuditFindingSchema: s.Schema<AuditFinding> = s
  .object({ ...findingShape, message: s.union([BilingualTextSchema, s.string()]).optional() })
  .check((f, path, ctx) => {
    const hasMessage = typeof f.message === 'object' || (f.messageVi !== undefined && f.messageEn !== undefined);
    if (!hasMessage)
      ctx.issues.push(
        issue('INVALID_INPUT', [...path, 'message'], vi.INVALID_INPUT__findingMessage(), en.INVALID_INPUT__findingMessage(), f.message),
      );
  }) as unknown as s.Schema<AuditFinding>;
