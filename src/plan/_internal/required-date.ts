import * as s from '../../core/schema.js';
import { issue } from '../../core/errors.js';
import { IsoDateSchema } from '../../core/schemas.js';
import type { IsoDate } from '../../core/iso-date.js';
import * as vi from '../../core/messages/vi/plan.js';
import * as en from '../../core/messages/en/plan.js';

/**
 * A required ISO date: a missing one is `INVALID_INPUT` ("asOf is missing"), a wrong one `INVALID_DATE`.
 * @internal
 */
export function requiredDate(): s.Schema<IsoDate> {
  return s.custom<IsoDate>(
    'date',
    (value, path, ctx) => {
      if (value !== undefined) return IsoDateSchema._run(value, path, ctx);
      const p = { key: String(path[path.length - 1] ?? 'date') };
      ctx.issues.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__missingDate(p), en.INVALID_INPUT__missingDate(p)));
      return false;
    },
    { type: 'string', format: 'date' },
  );
}
