// CSV text → records, with Papa Parse (its browser build: no Node stream in the bundle). The
// delimiter is guessed among those CRMs and spreadsheet programs write (comma; semicolon where
// the decimal separator is a comma, as in French Excel; tab; pipe) unless given. Each record
// keeps the line of the file it starts on, so the import report can point at it.
import { parse } from 'papaparse/papaparse.min.js';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly delimiter: Delimiter;
  readonly records: readonly CsvRecord[];
}

/**
 * Parses CSV text whose first line is `firstLine` of the file. Blank lines are skipped; a
 * record that Papa Parse flags (an unclosed quote) is still returned, as read.
 */
export function parseCsv(text: string, delimiter?: Delimiter, firstLine = 1): ParsedCsv {
  const records: CsvRecord[] = [];
  let line = firstLine;
  let scanned = 0;
  const result = parse(text, {
    delimiter,
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    step: (row) => {
      const start = line;
      const end = row.meta.cursor;
      for (let i = scanned; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      scanned = end;
      if (row.data.length === 1 && row.data[0].trim() === '') return;
      records.push({ line: start, cells: row.data });
    },
  });
  const used = (delimiter ?? result.meta.delimiter) as Delimiter;
  return { delimiter: DELIMITERS.includes(used) ? used : ',', records };
}
