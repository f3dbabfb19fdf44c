// English messages of the dossier CSV readers (readDossiersCsv, readCsvRecords), keyed by error code
// (`CODE__variant`). Same keys and parameters in ../vi/dossier-csv.ts. Parameters are already formatted (`show(x)`).

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');

// The source and the options.
export const INVALID_INPUT__csvSource = (p: { received: string }): string =>
  `Expected CSV text (a string, or chunks of strings/bytes such as a stream), received ${p.received}`;
export const INVALID_INPUT__csvChunk = (p: { received: string }): string => `A chunk must be a string or bytes, received ${p.received}`;
export const INVALID_INPUT__csvDelimiter = (p: { received: string }): string =>
  `The delimiter must be one character other than a double quote or a line break (",", ";", tab), received ${p.received}`;
export const INVALID_INPUT__csvReaderReused = (): string => 'A CSV reader can be iterated only once';
export const INVALID_INPUT__csvFunction = (p: { received: string }): string => `Expected a function, received ${p.received}`;

// Splitting rows.
export const INVALID_CSV_ROW__unclosedQuote = (): string =>
  'A double quote opens a field that is not closed on this line (a line break inside a field needs the multilineFields option); ' +
  'the row is set aside and reading goes on with the next line';
export const INVALID_CSV_ROW__neverClosed = (): string =>
  'A double quote opens a field that is never closed; the row is set aside and the lines after it are read on their own';
export const INVALID_CSV_ROW__textAfterQuote = (): string => 'Malformed quoting: text after the closing quote of a quoted field';
export const INVALID_CSV_ROW__multilineWidth = (p: { lines: number; fields: number; width: number }): string =>
  `A quoted field opened here would make one row of ${p.lines} lines with ${p.fields} fields (the header has ${p.width}): ` +
  'read as a stray quote; the row is set aside and the lines after it are read on their own';
export const INVALID_CSV_ROW__width = (p: { fields: number; width: number }): string =>
  `The row has ${p.fields} fields, the header ${p.width}`;
export const INVALID_CSV_ROW__atLine = (p: { line: number; message: string }): string => `Line ${p.line}: ${p.message}`;
export const INVALID_CSV_ROW__duplicateHeader = (p: { name: string }): string => `The header names the column ${p.name} twice`;
export const INPUT_TOO_LARGE__csvRow = (p: { max: string }): string =>
  `Row too large: longer than ${p.max} characters (the limit of one CSV row); the row is set aside without being kept in memory`;
export const INPUT_TOO_LARGE__csvField = (p: { column: number; length: string; max: string }): string =>
  `Field too large: column ${p.column} has ${p.length} characters, at most ${p.max}`;

// The header.
export const CSV_MISSING_COLUMN__header = (p: { message: string }): string => `Cannot read the header: ${p.message}`;
export const CSV_MISSING_COLUMN__columns = (p: {
  columns: string;
  header: string;
  suggestion: string;
  known: string;
  delimiter: string;
}): string =>
  (p.delimiter
    ? `The header row is one column holding ${p.delimiter === 'tab' ? 'tabs' : `"${p.delimiter}"`}: the file is probably delimited by it (option delimiter). `
    : '') +
  `The header lacks column ${p.columns}${didYouMean(p.suggestion)} (map it with the columns option). Headers recognised: ${p.known}. The file's header: ${p.header}`;

// Values of a dossier row.
export const INVALID_DATE__csvViDate = (p: { received: string }): string => `Not a date dd/mm/yyyy [HH:mm]: ${p.received}`;
export const INVALID_DATE__csvAutoDate = (p: { received: string }): string => `Not a date dd/mm/yyyy [HH:mm] or yyyy-mm-dd: ${p.received}`;
export const INVALID_SLA__csv = (p: { received: string }): string =>
  `slaWorkingDays must be a non-negative integer, received ${p.received}`;
export const INVALID_CHANNEL__csv = (p: { received: string }): string => `Unknown channel ${p.received}`;
export const INVALID_SUPPLEMENT__csv = (p: { received: string }): string =>
  `Not a supplement "requestedAt", "requestedAt>completedAt" or "requestedAt>completedAt>newDueDate": ${p.received}`;
export const DUPLICATE_DOSSIER_ID__csv = (p: { id: string; firstRow: number }): string =>
  `The dossier id ${p.id} was already read on row ${p.firstRow}`;
export const INVALID_INPUT__csvQd766 = (p: { received: string }): string =>
  `Cannot read ${p.received} (expected 1/0, true/false, có/không; or a rating: satisfied, dissatisfied, not-rated)`;

// Encodings and delimiters (issue 17).
export const INVALID_INPUT__csvEncoding = (p: { received: string; known: string }): string =>
  `Unknown encoding ${p.received}; use one of ${p.known}`;
export const INVALID_TEXT_ENCODING__bytes = (p: { encoding: string; from: string; to: string; probable: string }): string =>
  `The file is not ${p.encoding} text: invalid bytes between byte ${p.from} and ${p.to}. ` +
  `It is probably ${p.probable}: say so with the encoding option (nothing is read as "�", so that different names are never merged into one)`;
export const INVALID_TEXT_ENCODING__unknown = (p: { sample: string }): string =>
  `Cannot tell the file's encoding: not UTF-8, not UTF-16, and not like Windows-1258 (bytes ${p.sample}). ` +
  'Save the file as "CSV UTF-8" in Excel, or name the encoding with the encoding option';
export const INVALID_TEXT_ENCODING__tcvn3 = (p: { sample: string }): string =>
  `The file looks like TCVN3 (ABC, .VnTime fonts) — bytes ${p.sample}: that encoding is not supported. ` +
  'Convert it to Unicode (e.g. with the Unikey converter) and save it as "CSV UTF-8"';
export const AMBIGUOUS_CSV_DELIMITER__tie = (p: { a: string; b: string; fields: number; lines: number }): string =>
  `Cannot tell the delimiter: both ${p.a} and ${p.b} split the first ${p.lines} lines into ${p.fields} columns. Name it with the delimiter option`;
