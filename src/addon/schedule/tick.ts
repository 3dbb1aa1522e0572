// The handler of the document's hourly trigger: runs each scheduled job that is enabled and due,
// and removes its own trigger once no job is enabled any more. Stops cleanly, recording why, when
// the owner must authorise the add-on again. It runs only when called by this spreadsheet's own
// trigger: called any other way (from a page, by any editor), it does nothing.
import { documentProperties, needsReauthorization } from '../adapters/services';
import { keepAsOfCurrent } from '../workbook/as-of';
import { isOwnTickEvent, removeTriggerIfUnused } from './scheduler';

/** A scheduled feature: enabled or not, and what it does at a tick. */
export interface ScheduledJob {
  name: string;
  enabled(): boolean;
  run(now: Date): string;
}

const STATUS_KEY = 'salesKpi.tickStatus';

export interface TickStatus {
  at: string;
  outcome: 'ran' | 'reauthorization needed' | 'no job enabled' | 'error';
  results: Record<string, string>;
}

export function lastTickStatus(): TickStatus | undefined {
  const raw = documentProperties().getProperty(STATUS_KEY);
  return raw ? (JSON.parse(raw) as TickStatus) : undefined;
}

/**
 * The hourly trigger's handler: runs the jobs when the time-driven event comes from this
 * spreadsheet's recorded trigger; otherwise does nothing and returns null.
 */
export function runTickFromTrigger(
  event: unknown,
  jobs: readonly ScheduledJob[],
  now: Date,
): TickStatus | null {
  return isOwnTickEvent(event) ? runTick(jobs, now) : null;
}

export function runTick(jobs: readonly ScheduledJob[], now: Date): TickStatus {
  const status: TickStatus = { at: now.toISOString(), outcome: 'ran', results: {} };
  if (needsReauthorization()) {
    status.outcome = 'reauthorization needed';
  } else {
    status.results.asOf = keepAsOfCurrent();
    const enabled = jobs.filter((job) => job.enabled());
    if (enabled.length === 0) {
      status.outcome = 'no job enabled';
      removeTriggerIfUnused(false);
    }
    for (const job of enabled) {
      try {
        status.results[job.name] = job.run(now);
      } catch (error) {
        // One job's failure must not stop the others; each records its own outcome.
        status.outcome = 'error';
        status.results[job.name] =
          `error: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }
  documentProperties().setProperty(STATUS_KEY, JSON.stringify(status));
  return status;
}
