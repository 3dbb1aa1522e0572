// Dropdown columns (activity type, outcome, segment, source, survey kind) read as the stable
// index of their choice in the schema's list, whatever the language they were typed in, their
// case or their accents ("Appel", "call", "Reponse positive" for "Réponse positive"). Each
// distinct cell text is matched once (see read-cells.ts), so the cost per cell is a Map lookup.
import type { Choice } from '../schema';

/** A blank cell. */
export const BLANK = -1;
/** Non-blank text that is none of the choices (a custom label the user added). */
export const OTHER = -2;

/** Trimmed, lower case, without accents, inner spaces collapsed: how labels are compared. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * The index of the choice a text names, by its English or French label, its key, or one of the
 * extra aliases (by choice key); BLANK for blank text, OTHER for anything else.
 */
export function choiceMatcher(
  choices: readonly Choice[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): (text: string) => number {
  const index = new Map<string, number>();
  choices.forEach((c, i) => {
    for (const label of [c.key, c.en, c.fr, ...(aliases[c.key] ?? [])]) {
      const folded = foldLabel(label);
      if (!index.has(folded)) index.set(folded, i);
    }
  });
  return (text: string) => {
    const folded = foldLabel(text);
    if (folded === '') return BLANK;
    return index.get(folded) ?? OTHER;
  };
}

/** The index of a choice by key (a typo in a literal key is a programming error). */
export function choiceIndex(choices: readonly Choice[], key: string): number {
  const i = choices.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No choice "${key}"`);
  return i;
}
