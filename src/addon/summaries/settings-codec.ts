// How the summary settings are kept in document properties, under Apps Script's limit of 9 KB per
// property value: the schedule in one value, and each list in a value of its own, compactly (lead
// languages grouped by language, company recipients as "fr:ceo@example.com"). 150 lead languages
// and 50 company recipients took 11.4 KB as one JSON value; they now fit with room to spare. A
// list that still does not fit is refused with a ListTooLong naming it, before anything is
// stored. Pure; settings stored by older versions (one JSON value) are still read.
import type { Language } from '../i18n';
import type { SummarySettings } from './settings';

/** "9 KB / val" on Google's quotas page, read as 9,000 bytes: the stricter reading. */
export const PROPERTY_VALUE_BYTES = 9_000;

export type StoredList = 'leadLanguages' | 'company' | 'reps';

export class ListTooLong extends Error {
  constructor(
    readonly list: StoredList,
    readonly bytes: number,
  ) {
    super(`${list} takes ${bytes} bytes, more than the ${PROPERTY_VALUE_BYTES} a property holds`);
    this.name = 'ListTooLong';
  }
}

/** The three stored values. */
export interface StoredSettings {
  readonly core: string;
  readonly leadLanguages: string;
  readonly company: string;
  /** The reps' personal summaries: [language, email, name] each. */
  readonly reps: string;
}

/** UTF-8 bytes of a text (what the property limit counts). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function fitting(list: StoredList, text: string): string {
  const bytes = utf8Length(text);
  if (bytes > PROPERTY_VALUE_BYTES) throw new ListTooLong(list, bytes);
  return text;
}

export function encodeSettings(s: SummarySettings): StoredSettings {
  const byLanguage: Partial<Record<Language, string[]>> = {};
  for (const [email, language] of Object.entries(s.leadLanguages))
    (byLanguage[language] ??= []).push(email);
  const core = {
    enabled: s.enabled,
    frequency: s.frequency,
    weekday: s.weekday,
    monthDay: s.monthDay,
    hour: s.hour,
    includeLeads: s.includeLeads,
    defaultLanguage: s.defaultLanguage,
    sinceSlot: s.sinceSlot,
  };
  return {
    core: JSON.stringify(core),
    leadLanguages: fitting('leadLanguages', JSON.stringify(byLanguage)),
    company: fitting('company', JSON.stringify(s.company.map((c) => `${c.language}:${c.email}`))),
    reps: fitting('reps', JSON.stringify(s.reps.map((r) => [r.language, r.email, r.name]))),
  };
}

function parsed(raw: string | null | undefined): unknown {
  return raw ? (JSON.parse(raw) as unknown) : undefined;
}

function leadLanguagesOf(grouped: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof grouped !== 'object' || grouped === null) return out;
  for (const [language, emails] of Object.entries(grouped as Record<string, unknown>))
    if (Array.isArray(emails)) for (const email of emails) out[String(email)] = language;
  return out;
}

function companyOf(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const text = String(entry);
    const cut = text.indexOf(':');
    return { language: text.slice(0, cut), email: text.slice(cut + 1) };
  });
}

function repsOf(list: unknown): unknown[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const [language, email, name] = Array.isArray(entry) ? (entry as unknown[]) : [];
    return { language, email, name };
  });
}

/**
 * The stored values as checkSettings' untrusted input (undefined when nothing is stored). Throws
 * on unreadable JSON (the caller falls back to the defaults).
 */
export function decodeSettings(
  core: string | null | undefined,
  leadLanguages: string | null | undefined,
  company: string | null | undefined,
  reps?: string | null,
): unknown {
  const base = parsed(core);
  if (typeof base !== 'object' || base === null) return base;
  // One JSON value with the lists inside: stored by an older version.
  if ('company' in base || 'leadLanguages' in base) return base;
  return {
    ...base,
    leadLanguages: leadLanguagesOf(parsed(leadLanguages)),
    company: companyOf(parsed(company)),
    reps: repsOf(parsed(reps)),
  };
}
