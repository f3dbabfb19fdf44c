import type { Decimal } from 'decimal.js';
import { CchcError, MAX_ISSUES, issue, show, type CchcPath } from '../../core/errors.js';
import type { BilingualText } from '../../core/bilingual.js';
import { BilingualTextSchema, SourceRefSchema } from '../../core/schemas.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';
import type { ClassBand, ClassBandSpec, ClassScheme } from '../class-scheme.js';
import { checkKeys, enNumber, isPlainObject, own, readPercentPoints, typeIssue, viNumber, type Problems } from './read.js';
import { byIdentity } from '../../core/_internal/identity.js';

/**
 * A band with its bounds read.
 *
 * @category PAR INDEX
 */
export interface CheckedBand {
  /** The band as given, or (given with a `title` only) with its `label` / `labelEn` duplicates filled in. */
  readonly band: ClassBand;
  /** Its place in the list given. */
  readonly position: number;
  readonly min: Decimal;
  readonly minInclusive: boolean;
  readonly max: Decimal | null;
  readonly maxInclusive: boolean;
}

/**
 * A validated classification: the bands in the order given, and sorted by lower bound (for lookups).
 *
 * @category PAR INDEX
 */
export interface CheckedBands {
  readonly list: readonly CheckedBand[];
  readonly sorted: readonly CheckedBand[];
}

const BAND_KEYS: readonly string[] = ['key', 'title', 'label', 'labelEn', 'min', 'minInclusive', 'max', 'maxInclusive', 'verified', 'note'];
const SCHEME_KEYS: readonly string[] = ['id', 'name', 'basis', 'sources', 'bands', 'unknownBands', 'notes'];
const UNKNOWN_CLASS_KEYS: readonly string[] = ['key', 'title', 'label', 'note'];

const CHECKED = byIdentity(new WeakMap<object, CheckedBands>());

/** Whether every value of `a` is below every value of `b`. */
function below(a: CheckedBand, b: CheckedBand): boolean {
  if (a.max === null) return false;
  return a.max.lt(b.min) || (a.max.eq(b.min) && !(a.maxInclusive && b.minInclusive));
}

function rangeText(b: CheckedBand, num: (d: Decimal) => string): string {
  return `${b.minInclusive ? '[' : '('}${num(b.min)}; ${b.max === null ? '∞)' : `${num(b.max)}${b.maxInclusive ? ']' : ')'}`}`;
}

/** A bilingual label and its 0.1 duplicates, checked: `title` wins, `label` / `labelEn` must agree with it. */
function readTitle(
  b: Record<string, unknown>,
  path: CchcPath,
  problems: Problems,
  requireLabel: boolean,
): { title?: BilingualText; label?: string } {
  const title = own(b, 'title');
  const label = own(b, 'label');
  const labelEn = own(b, 'labelEn');
  const before = problems.length;
  if (title !== undefined) problems.push(...BilingualTextSchema.issuesOf(title, { path: [...path, 'title'] }));
  if (label !== undefined && (typeof label !== 'string' || label === '')) {
    problems.push(
      issue(
        'PAR_INVALID_BAND',
        [...path, 'label'],
        vi.PAR_INVALID_BAND__label({ received: show(label) }),
        en.PAR_INVALID_BAND__label({ received: show(label) }),
        label,
      ),
    );
  }
  if (labelEn !== undefined && typeof labelEn !== 'string') problems.push(typeIssue([...path, 'labelEn'], 'text', labelEn));
  if (title === undefined && label === undefined && requireLabel) {
    problems.push(
      issue(
        'PAR_INVALID_BAND',
        [...path, 'title'],
        vi.PAR_INVALID_BAND__label({ received: show(undefined) }),
        en.PAR_INVALID_BAND__label({ received: show(undefined) }),
      ),
    );
  }
  if (problems.length > before || title === undefined) return { label: label as string | undefined };
  const t = title as BilingualText;
  for (const [field, given, want] of [
    ['label', label, t.vi],
    ['labelEn', labelEn, t.en],
  ] as const) {
    if (given !== undefined && given !== want) {
      const p = { field, given: show(given), title: show(want) };
      problems.push(
        issue('PAR_INVALID_BAND', [...path, field], vi.PAR_INVALID_BAND__labelMismatch(p), en.PAR_INVALID_BAND__labelMismatch(p), given),
      );
    }
  }
  return { title: t, label: t.vi };
}

