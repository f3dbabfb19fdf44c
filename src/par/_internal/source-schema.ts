import { issue, show } from '../../core/errors.js';
import type * as s from '../../core/schema.js';
import { IsoDateSchema, SourceRefSchema } from '../../core/schemas.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';
import type { MethodologySource } from '../methodology.js';

let cached: s.Schema<MethodologySource> | undefined;

/**
 * The schema of a methodology's source: a {@link SourceRef}, or its 0.1 form with `issued` for `date` (deprecated;
 * both at once must agree). Built on first use.
 *
 * @category PAR INDEX
 */
export function methodologySourceSchema(): s.Schema<MethodologySource> {
  cached ??= (SourceRefSchema as unknown as s.ObjectSchema<s.Shape>)
    .extend({ issued: IsoDateSchema.optional().describe('Deprecated (0.2): the date of the document; use `date`.') })
    .check((v, path, ctx) => {
      const src = v as { issued?: string; date?: string };
      if (src.issued !== undefined && src.date !== undefined && src.issued !== src.date) {
        const p = { issued: show(src.issued), date: show(src.date) };
        ctx.issues.push(
          issue(
            'INVALID_INPUT',
            [...path, 'issued'],
            vi.INVALID_INPUT__parIssuedAndDate(p),
            en.INVALID_INPUT__parIssuedAndDate(p),
            src.issued,
          ),
        );
      }
    }) as unknown as s.Schema<MethodologySource>;
  return cached;
}
