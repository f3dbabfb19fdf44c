import { CchcError, fail, issue, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';
import { headerName } from './csv-columns.js';
import { readCsvRecordsOptions, type ReadCsvRecordsOptions } from './csv-options.js';
import { checkCsvSource, csvPieceBatches, type CsvSource } from './csv-source.js';
import type { TextEncodingName } from './csv-encoding.js';

/**
 * Read any CSV text into row objects keyed by the header (e.g. pre-aggregated tallies for
 * {@link tallyAggregateRows}). Streaming, constant memory; the same splitting as {@link readDossiersCsv} (RFC 4180
 * quoting, LF / CRLF / CR line ends, the size limits {@link MAX_CSV_FIELD_CHARS} and {@link MAX_CSV_ROW_CHARS}).
 * Header names are trimmed; every row object has exactly the header's keys (own properties, `__proto__` included).
 *
 * @throws {@link CchcError} `INVALID_CSV_ROW` for a row that cannot be split or has the wrong number of fields, or a
 *   header naming a column twice; `INPUT_TOO_LARGE` for a row or field over the limits (path: the line number);
 *   `INVALID_INPUT` / `UNKNOWN_KEY` for bad options.
 * @example
 * ```ts
 * import { readCsvRecords, tallyAggregateRows } from 'cchc';
 * const csv = 'level;carried_over;new_online;new_in_person;new_postal;resolved_early;resolved_on_time;resolved_late;pending_within_due;pending_overdue;withdrawn_or_returned;awaiting_supplement\n' +
 *   'commune;1;0;4;0;0;4;1;0;0;0;0\n';
 * const t = await tallyAggregateRows(readCsvRecords(csv, { delimiter: ';' }));
 * t.resolved.onTime; // 4
 * ```
 *
 * @category Dossiers
 */
export function readCsvRecords(source: CsvSource, options?: ReadCsvRecordsOptions): AsyncGenerator<Record<string, string>> {
  // Checked at the call (a generator body would only run at the first next()).
  const o = readCsvRecordsOptions(options);
  checkCsvSource(source);
  return records(source, o.delimiter ?? 'auto', o.multilineFields ?? false, o.encoding ?? 'auto');
}

async function* records(
  source: CsvSource,
  delimiter: string,
  multiline: boolean,
  encoding: TextEncodingName,
): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined;
  let plain = true; // no "__proto__" column: plain assignment builds the row
  for await (const batch of csvPieceBatches(source, { delimiter, multiline, encoding })) {
    for (const p of batch) {
      if (p.kind === 'blank') continue;
      if (p.kind === 'error') {
        const m = { line: p.line };
        throw new CchcError(
          issue(
            p.code,
            [p.line],
            vi.INVALID_CSV_ROW__atLine({ ...m, message: p.messageVi }),
            en.INVALID_CSV_ROW__atLine({ ...m, message: p.messageEn }),
          ),
        );
      }
      if (header === undefined) {
        header = p.fields.map(headerName);
        const seen = new Set<string>();
        for (const h of header) {
          if (seen.has(h))
            fail(
              'INVALID_CSV_ROW',
              [p.line],
              vi.INVALID_CSV_ROW__duplicateHeader({ name: show(h) }),
              en.INVALID_CSV_ROW__duplicateHeader({ name: show(h) }),
            );
          seen.add(h);
        }
        plain = !seen.has('__proto__');
        continue;
      }
      if (p.fields.length !== header.length) {
        const w = { fields: p.fields.length, width: header.length };
        const m = { line: p.line };
        fail(
          'INVALID_CSV_ROW',
          [p.line],
          vi.INVALID_CSV_ROW__atLine({ ...m, message: vi.INVALID_CSV_ROW__width(w) }),
          en.INVALID_CSV_ROW__atLine({ ...m, message: en.INVALID_CSV_ROW__width(w) }),
        );
      }
      const o: Record<string, string> = {};
      if (plain) for (let i = 0; i < header.length; i++) o[header[i]!] = p.fields[i]!;
      else
        for (let i = 0; i < header.length; i++)
          Object.defineProperty(o, header[i]!, { value: p.fields[i]!, enumerable: true, writable: true, configurable: true });
      yield o;
    }
  }
}