function checkScheme(scheme: Record<string, unknown>, problems: Problems): void {
  const base: CchcPath = ['bands'];
  checkKeys(scheme, SCHEME_KEYS, base, problems);
  const id = own(scheme, 'id');
  if (typeof id !== 'string' || id === '') problems.push(typeIssue([...base, 'id'], 'id', id));
  for (const key of ['name', 'basis'] as const) {
    const v = own(scheme, key);
    if ((key === 'name' || v !== undefined) && typeof v !== 'string') problems.push(typeIssue([...base, key], 'text', v));
  }
  const sources = own(scheme, 'sources');
  if (!Array.isArray(sources)) problems.push(typeIssue([...base, 'sources'], 'list', sources));
  else {
    for (let i = 0; i < sources.length; i++) {
      // A string is the 0.1 shape (a URL or a document name), still accepted.
      if (typeof sources[i] !== 'string') problems.push(...SourceRefSchema.issuesOf(sources[i], { path: [...base, 'sources', i] }));
    }
  }
  const notes = own(scheme, 'notes');
  if (notes !== undefined) {
    if (!Array.isArray(notes)) problems.push(typeIssue([...base, 'notes'], 'list', notes));
    else
      for (let i = 0; i < notes.length; i++)
        if (typeof notes[i] !== 'string') problems.push(typeIssue([...base, 'notes', i], 'text', notes[i]));
  }
  const unknown = own(scheme, 'unknownBands');
  if (unknown !== undefined) {
    if (!Array.isArray(unknown)) problems.push(typeIssue([...base, 'unknownBands'], 'list', unknown));
    else {
      for (let i = 0; i < unknown.length; i++) {
        const u: unknown = unknown[i];
        const p = [...base, 'unknownBands', i];
        if (!isPlainObject(u)) {
          problems.push(typeIssue(p, 'unknownBand', u));
          continue;
        }
        checkKeys(u, UNKNOWN_CLASS_KEYS, p, problems);
        if (typeof own(u, 'key') !== 'string') problems.push(typeIssue([...p, 'key'], 'id', own(u, 'key')));
        if (typeof own(u, 'note') !== 'string') problems.push(typeIssue([...p, 'note'], 'text', own(u, 'note')));
        readTitle(u, p, problems, true);
      }
    }
  }
}

/**
 * Validate a classification. Frozen lists and schemes (the presets) are validated once and cached; others every time,
 * so that a list changed after a first call is never judged on its old content. Overlaps are found on the bands sorted
 * by lower bound (n log n, whatever the number of bands).
 * @internal
 */
