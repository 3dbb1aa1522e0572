// Where the summaries keep their state. Document properties (shared by every editor): the
// settings (three values, see settings-codec.ts), the ledger of deliveries, the run log, the day of the last failure email, and a copy
// of the approved list for display. The trigger owner's user properties: the approved list that
// the scheduled run trusts (another editor cannot write it, so a recipient they add is mailed
// nothing until the owner approves). User properties are per user and script, not per document,
// so the owner's list is kept under the spreadsheet's id.
import {
  activeSpreadsheet,
  documentProperties,
  spreadsheetLocale,
  userProperties,
} from '../adapters/services';
import { languageOfLocale } from '../i18n';
import { ApprovedList } from './approved';
import { type Ledger, parseLedger, serializeLedger } from './ledger';
import { parseRuns, type RunRecord } from './run-log';
import { checkSettings, defaultSettings, type SummarySettings } from './settings';
import { decodeSettings, encodeSettings, type StoredSettings } from './settings-codec';

const SETTINGS = 'salesKpi.summaries.settings';
const LEAD_LANGUAGES = 'salesKpi.summaries.leadLanguages';
const COMPANY = 'salesKpi.summaries.company';
const REPS = 'salesKpi.summaries.reps';
const LEDGER = 'salesKpi.summaries.ledger';
const RUNS = 'salesKpi.summaries.runs';
const FAILURE_MAIL = 'salesKpi.summaries.failureMailDay';
const APPROVED_VIEW = 'salesKpi.summaries.approvedView';
const APPROVED_PREFIX = 'salesKpi.summaries.approved.';

export function spreadsheetLanguage(): 'en' | 'fr' {
  return languageOfLocale(spreadsheetLocale(activeSpreadsheet()));
}

/** The stored settings; defaults when none (or unreadable ones: the page shows and resaves). */
export function readSettings(): SummarySettings {
  const all = documentProperties().getProperties();
  const language = spreadsheetLanguage();
  try {
    const input = decodeSettings(all[SETTINGS], all[LEAD_LANGUAGES], all[COMPANY], all[REPS]);
    return input === undefined ? defaultSettings(language) : checkSettings(input, language);
  } catch {
    return defaultSettings(language);
  }
}

/** The values to store; throws ListTooLong (naming the list) when one does not fit. */
export function storableSettings(settings: SummarySettings): StoredSettings {
  return encodeSettings(settings);
}

/** Stores the settings in one call (the three values). */
export function writeSettings(stored: StoredSettings): void {
  documentProperties().setProperties({
    [SETTINGS]: stored.core,
    [LEAD_LANGUAGES]: stored.leadLanguages,
    [COMPANY]: stored.company,
    [REPS]: stored.reps,
  });
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

/** The current user's approved recipients for this spreadsheet (the trigger owner's, in a run). */
export function readMyApproved(): ApprovedList {
  return ApprovedList.parse(userProperties().getProperty(approvedKey()));
}

/** Saves the current user's approved list, and its copy for other editors to see. */
export function writeMyApproved(owner: string, approved: ApprovedList): void {
  const list = approved.serialize();
  userProperties().setProperty(approvedKey(), list);
  documentProperties().setProperty(APPROVED_VIEW, JSON.stringify({ owner, list }));
}

/** The copy of the owner's approved list (display only; the run trusts the owner's own). */
export function readApprovedView(): { owner: string; approved: ApprovedList } {
  const raw = documentProperties().getProperty(APPROVED_VIEW);
  try {
    const parsed = raw
      ? (JSON.parse(raw) as { owner?: unknown; list?: unknown; emails?: unknown })
      : {};
    const stored = typeof parsed.list === 'string' ? parsed.list : JSON.stringify(parsed.emails);
    return {
      owner: typeof parsed.owner === 'string' ? parsed.owner : '',
      approved: ApprovedList.parse(stored),
    };
  } catch {
    return { owner: '', approved: ApprovedList.empty() };
  }
}
