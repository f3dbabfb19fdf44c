// The province registry's indexes and the readers of codes and dates shared by the units functions.
import { CchcError, issue, show, type CchcPath } from '../../core/errors.js';
import { fromDayNumber, parseIsoDate } from '../../core/iso-date.js';
import * as vi from '../../core/messages/vi/units.js';
import * as en from '../../core/messages/en/units.js';
import { PROVINCE_RECORDS, START } from '../data/provinces.js';
import type { Province, ProvinceCode } from '../types.js';

/**
 * Day number of the first day of the registry (2008-08-01).
 *
 * @category Administrative units
 */
export const START_DAY = parseIsoDate(START);

const dayOf = (date: string): number => parseIsoDate(date);
const INFINITY_DAY = Number.POSITIVE_INFINITY;

/**
 * A record with its validity as day numbers.
 *
 * @category Administrative units
 */
export interface Entry {
  readonly record: Province;
  readonly from: number;
  readonly to: number;
}

let cache: { byCode: Map<string, Entry[]>; entries: Entry[]; boundaries: number[] } | undefined;

/**
 * The registry's indexes, built on first use.
 *
 * @category Administrative units
 */
export function registry(): { byCode: Map<string, Entry[]>; entries: Entry[]; boundaries: number[] } {
  if (cache) return cache;
  const entries = PROVINCE_RECORDS.map((record) => ({
    record,
    from: dayOf(record.validFrom),
    to: record.validTo === undefined ? INFINITY_DAY : dayOf(record.validTo),
  }));
  const byCode = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byCode.get(e.record.code) ?? [];
    list.push(e);
    byCode.set(e.record.code, list);
  }
  for (const list of byCode.values()) list.sort((a, b) => a.from - b.from);
  const boundaries = [...new Set(entries.map((e) => e.from))].sort((a, b) => a - b);
  cache = { byCode, entries, boundaries };
  return cache;
}

/**
 * The entry of `code` in force on `day`, if any.
 *
 * @category Administrative units
 */
export function entryOn(code: ProvinceCode, day: number): Entry | undefined {
  return registry()
    .byCode.get(code)
    ?.find((e) => e.from <= day && day <= e.to);
}

/**
 * The entry of a record (by identity).
 *
 * @category Administrative units
 */
export function entryOf(record: Province): Entry {
  return registry()
    .byCode.get(record.code)!
    .find((e) => e.record === record)!;
}

const eras = new Map<number, readonly Province[]>();

/**
 * The records in force on `day` (ordered by code), one frozen array per period between changes.
 *
 * @category Administrative units
 */
export function recordsOn(day: number): readonly Province[] {
  const { boundaries, entries } = registry();
  let era = boundaries[0]!;
  for (const b of boundaries) if (b <= day) era = b;
  let list = eras.get(era);
  if (!list) {
    list = Object.freeze(
      entries
        .filter((e) => e.from <= day && day <= e.to)
        .map((e) => e.record)
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    );
    eras.set(era, list);
  }
  return list;
}

/**
 * "91 Tỉnh Kiên Giang (2008-08-01 – 2025-06-30)": a record as messages show it.
 *
 * @category Administrative units
 */
export function describeRecord(r: Province): string {
  return `${r.code} ${r.name} (${r.validFrom} – ${r.validTo ?? '…'})`;
}

/**
 * "91 Tỉnh An Giang": a record's code and name.
 *
 * @category Administrative units
 */
export function nameOf(r: Province): string {
  return `${r.code} ${r.name}`;
}

/**
 * A province code as published (two ASCII digits) that the registry knows; `INVALID_PROVINCE_CODE` (with the padded
 * code as suggestion for `1` or `'1'`) or `UNKNOWN_PROVINCE` otherwise.
 *
 * @category Administrative units
 */
export function readCode(value: unknown, path: CchcPath): ProvinceCode {
  if (typeof value !== 'string' || !/^[0-9]{2}$/.test(value)) {
    let suggestion = '';
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99) suggestion = String(value).padStart(2, '0');
    else if (typeof value === 'string' && /^\s*[0-9]{1,2}\s*$/.test(value) && Number(value) >= 1)
      suggestion = value.trim().padStart(2, '0');
    const p = { received: show(value), suggestion };
    const it = issue('INVALID_PROVINCE_CODE', path, vi.INVALID_PROVINCE_CODE(p), en.INVALID_PROVINCE_CODE(p), value);
    throw new CchcError(suggestion && registry().byCode.has(suggestion) ? Object.freeze({ ...it, suggestion }) : it);
  }
  if (!registry().byCode.has(value)) {
    const p = { received: show(value) };
    throw new CchcError(issue('UNKNOWN_PROVINCE', path, vi.UNKNOWN_PROVINCE__code(p), en.UNKNOWN_PROVINCE__code(p), value));
  }
  return value;
}

/**
 * An ISO date on or after the start of the registry, as a day number.
 *
 * @category Administrative units
 */
export function readDay(value: unknown, path: CchcPath): number {
  const day = parseIsoDate(value, path);
  if (day < START_DAY) {
    const p = { date: String(value), start: START };
    throw new CchcError(
      issue('DATE_OUT_OF_RANGE', path, vi.DATE_OUT_OF_RANGE__provinceRegistry(p), en.DATE_OUT_OF_RANGE__provinceRegistry(p), value),
    );
  }
  return day;
}

/**
 * The record of `code` in force on `day`, or `PROVINCE_NOT_IN_FORCE` naming the unit that holds its territory then.
 *
 * @category Administrative units
 */
export function recordOnOrFail(code: ProvinceCode, day: number, path: CchcPath): Province {
  const e = entryOn(code, day);
  if (e) return e.record;
  const list = registry().byCode.get(code)!;
  // Every code of the registry has a record from its start, so a code without a record on `day` ended before it.
  const last = list[list.length - 1]!;
  const target = successorEntry(last, day);
  const p = {
    unit: nameOf(last.record),
    from: last.record.validFrom,
    to: last.record.validTo ?? '…',
    on: fromDayNumber(day),
    successor: target ? nameOf(target.record) : '',
  };
  throw new CchcError(issue('PROVINCE_NOT_IN_FORCE', path, vi.PROVINCE_NOT_IN_FORCE(p), en.PROVINCE_NOT_IN_FORCE(p), code));
}

/**
 * Follow `successor` links from an entry that ended before `day` to the entry in force on `day`; also says whether a
 * merger lay on the way. `undefined` when `day` is not after the entry.
 *
 * @category Administrative units
 */
export function successorEntry(start: Entry, day: number): Entry | undefined {
  return followForward(start, day)?.entry;
}

/**
 * See {@link successorEntry}; `merged` is true when some step joined the unit to others.
 *
 * @category Administrative units
 */
export function followForward(start: Entry, day: number): { entry: Entry; merged: boolean } | undefined {
  let e = start;
  let merged = false;
  for (let guard = 0; guard < 100 && e.to < day; guard++) {
    const next = e.record.successor === undefined ? undefined : entryOn(e.record.successor, e.to + 1);
    if (!next) return undefined;
    if ((next.record.mergedFrom?.length ?? 0) > 1) merged = true;
    e = next;
  }
  return e.from <= day && day <= e.to ? { entry: e, merged } : undefined;
}

/**
 * The entries in force the day before `entry` began whose territory it took (its `mergedFrom`), in that order.
 *
 * @category Administrative units
 */
export function predecessorEntries(entry: Entry): Entry[] {
  const codes = entry.record.mergedFrom ?? [];
  return codes.map((c) => entryOn(c, entry.from - 1)).filter((e): e is Entry => e !== undefined);
}
