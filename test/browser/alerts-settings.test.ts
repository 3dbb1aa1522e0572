// The alert settings page in Debian's Chromium, through the playground: opened from the add-on
// menu on the demo workbook, the hourly check switched on (the document's trigger appears in
// GET /api/triggers, the page names its owner) and off again (the trigger is removed), then
// "Apply alerts now" logs the demo's October dip in the Actions sheet. axe-core checks the page.
// Then the Import data page (another small page) imports a Pipedrive export in Windows-1252 and
// runs the live sync against the playground's HubSpot fake.
// Then the "Add a context note" page (the smallest) names a missing field and appends a note,
// the "Build review pack" page writes Lyon's Review sheet and records a decision once, and the
// "Review tracked KPIs" page retires a KPI and restores it. The "Warehouse (BigQuery)" page, on
// the default manifest, says how to enable BigQuery, names a wrong project and saves settings.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../local/playground/browser';
import type { Playground } from '../../local/playground/server';
import { PLAYGROUND_HUBSPOT_TOKEN } from '../../local/playground/session';
import { sheetRow } from '../addon/alerts/harness';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  liveText,
  openPlayground,
  openWizard,
  SHOTS,
  shootSidebar,
  wizardPlayground,
} from './wizard-helpers';

let pg: Playground;
let browser: Browser;
let page: Page;
let frame: Frame;
let errors: string[];

interface TriggerList {
  triggers: Array<{ handler: string; owner: { email: string } }>;
}

async function triggers(): Promise<TriggerList['triggers']> {
  const response = await fetch(new URL('/api/triggers', pg.url));
  return ((await response.json()) as TriggerList).triggers;
}

