// English messages of the qd766 module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Numbers arrive already written the English way.

/**
 * What an indicator of `measure766` needs to be measured (`QD766_NOT_MEASURABLE`): dossier records, a fact on the
 * dossiers (with how many lack it), the procedure code, the TTHC catalogue or one of its fields, PAKN records or their
 * rating, the portal's or the province's value, the allocation of a group (2022 text), or something to count.
 *
 * @example
 * ```ts
 * import type { Qd766Need } from 'cchc';
 * const need: Qd766Need = { what: 'dossier-fact', field: 'paidOnline', missing: '12', of: '500' };
 * ```
 *
 * @category Core
 */
export type Qd766Need =
  | { readonly what: 'dossiers' }
  | { readonly what: 'dossier-fact'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'procedure'; readonly missing: string; readonly of: string }
  | { readonly what: 'catalogue' }
  | { readonly what: 'catalogue-field'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'pakn' }
  | { readonly what: 'pakn-field'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'portal-value'; readonly code: string }
  | { readonly what: 'province-value'; readonly code: string }
  | { readonly what: 'allocation'; readonly code: string }
  | { readonly what: 'something-to-measure' };

export const QD766_NOT_MEASURABLE__need = (n: Qd766Need): string => {
  switch (n.what) {
    case 'dossiers':
      return 'dossier records';
    case 'dossier-fact':
      return `qd766.${n.field} on every dossier counted (${n.missing} of ${n.of} lack it)`;
    case 'procedure':
      return `the procedure code on the dossiers (${n.missing} of ${n.of} lack it)`;
    case 'catalogue':
      return 'the TTHC catalogue';
    case 'catalogue-field':
      return `${n.field} in the TTHC catalogue (${n.missing} of ${n.of} procedures lack it)`;
    case 'pakn':
      return 'PAKN (feedback) records (an empty list when the unit received none)';
    case 'pakn-field':
      return `${n.field} on every PAKN of the period (${n.missing} of ${n.of} lack it)`;
    case 'portal-value':
      return `the rate the national portal publishes (provided['${n.code}'])`;
    case 'province-value':
      return `the province's value (provided['${n.code}'] or the province's TTHC catalogue)`;
    case 'allocation':
      return `the allocation of points inside group ${n.code} (not given by the 2022 text): pass the group's points (provided['${n.code}'] = { points })`;
    case 'something-to-measure':
      return 'at least one item to count (an empty ratio 0/0: how the portal scores it is unknown)';
  }
};

export const QD766_NOT_MEASURABLE = (p: { code: string; name: string; needs: string }): string =>
  `Not measurable: ${p.code} (${p.name}) needs ${p.needs}`;
export const QD766_NOT_IN_FORCE = (p: { asOf: string; start: string }): string =>
  `${p.asOf}: the QĐ 766 index was not in service yet (in service from ${p.start})`;
export const INVALID_INPUT__qd766Edition = (p: { received: string }): string =>
  `edition must be 'qd766-2022' or 'qd766-portal', received ${p.received}`;
export const INVALID_INPUT__qd766Policy = (p: { received: string }): string =>
  `policy must be 'portal-observed' or 'commune-full-marks', received ${p.received}`;
export const INVALID_INPUT__qd766PolicyEdition = (): string =>
  `policy 'commune-full-marks' applies to the portal's configuration only (edition 'qd766-portal')`;
export const INVALID_INPUT__qd766Level = (p: { received: string; levels: string; suggestion: string }): string =>
  `level must be one of ${p.levels}, received ${p.received}${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;
export const INVALID_INPUT__qd766Sources = (p: { received: string }): string =>
  `Expected the sources { dossiers?, catalogue?, pakn? }, received ${p.received}`;
export const INVALID_INPUT__qd766List = (p: { key: string; received: string }): string =>
  `${p.key} must be an array, received ${p.received}`;
export const INVALID_INPUT__qd766Measurement = (p: { received: string }): string =>
  `Expected a result of measure766, received ${p.received}`;
export const INVALID_DATE_RANGE__qd766AsOf = (p: { asOf: string; start: string }): string =>
  `asOf ${p.asOf} is before the period's first day ${p.start}`;
export const INVALID_INPUT__qd766Period = (p: { received: string }): string =>
  `period must be a range { start, end }, received ${p.received}`;
export const INVALID_INPUT__qd766Provided = (): string => `provided must be an object { [indicator code]: input }`;
export const QD766_NOT_MEASURABLE__or = (): string => '— or';
export const INVALID_INPUT__qd766Partial = (p: { received: string }): string => `partial must be true or false, received ${p.received}`;
export const INVALID_INPUT__qd766SqlText = (p: { received: string }): string =>
  `Expected a non-empty SQL expression without ";", received ${p.received}`;
export const INVALID_INPUT__qd766RowsAndDossiers = (): string => `The SQL rows stand for the dossiers: do not pass sources.dossiers too`;
export const INVALID_INPUT__qd766Of = (p: { received: string }): string =>
  `of (the number of units ranked) must be a positive integer, received ${p.received}`;
export const INVALID_INPUT__qd766PrintedRow = (p: { index: number }): string =>
  `Row ${p.index}: expected { unit, total?, groups?, rank? } with a non-empty unit`;
export const INVALID_INPUT__qd766Rank = (p: { received: string }): string => `A rank must be a positive integer, received ${p.received}`;
export const INVALID_INPUT__qd766PortalScore = (p: { received: string }): string =>
  `Expected a QD766_PORTAL score (from scoreAssessment), received ${p.received}`;
export const INVALID_INPUT__qd766CsvValue = (p: { field: string; received: string; expected: string }): string =>
  `${p.field}: cannot read ${p.received} (expected ${p.expected})`;
export const INVALID_INPUT__qd766DateFormat = (p: { received: string }): string =>
  `dateFormat must be 'auto', 'iso' or 'dd/mm/yyyy', received ${p.received}`;
export const INVALID_INPUT__qd766CsvRow = (p: { index: number }): string =>
  `Row ${p.index}: expected an object { [column]: value } (as readCsvRecords gives)`;
