// `npm start` (after `npm run build`): serves the playground on http://127.0.0.1:3000 (PORT
// overrides) with the saved workbook (.playground/workbook.json) or, the first time, the demo.
//   --workbook FILE  open a playground JSON file instead (changes are saved back to it)
//   --demo           start again from a fresh demo (the saved file is overwritten)
import { useScriptTimeZone } from './playground/script-zone';
import { startPlayground, type PlaygroundOptions } from './playground/server';

const USAGE = 'usage: npm start -- [--workbook FILE] [--demo]   (PORT=3000 by default)';

function parseArgs(argv: string[]): PlaygroundOptions & { fresh: boolean } {
  const options: PlaygroundOptions & { fresh: boolean } = { fresh: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--workbook' && argv[i + 1]) options.workbookFile = argv[++i];
    else if (arg.startsWith('--workbook=')) options.workbookFile = arg.slice('--workbook='.length);
    else if (arg === '--demo') options.fresh = true;
    else {
      console.error(arg === '--help' || arg === '-h' ? USAGE : `unknown argument ${arg}\n${USAGE}`);
      process.exit(arg === '--help' || arg === '-h' ? 0 : 2);
    }
  }
  const port = process.env.PORT;
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      console.error(`PORT must be a port number (got "${port}")`);
      process.exit(2);
    }
    options.port = Number(port);
  }
  return options;
}

async function main(): Promise<void> {
  const { fresh, ...options } = parseArgs(process.argv.slice(2));
  const zone = useScriptTimeZone();
  if (fresh && options.workbookFile) {
    console.error('--demo and --workbook cannot be used together');
    process.exit(2);
  }
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
