// The Objectives row's Specific cell holds the user's four answers on labelled lines ("Who: …"),
// readable in the sheet and read back when the objective is edited (in either language, whatever
// the language it was written in). The answers are single lines (objectives/fields.ts), so a line
// is always one answer; a cell edited by hand without labels is read as the "what".
import type { Language } from '../i18n';

export interface SpecificAnswers {
  readonly who: string;
  readonly what: string;
  readonly where: string;
  readonly how: string;
}

const LABELS: Readonly<Record<keyof SpecificAnswers, { en: string; fr: string }>> = {
  who: { en: 'Who', fr: 'Qui' },
  what: { en: 'What', fr: 'Quoi' },
  where: { en: 'Where', fr: 'Où' },
  how: { en: 'How', fr: 'Comment' },
};
const KEYS = Object.keys(LABELS) as Array<keyof SpecificAnswers>;

export function specificText(answers: SpecificAnswers, language: Language): string {
  const colon = language === 'fr' ? ' : ' : ': ';
  return KEYS.filter((k) => answers[k] !== '')
    .map((k) => `${LABELS[k][language]}${colon}${answers[k]}`)
    .join('\n');
}

export function readSpecific(text: string): SpecificAnswers {
  const out: Record<keyof SpecificAnswers, string> = { who: '', what: '', where: '', how: '' };
  const loose: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^:]{1,12}?)\s*:\s*(.*)$/.exec(line);
    const key = m
      ? KEYS.find((k) =>
          [LABELS[k].en, LABELS[k].fr].some((l) => l.toLowerCase() === m[1].toLowerCase()),
        )
      : undefined;
    if (key && m) out[key] = m[2].trim();
    else if (line.trim() !== '') loose.push(line.trim());
  }
  if (loose.length) out.what = [out.what, ...loose].filter(Boolean).join(' ');
  return out;
}
