// `npm start` (after `npm run build`): serves the playground on http://127.0.0.1:3000 (PORT
// overrides) with the saved workbook (.playground/workbook.json) or, the first time, the demo.
//   --workbook FILE  open a playground JSON file instead (changes are saved back to it)
//   --demo           start again from a fresh demo, its data ending yesterday (the saved file is
//                    copied aside first, then replaced)
//   --clock DATE     the playground's clock starts on DATE (2026-11-18: 09:00 that day, or
//                    2026-11-18T14:30), even over a saved session's clock; it then runs on
//   --lang fr|en     the user's language (Session.getActiveUserLocale); a new demo spreadsheet
//                    then has that language's locale (fr_FR, en_US)
import { useScriptTimeZone } from './playground/script-zone';
import { startPlayground } from './playground/server';
import { parseStartArgs } from './playground/start-args';

async function main(): Promise<void> {
  // The zone first: --clock reads its date in the script's zone, as the demo's dates are.
  const zone = useScriptTimeZone();
  const parsed = parseStartArgs(process.argv.slice(2), process.env.PORT);
  if (!parsed.ok) {
    (parsed.exitCode === 0 ? console.log : console.error)(parsed.message);
    process.exit(parsed.exitCode);
  }
  const { fresh, ...options } = parsed.options;
  // A fresh demo: open nothing, but still save to the usual file.
  const playground = await startPlayground(
    fresh ? { ...options, workbookFile: undefined, ignoreSaved: true } : options,
  );
  console.log(`Sales KPI playground: ${playground.url}`);
  if (zone)
    console.log(`  dates in the script's time zone, ${zone} (appsscript.json), as at Google`);
  const started = Date.now();
  let last = '';
  const timer = setInterval(() => {
    const { step } = playground.session.status;
    // One line for the formulas, not one per formula.
    const phase = step.startsWith('Evaluating') ? 'Evaluating the Quick start formulas' : step;
    if (phase !== last) console.log(`  ${phase}…`);
    last = phase;
  }, 100);
  try {
    const session = await playground.ready;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Ready in ${seconds} s: ${session.source === 'demo' ? 'the demo workbook' : (session.options.workbookFile ?? 'the saved workbook')}` +
        (session.saver ? `, saved to ${session.saver.path}` : ''),
    );
    if (session.menuError) console.log(`  ${session.menuError}`);
    if (session.replacedCopy)
      console.log(`  The previous save file was copied to ${session.replacedCopy}`);
    console.log(
      `  Clock: ${session.clock.now().toString()}; user language: ${session.runtime.user.locale}`,
    );
    const freshness = session.demoFreshness();
    if (freshness) console.log(`  ${freshness.message}`);
  } catch (error) {
    console.error(`Could not open the workbook: ${(error as Error).message}`);
    await playground.close();
    process.exit(1);
  } finally {
    clearInterval(timer);
  }
  const stop = (): void => {
    void playground.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
