/**
 * The working-day index of a calendar: built once, then every query is a typed-array lookup.
 * @internal
 */
import { fail, show } from '../../core/errors.js';
import { daysToCivil, formatIsoDate } from '../../core/iso-date.js';

export interface DayIndex {
  readonly first: number;
  readonly last: number;
  readonly len: number;
  /** 1 = working, 0 = off, per day offset. */
  readonly working: Uint8Array;
  /** Working days in [first, first + offset], per day offset. */
  readonly index: Int32Array;
  /** Day number of the working day with index k (k = 1 … lastIndex); slot 0 unused. */
  readonly atIndex: Int32Array;
  readonly lastIndex: number;
}

export function buildDayIndex(first: number, last: number, isWorking: (day: number) => boolean): DayIndex {
  const len = last - first + 1;
  const working = new Uint8Array(len);
  const index = new Int32Array(len);
  let cum = 0;
  for (let i = 0; i < len; i++) {
    if (isWorking(first + i)) {
      working[i] = 1;
      cum++;
    }
    index[i] = cum;
  }
  const atIndex = new Int32Array(cum + 1);
  for (let i = 0; i < len; i++) if (working[i] === 1) atIndex[index[i]!] = first + i;
  return { first, last, len, working, index, atIndex, lastIndex: cum };
}

function iso(day: number): string {
  const c = daysToCivil(day);
  return formatIsoDate(c.year, c.month, c.day);
}

/** Throw the right error for a day number that failed the range/integer check. */
export function badDayNumber(name: string, ix: DayIndex, day: unknown, path: string): never {
  if (typeof day !== 'number' || !Number.isInteger(day)) {
    return fail('INVALID_INPUT', [path], `Số ngày phải là số nguyên, nhận được ${show(day)}`, `A day number must be an integer, received ${show(day)}`, day);
  }
  const inside = Number.isSafeInteger(day) && day >= -719162 && day <= 2932896;
  return fail(
    'DATE_OUT_OF_RANGE',
    [path],
    `${inside ? `Ngày ${iso(day)}` : `Số ngày ${day}`} nằm ngoài phạm vi của lịch "${name}" (${iso(ix.first)} … ${iso(ix.last)})`,
    `${inside ? `Date ${iso(day)}` : `Day number ${day}`} is outside the range of calendar "${name}" (${iso(ix.first)} … ${iso(ix.last)})`,
    day,
  );
}

export function badIndex(name: string, ix: DayIndex, k: unknown): never {
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    return fail('INVALID_INPUT', ['index'], `Chỉ số ngày làm việc phải là số nguyên, nhận được ${show(k)}`, `A working-day index must be an integer, received ${show(k)}`, k);
  }
  return fail(
    'DATE_OUT_OF_RANGE',
    ['index'],
    `Kết quả vượt ra ngoài phạm vi của lịch "${name}" (${iso(ix.first)} … ${iso(ix.last)}; chỉ số 1 … ${ix.lastIndex}, nhận ${k})`,
    `The result falls outside the range of calendar "${name}" (${iso(ix.first)} … ${iso(ix.last)}; indexes 1 … ${ix.lastIndex}, got ${k})`,
    k,
  );
}

export function badCount(n: unknown): never {
  return fail('INVALID_INPUT', ['n'], `Số ngày làm việc phải là số nguyên, nhận được ${show(n)}`, `The number of working days must be an integer, received ${show(n)}`, n);
}
