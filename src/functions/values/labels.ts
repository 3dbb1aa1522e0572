// Labels (outcomes, sources, activity types, segments) are compared trimmed and without regard to
// case; the built-in defaults also accept their French synonyms.
import { describeCell, toGrid, isBlank, isDate } from './cells';

/** A label as compared: trimmed, lower case, accents kept (Gagné and Gagne are both listed). */
export function normalizeLabel(cell: unknown): string {
  if (isBlank(cell)) return '';
  // A date label is its calendar day as the sheet shows it (toISOString would give the UTC day).
  if (isDate(cell)) return describeCell(cell);
  return String(cell).trim().toLowerCase();
}

/** The label set given by a user argument (one text or a range), or the defaults when omitted. */
export function labelSet(arg: unknown, defaults: readonly string[]): Set<string> {
  if (arg === undefined || isBlank(arg)) return new Set(defaults.map(normalizeLabel));
  const set = new Set<string>();
  for (const row of toGrid(arg))
    for (const cell of row) if (!isBlank(cell)) set.add(normalizeLabel(cell));
  return set;
}