export function checkBands(bands: readonly ClassBandSpec[] | ClassScheme): CheckedBands {
  const cacheable = (Array.isArray(bands) || isPlainObject(bands)) && Object.isFrozen(bands);
  if (cacheable) {
    const cached = CHECKED.get(bands as object);
    if (cached) return cached;
  }
  const problems: Problems = [];
  let list: unknown;
  let base: CchcPath;
  if (Array.isArray(bands)) {
    list = bands;
    base = ['bands'];
  } else if (isPlainObject(bands)) {
    checkScheme(bands, problems);
    list = own(bands, 'bands');
    base = ['bands', 'bands'];
  } else throw new CchcError(typeIssue(['bands'], 'bandList', bands));
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(
      issue(
        'PAR_INVALID_BAND',
        base,
        vi.PAR_INVALID_BAND__list({ received: show(list) }),
        en.PAR_INVALID_BAND__list({ received: show(list) }),
        list,
      ),
    );
    throw new CchcError(problems);
  }
  const keys = new Map<string, number>();
  const checked: CheckedBand[] = [];
  for (let i = 0; i < list.length && problems.length < MAX_ISSUES; i++) {
    const b: unknown = list[i];
    const path = [...base, i];
    if (!isPlainObject(b)) {
      problems.push(typeIssue(path, 'band', b));
      continue;
    }
    const before = problems.length;
    checkKeys(b, BAND_KEYS, path, problems);
    const key = own(b, 'key');
    if (typeof key !== 'string' || key === '')
      problems.push(
        issue(
          'PAR_INVALID_BAND',
          [...path, 'key'],
          vi.PAR_INVALID_BAND__key({ received: show(key) }),
          en.PAR_INVALID_BAND__key({ received: show(key) }),
          key,
        ),
      );
    else if (keys.has(key.normalize('NFC')))
      problems.push(
        issue(
          'PAR_DUPLICATE_BAND',
          [...path, 'key'],
          vi.PAR_DUPLICATE_BAND({ key, first: keys.get(key.normalize('NFC'))! }),
          en.PAR_DUPLICATE_BAND({ key, first: keys.get(key.normalize('NFC'))! }),
          key,
        ),
      );
    else keys.set(key.normalize('NFC'), i);
    const { title } = readTitle(b, path, problems, true);
    const rawMax = own(b, 'max');
    const min = readPercentPoints(own(b, 'min'), [...path, 'min'], problems);
    const max = rawMax === undefined || rawMax === null ? null : readPercentPoints(rawMax, [...path, 'max'], problems);
    for (const k of ['minInclusive', 'maxInclusive', 'verified'] as const) {
      const v = own(b, k);
      if (v !== undefined && typeof v !== 'boolean') problems.push(typeIssue([...path, k], 'boolean', v));
    }
    const note = own(b, 'note');
    if (note !== undefined && typeof note !== 'string') problems.push(typeIssue([...path, 'note'], 'text', note));
    const minInclusive = own(b, 'minInclusive') !== false;
    const maxInclusive = own(b, 'maxInclusive') === true;
    if (min && max && (max.lt(min) || (max.eq(min) && !(minInclusive && maxInclusive)))) {
      const pv = { key: String(key), max: viNumber(max), min: viNumber(min) };
      const pe = { key: String(key), max: enNumber(max), min: enNumber(min) };
      problems.push(issue('PAR_INVALID_BAND', [...path, 'max'], vi.PAR_INVALID_BAND(pv), en.PAR_INVALID_BAND(pe), max.toFixed()));
    }
    if (problems.length > before || !min || max === undefined) continue;
    // A band given with its title only gets the 0.1 fields too, so that code reading `label` keeps working.
    const band = (own(b, 'label') === undefined && title
      ? Object.freeze({ ...b, label: title.vi, labelEn: title.en })
      : b) as unknown as ClassBand;
    checked.push({ band, position: i, min, minInclusive, max, maxInclusive });
  }
  const sorted = [...checked].sort((a, b) => a.min.cmp(b.min) || Number(b.minInclusive) - Number(a.minInclusive));
  if (problems.length === 0) {
    // Sweep by lower bound, keeping the band that reaches furthest: a band overlaps some earlier band iff it overlaps
    // that one. Reported at the later of the two in the list given.
    let reach: CheckedBand | undefined;
    for (const b of sorted) {
      if (reach && !below(reach, b)) {
        const [later, other] = b.position > reach.position ? [b, reach] : [reach, b];
        const pv = {
          key: later.band.key,
          range: rangeText(later, viNumber),
          otherKey: other.band.key,
          otherRange: rangeText(other, viNumber),
        };
        const pe = {
          key: later.band.key,
          range: rangeText(later, enNumber),
          otherKey: other.band.key,
          otherRange: rangeText(other, enNumber),
        };
        problems.push(
          issue('PAR_BANDS_OVERLAP', [...base, later.position], vi.PAR_BANDS_OVERLAP(pv), en.PAR_BANDS_OVERLAP(pe), later.band.key),
        );
      }
      if (!reach || reachesFurther(b, reach)) reach = b;
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  const out: CheckedBands = Object.freeze({ list: Object.freeze(checked), sorted: Object.freeze(sorted) });
  if (cacheable && Object.isFrozen(list)) CHECKED.set(bands as object, out);
  return out;
}

/** Whether band `b` reaches beyond band `r` (a higher top, or the same top included where `r` excludes it). */
function reachesFurther(b: CheckedBand, r: CheckedBand): boolean {
  if (r.max === null) return false;
  return b.max === null || b.max.gt(r.max) || (b.max.eq(r.max) && b.maxInclusive && !r.maxInclusive);
}

/**
 * The band of an already-read value, or `null`: a binary search on the bands sorted by lower bound (they do not
 * overlap, so the band holding a value is the last one starting at or below it, or the one before when that one
 * starts just above it, exclusive).
 * @internal
 */
export function bandOf(value: Decimal, bands: CheckedBands): ClassBand | null {
  const s = bands.sorted;
  let lo = 0;
  let hi = s.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.min.lte(value)) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let j = last; j >= 0 && j >= last - 1; j--) {
    const b = s[j]!;
    const aboveMin = b.minInclusive ? value.gte(b.min) : value.gt(b.min);
    const belowMax = b.max === null ? true : b.maxInclusive ? value.lte(b.max) : value.lt(b.max);
    if (aboveMin && belowMax) return b.band;
  }
  return null;
}
