// The playground page in Debian's Chromium (playwright-core, never a downloaded browser): the
// demo loads, the add-on menu shows, a =KPI_* formula typed in a cell spills its table, and a
// sidebar opened from the menu does google.script.run round trips. Screenshots go to
// test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../local/playground/browser';
import { startPlayground, type Playground } from '../../local/playground/server';
import { playgroundBundle } from '../local/playground-fixture';

const SHOTS = join(__dirname, '../../test-results');
let pg: Playground;
let browser: Browser;
let page: Page;
let loading: { step: string | null; percent: string | null };

const cellSelector = (row: number, col: number): string =>
  `#grid .cell[data-row="${row}"][data-col="${col}"]`;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `playground-${name}.png`) });
}

/** Waits until the cell shows the text (the grid refreshes asynchronously after an edit). */
async function waitForCellText(row: number, col: number, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
    [cellSelector(row, col), text] as const,
    { timeout: 15_000 },
  );
}

/** Clicks a cell where it is on screen (long text may run over it, as in Sheets). */
async function clickCell(row: number, col: number): Promise<void> {
  const header = await page.locator('#grid .col-header').nth(col).boundingBox();
  const line = await page.locator(`#grid .row[aria-rowindex="${row + 2}"]`).boundingBox();
  if (!header || !line) throw new Error(`cell ${row},${col} is not on screen`);
  await page.mouse.click(header.x + 5, line.y + 5);
}

