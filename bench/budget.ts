// npm run bench: the Sheets calls of every user action and trigger run on the demo workbook, at
// 1× and 10× its rows (issue 11: at most CALL_BUDGET each, the same at both sizes), with the
// local time each took. The calls are what the local runtime counts; at Google each is a round
// trip to the Sheets backend.
import { budgetWorkbook, CALL_BUDGET, measureActions } from '../test/helpers/call-budget';

const small = measureActions(budgetWorkbook(1));
const large = measureActions(budgetWorkbook(10));

const pad = (text: string, width: number) => text.padStart(width);
console.log(`Sheets calls per action (budget ${CALL_BUDGET}), demo at 1× and 10×`);
console.log(
  `${'action'.padEnd(30)}${pad('calls 1×', 10)}${pad('calls 10×', 11)}${pad('ms 1×', 9)}${pad('ms 10×', 9)}`,
);
small.forEach((a, i) => {
  const b = large[i];
  const flag =
    a.calls > CALL_BUDGET || b.calls > CALL_BUDGET || a.calls !== b.calls ? '  over/unsteady' : '';
  const error = a.error || b.error ? `  error: ${a.error ?? b.error}` : '';
  console.log(
    `${a.action.padEnd(30)}${pad(String(a.calls), 10)}${pad(String(b.calls), 11)}` +
      `${pad(a.ms.toFixed(0), 9)}${pad(b.ms.toFixed(0), 9)}${flag}${error}`,
  );
});
