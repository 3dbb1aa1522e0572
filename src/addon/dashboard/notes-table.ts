// The Dashboard's "Context" table: the context log's notes (src/addon/context) that overlap the
// charts' months (the twelve months before the as-of month, to the as-of date) for the scope the
// selector holds: the company's notes always, the chosen team's or rep's own, every note when the
// company is chosen. Formulas over the Context sheet's columns (found by developer metadata), so
// a note added or a scope chosen shows without a refresh; at most NOTE_ROWS notes, in the
// sheet's order. The refresh reads nothing for it.
import type { LocatedSheet } from '../workbook/locate';
import { HEADER_STYLE, type SectionContext, TITLE_STYLE } from './context';
import { onSheet, openColumnA1 } from './refs';
import { say } from './texts';

/** Notes shown at most (the rows reserved below the header). */
export const NOTE_ROWS = 8;
const COLUMNS = ['start', 'end', 'scopeType', 'scope', 'note'] as const;

/** Draws the table at `top` (title, header, NOTE_ROWS rows); returns its height (0 without sheet). */
export function drawContextNotes(
  context: SectionContext,
  top: number,
  sheet: LocatedSheet | undefined,
): number {
  const { canvas, language, data } = context;
  const refs = noteRefs(context, sheet);
  if (!refs) return 0;
  const { start, end, type, name, note, forScope } = refs;
  const p = (key: Parameters<typeof data.param>[0]) => data.param(key, true);
  // Started by the as-of date, and ended (a blank end: the start day) in the charts' months.
  const when =
    `(${start}<>"")*(${start}<=${p('asOf')})` +
    `*(((${end}>=${p('yearAgo')})+(${end}="")*(${start}>=${p('yearAgo')}))>0)`;
  const keep = `(${when})*${forScope}`;
  const shown = (values: string) => `ARRAY_CONSTRAIN(FILTER(${values},${keep}=1),${NOTE_ROWS},1)`;
  const height = 2 + NOTE_ROWS;
  canvas.block('contextNotes', top, 1, height, 4);
  canvas.put(top, 1, say(language, 'contextTitle'), TITLE_STYLE);
  (['contextStart', 'contextEnd', 'contextScope', 'contextNote'] as const).forEach((key, j) =>
    canvas.put(top + 1, 1 + j, say(language, key), HEADER_STYLE),
  );
  const row = top + 2;
  canvas.put(row, 1, `=IFERROR(${shown(start)},"${say(language, 'noContext')}")`, {
    format: 'yyyy-mm-dd',
  });
  canvas.put(row, 2, `=IFERROR(${shown(`IF(${end}="",${start},${end})`)},"")`, {
    format: 'yyyy-mm-dd',
  });
  canvas.put(row, 3, `=IFERROR(${shown(`TRIM(${type}&" "&${name})`)},"")`, { format: '@' });
  canvas.put(row, 4, `=IFERROR(${shown(note)},"")`, { format: '@' });
  // The spills land below each formula; the dates keep their format there.
  for (let column = 1; column <= 4; column++) canvas.landing(row, column, NOTE_ROWS, 1);
  for (let r = row + 1; r < row + NOTE_ROWS; r++)
    for (const column of [1, 2]) canvas.style(r, column, { format: 'yyyy-mm-dd' });
  return height;
}

/**
 * The Context sheet's columns (open ranges from row 2) and the test, 1 or 0 per row, that a note
 * is the chosen scope's: the company's notes always, the chosen team's or rep's own, every note
 * when the company is chosen. Undefined when the sheet or one of its columns is missing.
 */
export function noteRefs(context: SectionContext, sheet: LocatedSheet | undefined) {
  const { data } = context;
  const columns = new Map(COLUMNS.map((key) => [key, sheet?.tagged.get(key)]));
  if (!sheet || [...columns.values()].some((c) => c === undefined)) return undefined;
  const col = (key: (typeof COLUMNS)[number]) =>
    onSheet(sheet.name, openColumnA1(2, columns.get(key)!));
  const [start, end, type, name, note] = COLUMNS.map(col);
  const p = (key: Parameters<typeof data.param>[0]) => data.param(key, true);
  const lower = (range: string) => `LOWER(TRIM(${range}))`;
  const companyNote = `(${type}="")+(${lower(type)}="company")+(${lower(type)}="entreprise")`;
  const ownNote =
    `((${lower(type)}=LOWER(${p('typeEn')}))+(${lower(type)}=LOWER(${p('typeFr')})))` +
    `*(${lower(name)}=LOWER(${p('name')}))`;
  const forScope = `((${p('all')}+${companyNote}+${ownNote})>0)`;
  return { start, end, type, name, note, forScope };
}
