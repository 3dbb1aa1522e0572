// The email summaries in Debian's Chromium, through the playground: the settings page opened from
// the add-on menu (enable, add a company recipient, approve, preview in a sandboxed frame), the
// clock advanced a week through the HTTP API, and the emails of GET /api/outbox rendered as a
// mail client would show them (screenshots in test-results/, the README's in test-results/docs/
// email.png, copied to docs/ by npm run screenshots). An email built
// with script-bearing names is rendered too: nothing runs, the names show as text.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../local/playground/browser';
import { startPlayground, type Playground } from '../../local/playground/server';
import type { SentEmail } from '../../local/runtime/state';
import { LocalWorkbook } from '../../local/workbook';
import { buildSummary } from '../../src/addon/summaries/build';
import { renderSummary } from '../../src/addon/summaries/render';
import { summaryInput } from '../addon/summaries/fixture';
import {
  DOCS,
  expectAccessible,
  expectNoHorizontalScroll,
  setUpWorkbook,
  SHOTS,
  shootSidebar,
} from './wizard-helpers';

const START = new Date('2026-11-16T06:30:00Z'); // Monday 07:30 in Paris
const OWNER = { email: 'manager@example.com', locale: 'en' };
const CEO = 'ceo@example.com';

let pg: Playground;
let browser: Browser;
let page: Page;
let frame: Frame;
const pageErrors: string[] = [];

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, pg.url), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(mkdtempSync(join(tmpdir(), 'summaries-test-')), 'workbook.json');
  const workbook = new LocalWorkbook({ name: 'Sales KPI demo', timeZone: 'Europe/Paris' });
  writeFileSync(file, JSON.stringify(workbook.toJSON()));
  browser = await launchChromium();
  pg = await startPlayground({
    port: 0,
    workbookFile: file,
    saveFile: null,
    clockStart: START,
    user: OWNER,
  });
  await pg.ready;
  // The demo as a user makes it: the add-on's own setup, with sample data ending today.
  setUpWorkbook(pg);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pg.url);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

test('the settings page opens from the menu and shows the leads awaiting approval', async () => {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  await page.click('.submenu [role=menuitem]:text-is("Email summaries…")');
  const handle = await page.waitForSelector('#sidebar-frame[src]');
  frame = (await handle.contentFrame())!;
  await frame.waitForSelector('#leads');
  expect(await frame.textContent('#app-title')).toBe('Email summaries');
  expect(await frame.textContent('#summaries-state')).toBe('Summaries are off.');
  expect(await frame.locator('#leads .recipient').count()).toBe(3);
  expect(await frame.textContent('#leads .recipient:first-child')).toContain('Lyon');
  expect(await frame.textContent('#pending')).toContain('3 recipient(s) await approval');
  await expectAccessible(frame, 'settings page');
  await expectNoHorizontalScroll(frame);
});

test('approving with unsaved edits saves them first; each address is approved on its own', async () => {
  await frame.check('#enabled');
  await frame.click('#add-recipient');
  await frame.fill('#company-0', CEO);
  await frame.selectOption('#company-lang-0', 'fr');
  // Approve before Save: the edits travel with the approval and are saved first, and it says so.
  await frame.click('#approve-0');
  await frame.waitForSelector('#status:text("Your changes were saved first")');
  expect(await frame.textContent('#summaries-state')).toBe('Summaries are on.');
  expect(await frame.isChecked('#enabled')).toBe(true);
  expect(await frame.inputValue('#company-0')).toBe(CEO);
  expect(await frame.textContent('#trigger-owner')).toBe(
    `They are sent by your hourly trigger (${OWNER.email}).`,
  );
  // Saving approved nobody else, not even the address the owner just typed.
  expect(await frame.textContent('#pending')).toContain('3 recipient(s) await approval');
  expect(await frame.getAttribute('#approve-0', 'aria-label')).toMatch(/^Approve \S+@\S+$/);
  for (let left = 3; left > 0; left--) {
    await frame.click('#approve-0');
    await frame.waitForFunction(
      (n) => document.querySelectorAll('#pending button.approve').length === n,
      left - 1,
    );
  }
  await frame.waitForSelector('#status:text("Approved.")');
  expect(await frame.locator('#pending').count()).toBe(0);
  expect(await frame.locator('.badge.approved').count()).toBe(4);
  // Save names the state it saved.
  await frame.click('#save');
  await frame.waitForSelector('#status:text("Saved. Summaries are on.")');
  const triggers = await api<{ triggers: unknown[] }>('GET', '/api/triggers');
  expect(triggers.triggers).toHaveLength(1);
});

