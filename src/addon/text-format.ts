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
