// The dashboard in the playground, in Debian's Chromium: the workbook set up with sample data by
// the add-on's menu, then Extensions › Sales KPI › Refresh dashboard; the Dashboard shows its
// tiles (coloured by status), sparklines and five charts, and choosing team Lyon in the scope
// cell's dropdown recalculates them (typing a value off its list is refused, naming the choices). Then the Experiments page opened from the menu starts an experiment.
// Screenshots go to test-results/ (and test-results/docs/dashboard.png, team Lyon, which
// npm run screenshots copies to docs/ for the README).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../local/playground/browser';
import type { Playground } from '../../local/playground/server';
import {
  DOCS,
  expectAccessible,
  expectNoHorizontalScroll,
  openPlayground,
  SHOTS,
  shootSidebar,
  wizardPlayground,
} from './wizard-helpers';

let pg: Playground;
let browser: Browser;
let page: Page;
let errors: string[];

const cell = (row: number, col: number) => `#grid .cell[data-row="${row}"][data-col="${col}"]`;

async function menu(caption: string): Promise<void> {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  await page.click(`.submenu [role=menuitem]:text-is("${caption}")`);
}

async function showSheet(name: string): Promise<void> {
  await page.click(`.sheet-tab:text-is("${name}")`);
  await page.waitForSelector(`.sheet-tab[aria-selected=true]:text-is("${name}")`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
  // Clicks and waits without an explicit timeout: a loaded machine slows the playground's server
  // (it evaluates the dashboard between requests), never what the test asserts.
  page.setDefaultTimeout(240_000);
  // A fixed day (the sample data then ends on the 17th), so the story never depends on the
  // day the test runs: Lyon's dip in October, the last complete and mature month.
  pg = await wizardPlayground('en', { clockStart: new Date('2026-11-18T09:00:00+01:00') });
  errors = await openPlayground(page, pg);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

test('Refresh dashboard draws tiles, sparklines and five charts', async () => {
  await menu('Refresh dashboard');
  await page.waitForSelector('.sheet-tab:text-is("Dashboard")', { timeout: 300_000 });
  await showSheet('Dashboard');
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.textContent === 'Company',
    cell(1, 1),
    { timeout: 300_000 },
  );
  await page.waitForSelector('figure.chart canvas', { timeout: 240_000 });
  expect(await page.locator('figure.chart').count()).toBe(5);
  expect(await page.locator(cell(4, 0)).textContent()).toBe('Calls');
  expect(await page.locator(cell(5, 0)).textContent()).toMatch(/^\d[\d,]*$/);
  // The hidden data sheet has no tab.
  expect(await page.locator('.sheet-tab:text-is("KPI data")').count()).toBe(0);
  await page.screenshot({ path: join(SHOTS, 'dashboard.png') });
  expect(errors).toEqual([]);
}, 600_000);

/** Types into a cell as a user does: click it, type, Enter. */
async function typeInCell(row: number, col: number, text: string): Promise<void> {
  const header = await page.locator('#grid .col-header').nth(col).boundingBox();
  const line = await page.locator(`#grid .row[aria-rowindex="${row + 2}"]`).boundingBox();
  if (!header || !line) throw new Error(`cell ${row},${col} is not on screen`);
  await page.mouse.click(header.x + 5, line.y + 5);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('the A3 instruction runs over its empty neighbours, as in Sheets', async () => {
  // The refresh writes '' to the cells beside it: they are empty, so the text is not clipped.
  const instruction = await page.locator(cell(2, 0)).boundingBox();
  const columnA = await page.locator('#grid .col-header').nth(0).boundingBox();
  expect(await page.locator(cell(2, 0)).textContent()).not.toBe('');
  expect(instruction!.width).toBeGreaterThan(columnA!.width + 1);
});

test('choosing team Lyon in the scope dropdown recalculates the dashboard', async () => {
  const before = await page.locator(cell(5, 0)).textContent();
  // Typing a value that is not on the list is rejected, and the message lists the choices.
  await typeInCell(1, 1, 'Lyon');
  const rejection = page.locator('.toast.error', { hasText: 'Input must be an item' });
  await rejection.waitFor();
  expect(await rejection.textContent()).toContain('Team: Lyon');
  expect(await page.locator(cell(1, 1)).textContent()).toBe('Company');
  // The scope cell shows a dropdown arrow; clicking it lists the scopes; picking one writes it.
  await page.click(`${cell(1, 1)} .dropdown-arrow`);
  const options = page.locator('.validation-list [role=option]');
  await options.first().waitFor();
  const choices = await options.allTextContents();
  expect(choices[0]).toBe('Company');
  expect(choices).toContain('Team: Lyon');
  await options.filter({ hasText: /^Team: Lyon$/ }).click();
  expect(await page.locator('.validation-list').isHidden()).toBe(true);
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.textContent === 'Team: Lyon',
    cell(1, 1),
    { timeout: 240_000 },
  );
  await page.waitForFunction(
    ([selector, old]) => document.querySelector(selector)?.textContent !== old,
    [cell(5, 0), before] as const,
    { timeout: 240_000 },
  );
  // Lyon's October conversion dip: the tile says Alert.
  expect(await page.locator(cell(5, 8)).textContent()).toBe('Alert');
  await page.screenshot({ path: join(SHOTS, 'dashboard-lyon.png') });
  // The README shows the demo's story: Lyon's October dip turns its tiles red.
  mkdirSync(DOCS, { recursive: true });
  // The picture shows the dashboard, not the rejection message still fading from the first step.
  await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
  await page.screenshot({ path: join(DOCS, 'dashboard.png') });
}, 300_000);

test('the Experiments page starts an experiment and shows its verdict', async () => {
  await menu('Experiments…');
  await page.waitForSelector('#sidebar:not([hidden])');
  const handle = await page.waitForSelector('#sidebar-frame[src]');
  const frame = (await handle.contentFrame()) as Frame;
  await frame.waitForSelector('#experiment-form');
  await frame.fill('#exp-technique', 'Video follow-ups');
  await frame.fill(
    '#exp-hypothesis',
    'A short personal video after the first call converts more leads.',
  );
  await frame.selectOption('#exp-control', 'Paris');
  await frame.selectOption('#exp-variant', 'Nantes');
  await frame.fill('#exp-start', '2026-06-01');
  await frame.fill('#exp-minLift', '50');
  await frame.waitForFunction(() =>
    /per group$/.test(document.getElementById('plan-size')?.textContent ?? ''),
  );
  expect(await frame.inputValue('#exp-baselineRate')).toMatch(/^\d+(\.\d)?$/);
  await frame.click('#exp-submit');
  await frame.waitForSelector('#experiments li[data-id="EXP-0001"]');
  expect(await frame.textContent('#experiments .verdict')).toMatch(
    /^(Variant wins|Variant loses|No significant difference|Not enough data yet)$/,
  );
  await expectAccessible(frame, 'experiments');
  await expectNoHorizontalScroll(frame);
  await shootSidebar(page, frame, 'experiments');
  expect(errors).toEqual([]);
}, 300_000);
