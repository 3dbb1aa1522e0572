// "Set up KPI workbook" as a user runs it: the menu item opens the set-up page, and the page runs
// the set-up's steps one after another (sidebar/setup/app.ts), each one server execution. Tests
// and the benchmark set a workbook up through this, so they go where a user goes.
import type { LocalRuntime, RunOptions } from '../runtime/loader';
import type { Busy } from '../../src/server/busy-contract';
import type { SetupStepRequest, SetupStepResult } from '../../src/server/setup-contract';

export interface SetupRun {
  /** Each step's answer, in order (the last one holds the summary). */
  readonly steps: SetupStepResult[];
  /** The page server's Busy answer that stopped the set-up, if one did. */
  readonly refused?: Busy;
  /** The summary the page shows at the end, or the refusal. */
  readonly message: string[];
  /** The service calls of the menu item, then of each step (runtime.counter). */
  readonly calls: number[];
}

/** Opens the set-up page from the menu and runs its steps to the end (or the first refusal). */
export function runSetupPage(
  runtime: LocalRuntime,
  sample = false,
  options: RunOptions = {},
): SetupRun {
  const calls: number[] = [];
  let before = runtime.counter.total();
  const counted = () => {
    const now = runtime.counter.total();
    calls.push(now - before);
    before = now;
  };
  runtime.invoke(sample ? 'menuSetupWorkbookWithSample' : 'menuSetupWorkbook', [], options);
  counted();
  const opened = runtime.executions.at(-1)?.error;
  if (opened) throw new Error(`The set-up page did not open: ${String(opened)}`);
  const steps: SetupStepResult[] = [];
  let refused: Busy | undefined;
  let request: SetupStepRequest | null = { sample, step: 0 };
  while (request) {
    const result = runtime.run('setupStep', [request], options) as SetupStepResult | Busy;
    counted();
    if ('outcome' in result) {
      refused = result;
      break;
    }
    steps.push(result);
    if (result.next === null) break;
    request = { sample, step: result.next, sampleEnd: result.sampleEnd, report: result.report };
  }
  const message = refused ? [refused.message] : (steps.at(-1)?.message ?? []);
  return { steps, refused, message, calls };
}
