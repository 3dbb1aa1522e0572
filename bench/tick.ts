// npx tsx bench/tick.ts (after npm run build): what the hourly trigger costs when nothing is due.
// The built add-on on the demo workbook in the local runtime, weekly summaries switched on: the
// tick that sends them, then the ticks of the following hours, when no job is due. Prints the
// Sheets calls (each a round trip to the Sheets backend in Apps Script), all service calls and
// the time of one such tick; then the same with the hourly alert check also on (a job that runs
// at every tick, so never "not due").
import { performance } from 'node:perf_hooks';
import { session, type Session } from '../local/harness/summaries-session';

const SHEETS = /^(Range|Sheet|Spreadsheet|DeveloperMetadata)/;

interface TickCost {
  ms: number;
  sheets: number;
  calls: Record<string, number>;
}

/** One hour on, the triggers that come due fired and counted. */
function tick(s: Session): TickCost {
  s.runtime.clock.advanceMinutes(60);
  s.runtime.counter.reset();
  const t0 = performance.now();
  for (const firing of s.runtime.fireDueTriggers())
    if (firing.error) throw new Error(`${firing.handler}: ${firing.error}`);
  const ms = performance.now() - t0;
  const calls = s.runtime.counter.snapshot();
  const sheets = Object.entries(calls)
    .filter(([op]) => SHEETS.test(op))
    .reduce((n, [, c]) => n + c, 0);
  return { ms, sheets, calls };
}

function report(label: string, ticks: TickCost[]): void {
  const median = [...ticks].sort((a, b) => a.ms - b.ms)[Math.floor(ticks.length / 2)];
  console.log(
    `${label}: Sheets calls ${ticks.map((t) => t.sheets).join(', ')}; ` +
      `median ${median.ms.toFixed(1)} ms a tick`,
  );
  console.log(`  calls of one tick: ${JSON.stringify(median.calls)}`);
}

function run(alerts: boolean): void {
  const s = session();
  s.save({ enabled: true });
  s.approveAll();
  if (alerts) s.runtime.run('setHourlyAlerts', [true]);
  // The first hour sends the week's summaries (due at 8:00); the next ones have nothing due.
  const first = tick(s);
  console.log(
    `${alerts ? 'summaries + hourly alerts' : 'summaries only'}, the tick that sends: ` +
      `${s.outbox().length} emails, Sheets calls ${first.sheets}, ${first.ms.toFixed(0)} ms`,
  );
  const ticks = Array.from({ length: 7 }, () => tick(s));
  if (s.outbox().length !== first.calls['MailApp.sendEmail'])
    console.log(`  (emails sent after the first tick: ${s.outbox().length})`);
  report(alerts ? '  hourly alerts on, no summary due' : '  nothing due', ticks);
}

run(false);
run(true);
