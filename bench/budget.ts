// npm run bench: the Sheets calls of every user action and trigger run on the demo workbook, at
// 1× and 10× its rows (issue 11: at most CALL_BUDGET each, the same at both sizes), with the
// local time each took. The calls are what the local runtime counts; at Google each is a round
// trip to the Sheets backend. The 1× column is printed before the 10× workbook is built, so it
// is not lost if the larger run fails.
import {
  budgetWorkbook,
  BUDGET_CLOCK,
  CALL_BUDGET,
  measureActions,
  setupCosts,
  type ActionCost,
} from '../local/harness/call-budget';
import { addonHarness } from '../local/harness/addon-runtime';
import { runSetupPage } from '../local/harness/setup-page';

const pad = (text: string, width: number) => text.padStart(width);

// An empty spreadsheet set up from the menu: the page runs the set-up in steps (one execution each).
for (const sample of [false, true]) {
  const h = addonHarness();
  h.runtime.clock.set(BUDGET_CLOCK);
  const started = performance.now();
  const run = runSetupPage(h.runtime, sample);
  const ms = performance.now() - started;
  const name = sample ? 'Set up with sample data' : 'Set up KPI workbook';
  const costs = setupCosts(name, run);
  const total = costs.reduce((n, c) => n + c.calls, 0);
  console.log(
    `${name} on an empty spreadsheet: ${costs.length - 1} steps, calls per execution ` +
      `${costs.map((c) => c.calls).join(' ')} (max ${Math.max(...costs.map((c) => c.calls))}, ` +
      `total ${total}), ${ms.toFixed(0)} ms`,
  );
}
console.log('');

const small = measureActions(budgetWorkbook(1));
console.log(`Sheets calls per action (budget ${CALL_BUDGET}), demo at 1×`);
for (const a of small) console.log(row(a));

const large = measureActions(budgetWorkbook(10));
console.log(`\nSheets calls per action (budget ${CALL_BUDGET}), demo at 1× and 10×`);
console.log(
  `${'action'.padEnd(30)}${pad('calls 1×', 10)}${pad('calls 10×', 11)}${pad('ms 1×', 9)}${pad('ms 10×', 9)}`,
);
small.forEach((a, i) => console.log(row(a, large[i])));

function row(a: ActionCost, b?: ActionCost): string {
  const calls = b
    ? `${pad(String(a.calls), 10)}${pad(String(b.calls), 11)}`
    : pad(String(a.calls), 10);
  const ms = b ? `${pad(a.ms.toFixed(0), 9)}${pad(b.ms.toFixed(0), 9)}` : pad(a.ms.toFixed(0), 9);
  const over = [a, b].some((c) => c && c.calls > CALL_BUDGET) || (b && b.calls !== a.calls);
  const error = a.error || b?.error ? `  error: ${a.error ?? b?.error}` : '';
  return `${a.action.padEnd(30)}${calls}${ms}${over ? '  over budget or unsteady' : ''}${error}`;
}
