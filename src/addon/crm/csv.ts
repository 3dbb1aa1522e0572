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

export interface TextChunk {
  /** The chunk's text: whole records only. */
  readonly text: string;
  /** The file's line the chunk starts on (1-based). */
  readonly firstLine: number;
}

export interface SplitFile {
  /** The header record's text (the file's first record). */
  readonly header: string;
  readonly chunks: readonly TextChunk[];
}

/**
 * Cuts a file into its header record and chunks of at most `recordsPerChunk` records, never
 * inside a quoted field (a quoted field may hold line breaks). The page sends one chunk per
 * server call, so each call stays within Apps Script's execution time.
 */
export function splitRecords(text: string, recordsPerChunk: number): SplitFile {
  let header: string | undefined;
  const chunks: TextChunk[] = [];
  let inQuotes = false;
  let line = 1;
  let chunkStart = 0;
  let chunkLine = 1;
  let records = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10) {
      line++;
      if (inQuotes) continue;
      if (header === undefined) {
        header = text.slice(0, i + 1);
        chunkStart = i + 1;
        chunkLine = line;
        continue;
      }
      if (++records === recordsPerChunk) {
        chunks.push({ text: text.slice(chunkStart, i + 1), firstLine: chunkLine });
        chunkStart = i + 1;
        chunkLine = line;
        records = 0;
      }
    }
  }
  if (header === undefined) return { header: text, chunks: [] };
  const rest = text.slice(chunkStart);
  if (rest.trim() !== '') chunks.push({ text: rest, firstLine: chunkLine });
  return { header, chunks };
}
