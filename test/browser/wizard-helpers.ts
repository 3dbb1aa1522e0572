// Helpers of the wizard's browser tests: a playground on a fresh workbook set up by the add-on's
// own menu command (with sample data), the wizard opened from the add-on menu as a user would,
// axe-core run inside the sidebar's iframe, and screenshots of the sidebar.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../local/playground/server';
import { LocalWorkbook } from '../../local/workbook';
import type { Busy } from '../../src/server/busy-contract';
import type { SetupStepRequest, SetupStepResult } from '../../src/server/setup-contract';

export const SHOTS = join(__dirname, '../../test-results');
/** The README's pictures as the tests take them; `npm run screenshots` copies them to docs/. */
export const DOCS = join(SHOTS, 'docs');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const MENU_CAPTION = { en: 'SMART objective wizard…', fr: 'Assistant objectif SMART…' };

/**
 * A playground whose workbook was empty, then (unless told not to) set up by the add-on's menu
 * command "Set up KPI workbook with sample data".
 */
export async function wizardPlayground(
  lang: 'en' | 'fr',
  options: { setup?: boolean; clockStart?: Date } = {},
): Promise<Playground> {
  const dir = mkdtempSync(join(tmpdir(), 'wizard-test-'));
  const file = join(dir, 'workbook.json');
  const workbook = new LocalWorkbook({
    name: lang === 'fr' ? 'Classeur KPI' : 'KPI workbook',
    timeZone: 'Europe/Paris',
    locale: lang === 'fr' ? 'fr_FR' : 'en_US',
  });
  writeFileSync(file, JSON.stringify(workbook.toJSON()));
  const pg = await startPlayground({
    port: 0,
    workbookFile: file,
    saveFile: null,
    user: { email: 'manager@example.com', locale: lang },
    clockStart: options.clockStart,
  });
  await pg.ready;
  if (options.setup !== false) setUpWorkbook(pg);
  return pg;
}

/** The menu's "Set up with sample data", then its page's steps, as the page runs them. */
export function setUpWorkbook(pg: Playground): void {
  pg.session.call('menuSetupWorkbookWithSample', [], 'menu');
  let request: SetupStepRequest | null = { sample: true, step: 0 };
  while (request) {
    const { result } = pg.session.call('setupStep', [request], 'client');
    const step = result as SetupStepResult | Busy;
    if ('outcome' in step) throw new Error(`The set-up was refused: ${step.message}`);
    request =
      step.next === null
        ? null
        : { sample: true, step: step.next, sampleEnd: step.sampleEnd, report: step.report };
  }
}

export async function openPlayground(page: Page, pg: Playground): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pg.url);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
  return errors;
}

/** Opens the wizard from Extensions › Sales KPI and returns the sidebar's frame once it shows. */
export async function openWizard(
  page: Page,
  caption: string,
  shown = '#view-heading',
): Promise<Frame> {
  await page.click('.menu-button:text-is("Extensions")');
  await page.hover('.has-submenu:has-text("Sales KPI")');
  await page.click(`.submenu [role=menuitem]:text-is("${caption}")`);
  await page.waitForSelector('#sidebar:not([hidden])');
  const handle = await page.waitForSelector('#sidebar-frame[src]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the sidebar has no frame');
  await frame.waitForSelector(shown);
  return frame;
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations in the sidebar's document, as it is now. */
export async function axeViolations(frame: Frame): Promise<Violation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: AXE });
  return frame.evaluate(async () => {
    type AxeResult = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: string[] }>;
      }>;
    };
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Fails with the list of serious or critical violations, naming the step checked. */
export async function expectAccessible(frame: Frame, where: string): Promise<void> {
  const serious = (await axeViolations(frame)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect([where, serious]).toEqual([where, []]);
}

/** The sidebar's width fits its content: nothing scrolls sideways in 300 px. */
export async function expectNoHorizontalScroll(frame: Frame): Promise<void> {
  const sizes = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.client).toBeLessThanOrEqual(300);
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
}

/**
 * A screenshot of the whole sidebar document: the page is made tall enough for the sidebar to
 * show it all (the playground's sidebar otherwise scrolls), then the frame's content is clipped.
 */
export async function shootSidebar(page: Page, frame: Frame, name: string): Promise<void> {
  const height = await frame.evaluate(() => {
    window.scrollTo(0, 0);
    return document.documentElement.scrollHeight;
  });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, height + 400),
  });
  const box = await page.locator('#sidebar-frame').boundingBox();
  if (!box) throw new Error('the sidebar is not on screen');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: join(SHOTS, `wizard-${name}.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, height) },
  });
  await page.setViewportSize(viewport);
}

/** The managed Objectives sheet's rows (header first), whatever its name in the user's language. */
export function objectiveRows(pg: Playground): unknown[][] {
  const wb = pg.session.workbook;
  const sheet = wb.listSheets().find((s) => /^(Objectives|Objectifs)$/.test(s.name));
  if (!sheet) throw new Error('no Objectives sheet');
  const rows = wb.getLastRow(sheet.name);
  const cols = wb.getLastColumn(sheet.name);
  return rows === 0 ? [] : wb.getValues(sheet.name, 0, 0, rows, cols);
}

/** The text of a live region once it is filled (messages arrive a frame after being emptied). */
/**
 * The live region's text once the action settled: not empty and not a step still under way
 * ("Saving…", "Applying alerts…" end with an ellipsis), whatever the machine's speed.
 */
export async function liveText(frame: Frame, id: 'status' | 'alerts'): Promise<string> {
  await frame.waitForFunction((i) => {
    const text = (document.getElementById(i)?.textContent ?? '').trim();
    return text !== '' && !text.endsWith('…');
  }, id);
  return (await frame.textContent(`#${id}`)) ?? '';
}

export const focusedId = (frame: Frame): Promise<string> =>
  frame.evaluate(() => document.activeElement?.id ?? '');
