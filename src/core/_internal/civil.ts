/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01): pure integer arithmetic, no `Date`,
 * no time zone. Shared by the date readers and every module that counts days.
 * @internal
 */

/** Days in a month of the proleptic Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date.
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms", `days_from_civil`.
 * @internal
 */
export function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link civilToDays} (`civil_from_days`). @internal */
export function daysToCivil(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of 0001-01-01, the first day an ISO date of `cchc` can name. @internal */
export const MIN_DAY_NUMBER = -719162;
/** Day number of 9999-12-31, the last day an ISO date of `cchc` can name. @internal */
export const MAX_DAY_NUMBER = 2932896;
