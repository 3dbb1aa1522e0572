// The summaries' scheduled job: the document's hourly trigger (src/addon/schedule) runs it; it
// sends only when a summary is due (see schedule.ts) and says what it did in one line, which the
// tick records. A failed run is recorded by runSummaries, then thrown so the tick records it too.
// When the owner must authorise the add-on again, runTick stops before any job runs and records
// "reauthorization needed"; the settings page reads that record (lastTickStatus) and says so.
import type { ScheduledJob } from '../schedule/tick';
import { runSummaries } from './run';
import { readSettings } from './store';

export const SUMMARIES_JOB = 'summaries';

export const summariesJob: ScheduledJob = {
  name: SUMMARIES_JOB,
  enabled: () => readSettings().enabled,
  run(now: Date): string {
    const outcome = runSummaries(now, 'scheduled');
    if (outcome.kind !== 'ran') return outcome.kind;
    const r = outcome.record;
    const line = `period ${r.period}: sent ${r.sent}, deferred ${r.deferred}, awaiting approval ${r.awaiting}`;
    if (r.error) throw new Error(`${line}; ${r.error}`);
    return line;
  },
};
