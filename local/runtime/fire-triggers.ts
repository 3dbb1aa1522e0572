// Runs the time-driven triggers whose fire time has come on the simulated clock, each in its own
// execution as its owner in AuthMode.FULL with Google's event object, then schedules its next
// time. A trigger that was due several times while the clock jumped fires once.
import type { Clock } from './context';
import type { LocalState } from './state';
import { nextFireAfter } from '../services/trigger-schedule';
import { timeDrivenEvent } from './time-event';
import type { RunOptions } from './loader';

export interface TriggerFiring {
  triggerId: string;
  handler: string;
  owner: string;
  firedAt: string;
  result?: unknown;
  error?: string;
}

type Invoke = (functionName: string, args: readonly unknown[], opts: RunOptions) => unknown;

export function fireDueTriggers(state: LocalState, clock: Clock, invoke: Invoke): TriggerFiring[] {
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
      firedAt: new Date(now).toISOString(),
    };
    trigger.lastFiredMs = now;
    trigger.nextFireMs = nextFireAfter(trigger.schedule, trigger.createdMs, now, trigger.timeZone);
    try {
      firing.result = invoke(trigger.handler, [timeDrivenEvent(now, trigger.id)], {
        authMode: 'FULL',
        user: trigger.owner,
      });
    } catch (error) {
      firing.error = (error as Error).message;
    }
    return firing;
  });
}