test('the preview shows the exact email in a sandboxed frame', async () => {
  await frame.selectOption('#preview-recipient', { index: 0 });
  await frame.click('#preview');
  await frame.waitForSelector('#preview-frame');
  expect(await frame.textContent('#preview-subject')).toBe(
    'Subject: Team Lyon: sales summary, 2–8 Nov 2026',
  );
  expect(await frame.getAttribute('#preview-frame', 'sandbox')).toBe('');
  const email = (await (await frame.$('#preview-frame'))!.contentFrame())!;
  await email.waitForSelector('h1');
  expect(await email.textContent('h1')).toBe('Sales summary · Team Lyon');
  await shootSidebar(page, frame, 'summaries-sidebar');
  expect(pageErrors).toEqual([]);
});

test('a week later the outbox holds one summary per lead and one for the company', async () => {
  const advance = await api<{ fired: unknown[] }>('POST', '/api/clock', {
    advanceMinutes: 7 * 24 * 60,
  });
  expect(advance.fired.length).toBeGreaterThanOrEqual(7 * 24 - 1);
  const { emails } = await api<{ emails: SentEmail[] }>('GET', '/api/outbox');
  expect(emails.map((e) => e.to[0]).sort()).toEqual(
    [
      CEO,
      'camille.martin@example.com',
      'emma.simon@example.com',
      'thomas.richard@example.com',
    ].sort(),
  );
  const lyon = emails.find((e) => e.subject.startsWith('Team Lyon'))!;
  expect(lyon.subject).toBe('Team Lyon: sales summary, 9–15 Nov 2026');

  // Shown as a mail client shows it: no script, the page's own width.
  const mail = await browser.newPage({
    viewport: { width: 760, height: 900 },
    javaScriptEnabled: false,
  });
  await mail.setContent(lyon.htmlBody!);
  expect(await mail.locator('h2').allTextContents()).toEqual([
    'KPIs and objectives',
    'Trend',
    'Pipeline outlook',
    'Reps: activity beside conversion',
    'Alerts since 9 Nov 2026',
  ]);
  expect(await mail.getAttribute('a', 'href')).toMatch(
    /^https:\/\/docs\.google\.com\/spreadsheets\//,
  );
  // Eight bars per trend, the report week darkest, none wider than the email.
  const bars = await mail.locator('td[height]').count();
  expect(bars).toBeGreaterThanOrEqual(14);
  const width = await mail.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(760);
  await mail.screenshot({ path: join(SHOTS, 'summary-email.png'), fullPage: true });
  mkdirSync(DOCS, { recursive: true });
  copyFileSync(join(SHOTS, 'summary-email.png'), join(DOCS, 'email.png'));
  const ceo = emails.find((e) => e.to[0] === CEO)!;
  await mail.setContent(ceo.htmlBody!);
  expect(await mail.textContent('h1')).toBe('Résumé commercial · Entreprise');
  await mail.screenshot({ path: join(SHOTS, 'summary-email-fr.png'), fullPage: true });
  await mail.close();
});

test('names carrying script show as text and run nothing', async () => {
  const model = buildSummary(summaryInput(), { type: 'team', name: 'North' });
  const { html } = renderSummary(
    model,
    'en',
    { kind: 'lead', team: 'North' },
    'https://x.example/',
  );
  const mail = await browser.newPage({ viewport: { width: 760, height: 900 } });
  const dialogs: string[] = [];
  mail.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await mail.setContent(html);
  expect(await mail.locator('script, img').count()).toBe(0);
  expect(await mail.textContent('body')).toContain('Zoé <script>alert(1)</script>');
  expect(await mail.textContent('body')).toContain('"><img src=x onerror=alert(1)>');
  expect(await mail.textContent('body')).toContain('=HYPERLINK("http://evil.example","click")');
  await mail.waitForTimeout(200);
  expect(dialogs).toEqual([]);
  await mail.screenshot({ path: join(SHOTS, 'summary-email-escaped.png'), fullPage: true });
  await mail.close();
});
