// Issue 11's budget of Sheets calls: every menu item, page server function and the hourly run of
// the built add-on on the demo workbook stays within CALL_BUDGET, makes the same number of calls
// when the demo has twice the rows (nothing reads or writes row by row), and fails for no action.
import {
  budgetStart,
  budgetWorkbook,
  BUDGET_CLOCK,
  CALL_BUDGET,
  measureActions,
  setupCosts,
  type ActionCost,
} from '../../local/harness/call-budget';
import { addonHarness, type AddonHarness } from '../../local/harness/addon-runtime';
import { runSetupPage, type SetupRun } from '../../local/harness/setup-page';

let small: ActionCost[];
let large: ActionCost[];
/** The 1× workbook's own set-up: an empty spreadsheet set up with sample data. */
let sampleSetup: SetupRun;
let sampleHarness: AddonHarness;

beforeAll(() => {
  const one = budgetWorkbook(1);
  // The 2× workbook starts from a copy of this one as set up (not set up a second time).
  const start = budgetStart(one);
  sampleSetup = one.setup;
  sampleHarness = one;
  small = measureActions(one);
  large = measureActions(budgetWorkbook(2, start));
}, 900_000);

describe('Sheets calls per action on the demo workbook', () => {
  test('no action fails', () => {
    const failed = [...small, ...large]
      .filter((a) => a.error)
      .map((a) => `${a.action}: ${a.error}`);
    expect(failed).toEqual([]);
  });

  test(`every action makes at most ${CALL_BUDGET} calls`, () => {
    const over = small.filter((a) => a.calls > CALL_BUDGET).map((a) => `${a.action}: ${a.calls}`);
    expect(over).toEqual([]);
  });

  test(`setting up an empty spreadsheet, with or without sample data, stays within ${CALL_BUDGET} calls per execution`, () => {
    const empty = addonHarness();
    empty.runtime.clock.set(BUDGET_CLOCK);
    const runs: Array<[boolean, SetupRun, AddonHarness]> = [
      [false, runSetupPage(empty.runtime), empty],
      [true, sampleSetup, sampleHarness],
    ];
    for (const [sample, run, h] of runs) {
      const costs = setupCosts(sample ? 'Set up with sample data' : 'Set up KPI workbook', run);
      expect(costs.filter((c) => c.error)).toEqual([]);
      expect(
        costs.filter((c) => c.calls > CALL_BUDGET).map((c) => `${c.action}: ${c.calls}`),
      ).toEqual([]);
      // Every sheet was made: the steps together did the whole set-up.
      expect(run.steps.at(-1)!.next).toBeNull();
      expect(h.workbook.findSheet('Experiments')).toBeDefined();
    }
    expect(sampleSetup.message.join('\n')).toMatch(/Sample data written: \d+ rows/);
  });

  test('the hourly run with nothing due reads one sheet at most and writes nothing', () => {
    const idle = small.find((a) => a.action === 'hourly run (nothing due)')!;
    expect(idle.error).toBeUndefined();
    // The trigger's checks, the day's snapshot already taken, a Review sheet's decisions read.
    expect(idle.sheetsCalls).toBeLessThanOrEqual(8);
    expect(idle.calls).toBeLessThanOrEqual(30);
  });

  test('every action makes as many calls with twice the rows', () => {
    expect(large.map((a) => [a.action, a.calls])).toEqual(small.map((a) => [a.action, a.calls]));
  });
});
