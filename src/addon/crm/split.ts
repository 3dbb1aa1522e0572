// A decoded CSV file cut into its header record and chunks of whole records, without parsing
// it: the page (which has the file) sends one chunk per server call, so each execution stays
// within Apps Script's time limit whatever the file's size. Only quotes and line feeds are
// looked at (both CRMs' encodings are ASCII-compatible), so a quoted line break never splits a
// record. Pure, and free of Papa Parse so the page's bundle stays small.

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
  /** The records after the header (blank lines not counted). */
  readonly records: number;
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
  let total = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) blank = false;
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10) {
      line++;
      if (inQuotes) continue;
      if (header === undefined) {
        header = text.slice(0, i + 1);
        chunkStart = i + 1;
        chunkLine = line;
        blank = true;
        continue;
      }
      if (!blank) total++;
      blank = true;
      if (++records === recordsPerChunk) {
        chunks.push({ text: text.slice(chunkStart, i + 1), firstLine: chunkLine });
        chunkStart = i + 1;
        chunkLine = line;
        records = 0;
      }
    }
  }
  if (header === undefined) return { header: text, chunks: [], records: 0 };
  const rest = text.slice(chunkStart);
  if (rest.trim() !== '') chunks.push({ text: rest, firstLine: chunkLine });
  if (!blank) total++;
  return { header, chunks, records: total };
}
