// Where the summaries keep their state. Document properties (shared by every editor): the
// settings, the ledger of deliveries, the run log, the day of the last failure email, and a copy
// of the approved list for display. The trigger owner's user properties: the approved list that
// the scheduled run trusts (another editor cannot write it, so a recipient they add is mailed
// nothing until the owner approves). User properties are per user and script, not per document,
// so the owner's list is kept under the spreadsheet's id.
import { activeSpreadsheet, documentProperties, userProperties } from '../adapters/services';
import { languageOfLocale } from '../schema';
import { type Ledger, parseLedger, serializeLedger } from './ledger';
import { parseRuns, type RunRecord } from './run-log';
import { checkSettings, defaultSettings, type SummarySettings } from './settings';

const SETTINGS = 'salesKpi.summaries.settings';
const LEDGER = 'salesKpi.summaries.ledger';
const RUNS = 'salesKpi.summaries.runs';
const FAILURE_MAIL = 'salesKpi.summaries.failureMailDay';
const APPROVED_VIEW = 'salesKpi.summaries.approvedView';
const APPROVED_PREFIX = 'salesKpi.summaries.approved.';

export function spreadsheetLanguage(): 'en' | 'fr' {
  return languageOfLocale(activeSpreadsheet().getSpreadsheetLocale());
}

/** The stored settings; defaults when none (or unreadable ones: the page shows and resaves). */
export function readSettings(): SummarySettings {
  const raw = documentProperties().getProperty(SETTINGS);
  const language = spreadsheetLanguage();
  if (!raw) return defaultSettings(language);
  try {
    return checkSettings(JSON.parse(raw), language);
  } catch {
    return defaultSettings(language);
  }
}

export function writeSettings(settings: SummarySettings): void {
  documentProperties().setProperty(SETTINGS, JSON.stringify(settings));
}

export function readLedger(): Ledger {
  return parseLedger(documentProperties().getProperty(LEDGER));
}

export function writeLedger(ledger: Ledger, period: string): void {
  documentProperties().setProperty(LEDGER, serializeLedger(ledger, period));
}

export function readRuns(): RunRecord[] {
  return parseRuns(documentProperties().getProperty(RUNS));
}

export function writeRuns(runs: readonly RunRecord[]): void {
  documentProperties().setProperty(RUNS, JSON.stringify(runs));
}

export function lastFailureMailDay(): string {
  return documentProperties().getProperty(FAILURE_MAIL) ?? '';
}

export function setFailureMailDay(day: string): void {
  documentProperties().setProperty(FAILURE_MAIL, day);
}

function approvedKey(): string {
  return APPROVED_PREFIX + activeSpreadsheet().getId();
}

function parseList(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return [];
  }
}

/** The current user's approved recipients for this spreadsheet (the trigger owner's, in a run). */
export function readMyApproved(): Set<string> {
  return new Set(parseList(userProperties().getProperty(approvedKey())));
}

/** Saves the current user's approved list, and its copy for other editors to see. */
export function writeMyApproved(owner: string, emails: readonly string[]): void {
  const list = [...new Set(emails)].sort();
  userProperties().setProperty(approvedKey(), JSON.stringify(list));
  documentProperties().setProperty(APPROVED_VIEW, JSON.stringify({ owner, emails: list }));
}

/** The copy of the owner's approved list (display only; the run trusts the owner's own). */
export function readApprovedView(): { owner: string; emails: Set<string> } {
  const raw = documentProperties().getProperty(APPROVED_VIEW);
  try {
    const parsed = raw ? (JSON.parse(raw) as { owner?: unknown; emails?: unknown }) : {};
    const emails = Array.isArray(parsed.emails)
      ? parsed.emails.filter((e): e is string => typeof e === 'string')
      : [];
    return { owner: typeof parsed.owner === 'string' ? parsed.owner : '', emails: new Set(emails) };
  } catch {
    return { owner: '', emails: new Set() };
  }
}
