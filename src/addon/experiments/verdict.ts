// An experiment's verdict, as its row's Verdict formula computes it in the sheet (rows.ts): not
// enough data until both groups reach the sample size (inconclusive once the experiment ended
// without reaching it); then the pooled two-proportion z-test of src/kpi/experiment.ts (the
// math of =KPI_EXPERIMENT) at 5 %: the variant wins or loses, or no significant difference.
// Losing and null results are verdicts like any other: they stay in the log.
import { experiment } from '../../kpi/experiment';
import type { Counts } from './kpis';

export type Verdict =
  'notEnoughData' | 'variantWins' | 'variantLoses' | 'noDifference' | 'inconclusive';

export const ALPHA = 0.05;
export const POWER = 0.8;

export interface VerdictInput {
  readonly control: Counts;
  readonly variant: Counts;
  /** Subjects needed per group; null when the plan cannot be computed. */
  readonly sampleSize: number | null;
  readonly concluded: boolean;
}

export interface VerdictResult {
  readonly verdict: Verdict;
  readonly controlRate: number | null;
  readonly variantRate: number | null;
  readonly lift: number | null;
  readonly pValue: number | null;
}

export function verdictOf(input: VerdictInput): VerdictResult {
  const { control, variant, sampleSize } = input;
  const test =
    control.total > 0 && variant.total > 0
      ? experiment(control.successes, control.total, variant.successes, variant.total)
      : null;
  const result = {
    controlRate: test ? test.controlRate : null,
    variantRate: test ? test.variantRate : null,
    lift: test && Number.isFinite(test.lift) ? test.lift : null,
    pValue: test ? test.pValue : null,
  };
  const reached = sampleSize !== null && control.total >= sampleSize && variant.total >= sampleSize;
  if (!reached || !test)
    return { ...result, verdict: input.concluded ? 'inconclusive' : 'notEnoughData' };
  if (test.pValue >= ALPHA) return { ...result, verdict: 'noDifference' };
  return {
    ...result,
    verdict: test.variantRate > test.controlRate ? 'variantWins' : 'variantLoses',
  };
}