async function typeInCell(row: number, col: number, text: string): Promise<void> {
  await clickCell(row, col);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function openAddonItem(caption: string): Promise<void> {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  await page.click(`.submenu [role=menuitem]:text-is("${caption}")`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The browser first, so the page opens while the demo is still being built.
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  pg = await startPlayground({
    port: 0,
    saveFile: null,
    // Far from daylight-saving changes, so "+1 day" holds exactly one 08:00.
    clockStart: new Date('2026-11-27T10:00:00Z'),
    ...playgroundBundle(),
  });
  // The page sees only this fake status ("still building, 40 %") until the loading bar has been
  // read, whatever the machine's speed or load; then the status requests reach the server.
  let faking = true;
  await page.route('**/api/status', (route) =>
    faking
      ? route.fulfill({ json: { ready: false, step: 'Building the demo workbook', fraction: 0.4 } })
      : route.continue(),
  );
  // Generous waits: the server answers between the build's phases, which a loaded machine slows.
  await page.goto(pg.url, { timeout: 120_000 });
  await page.waitForSelector('#loading:not([hidden])', { timeout: 120_000 });
  // Shown before the first answer: "Starting". Any later text is the fake status's.
  await page.waitForFunction(
    () => document.getElementById('loading-step')?.textContent !== 'Starting',
    undefined,
    { timeout: 120_000 },
  );
  loading = {
    step: await page.textContent('#loading-step'),
    percent: await page.getAttribute('#loading', 'aria-valuenow'),
  };
  await shot('loading');
  faking = false;
  await page.waitForSelector('body[data-state=ready]', { timeout: 240_000 });
  expect(errors).toEqual([]);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

test('a loading bar shows while the demo builds', () => {
  expect(loading).toEqual({ step: 'Building the demo workbook', percent: '40' });
});

test('the page loads the demo workbook on its Quick start sheet', async () => {
  await shot('demo');
  const tabs = await page.locator('#tabs [role=tab]').allTextContents();
  expect(tabs).toEqual([
    'Quick start',
    'Teams',
    'Activities',
    'Pipeline',
    'Customers',
    'Orders',
    'Surveys',
    'Spend',
    'Context',
  ]);
  expect(await page.getAttribute('#tabs [role=tab]:text-is("Quick start")', 'aria-selected')).toBe(
    'true',
  );
  // Ready means laid out; the cells' values arrive in blocks just after.
  await waitForCellText(0, 0, 'Quick start: every =KPI_* function on the demo data');
  expect(await page.textContent(cellSelector(4, 2))).toMatch(/^\d+\.\d%$/);
  expect(await page.locator('#grid .cell.err').count()).toBe(0);
  expect(await page.locator('#loading').isHidden()).toBe(true);
  // The conditional format of the alert cell: the NPS fall is caught, painted red.
  await page.evaluate(() => (document.getElementById('grid') as HTMLElement).scrollTo(0, 21 * 40));
  const alert = page.locator('#grid .cell:text-is("TRUE")').first();
  expect(await alert.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
    'rgb(244, 199, 195)',
  );
  expect(await page.locator('.chart canvas').count()).toBe(1);
  await page.evaluate(() => (document.getElementById('grid') as HTMLElement).scrollTo(0, 0));
});

test('the add-on menu built by onOpen shows under Extensions', async () => {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  const items = await page.locator('.submenu [role=menuitem]').allTextContents();
  expect(items).toEqual(['Open sidebar', 'Send summary', 'Install daily trigger']);
  await shot('menu');
  await page.keyboard.press('Escape');
  await page.mouse.click(700, 5);
});

test('a =KPI_* formula typed in a cell spills its table', async () => {
  await typeInCell(1, 7, '=KPI_FUNNEL(Pipeline!J1:M)');
  await waitForCellText(2, 7, 'Lead date');
  expect(await page.textContent(cellSelector(1, 7))).toBe('Stage');
  expect(await page.textContent(cellSelector(5, 7))).toBe('Won date');
  await clickCell(1, 7);
  expect(await page.inputValue('#formula-input')).toBe('=KPI_FUNNEL(Pipeline!J1:M)');
  await shot('spill');
});

test('an error cell shows #ERROR! and its message on hover', async () => {
  await typeInCell(10, 7, '=KPI_NPS(11)');
  await waitForCellText(10, 7, '#ERROR!');
  expect(await page.getAttribute(cellSelector(10, 7), 'title')).toMatch(/^#ERROR!: KPI_NPS: /);
});

test('a sidebar opens from the menu and google.script.run round trips work', async () => {
  await openAddonItem('Open sidebar');
  await page.waitForSelector('#sidebar:not([hidden])');
  expect(await page.textContent('#sidebar-title')).toBe('KPI helper');
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#greet').click();
  await sidebar
    .locator('#result:text-is("Hello Ada / Sales KPI demo / from the sidebar")')
    .waitFor();
  await sidebar.locator('#fail').click();
  await sidebar.locator('#result:text-is("failure: KPI helper failed on purpose / 7")').waitFor();
  await sidebar.locator('#illegal').click();
  await sidebar
    .locator('#result:text-is("illegal: Failed due to illegal value in property: 0")')
    .waitFor();
  await sidebar.locator('#date-back').click();
  await sidebar
    .locator('#result:text-is("refused: Failed due to illegal value in property: result")')
    .waitFor();
  expect(await page.locator('#sidebar-frame').getAttribute('sandbox')).not.toContain(
    'allow-same-origin',
  );
  await shot('sidebar');
  await sidebar.locator('#close').click();
  await page.waitForSelector('#sidebar', { state: 'hidden' });
});

test('emails sent show in the Emails panel; the clock control fires triggers', async () => {
  await openAddonItem('Send summary');
  await page.waitForFunction(() => document.getElementById('outbox-count')?.textContent === '1');
  await page.click('#outbox-list summary');
  const mail = page.frameLocator('#outbox-list iframe.email-html');
  expect(await mail.locator('h1').textContent()).toBe('Weekly KPIs');
  await openAddonItem('Install daily trigger');
  await page.click('#panel-tabs [role=tab]:has-text("Triggers")');
  await page.waitForSelector('#triggers-body td:text-is("onTimer")');
  await page.click('button[data-advance="1440"]');
  await page.waitForSelector('#clock-result p:has-text("1 trigger run(s)")');
  await shot('triggers');
});

test('the grid is virtualised: 50,000 rows, only those in view are drawn', async () => {
  await page.click('#tabs [role=tab]:text-is("Activities")');
  await page.waitForFunction(
    () => document.querySelector('#grid .row-header')?.textContent === '1',
  );
  expect(Number(await page.getAttribute('#grid', 'aria-rowcount'))).toBeGreaterThan(50_000);
  expect(await page.locator('#grid .row').count()).toBeLessThan(100);
  // Cell values arrive in blocks after the rows are laid out: wait for the header's block.
  await page.waitForFunction(
    () =>
      document.querySelector('#grid .frozen-rows .cell[data-row="0"][data-col="0"]')
        ?.textContent === 'Date',
  );
  await page.evaluate(() => {
    const grid = document.getElementById('grid') as HTMLElement;
    grid.scrollTop = grid.scrollHeight;
  });
  const last = Number(await page.getAttribute('#grid', 'aria-rowcount')) - 1;
  await page.waitForSelector(`#grid .row-header:text-is("${last}")`);
  await page.waitForFunction(
    (selector) => /^\d{4}-\d{2}-\d{2}$/.test(document.querySelector(selector)?.textContent ?? ''),
    cellSelector(last - 1, 0),
  );
  expect(await page.locator('#grid .row').count()).toBeLessThan(100);
  await shot('activities-bottom');
});

test('SPARKLINE cells are drawn as small SVG charts', async () => {
  await page.click('#tabs [role=tab]:text-is("Quick start")');
  await page.evaluate(() => (document.getElementById('grid') as HTMLElement).scrollTo(0, 21 * 60));
  await page.waitForSelector('#grid svg.sparkline polyline');
});
