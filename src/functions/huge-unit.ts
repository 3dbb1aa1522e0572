// Amounts near the largest double (1.8e308) add up past it although what is asked of them (a
// rate, a mean, a trend) is in range. Taken in units of 2^1000, an exact change of unit for any
// amount of that size, they add up without overflow; a ratio needs no scaling back.

/** 2^-1000: a value times this is the same value in units of 2^1000. */
export const HUGE_UNIT = Math.pow(2, -1000);

/** The values in units of 2^1000 (exactly). */
export function inHugeUnits(values: Float64Array): Float64Array {
  return values.map((v) => v * HUGE_UNIT);
}