function actionRows(): number {
  const wb = pg.session.workbook;
  return Math.max(0, wb.getLastRow('Actions') - 1);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pg = await wizardPlayground('en');
  // One rule on the team whose lead → opportunity conversion dips in October (the demo's story).
  const wb = pg.session.workbook;
  wb.setInputs('Alerts', wb.getLastRow('Alerts'), 0, [
    sheetRow('alerts', { kpi: 'lead_to_opportunity', scopeType: 'Team', scope: 'Lyon' }),
  ] as never);
  errors = await openPlayground(page, pg);
  frame = await openWizard(page, 'Alert settings…', '#hourly');
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

test('the page opens with the check off, no trigger and a labelled checkbox', async () => {
  expect(await frame.isChecked('#hourly')).toBe(false);
  expect(await frame.textContent('label[for=hourly]')).toBe('Check alerts every hour');
  expect(await frame.textContent('#trigger-owner')).toBe('None installed.');
  expect(await frame.textContent('#last-check')).toBe('No hourly check has run yet.');
  expect(await triggers()).toHaveLength(0);
  await expectAccessible(frame, 'opened');
});

test('switching the hourly check on installs the trigger and shows its owner', async () => {
  await frame.check('#hourly');
  expect(await liveText(frame, 'status')).toBe('Alerts will be checked every hour.');
  await frame.waitForSelector('#hourly:not([disabled])');
  expect(await frame.isChecked('#hourly')).toBe(true);
  expect(await frame.textContent('#trigger-owner')).toBe(
    'Runs under your account (manager@example.com).',
  );
  expect(await frame.locator('#trigger-shared').count()).toBe(0);
  const list = await triggers();
  expect(list).toHaveLength(1);
  expect(list[0]).toMatchObject({
    handler: 'onScheduleTick',
    owner: { email: 'manager@example.com' },
  });
  await expectAccessible(frame, 'hourly on');
});

test('switching it off removes the trigger', async () => {
  await frame.uncheck('#hourly');
  await frame.waitForFunction(
    () => document.getElementById('status')?.textContent === 'The hourly alert check is off.',
  );
  expect(await frame.isChecked('#hourly')).toBe(false);
  expect(await frame.textContent('#trigger-owner')).toBe('None installed.');
  expect(await triggers()).toHaveLength(0);
});

test('Apply alerts now logs the October dip in Actions and says so', async () => {
  const before = actionRows();
  await frame.click('#apply-now');
  await frame.waitForFunction(
    () => /^Alerts applied: /.test(document.getElementById('status')?.textContent ?? ''),
    undefined,
    { timeout: 120_000 },
  );
  expect(await frame.isEnabled('#apply-now')).toBe(true);
  expect(actionRows()).toBeGreaterThan(before);
  expect(await frame.isVisible('#apply-report')).toBe(true);
  expect(await frame.textContent('#apply-report')).toMatch(/Lead → opportunity conversion/);
  await expectAccessible(frame, 'applied');
  await expectNoHorizontalScroll(frame);
  await shootSidebar(page, frame, 'alerts-settings');
  expect(errors).toEqual([]);
}, 300_000);

test('the conversion window: the measured one shown beside a field that sets another', async () => {
  // Measured at the apply above (the demo's leads convert within two weeks), on its conversions.
  expect(await frame.textContent('#window-lead_to_opportunity-measured')).toMatch(
    /^Measured: 1\d days \(90 % of \d{3,} conversions\)\.$/,
  );
  expect(await frame.textContent('label[for=window-lead_to_opportunity]')).toBe(
    'Lead → opportunity conversion (days)',
  );
  await frame.fill('#window-lead_to_opportunity', '0');
  await frame.click('#save-windows');
  expect(await liveText(frame, 'alerts')).toBe(
    'Enter a whole number of days from 1 to 92, or leave it empty.',
  );
  await frame.fill('#window-lead_to_opportunity', '21');
  await frame.click('#save-windows');
  await frame.waitForFunction(
    () =>
      document.getElementById('status')?.textContent ===
      'Conversion windows saved: the next check uses them.',
  );
  expect(await frame.textContent('#alerts')).toBe('');
  expect(await frame.inputValue('#window-lead_to_opportunity')).toBe('21');
  expect(pg.session.runtime.run('alertsPageInit', [])).toMatchObject({
    settings: { windows: [{ kpi: 'lead_to_opportunity', override: 21 }, { override: null }] },
  });
  await expectAccessible(frame, 'windows');
  expect(errors).toEqual([]);
});

test('"Set up KPI workbook" runs in its own dialog, step by step, and says what it did', async () => {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  await page.click('.submenu [role=menuitem]:text-is("Set up KPI workbook")');
  const handle = await page.waitForSelector('#modal-body iframe');
  const dialog = await handle.contentFrame();
  if (!dialog) throw new Error('the set-up dialog has no frame');
  // The demo is set up already: every step runs and finds nothing to do.
  await dialog.waitForSelector('#summary li', { timeout: 120_000 });
  expect(await dialog.locator('#summary li').allTextContents()).toEqual([
    'Your KPI workbook is ready.',
    'Already set up, nothing changed.',
  ]);
  const bar = dialog.locator('#bar');
  expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
  await expectAccessible(dialog, 'set-up done');
  await dialog.click('#close');
  await page.waitForFunction(() => !(document.getElementById('modal') as HTMLDialogElement).open);
  expect(errors).toEqual([]);
}, 300_000);

test('Import data: a Pipedrive export is previewed, imported into Pipeline and reported', async () => {
  const imported = await openWizard(page, 'Import data…', '#file');
  const before = pg.session.workbook.getLastRow('Pipeline');
  await imported.setInputFiles('#file', join(__dirname, '../fixtures/crm/pipedrive-deals.csv'));
  await imported.waitForSelector('#preview tbody tr');
  expect(await imported.inputValue('#source')).toBe('pipedrive.deals');
  expect(await imported.textContent('#facts')).toBe(
    'pipedrive-deals.csv: 4 records · windows-1252 · delimiter “;”',
  );
  expect(await imported.inputValue('#decimal')).toBe('comma');
  // The French stage name "Proposition faite" is read as the proposal stage; the page shows it.
  expect(await imported.inputValue('#stage-0')).toBe('proposal');
  expect(await imported.textContent('#preview tbody tr td:nth-child(2)')).toBe('301');
  await imported.click('#import');
  await imported.waitForSelector('#report li');
  expect(await imported.textContent('#report ul')).toContain('Added: 4');
  expect(pg.session.workbook.getLastRow('Pipeline')).toBe(before + 4);
  // The live sync against the playground's HubSpot fake: the token saved masked, then a run.
  await imported.fill('#token-hubspot', PLAYGROUND_HUBSPOT_TOKEN);
  await imported.click('#save-token-hubspot');
  await imported.waitForFunction(() =>
    /••••0000$/.test(document.getElementById('token-status-hubspot')?.textContent ?? ''),
  );
  const rows = pg.session.workbook.getLastRow('Pipeline');
  await imported.click('#sync-now');
  await imported.waitForSelector('#sync-log li');
  expect(await imported.textContent('#sync-log li')).toMatch(
    /: 500 fetched, 500 added, 0 updated\. $/,
  );
  expect(pg.session.workbook.getLastRow('Pipeline')).toBe(rows + 500);
  await expectAccessible(imported, 'import');
  await expectNoHorizontalScroll(imported);
  await shootSidebar(page, imported, 'import');
  expect(errors).toEqual([]);
}, 300_000);

test('Add a context note: a missing note is named, a filled one is appended to the Context sheet', async () => {
  const notes = await openWizard(page, 'Add a context note…', '#note');
  const before = pg.session.workbook.getLastRow('Context');
  // The company (the first scope) needs no name: its field is off until a team is chosen.
  expect(await notes.inputValue('#scopeType')).toBe('company');
  expect(await notes.isDisabled('#scope')).toBe(true);
  await notes.selectOption('#scopeType', 'team');
  expect(await notes.isDisabled('#scope')).toBe(false);
  await notes.fill('#start', '2026-11-02');
  await notes.fill('#end', '2026-11-06');
  await notes.fill('#scope', 'Lyon');
  await notes.selectOption('#kind', 'campaign');
  await notes.click('#add');
  expect(await liveText(notes, 'alerts')).toBe('Note: say what happened.');
  await notes.waitForFunction(() => document.activeElement?.id === 'note');
  await notes.fill('#note', 'Autumn mailing');
  await notes.click('#add');
  await notes.waitForFunction(
    (row) =>
      document.getElementById('status')?.textContent ===
      `Note added to the Context sheet (row ${row}).`,
    before + 1,
  );
  expect(await notes.textContent('#alerts')).toBe('');
  const row = pg.session.workbook.getValues('Context', before, 0, 1, 7)[0];
  expect(row.slice(2, 6)).toEqual(['Team', 'Lyon', 'Campaign', 'Autumn mailing']);
  await expectAccessible(notes, 'context note');
  await expectNoHorizontalScroll(notes);
  expect(errors).toEqual([]);
}, 300_000);

test('Build review pack: Lyon’s pack is written, replaced only once confirmed, its decision recorded once', async () => {
  const review = await openWizard(page, 'Build review pack…', '#build');
  const sheet = 'Review Lyon 2026-10';
  const wb = pg.session.workbook;
  const firstColumn = () => wb.getValues(sheet, 0, 0, wb.getLastRow(sheet), 1).map((r) => r[0]);
  await review.selectOption('#team', 'Lyon');
  await review.selectOption('#kind', 'month');
  await review.fill('#day', '2026-10-01');
  await review.click('#build');
  expect(await liveText(review, 'status')).toBe(`Review pack written to the sheet "${sheet}".`);
  // The dip's alert, logged by "Apply alerts now" above, is among the open actions.
  expect(firstColumn()).toEqual(expect.arrayContaining(['Open corrective actions', 'Decisions']));
  await review.click('#build');
  expect(await liveText(review, 'status')).toBe(
    `The sheet "${sheet}" already exists. Replace it? Decisions typed there are kept.`,
  );
  const header = firstColumn().lastIndexOf('What');
  wb.setInputs(sheet, header + 1, 0, [['Coach the web lead follow-up', 'coach@example.com']]);
  await review.click('#replace');
  await review.waitForFunction(() =>
    /1 decision row kept\.$/.test(document.getElementById('status')?.textContent ?? ''),
  );
  await review.click('#record');
  await review.waitForFunction(() =>
    /\(DEC-1\)\.$/.test(document.getElementById('status')?.textContent ?? ''),
  );
  await review.click('#record');
  expect(await liveText(review, 'status')).toMatch(/^No new decision to record/);
  expect(await review.textContent('#alerts')).toBe('');
  await expectAccessible(review, 'review pack');
  await expectNoHorizontalScroll(review);
  await shootSidebar(page, review, 'review');
  expect(errors).toEqual([]);
}, 300_000);

test('Review tracked KPIs: the findings listed, one retired (logged), then restored', async () => {
  const review = await openWizard(page, 'Review tracked KPIs…', '.finding');
  const findings = await review.locator('.finding p').allTextContents();
  expect(findings.length).toBeGreaterThan(0);
  const first = findings[0];
  await review.locator('.finding').first().locator('button', { hasText: 'Retire' }).click();
  await review.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.');
  expect(await review.locator('.finding p').allTextContents()).not.toContain(first);
  expect(await review.locator('h2').allTextContents()).toContain('Retired KPIs');
  expect(await review.locator('.log li').first().textContent()).toContain('retired');
  await expectAccessible(review, 'review tracked KPIs');
  await expectNoHorizontalScroll(review);
  await review.locator('button', { hasText: 'Restore' }).first().click();
  await review.waitForFunction(
    () => !document.querySelector('main')?.textContent?.includes('Retired KPIs'),
  );
  expect(errors).toEqual([]);
}, 300_000);

test('Warehouse (BigQuery): the service is off by default; a wrong project is named; settings saved', async () => {
  const warehouse = await openWizard(page, 'Warehouse (BigQuery)…', '#project');
  expect(await warehouse.textContent('.notice')).toContain('appsscript.warehouse.json');
  expect(await warehouse.isDisabled('#estimate')).toBe(true);
  await warehouse.fill('#project', 'Acme Sales');
  await warehouse.fill('#dataset', 'crm');
  await warehouse.fill('#location', 'EU');
  await warehouse.locator('summary', { hasText: 'Orders' }).click();
  await warehouse.fill('[id="tables.Orders.table"]', 'orders');
  await warehouse.fill('[id="tables.Orders.columns.date"]', 'order_date');
  await warehouse.click('#save');
  expect(await liveText(warehouse, 'alerts')).toMatch(
    /^Project "Acme Sales" is not a Google Cloud project ID/,
  );
  await warehouse.waitForFunction(() => document.activeElement?.id === 'project');
  await warehouse.fill('#project', 'acme-sales');
  await warehouse.click('#save');
  await warehouse.waitForFunction(() =>
    /^Warehouse settings saved\./.test(document.getElementById('status')?.textContent ?? ''),
  );
  expect(await warehouse.textContent('#alerts')).toBe('');
  await shootSidebar(page, warehouse, 'warehouse');
  await expectAccessible(warehouse, 'warehouse');
  await expectNoHorizontalScroll(warehouse);
  expect(errors).toEqual([]);
}, 300_000);
