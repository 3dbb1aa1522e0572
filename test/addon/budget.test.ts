// Issue 11's budget of Sheets calls: every menu item, page server function and the hourly run of
// the built add-on on the demo workbook stays within CALL_BUDGET, makes the same number of calls
// when the demo has twice the rows (nothing reads or writes row by row), and fails for no action.
import {
  budgetWorkbook,
  BUDGET_CLOCK,
  CALL_BUDGET,
  measureActions,
  setupCosts,
  type ActionCost,
} from '../helpers/call-budget';
import { addonHarness } from '../helpers/addon-runtime';
import { runSetupPage } from '../helpers/setup-page';

let small: ActionCost[];
let large: ActionCost[];

beforeAll(() => {
  small = measureActions(budgetWorkbook(1));
  large = measureActions(budgetWorkbook(2));
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
    for (const sample of [false, true]) {
      const h = addonHarness();
      h.runtime.clock.set(BUDGET_CLOCK);
      const run = runSetupPage(h.runtime, sample);
      const costs = setupCosts(sample ? 'Set up with sample data' : 'Set up KPI workbook', run);
      expect(costs.filter((c) => c.error)).toEqual([]);
      expect(
        costs.filter((c) => c.calls > CALL_BUDGET).map((c) => `${c.action}: ${c.calls}`),
      ).toEqual([]);
      // Every sheet was made: the steps together did the whole set-up.
      expect(run.steps.at(-1)!.next).toBeNull();
      expect(h.workbook.findSheet('Experiments')).toBeDefined();
    }
  });

  test('every action makes as many calls with twice the rows', () => {
    expect(large.map((a) => [a.action, a.calls])).toEqual(small.map((a) => [a.action, a.calls]));
  });
});
