import { issue, type CchcIssue, type CchcPath } from '../../core/errors.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';
import { readDateOrTimestamp as readCore, readDateOrTimestampFast } from '../../core/read-date.js';
import { MAX_EVENT_TEXT_LENGTH } from '../limits.js';

/**
 * Read a dossier event (a date or a date-time) into core's `reading` scratch object, as core's one reader does, with
 * the dossier module's shorter text limit (`MAX_EVENT_TEXT_LENGTH`: no real event text is longer); on failure push
 * the issue and return false.
 * @internal
 */
export function readDateOrTimestamp(value: unknown, path: CchcPath, issues: CchcIssue[]): boolean {
  if (typeof value === 'string' && readDateOrTimestampFast(value)) return true;
  if (typeof value === 'string' && value.length > MAX_EVENT_TEXT_LENGTH) {
    const p = { max: MAX_EVENT_TEXT_LENGTH, length: value.length };
    issues.push(issue('TEXT_TOO_LONG', path, viCore.TEXT_TOO_LONG(p), enCore.TEXT_TOO_LONG(p)));
    return false;
  }
  return readCore(value, path, issues);
}
