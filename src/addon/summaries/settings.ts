// The summary schedule and recipients as the settings page edits them and the document keeps
// them (one document property, JSON). Pure: validation and defaults only. Every value from the
// page or from storage goes through `checkSettings`, so a hand-edited or older property can never
// make the job misbehave: it is either read as valid settings or refused with a message.
import type { Language } from '../i18n';

export type SummaryFrequency = 'daily' | 'weekly' | 'monthly';

export interface CompanyRecipient {
  email: string;
  language: Language;
}

/** A rep who opted in to a personal summary (their own numbers beside their team's medians). */
export interface RepRecipient {
  /** The rep's name as the source sheets' Rep column writes it. */
  name: string;
  email: string;
  language: Language;
}

export interface SummarySettings {
  enabled: boolean;
  frequency: SummaryFrequency;
  /** ISO weekday of weekly summaries: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Day of month of monthly summaries, 1–31 (the last day in shorter months). */
  monthDay: number;
  /** Hour of the day, 0–23, in the spreadsheet's time zone. */
  hour: number;
  /** Send each team's summary to the leads of the Teams sheet. */
  includeLeads: boolean;
  /** Lead languages that differ from the default, by lower-case email. */
  leadLanguages: Record<string, Language>;
  /** People who receive the company-wide summary. */
  company: CompanyRecipient[];
  /** Reps who receive their own personal summary (opt-in, approved like any recipient). */
  reps: RepRecipient[];
  /** The language of recipients without one of their own (from the spreadsheet's locale). */
  defaultLanguage: Language;
  /**
   * The first hour slot (see schedule.ts) whose scheduled moment counts: set when the schedule
   * is enabled or changed, so enabling on a Wednesday does not send Monday's summary at once.
   */
  sinceSlot: number;
}

/** Well inside the 9 KB property value limit, and a run stays far inside 6 minutes. */
export const MAX_COMPANY_RECIPIENTS = 50;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;
const MAX_EMAIL_LENGTH = 254;

export function defaultSettings(language: Language): SummarySettings {
  return {
    enabled: false,
    frequency: 'weekly',
    weekday: 1,
    monthDay: 1,
    hour: 8,
    includeLeads: true,
    leadLanguages: {},
    company: [],
    reps: [],
    defaultLanguage: language,
    sinceSlot: 0,
  };
}

/** A trimmed, lower-case address, or undefined when it is not one (so it is never mailed). */
export function normalizeEmail(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const email = text.trim().toLowerCase();
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email) ? email : undefined;
}

export class SettingsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'fr';
}

function wholeIn(value: unknown, field: string, low: number, high: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high)
    throw new SettingsError(field, `${field} must be a whole number from ${low} to ${high}`);
  return value;
}

/**
 * Settings from untrusted JSON (the page, or the stored property): every field checked, the
 * company list de-duplicated. Throws a SettingsError naming the field that is wrong.
 */
export function checkSettings(input: unknown, fallbackLanguage: Language): SummarySettings {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new SettingsError('settings', 'settings must be an object');
  const o = input as Record<string, unknown>;
  const base = defaultSettings(fallbackLanguage);
  const frequency = o.frequency ?? base.frequency;
  if (frequency !== 'daily' && frequency !== 'weekly' && frequency !== 'monthly')
    throw new SettingsError('frequency', 'frequency must be daily, weekly or monthly');
  const defaultLanguage = o.defaultLanguage ?? base.defaultLanguage;
  if (!isLanguage(defaultLanguage))
    throw new SettingsError('defaultLanguage', 'defaultLanguage must be "en" or "fr"');
  return {
    enabled: o.enabled === true,
    frequency,
    weekday: wholeIn(o.weekday ?? base.weekday, 'weekday', 1, 7),
    monthDay: wholeIn(o.monthDay ?? base.monthDay, 'monthDay', 1, 31),
    hour: wholeIn(o.hour ?? base.hour, 'hour', 0, 23),
    includeLeads: o.includeLeads !== false,
    leadLanguages: checkLeadLanguages(o.leadLanguages),
    company: checkCompany(o.company ?? []),
    reps: checkReps(o.reps ?? []),
    defaultLanguage,
    sinceSlot: wholeIn(o.sinceSlot ?? 0, 'sinceSlot', 0, Number.MAX_SAFE_INTEGER),
  };
}

