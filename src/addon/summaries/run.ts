// One delivery run, scheduled (the hourly job) or asked for ("Send summary now"): who is owed the
// current period's summary, within the mail quota and the per-run limit, sent in priority order.
//
// Reliability: the whole run holds the document lock (a second run or a double fire waits, then
// finds the ledger filled in and sends nothing; if it cannot get the lock it sends nothing), the
// ledger is written after each email (a run that dies half-way never resends what went out),
// recipients the sender has not approved get nothing, and what does not fit the quota or the
// per-run limit is left for the next run and recorded as deferred.
import { activeSpreadsheet, remainingMailQuota, sendMail } from '../adapters/services';
import { withDocumentLock } from '../workbook/lock';
import { SummaryComposer } from './compose';
import { notifyOwnerOfFailure } from './failure-mail';
import { recordSent, wasSent } from './ledger';
import { SummarySheets } from './read';
import { byApproval, recipientsOf } from './recipients';
import { type RunRecord, withRun } from './run-log';
import {
  dayKey,
  dayOfWall,
  dueMoment,
  latestMoment,
  type Moment,
  previousMoment,
} from './schedule';
import type { SummarySettings } from './settings';
import { writeStatusSheet } from './status-sheet';
import {
  readLedger,
  readMyApproved,
  readRuns,
  readSettings,
  writeLedger,
  writeRuns,
} from './store';
import { wallTimeOf } from './wall';

/** Emails per run: a run stays far inside Apps Script's 6 minutes (each takes well under 1 s). */
export const MAX_PER_RUN = 25;
/** A run stops sending after this long, whatever is left (the next run goes on). */
const TIME_BUDGET_MS = 120_000;
const LOCK_WAIT_MS = 10_000;
export const SENDER_NAME = 'Sales KPI';

export type RunOutcome =
  | { readonly kind: 'not due' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'no document' }
  | { readonly kind: 'ran'; readonly record: RunRecord };

export function runSummaries(now: Date, trigger: RunRecord['trigger']): RunOutcome {
  const spreadsheet = activeSpreadsheet();
  const wall = wallTimeOf(now);
  const settings = readSettings();
  const moment = trigger === 'scheduled' ? dueMoment(settings, wall) : latestMoment(settings, wall);
  if (!moment) return { kind: 'not due' };
  const locked = withDocumentLock(() => {
    const sheets = new SummarySheets(spreadsheet);
    const done = deliver(spreadsheet, sheets, settings, moment, dayOfWall(wall), now, trigger);
    const runs = withRun(readRuns(), done);
    if (runs) {
      writeRuns(runs);
      try {
        writeStatusSheet(sheets.statusSheet(), runs, settings.defaultLanguage);
      } catch {
        // A sheet protected or broken by hand must not fail the run: the log is in properties.
      }
    }
    return done;
  }, LOCK_WAIT_MS);
  if (!locked.ok) return { kind: locked.reason === 'busy' ? 'busy' : 'no document' };
  const record = locked.value;
  if (record.error && trigger === 'scheduled')
    notifyOwnerOfFailure(record.error, dayKey(dayOfWall(wall)), settings.defaultLanguage);
  return { kind: 'ran', record };
}

function deliver(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheets: SummarySheets,
  settings: SummarySettings,
  moment: Moment,
  today: number,
  now: Date,
  trigger: RunRecord['trigger'],
): RunRecord {
  const base = { at: now.toISOString(), period: moment.key, trigger };
  const started = Date.now();
  let sent = 0;
  let owedCount = 0;
  let awaiting = 0;
  try {
    const teams = sheets.teams();
    if (!teams) throw new Error(missingTeams(settings));
    const split = byApproval(recipientsOf(teams, settings).recipients, readMyApproved());
    awaiting = split.awaiting.length;
    let ledger = readLedger();
    const owed = split.approved.filter((r) => !wasSent(ledger, moment.key, r.id));
    owedCount = owed.length;
    const batch = owed.slice(0, Math.max(0, Math.min(remainingMailQuota(), MAX_PER_RUN)));
    if (batch.length > 0) {
      const composer = new SummaryComposer(sheets.sources(), {
        frequency: settings.frequency,
        moment,
        previous: previousMoment(settings, moment),
        today,
        spreadsheetUrl: spreadsheet.getUrl(),
      });
      for (const recipient of batch) {
        if (Date.now() - started > TIME_BUDGET_MS) break;
        const email = composer.email(recipient);
        sendMail({
          to: recipient.email,
          subject: email.subject,
          body: email.text,
          htmlBody: email.html,
          name: SENDER_NAME,
        });
        ledger = recordSent(ledger, moment.key, recipient.id);
        writeLedger(ledger, moment.key);
        sent++;
      }
    }
    return { ...base, sent, deferred: owedCount - sent, awaiting };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, sent, deferred: owedCount - sent, awaiting, error: message };
  }
}

function missingTeams(settings: SummarySettings): string {
  return settings.defaultLanguage === 'fr'
    ? 'La feuille Équipes est introuvable : lancez « Préparer le classeur KPI ».'
    : 'The Teams sheet is missing: run "Set up KPI workbook".';
}
