// The user's own answers (who, what, where, how) joined into the opening clause of the SMART
// sentence: "The Lyon team will convert more qualified leads for SMB accounts, with weekly
// pipeline reviews" / "L’équipe de Lyon va convertir … pour les PME du Sud, avec des revues …".
// The answers are kept as typed; only connecting words are added (none when the answer already
// starts with one), the sentence's first letter is capitalised, and an answer's first word is
// lowercased only when it is an ordinary capitalised word ("Convert" → "convert"), never a name
// (a word the answers or the scope write with a capital elsewhere, "Lyon"; a one-word answer), an
// acronym ("SMB") or a mixed-case word ("iPhone"). A "where" answer, often a place ("Paris
// accounts"), is lowercased only when it opens with an article or a preposition.
import type { Language } from '../i18n';

export interface UserAnswers {
  readonly who?: string;
  readonly what?: string;
  readonly where?: string;
  readonly how?: string;
}

/** Prepositions that already connect a "where" answer ("in the south", "chez les PME"). */
const WHERE_LEADS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    'in on at for across among within from to with via throughout inside around over under near into amongst'.split(
      ' ',
    ),
  ),
  fr: new Set('à au aux en dans sur chez pour auprès parmi via sous vers entre hors'.split(' ')),
};
/** Words that already connect a "how" answer ("by coaching reps", "grâce à des revues"). */
const HOW_LEADS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set('by through with via using thanks in on'.split(' ')),
  fr: new Set('par avec grâce via en au à travers'.split(' ')),
};
/**
 * A "where" answer is often a place or a market ("Paris accounts"): its first word is lowercased
 * only when it is one of these articles and determiners ("The south" → "the south").
 */
const WHERE_LOWER: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set('the a an our all every each any some their these those its'.split(' ')),
  fr: new Set('le la les l un une des nos notre tous toutes chaque leurs leur ces'.split(' ')),
};
const CONNECT = {
  en: { will: 'will', act: 'act', where: 'for', how: 'with' },
  fr: { will: 'va', act: 'agir', where: 'pour', how: 'avec' },
} as const;

/** An answer as one clean phrase: spaces collapsed, trailing punctuation dropped. */
export function cleanAnswer(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,]+$/, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ORDINARY = /^\p{Lu}[\p{Ll}'’-]*$/u;

/** The names the answers show: capitalised words not at the start of an answer, the scope's words. */
export function namesIn(answers: UserAnswers, scopeName?: string): Set<string> {
  const names = new Set<string>();
  const texts = [answers.who, answers.what, answers.where, answers.how].map(cleanAnswer);
  for (const text of texts) {
    text
      .split(' ')
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .forEach((w) => names.add(bare(w)));
  }
  (scopeName ?? '').split(/\s+/).forEach((w) => w && names.add(bare(w)));
  return names;
}

function bare(word: string): string {
  return word.replace(/^[("“«]+|[)"”»,.;:!?]+$/gu, '');
}

/** The answer with its first word lowercased when that word is an ordinary one. */
export function lowerFirst(text: string, names: ReadonlySet<string>): string {
  const words = text.split(' ');
  const word = bare(words[0]);
  // A one-word answer with a capital ("Lyon") is taken for a name.
  if (words.length < 2 || !ORDINARY.test(word) || names.has(word) || word === 'I') return text;
  // "L’équipe": the elided article is what gets lowercased.
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function firstWord(text: string): string {
  return (text.split(' ')[0] ?? '').toLowerCase().replace(/[’'].*$/, '');
}

/** Whether the answer opens with a connecting word, in either language (answers may mix them). */
function leads(text: string, table: Readonly<Record<Language, ReadonlySet<string>>>): boolean {
  const first = firstWord(text);
  return table.en.has(first) || table.fr.has(first);
}

/**
 * Whether a "what" answer already opens with a conjugated verb ("qualifies every lead",
 * "qualifie chaque lead"): then it follows "who" directly, without "will" / "va".
 */
function conjugated(what: string, language: Language): boolean {
  const first = firstWord(what);
  // "-s" in either language's answers; "-e", "-t" only read as French in French.
  const ending = language === 'fr' ? /[^su]s$|[^r]e$|[^r]t$/u : /[^su]s$/u;
  return /^\p{Ll}+$/u.test(first) && ending.test(first);
}

function lowerWhere(text: string, language: Language, names: ReadonlySet<string>): string {
  const common = WHERE_LOWER[language].has(firstWord(text)) || leads(text, WHERE_LEADS);
  return common ? lowerFirst(text, names) : text;
}

/**
 * The opening clause, without final punctuation, or '' when no answer is given: who + "will" +
 * what, then "for where" and ", with how". Without a "who" the clause is an instruction ("Convert
 * more leads…"); without a "what" the verb is "act" ("The Lyon team will act with …").
 */
export function userClause(answers: UserAnswers, language: Language, scopeName?: string): string {
  const c = CONNECT[language];
  const names = namesIn(answers, scopeName);
  const [who, what, where, how] = [answers.who, answers.what, answers.where, answers.how].map(
    cleanAnswer,
  );
  if (!who && !what && !where && !how) return '';
  const verb = what ? lowerFirst(what, names) : c.act;
  const will = what && conjugated(verb, language) ? '' : ` ${c.will}`;
  let clause = who ? `${capitalise(who)}${will} ${verb}` : capitalise(verb);
  if (where) {
    const text = lowerWhere(where, language, names);
    clause += leads(where, WHERE_LEADS) ? ` ${text}` : ` ${c.where} ${text}`;
  }
  // After the bare verb "act" the means follows directly ("Act with weekly reviews").
  if (how) {
    const text = lowerFirst(how, names);
    clause += `${what ? ',' : ''} ${leads(how, HOW_LEADS) ? text : `${c.how} ${text}`}`;
  }
  return clause;
}
