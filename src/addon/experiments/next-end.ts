// The end day of the running experiment that ends first, kept in a document property so that the
// hourly job can tell, with no Sheets call, whether an experiment is due to conclude: the tick
// already reads the document properties (in one getProperties), and the Experiments sheet is
// read only on the first tick after that day. Recorded whenever the add-on has the experiments'
// rows in hand (the page opened or refreshed, one started, one concluded). An end day edited by
// hand in the sheet is seen at the next of those; a later one only costs the tick one read.
import { dayOfIsoText } from '../../functions/values/dates';
import {
  deleteDocumentProperty,
  documentProperty,
  setDocumentProperty,
} from '../adapters/services';
import { isoOfDay } from '../objectives/dates';
import type { ExperimentRecord } from './rows';
import { countable } from './update';

export const NEXT_END_KEY = 'salesKpi.experiments.nextEnd';

/**
 * The earliest end day of the experiments still running; null when none runs. A row that cannot
 * be counted (a cell cleared by hand) cannot be concluded either: it does not count.
 */
export function nextEndOf(records: readonly ExperimentRecord[]): number | null {
  let next: number | null = null;
  for (const r of records)
    if (!r.concluded && countable(r) && (next === null || r.end! < next)) next = r.end;
  return next;
}

/** Records the next end day (written only when it changed). */
export function recordNextEnd(records: readonly ExperimentRecord[]): void {
  const next = nextEndOf(records);
  const text = next === null ? null : isoOfDay(next);
  if (documentProperty(NEXT_END_KEY) === text) return;
  if (text === null) deleteDocumentProperty(NEXT_END_KEY);
  else setDocumentProperty(NEXT_END_KEY, text);
}

/** The recorded next end day; null when none is recorded. */
export function recordedNextEnd(): number | null {
  const text = documentProperty(NEXT_END_KEY);
  return text === null ? null : (dayOfIsoText(text) ?? null);
}

/** Forgets the next end day (the rows will record it again when they are next read). */
export function forgetNextEnd(): void {
  if (documentProperty(NEXT_END_KEY) !== null) deleteDocumentProperty(NEXT_END_KEY);
}

/** An experiment ends its last day: it is concluded from the day after. */
export function isEnded(end: number | null, today: number): boolean {
  return end !== null && end < today;
}
