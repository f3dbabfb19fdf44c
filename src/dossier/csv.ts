// The CSV readers of the dossier module, one concept per file (issue 11):
//   csv-source.ts   CsvSource, decoding chunks of text or bytes
//   csv-encoding.ts TextEncodingName, the encoding of bytes (BOM, UTF-16, UTF-8, Windows-1258)
//   csv-delimiter.ts the delimiter detection
//   csv-limits.ts   MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS
//   csv-options.ts  the options of both readers, checked strictly
//   csv-columns.ts  DossierCsvField, header → column layout (mapping, NFC header names, suggestions)
//   csv-values.ts   value readers: Vietnamese dates, channel spellings, SLA days, supplements
//   csv-report.ts   RejectedCsvRow, DossierCsvReport (the rejected-rows report)
//   csv-records.ts  readCsvRecords: any CSV into row objects
//   csv-dossiers.ts readDossiersCsv: dossier records and their report
//   _internal/csv-splitter.ts: text → rows (quoting, line ends, limits)
export type { CsvSource } from './csv-source.js';
export type { TextEncodingName } from './csv-encoding.js';
export { MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS } from './csv-limits.js';
export type { ReadCsvRecordsOptions, ReadDossiersCsvOptions } from './csv-options.js';
export type { DossierCsvField } from './csv-columns.js';
export type { RejectedCsvRow, DossierCsvReport } from './csv-report.js';
export { readCsvRecords } from './csv-records.js';
export { readDossiersCsv, type DossierCsvReader } from './csv-dossiers.js';
