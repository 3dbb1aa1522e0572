// Team, rep and segment names, interned as small integer codes shared by every sheet, so that a
// scope filter is one integer comparison per row and "team Lyon" means the same code in
// Activities, Pipeline, Orders and Surveys. Names match trimmed and without regard to case
// (normalizeLabel, as the =KPI_* functions compare labels); segments also match across languages
// ("SMB" and "PME" are one segment).
import { normalizeLabel } from '../../functions/values/labels';
import { compareNames } from '../../kpi/results';
import { SEGMENTS } from '../schema';
import { BLANK, choiceMatcher } from './choices';

export class NameDictionary {
  private readonly codes = new Map<string, number>();
  private readonly shown: string[] = [];

  /** `keyOf` gives the compared form of a name ('' for blank). */
  constructor(private readonly keyOf: (text: string) => string) {}

  /** The code of a name, adding it when new; BLANK for a blank name. */
  codeOf(text: string): number {
    const key = this.keyOf(text);
    if (key === '') return BLANK;
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.shown.length;
      this.codes.set(key, code);
      // The first spelling met names it in lists (as the sheet shows it).
      this.shown.push(text.trim());
    }
    return code;
  }

  /** The code of a name already met, or undefined (no row has it). */
  find(text: string): number | undefined {
    return this.codes.get(this.keyOf(text));
  }

  /** The names met so far, A→Z. */
  names(): string[] {
    return [...this.shown].sort(compareNames);
  }
}

export function personDictionary(): NameDictionary {
  return new NameDictionary(normalizeLabel);
}

const segmentChoice = choiceMatcher(SEGMENTS);

/** Segments by their schema key when they are one of the dropdown's; by their text otherwise. */
export function segmentDictionary(): NameDictionary {
  return new NameDictionary((text) => {
    const i = segmentChoice(text);
    return i >= 0 ? SEGMENTS[i].key : i === BLANK ? '' : normalizeLabel(text);
  });
}
