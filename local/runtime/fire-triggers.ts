// Runs the time-driven triggers whose fire time has come on the simulated clock, each in its own
// execution as its owner in AuthMode.FULL with Google's event object, in the spreadsheet it was
// created in, then schedules its next time. A trigger that was due several times while the clock
// jumped fires once. Each run counts against its owner's daily trigger runtime (quotas page:
// "Triggers total runtime", 90 min / day for consumer accounts); once a user's last 24 hours
// reach it, their triggers fail without running until older runs leave the window.
import type { Clock } from './context';
import type { LocalState, StoredTrigger } from './state';
import { nextFireAfter } from '../services/trigger-schedule';
import { timeDrivenEvent } from './time-event';
import type { RunOptions } from './loader';

export interface TriggerFiring {
  triggerId: string;
  handler: string;
  owner: string;
  /** The spreadsheet the trigger belongs to (and ran in). */
  documentId: string;
  firedAt: string;
  result?: unknown;
  error?: string;
}

export type TriggerInvoke = (
  functionName: string,
  args: readonly unknown[],
  opts: RunOptions,
) => unknown;

/** Reported by users for this quota; Google's quotas page does not quote the text. */
export const TRIGGER_RUNTIME_EXCEEDED = 'Service using too much computer time for one day';

export function fireDueTriggers(
  state: LocalState,
  clock: Clock,
  spreadsheet: (documentId: string) => TriggerInvoke | undefined,
): TriggerFiring[] {
  const now = clock.nowMs();
  const due = state.triggers
    .filter((t) => t.nextFireMs !== null && t.nextFireMs <= now)
    .sort(
      (a, b) => (a.nextFireMs as number) - (b.nextFireMs as number) || a.id.localeCompare(b.id),
    );
  return due.map((trigger) => {
    const firing: TriggerFiring = {
      triggerId: trigger.id,
      handler: trigger.handler,
      owner: trigger.owner.email,
      documentId: trigger.documentId,
      firedAt: new Date(now).toISOString(),
    };
    trigger.lastFiredMs = now;
    trigger.nextFireMs = nextFireAfter(trigger.schedule, trigger.createdMs, now, trigger.timeZone);
    const invoke = spreadsheet(trigger.documentId);
    if (!invoke) {
      firing.error = `not run: spreadsheet ${trigger.documentId} is not open in this local project`;
    } else if (
      state.triggerRuntimeUsed(trigger.owner.email, now) >= state.triggerRuntime.dailyLimitMs
    ) {
      firing.error = TRIGGER_RUNTIME_EXCEEDED;
    } else {
      run(trigger, invoke, firing, state, clock);
    }
    return firing;
  });
}

/** Runs one trigger and counts its duration: simulated time, plus wall time on a fixed clock. */
function run(
  trigger: StoredTrigger,
  invoke: TriggerInvoke,
  firing: TriggerFiring,
  state: LocalState,
  clock: Clock,
): void {
  const startMs = clock.nowMs();
  const wallStart = performance.now();
  try {
    firing.result = invoke(trigger.handler, [timeDrivenEvent(startMs, trigger.id)], {
      authMode: 'FULL',
      user: trigger.owner,
    });
  } catch (error) {
    firing.error = (error as Error).message;
  } finally {
    const simulated = clock.nowMs() - startMs;
    // A clock running in real time already holds the wall time the execution took.
    const wall = clock.runsInRealTime() ? 0 : performance.now() - wallStart;
    state.recordTriggerRun(trigger.owner.email, startMs, Math.max(0, simulated) + wall);
  }
}
