// The handler of the document's hourly trigger: runs each scheduled job that is enabled and due,
// and removes its own trigger once no job is enabled any more. Stops cleanly, recording why, when
// the owner must authorise the add-on again.
import { documentProperties, needsReauthorization } from '../adapters/services';
import { keepAsOfCurrent } from '../workbook/as-of';
import { removeTriggerIfUnused } from './scheduler';

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
