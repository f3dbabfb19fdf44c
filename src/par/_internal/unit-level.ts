import { issue, show, type CchcPath } from '../../core/errors.js';
import { suggestKey } from '../../core/suggest.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';
import type { Problems } from './read.js';

/**
 * A unit level named by a node or an option, checked against the methodology's `unitLevels`.
 * @internal
 */
export function unitLevelIssue(level: unknown, declared: readonly string[] | undefined, path: CchcPath): Problems[number] | undefined {
  if (typeof level === 'string' && declared?.includes(level)) return undefined;
  const suggestion = typeof level === 'string' && declared ? (suggestKey(level, declared) ?? '') : '';
  const p = { level: show(level), levels: declared ? declared.map((l) => `'${l}'`).join(', ') : '' };
  const it = issue(
    'PAR_UNKNOWN_UNIT_LEVEL',
    path,
    vi.PAR_UNKNOWN_UNIT_LEVEL({ ...p, suggestion }),
    en.PAR_UNKNOWN_UNIT_LEVEL({ ...p, suggestion }),
    level,
  );
  return suggestion ? Object.freeze({ ...it, suggestion }) : it;
}
