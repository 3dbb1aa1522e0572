// The sidebar's texts in French and English. Each page keeps its messages as two objects with
// the same keys (the type makes a missing French text a compile error); `{name}` placeholders
// are filled by the add-on's own `format` (src/addon/text-format.ts, pure, bundled here), so
// `{count|one|other}` plurals read the same on both sides. French when the language tag starts
// with "fr", as the add-on does.

import { format, type Language } from '../../src/addon/text-format';

// The add-on's language type, declared once (src/addon/text-format.ts); the pages import it here.
export type { Language };
export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** 'fr' for "fr", "fr-CA", "fr_FR"…; 'en' for anything else. */
export function languageOf(tag: string | null | undefined): Language {
  return /^fr(?:[-_]|$)/i.test((tag ?? '').trim()) ? 'fr' : 'en';
}

/**
 * Fills `{name}` placeholders and `{count|one|other}` plurals in the page's language; an unknown
 * placeholder stays as it is (easy to spot).
 */
export function interpolate(template: string, params?: Params, lang: Language = 'en'): string {
  return params ? format(template, params, lang) : template;
}

/** The placeholders a template uses (plural ones by their count), sorted: tests check both
 * languages use the same. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();
}

/** A translate function for one language of a message table. */
export function translator<K extends string>(
  messages: Record<Language, Record<K, string>>,
  lang: Language,
): Translate<K> {
  const table = messages[lang];
  return (key, params) => interpolate(table[key] ?? messages.en[key] ?? key, params, lang);
}
