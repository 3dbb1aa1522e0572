// Whether a KPI's move from one period to the next breaches an alert threshold. A move of exactly
// the threshold must alert, yet 0.9 → 1 is a fall of 0.0999…98 in binary floating point: the
// comparison therefore allows a tolerance far below any threshold a person would type and just
// above the rounding error of the subtraction.

export type AlertMode = 'relative' | 'points';
export type AlertDirection = 'down' | 'up';

/** Relative slack on the threshold (a 10 % threshold accepts a 9.999999999 % move). */
const RELATIVE_TOLERANCE = 1e-9;
/** Rounding error of `current − previous`, in units of the larger operand. */
const ROUNDING = 8 * Number.EPSILON;

/**
 * True when the move from `previous` to `current` is at least `threshold` in `direction`.
 * Relative mode measures the move as a fraction of |previous| (the caller rules out previous 0);
 * points mode in the KPI's own units. `threshold` is a size (≥ 0): `direction` gives the sign.
 */
export function breaches(
  current: number,
  previous: number,
  threshold: number,
  mode: AlertMode,
  direction: AlertDirection,
): boolean {
  // Compared in the KPI's own units, so that the relative case needs no division: a fall of
  // at least threshold × |previous|.
  const move = direction === 'down' ? previous - current : current - previous;
  const needed = mode === 'relative' ? threshold * Math.abs(previous) : threshold;
  const slack =
    RELATIVE_TOLERANCE * Math.abs(needed) +
    ROUNDING * Math.max(Math.abs(current), Math.abs(previous));
  return move >= needed - slack;
}
