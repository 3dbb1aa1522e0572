// What google.script.run may call: in Apps Script every top-level function whose name does not
// end in "_" can be called from a page by any user of the spreadsheet. So the bundle exposes only
// what something needs: the functions the sidebar pages call, the menu items, the trigger
// handlers and the custom functions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addonHarness } from '../../local/harness/addon-runtime';
import { menuItems } from '../../src/addon/lifecycle';
import { TICK_HANDLER } from '../../src/addon/schedule/scheduler';
import { ALERTS_SERVER } from '../../src/server/alerts';
import { CONTEXT_SERVER } from '../../src/server/context';
import { EXPERIMENTS_SERVER } from '../../src/server/experiments';
import { IMPORT_SERVER } from '../../src/server/import';
import { RELEVANCE_SERVER } from '../../src/server/relevance';
import { REVIEW_SERVER } from '../../src/server/review';
import { SETUP_SERVER } from '../../src/server/setup';
import { SUMMARIES_SERVER } from '../../src/server/summaries';
import { WIZARD_SERVER } from '../../src/server/wizard';
import { WAREHOUSE_SERVER } from '../../src/server/warehouse';

const SIDEBAR = join(__dirname, '../../sidebar');

/** Every `server.name(` call in the pages' sources (they reach the server only through it). */
function pageCalls(): string[] {
  const files = readdirSync(SIDEBAR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const names = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(SIDEBAR, file), 'utf8');
    for (const match of source.matchAll(/\bserver\.(\w+)\(/g)) names.add(match[1]);
  }
  return [...names];
}

test('the bundle exposes exactly the pages’ calls, menu items, triggers and custom functions', () => {
  const { runtime } = addonHarness();
  const needed = new Set([
    ...pageCalls(),
    ...menuItems('en').map((item) => item.functionName),
    'onOpen',
    'onInstall',
    TICK_HANDLER,
    ...Object.keys(runtime.customFunctions()),
  ]);
  expect(runtime.functionNames().sort()).toEqual([...needed].sort());
});

test('the pages call something, and the settings without a page are not callable', () => {
  expect(pageCalls()).toEqual(expect.arrayContaining(['alertsPageInit', 'setHourlyAlerts']));
  const { runtime } = addonHarness();
  expect(() => runtime.run('alertsSettings')).toThrow('Script function not found: alertsSettings');
});

test('every function of every page’s server object is a global of the bundle', () => {
  const servers = [
    ALERTS_SERVER,
    CONTEXT_SERVER,
    EXPERIMENTS_SERVER,
    IMPORT_SERVER,
    RELEVANCE_SERVER,
    REVIEW_SERVER,
    SETUP_SERVER,
    SUMMARIES_SERVER,
    WIZARD_SERVER,
    WAREHOUSE_SERVER,
  ];
  const names = servers.flatMap((server) => Object.keys(server));
  expect(names.length).toBeGreaterThan(30);
  expect(addonHarness().runtime.functionNames()).toEqual(expect.arrayContaining(names));
});
