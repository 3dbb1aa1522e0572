// POST /api/clock: moves the simulated clock forward and runs the time-driven triggers that
// come due on the way, each at its own time (a daily trigger fires seven times over a week, as
// it would have at Google), not once at the end as a single jump would.
import type { TriggerFiring } from '../runtime/fire-triggers';
import type { LocalRuntime } from '../runtime/loader';
import { HttpError } from './http';

/** One year: enough to watch monthly triggers, small enough to answer quickly. */
export const MAX_ADVANCE_MINUTES = 527_040;
/** A runaway schedule cannot keep the server busy for ever. */
const MAX_FIRINGS = 2_000;

export interface ClockAdvance {
  from: string;
  now: string;
  fired: TriggerFiring[];
  /** True when more triggers were due than MAX_FIRINGS; the clock still reaches its target. */
  truncated: boolean;
}

export function readAdvanceMinutes(body: Record<string, unknown>): number {
  const minutes = body.advanceMinutes;
  if (
    typeof minutes !== 'number' ||
    !Number.isFinite(minutes) ||
    minutes <= 0 ||
    minutes > MAX_ADVANCE_MINUTES
  ) {
    throw new HttpError(
      400,
      `advanceMinutes must be a number of minutes greater than 0 and at most ${MAX_ADVANCE_MINUTES} (one year); got ${JSON.stringify(minutes) ?? 'nothing'}.`,
    );
  }
  return minutes;
}

export function advanceClock(runtime: LocalRuntime, minutes: number): ClockAdvance {
  const { clock, state } = runtime;
  const from = clock.nowMs();
  const target = from + Math.round(minutes * 60_000);
  const fired: TriggerFiring[] = [];
  let truncated = false;
  for (;;) {
    const due = state.triggers
      .map((t) => t.nextFireMs)
      .filter((ms): ms is number => ms !== null && ms <= target);
    if (due.length === 0) break;
    if (fired.length >= MAX_FIRINGS) {
      truncated = true;
      break;
    }
    const next = Math.min(...due);
    if (next > clock.nowMs()) clock.advanceMs(next - clock.nowMs());
    const batch = runtime.fireDueTriggers();
    // A schedule that does not move forward would loop: stop rather than spin.
    if (batch.length === 0) break;
    fired.push(...batch);
  }
  if (target > clock.nowMs()) clock.advanceMs(target - clock.nowMs());
  return { from: new Date(from).toISOString(), now: clock.now().toISOString(), fired, truncated };
}
