// "Reached" markers: funnel and progression columns say whether a stage was reached with a date,
// a number, TRUE, or a word. Only explicit "no" words, FALSE, 0 and blanks mean not reached.
import { isBlank, isDate } from './values/cells';

const NO_WORDS = new Set(['no', 'non', 'n', 'false', 'faux', '0']);

export function isReached(cell: unknown): boolean {
  if (isBlank(cell)) return false;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  if (isDate(cell)) return !isNaN(cell.getTime());
  if (typeof cell === 'string') return !NO_WORDS.has(cell.trim().toLowerCase());
  return true;
}

/** True for a text that reads as a marker word rather than as a heading ("yes", "no", "x"). */
export function isMarkerWord(text: string): boolean {
  return /^(yes|oui|y|o|x|true|vrai|no|non|n|false|faux)$/i.test(text.trim());
}
