// Progress of an objective from its baseline towards its target between a start date and a
// deadline: how much of the way is done, how much of the time is gone, where the current pace
// leads, and whether that pace is good enough. Falling targets (reduce churn from 8 % to 5 %)
// work the same way, since every share is measured along the baseline → target direction.

export type ProgressStatus = 'ahead' | 'on track' | 'behind' | 'done';

export interface ProgressInput {
  readonly actual: number;
  readonly target: number;
  readonly baseline: number;
  /** Calendar days (days since 1970-01-01); deadline > start, target ≠ baseline (checked). */
  readonly start: number;
  readonly deadline: number;
  readonly asOf: number;
}

export interface Progress {
  readonly achieved: number;
  readonly elapsed: number;
  /** The value reached at the deadline at the current pace; NaN when no time has elapsed. */
  readonly projected: number;
  readonly status: ProgressStatus;
}

/** Pace thresholds: within ±5 % of the expected progress is on track. */
export const AHEAD_PACE = 1.05;
export const ON_TRACK_PACE = 0.95;
/** Shares are quotients of decimals: 0.3 / 0.1 style noise must not flip a status at its edge. */
const TOLERANCE = 1e-9;

export function progress(input: ProgressInput): Progress {
  const { actual, target, baseline, start, deadline, asOf } = input;
  const achieved = (actual - baseline) / (target - baseline);
  const elapsed = Math.min(1, Math.max(0, (asOf - start) / (deadline - start)));
  const projected = elapsed === 0 ? NaN : baseline + (actual - baseline) / elapsed;
  return { achieved, elapsed, projected, status: statusOf(achieved, elapsed) };
}

function statusOf(achieved: number, elapsed: number): ProgressStatus {
  if (achieved >= 1 - TOLERANCE) return 'done';
  if (elapsed === 0) {
    // Nothing is expected yet: the pace achieved / 0 is +∞ for any progress (ahead), −∞ for a
    // move the wrong way (behind), and undefined with no move at all, which is on track.
    return achieved > 0 ? 'ahead' : achieved < 0 ? 'behind' : 'on track';
  }
  const pace = achieved / elapsed;
  if (pace >= AHEAD_PACE * (1 - TOLERANCE)) return 'ahead';
  if (pace >= ON_TRACK_PACE * (1 - TOLERANCE)) return 'on track';
  return 'behind';
}
