// The outcome of each summary run (time, period, sent, deferred, awaiting approval, error), kept
// for the settings page and the Summary log sheet. Pure. A run that changes nothing (the hourly
// check in a period already delivered, the same deferral again while the quota is spent, the
// same error again) is not added, so the log shows what happened, not every tick.

export interface RunRecord {
  /** ISO time of the run. */
  readonly at: string;
  /** The summary's period key (its scheduled day, "2026-11-16"). */
  readonly period: string;
  readonly trigger: 'scheduled' | 'manual';
  readonly sent: number;
  /** Owed but not sent by this run (quota or the per-run limit): the next run sends them. */
  readonly deferred: number;
  /** Recipients the trigger owner has not approved: mailed nothing. */
  readonly awaiting: number;
  readonly error?: string;
}

export const MAX_RUNS = 20;
const MAX_ERROR = 300;

/** The log with the run added (newest last), or undefined when it adds nothing new. */
export function withRun(runs: readonly RunRecord[], run: RunRecord): RunRecord[] | undefined {
  const clean: RunRecord = run.error ? { ...run, error: run.error.slice(0, MAX_ERROR) } : run;
  const last = [...runs].reverse().find((r) => r.period === run.period);
  const same = (r: RunRecord): boolean =>
    r.deferred === run.deferred && r.awaiting === run.awaiting && r.error === clean.error;
  const repeat =
    run.trigger === 'scheduled' &&
    run.sent === 0 &&
    (last ? same(last) : run.deferred === 0 && run.awaiting === 0 && !run.error);
  if (repeat) return undefined;
  return [...runs, clean].slice(-MAX_RUNS);
}

export function parseRuns(raw: string | null): RunRecord[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed)
      ? parsed.filter(
          (r): r is RunRecord =>
            typeof r === 'object' && r !== null && typeof (r as RunRecord).at === 'string',
        )
      : [];
  } catch {
    return [];
  }
}
