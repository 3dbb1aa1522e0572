// The pure half of the text mechanism (src/addon/i18n.ts re-exports it): the Language type, the
// locale rule and `format`. Kept apart from i18n.ts, which reads the user's locale through the
// Apps Script adapters, so that the sidebar bundle can import it and fill its placeholders and
// plurals exactly as the server does.

export type Language = 'en' | 'fr';

/** French when the locale starts with "fr" (fr, fr_FR, fr-CA), English otherwise (DESIGN.md). */
export function languageOfLocale(locale: string | null | undefined): Language {
  return /^fr/i.test((locale ?? '').trim()) ? 'fr' : 'en';
}

export type TextParams = Readonly<Record<string, string | number | undefined>>;

/** Whether a count takes the singular: English only for 1, French for 0 and 1 (below 2). */
function isSingular(count: number, language: Language): boolean {
  return language === 'fr' ? Math.abs(count) < 2 : count === 1;
}

/**
 * A template with its placeholders filled: `{name}` becomes params.name, and `{count|row|rows}`
 * becomes "row" or "rows" by the plural rule of the language for params.count. A placeholder
 * without a value stays as written, so a missing parameter shows instead of vanishing; a value is
 * inserted as is, never read again as a template; only the params' own names count ({toString}).
 */
export function format(
  template: string,
  params: TextParams = {},
  language: Language = 'en',
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
      if (value === undefined || value === null) return whole;
      if (one === undefined) return String(value);
      return isSingular(Number(value), language) ? one : (other ?? '');
    },
  );
}

/**
 * A word in both languages, side by side: the form of tables of short headings (column heads,
 * section titles), where two parallel EN and FR objects would repeat every key and list.
 */
export type Both = readonly [en: string, fr: string];

/** A table of Both (nested in objects and lists) with each word in one language. */
export type InLanguage<T> = T extends Both
  ? string
  : T extends readonly (infer U)[]
    ? InLanguage<U>[]
    : { readonly [K in keyof T]: InLanguage<T[K]> };

function isBoth(value: unknown): value is Both {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');
}

/** The table's words in one language (every Both picked, lists and objects kept). */
export function inLanguage<T>(table: T, language: Language): InLanguage<T> {
  const pick = (value: unknown): unknown => {
    if (isBoth(value)) return value[language === 'fr' ? 1 : 0];
    if (Array.isArray(value)) return value.map(pick);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pick(v)]));
    return value;
  };
  return pick(table) as InLanguage<T>;
}

/**
 * Column heads in both languages, each language's list written on one line, ", " between heads
 * (a head never holds ", "): `heads('Month, Won', 'Mois, Gagné')`.
 */
export function heads(en: string, fr: string): Both[] {
  const [e, f] = [en.split(', '), fr.split(', ')];
  if (e.length !== f.length) throw new Error(`Not as many heads in English as in French: ${en}`);
  return e.map((head, i): Both => [head, f[i]]);
}