function checkLeadLanguages(value: unknown): Record<string, Language> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new SettingsError('leadLanguages', 'leadLanguages must map emails to "en" or "fr"');
  const out: Record<string, Language> = {};
  for (const [key, language] of Object.entries(value as Record<string, unknown>)) {
    const email = normalizeEmail(key);
    if (email !== undefined && isLanguage(language)) out[email] = language;
  }
  return out;
}

/**
 * A list of recipients from the page: each item read by `read` into its key and recipient, the
 * first of each key kept, at most `max` in all (`tooMany` says so).
 */
function uniqueList<T>(
  value: unknown,
  field: 'company' | 'reps',
  notAList: string,
  max: number,
  tooMany: (count: number) => string,
  read: (raw: Record<string, unknown>, i: number) => readonly [key: string, recipient: T],
): T[] {
  if (!Array.isArray(value)) throw new SettingsError(field, notAList);
  const byKey = new Map<string, T>();
  value.forEach((item, i) => {
    const raw = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const [key, recipient] = read(raw, i);
    if (!byKey.has(key)) byKey.set(key, recipient);
  });
  if (byKey.size > max) throw new SettingsError(field, tooMany(byKey.size));
  return [...byKey.values()];
}

/** An item's email address and language, checked ("Recipient 2: …", "Rep 2: …"). */
function addressOf(
  raw: Record<string, unknown>,
  path: string,
  label: string,
): { email: string; language: Language } {
  const email = normalizeEmail(raw.email);
  if (email === undefined)
    throw new SettingsError(path, `${label}: "${String(raw.email ?? '')}" is not an email address`);
  if (!isLanguage(raw.language))
    throw new SettingsError(path, `${label}: language must be en or fr`);
  return { email, language: raw.language };
}

function checkCompany(value: unknown): CompanyRecipient[] {
  return uniqueList(
    value,
    'company',
    'company must be a list of recipients',
    MAX_COMPANY_RECIPIENTS,
    (count) => `At most ${MAX_COMPANY_RECIPIENTS} company-wide recipients (got ${count})`,
    (raw, i) => {
      const { email, language } = addressOf(raw, `company.${i}`, `Recipient ${i + 1}`);
      return [email, { email, language }];
    },
  );
}

/** At most this many reps get a personal summary (they fit one property value). */
export const MAX_REP_RECIPIENTS = 100;
const MAX_NAME_LENGTH = 100;

function checkReps(value: unknown): RepRecipient[] {
  return uniqueList(
    value,
    'reps',
    'reps must be a list of recipients',
    MAX_REP_RECIPIENTS,
    (count) => `At most ${MAX_REP_RECIPIENTS} reps (got ${count})`,
    (raw, i) => {
      const name = typeof raw.name === 'string' ? raw.name.trim() : '';
      if (name === '' || name.length > MAX_NAME_LENGTH)
        throw new SettingsError(`reps.${i}`, `Rep ${i + 1}: the rep's name is missing or too long`);
      const { email, language } = addressOf(raw, `reps.${i}`, `Rep ${i + 1}`);
      return [`${email} ${name.toLowerCase()}`, { name, email, language }];
    },
  );
}

/** True when a change of these fields moves the schedule (sinceSlot is then reset). */
export function scheduleChanged(before: SummarySettings, after: SummarySettings): boolean {
  return (
    before.enabled !== after.enabled ||
    before.frequency !== after.frequency ||
    before.weekday !== after.weekday ||
    before.monthDay !== after.monthDay ||
    before.hour !== after.hour
  );
}
