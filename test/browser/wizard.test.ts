// The SMART objective wizard (dist/Wizard.html) in Debian's Chromium, driven through the
// playground as a manager would use it: the add-on sets up a fresh workbook with sample data, the
// wizard opens from the add-on menu in the sidebar iframe, and every google.script.run call runs
// the real dist/Code.js against the local workbook. Covered: the happy path to Save (the
// Objectives row appears), client and server validation messages with focus, edit, delete with
// an in-page confirmation, the French locale, keyboard use, and axe-core on every step.
// Screenshots go to test-results/ (and test-results/docs/wizard.png, which npm run screenshots
// copies to docs/ for the README).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../local/playground/browser';
import type { Playground } from '../../local/playground/server';
import {
  DOCS,
  expectAccessible,
  expectNoHorizontalScroll,
  focusedId,
  liveText,
  MENU_CAPTION,
  objectiveRows,
  openPlayground,
  openWizard,
  setUpWorkbook,
  shootSidebar,
  wizardPlayground,
} from './wizard-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Text that would run script if the page ever parsed it as HTML. */
const XSS = '<img src=x onerror="window.__xss=1">';

async function stepHeading(frame: Frame): Promise<string> {
  await frame.waitForFunction(() => document.activeElement?.id === 'step-heading');
  return (await frame.textContent('#step-heading')) ?? '';
}

async function next(frame: Frame, expected: string): Promise<void> {
  await frame.click('#next');
  await frame.waitForSelector(`#step-heading:has-text("${expected}")`);
  expect(await stepHeading(frame)).toContain(expected);
}

describe('the wizard in English', () => {
  let pg: Playground;
  let page: Page;
  let frame: Frame;
  let savedId = '';

  beforeAll(async () => {
    pg = await wizardPlayground('en');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    expect(await openPlayground(page, pg)).toEqual([]);
    frame = await openWizard(page, MENU_CAPTION.en);
  });

  afterAll(async () => {
    await page?.close();
    await pg?.close();
  });

  test('opens on the first step in English when there is no objective yet', async () => {
    expect(await page.textContent('#sidebar-title')).toBe('SMART objectives');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.textContent('#view-heading')).toBe('New SMART objective');
    expect(await frame.textContent('#step-heading')).toBe('Step 1 of 6: Specific');
    const steps = await frame.locator('nav ol.steps button').allTextContents();
    expect(steps).toEqual([
      '1. Specific',
      '2. Measurable',
      '3. Achievable',
      '4. Realistic',
      '5. Time-bound',
      '6. Review',
    ]);
    expect(await frame.getAttribute('nav ol.steps button >> nth=0', 'aria-current')).toBe('step');
    expect(await frame.getAttribute('nav ol.steps button >> nth=1', 'aria-current')).toBeNull();
    await expectNoHorizontalScroll(frame);
    await expectAccessible(frame, 'Specific, empty');
    await shootSidebar(page, frame, '1-specific-empty');
  });

  test('invalid input: field messages, aria-invalid, focus on the first invalid field', async () => {
    await frame.click('#next');
    await frame.waitForSelector('#f-goal[aria-invalid=true]');
    expect(await focusedId(frame)).toBe('f-goal');
    expect(await liveText(frame, 'alerts')).toBe('Please correct 4 fields.');
    const goalError = await frame.textContent('#f-goal-error');
    expect(goalError).toBe('Choose a strategic goal.');
    expect(await frame.getAttribute('#f-goal', 'aria-describedby')).toContain('f-goal-error');
    expect(await frame.textContent('#f-kpi-error')).toBe('Choose a KPI.');
    expect(await frame.textContent('#f-who-error')).toBe('Say it in a few words.');
    expect(await frame.getAttribute('#f-who', 'aria-describedby')).toBe('f-who-hint f-who-error');
    expect(await frame.textContent('#step-heading')).toBe('Step 1 of 6: Specific');
    await expectAccessible(frame, 'Specific, with errors');
    await shootSidebar(page, frame, '1-specific-errors');
    // Typing in a field clears its message at once.
    await frame.fill('#f-who', 'x');
    expect(await frame.getAttribute('#f-who', 'aria-invalid')).toBeNull();
    expect(await frame.isHidden('#f-who-error')).toBe(true);
    // Jumping ahead in the step list validates the steps in between too.
    await frame.click('nav ol.steps button >> nth=5');
    await frame.waitForSelector('#f-goal[aria-invalid=true]');
    expect(await frame.textContent('#step-heading')).toBe('Step 1 of 6: Specific');
  });

  test('happy path: every step to Save, the Objectives row appears in the workbook', async () => {
    // Specific: the goal filters the KPIs, grouped by category, each explained on demand.
    await frame.selectOption('#f-goal', 'marketShare');
    const categories = await frame.locator('.category-name').allTextContents();
    expect(categories).toEqual(['Activity', 'Conversion', 'Results', 'Satisfaction']);
    // A KPI that does not serve the goal is not suggested (NPS serves satisfaction).
    expect(await frame.locator('#kpi-nps').count()).toBe(0);
    await frame.check('#kpi-lead_to_opportunity');
    const toggle = frame.locator('button[aria-controls="explain-lead_to_opportunity"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await frame.textContent('#explain-lead_to_opportunity')).toMatch(
      /^Conversion rate between two funnel stages/,
    );
    await frame.selectOption('#f-scope-type', 'team');
    const teams = await frame.locator('#f-scope-name option').allTextContents();
    expect(teams.length).toBeGreaterThan(2);
    await frame.selectOption('#f-scope-name', { label: teams[2] });
    await frame.fill('#f-who', `${XSS} The team`);
    await frame.fill('#f-what', 'convert more qualified leads into opportunities');
    await frame.fill('#f-how', 'weekly lead reviews');
    await expectAccessible(frame, 'Specific, filled');
    await shootSidebar(page, frame, '1-specific');

    // Measurable: the baseline of that team, the target as a % change.
    await next(frame, 'Measurable');
    expect(await frame.textContent('.baseline-label')).toMatch(/^Baseline · .+/);
    expect(await frame.textContent('.baseline-value')).toMatch(/^\d+(\.\d)?\s?%$/);
    expect(await frame.inputValue('#f-targetMode')).toBe('change');
    await frame.fill('#f-target', 'ten');
    await frame.click('#next');
    await frame.waitForSelector('#f-target[aria-invalid=true]');
    expect(await frame.textContent('#f-target-error')).toBe('Enter a number, e.g. 10.');
    expect(await focusedId(frame)).toBe('f-target');
    await frame.fill('#f-target', '10');
    expect(await frame.textContent('#target-preview')).toMatch(/^Target value: \d+(\.\d)?%$/);
    await expectAccessible(frame, 'Measurable');
    await shootSidebar(page, frame, '2-measurable');

    // Achievable: worst, median, best, the chart and the server's verdict with its reason.
    await next(frame, 'Achievable');
    expect(await frame.locator('.stats dt').allTextContents()).toEqual(['Worst', 'Median', 'Best']);
    expect(await frame.locator('svg.chart rect.bar').count()).toBeGreaterThan(3);
    expect(await frame.locator('svg.chart line.target').count()).toBe(1);
    expect(await frame.textContent('.verdict')).toMatch(
      /^(Within history|Stretch|Beyond anything achieved|No history)$/,
    );
    expect(((await frame.textContent('.info p:not(.verdict)')) ?? '').length).toBeGreaterThan(10);
    await expectAccessible(frame, 'Achievable');
    await shootSidebar(page, frame, '3-achievable');
    // The README's picture: the wizard beside the data it measures.
    await page.click('#tabs [role=tab]:text-is("Pipeline")');
    await page.waitForSelector('#grid .cell:text-is("Deal ID")');
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, 'wizard.png') });

    // Realistic: alignment with the goal; the conversion KPI needs no pair.
    await next(frame, 'Realistic');
    expect(await frame.textContent('.info')).toMatch(/Alignment with the goal/);
    expect(await frame.textContent('body')).toMatch(/is not an activity volume/);
    await expectAccessible(frame, 'Realistic');
    await shootSidebar(page, frame, '4-realistic');

    // Time-bound: the end of the quarter is suggested; a past window is refused by the server.
    await next(frame, 'Time-bound');
    const start = await frame.inputValue('#f-start');
    const deadline = await frame.inputValue('#f-deadline');
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(deadline > start).toBe(true);
    expect(await frame.inputValue('#f-frequency')).toBe('monthly');
    await frame.fill('#f-start', '2024-01-01');
    await frame.fill('#f-deadline', '2024-03-31');
    await frame.click('#next');
    await frame.waitForSelector('#f-deadline[aria-invalid=true]');
    expect(await frame.textContent('#f-deadline-error')).toBe('The deadline has already passed.');
    expect(await focusedId(frame)).toBe('f-deadline');
    expect(await frame.textContent('#step-heading')).toBe('Step 5 of 6: Time-bound');
    await shootSidebar(page, frame, '5-timebound-server-error');
    await frame.fill('#f-start', start);
    await frame.fill('#f-deadline', deadline);
    await expectAccessible(frame, 'Time-bound');
    await shootSidebar(page, frame, '5-timebound');

    // Review: the SMART sentence, the article's alert rule, editable; then Save.
    await next(frame, 'Review');
    const sentence = (await frame.textContent('#sentence')) ?? '';
    expect(sentence).toContain(XSS);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.inputValue('#f-alert-threshold')).toBe('10');
    expect(await frame.inputValue('#f-alert-action')).toMatch(/lead quality/i);
    expect(await frame.inputValue('#f-owner')).toBe('manager@example.com');
    await frame.fill('#f-alert-owner', 'lead@example.com');
    await expectAccessible(frame, 'Review');
    await shootSidebar(page, frame, '6-review');
    const rowsBefore = objectiveRows(pg).length;
    // A double click saves once: the button is disabled as soon as the save starts.
    const disabledAfterClick = await frame.evaluate(() => {
      const save = document.getElementById('save') as HTMLButtonElement;
      save.click();
      save.click();
      return save.disabled && save.textContent;
    });
    expect(disabledAfterClick).toBe('Saving…');
    await frame.waitForSelector('ul.objectives li.objective.saved');
    const status = await liveText(frame, 'status');
    savedId = /Objective (\S+) saved\./.exec(status)?.[1] ?? '';
    expect(savedId).toMatch(/^OBJ-\d+$/);
    expect(await focusedId(frame)).toBe('view-heading');
    expect(
      await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();

    const rows = objectiveRows(pg);
    expect(rows.length).toBe(Math.max(rowsBefore, 1) + 1);
    const row = rows.find((r) => r[0] === savedId);
    expect(row).toBeDefined();
    expect(row!.join(' ')).toContain('convert more qualified leads');
    await expectAccessible(frame, 'Objectives list');
    await shootSidebar(page, frame, '7-list');
  });

  test('edit: the objective opens prefilled and saves in place', async () => {
    const card = frame.locator(`li.objective[data-id="${savedId}"]`);
    await card.locator('button:text-is("Edit")').click();
    await frame.waitForSelector('#step-heading');
    expect(await frame.textContent('#view-heading')).toBe(`Edit objective ${savedId}`);
    expect(await frame.inputValue('#f-who')).toBe(`${XSS} The team`);
    expect(await frame.isChecked('#kpi-lead_to_opportunity')).toBe(true);
    expect(await frame.inputValue('#f-goal')).toBe('marketShare');
    // Straight to Review from the step list: the steps in between are checked on the way.
    await frame.click('nav ol.steps button >> nth=1');
    await frame.waitForSelector('#f-target');
    expect(await frame.textContent('.baseline-label')).toBe('Baseline saved with the objective');
    expect(await frame.textContent('#f-baseline .hint')).toMatch(/^Latest: .+\.$/);
    // Saved objectives come back with their target as a value (the % change was applied).
    expect(await frame.inputValue('#f-targetMode')).toBe('value');
    const saved = Number(await frame.inputValue('#f-target'));
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(100);
    await frame.fill('#f-target', String(Math.min(99, Math.ceil(saved) + 2)));
    await frame.click('nav ol.steps button >> nth=5');
    await frame.waitForSelector('#sentence');
    expect(await frame.inputValue('#f-alert-owner')).toBe('lead@example.com');
    const before = objectiveRows(pg).length;
    await frame.click('#save');
    await frame.waitForSelector(`li.objective.saved[data-id="${savedId}"]`);
    expect(await liveText(frame, 'status')).toBe(`Objective ${savedId} saved.`);
    expect(objectiveRows(pg).length).toBe(before);
    expect(objectiveRows(pg).filter((r) => r[0] === savedId)).toHaveLength(1);
  });

  test('delete asks in the page first; Escape keeps the objective, Delete removes it', async () => {
    const deleteButton = frame.locator(
      `li.objective[data-id="${savedId}"] button:text-is("Delete")`,
    );
    expect(await deleteButton.getAttribute('aria-label')).toContain(savedId);
    await deleteButton.click();
    await frame.waitForSelector('dialog[open]');
    expect(await frame.textContent('#confirm-title')).toBe('Delete this objective?');
    expect(await frame.getAttribute('dialog', 'aria-describedby')).toBe('confirm-body');
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await expectAccessible(frame, 'Delete confirmation');
    await shootSidebar(page, frame, '8-delete-confirm');
    await frame.press('dialog', 'Escape');
    await frame.waitForSelector('dialog', { state: 'detached' });
    expect(objectiveRows(pg).some((r) => r[0] === savedId)).toBe(true);

    await deleteButton.click();
    await frame.click('#confirm-yes');
    await frame.waitForSelector(`li.objective[data-id="${savedId}"]`, { state: 'detached' });
    expect(await liveText(frame, 'status')).toBe(`Objective ${savedId} deleted.`);
    expect(objectiveRows(pg).some((r) => r[0] === savedId)).toBe(false);
    expect(await frame.textContent('#app')).toContain('No objective yet');
  });

  test('keyboard only: Enter submits a step, Space activates step buttons, focus is visible', async () => {
    await frame.click('#new-objective');
    await frame.waitForSelector('#step-heading');
    await frame.focus('#f-goal');
    await frame.selectOption('#f-goal', 'marketShare');
    await frame.focus('#kpi-lead_to_opportunity');
    await page.keyboard.press('Space');
    expect(await frame.isChecked('#kpi-lead_to_opportunity')).toBe(true);
    await frame.focus('#f-who');
    await page.keyboard.type('The whole company');
    await page.keyboard.press('Tab');
    expect(await focusedId(frame)).toBe('f-what');
    await page.keyboard.type('win more deals');
    const outline = await frame.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await stepHeading(frame)).toBe('Step 2 of 6: Measurable');
    await frame.focus('nav ol.steps button >> nth=0');
    await page.keyboard.press('Space');
    expect(await stepHeading(frame)).toBe('Step 1 of 6: Specific');
  });

  test('Goodhart guard: a volume KPI must be paired, and the wizard says why', async () => {
    // Still on the keyboard test's objective, at its first step.
    await frame.check('#kpi-calls');
    expect(await frame.inputValue('#f-scope-type')).toBe('company');
    await next(frame, 'Measurable');
    expect(await frame.textContent('#f-target-hint')).toBe(
      'In %: the change on the total the baseline’s pace would reach by the deadline.',
    );
    await frame.fill('#f-target', '10');
    await next(frame, 'Achievable');
    expect(await frame.textContent('#chart-summary')).toMatch(/Dashed line: the target per period/);
    // The server judges a total through its per-period equivalent, and says so.
    expect(await frame.textContent('.info')).toMatch(
      /The total of [\d,]+ over the objective’s [\d.]+ weeks is [\d,.]+ a week\./,
    );
    await next(frame, 'Realistic');
    expect(await frame.textContent('#goodhart-reason')).toMatch(/Goodhart|padding|inflate/i);
    await frame.click('#next');
    await frame.waitForSelector('#f-pairedKpi[aria-invalid=true]');
    expect(await focusedId(frame)).toBe('f-pairedKpi');
    expect(await frame.textContent('#f-pairedKpi-error')).toBe(
      'An activity volume KPI needs a paired KPI.',
    );
    const pairs = await frame.locator('#f-pairedKpi option').allTextContents();
    expect(pairs.slice(1).length).toBeGreaterThan(0);
    await expectAccessible(frame, 'Realistic, Goodhart');
    await shootSidebar(page, frame, '4-realistic-goodhart');
    await frame.selectOption('#f-pairedKpi', { index: 1 });
    expect(await frame.getAttribute('#f-pairedKpi', 'aria-invalid')).toBeNull();
    await next(frame, 'Time-bound');
    expect(await frame.inputValue('#f-frequency')).toBe('weekly');
  });

  test('objective review: a revenue objective met early shows its proposal and forecast; Dismiss logs it', async () => {
    // Company revenue of 1,000 from the first day of last month: met long before its deadline.
    const { today } = pg.session.call('wizardInit', [], 'client').result as { today: string };
    const [y, m] = today.split('-').map(Number);
    const iso = (year: number, month: number, day: number) =>
      new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
    const { result } = pg.session.call(
      'wizardSave',
      [
        {
          goal: 'revenue',
          kpi: 'revenue',
          scope: { type: 'company' },
          who: 'The sales team',
          what: 'sells more',
          where: '',
          how: '',
          baseline: null,
          targetMode: 'value',
          target: 1000,
          start: iso(y, m - 1, 1),
          deadline: iso(y, m + 2, 0),
          frequency: 'monthly',
          owner: 'manager@example.com',
          alert: {
            mode: 'relative',
            threshold: 0.1,
            direction: 'down',
            minVolume: 10,
            action: 'Check pipeline coverage.',
            owner: 'manager@example.com',
            enabled: true,
          },
        },
      ],
      'client',
    );
    const id = (result as { id: string }).id;
    expect(id).toMatch(/^OBJ-\d+$/);
    frame = await openWizard(page, MENU_CAPTION.en);
    const card = frame.locator(`li.objective[data-id="${id}"]`);
    await card.locator('section.review').waitFor();
    expect(await card.locator('section.review h4').textContent()).toMatch(
      /^Proposed target: [\d,]+ \(now 1,000\)$/,
    );
    expect(await card.locator('section.review').textContent()).toMatch(
      /Met before its deadline\. Based on the history of this scope: .*best [\d,]+ · median [\d,]+\./,
    );
    expect(await card.locator('.forecast').textContent()).toMatch(
      /^Forecast of won deals \(Pipeline\), .+: [\d,]+ \(80 % range [\d,]+ – [\d,]+\)/,
    );
    await expectAccessible(frame, 'Objective review');
    await shootSidebar(page, frame, '9-objective-review');
    await card.locator('button:text-is("Dismiss")').click();
    await card.locator('section.review').waitFor({ state: 'detached' });
    expect(await liveText(frame, 'status')).toBe(
      `Objective ${id}: proposal dismissed; it will not be proposed again this period.`,
    );
    const wb = pg.session.workbook;
    const log = wb.listSheets().find((s) => s.name === 'Objective log');
    expect(log).toBeDefined();
    const rows = wb.getValues('Objective log', 1, 0, wb.getLastRow('Objective log') - 1, 5);
    // Its own rows come last (the edit test's objective, deleted since, may have had this ID).
    expect(rows.slice(-2).map((r) => [r[0], r[4]])).toEqual([
      [id, 'Original target'],
      [id, 'Proposal dismissed'],
    ]);
  });
});

describe('the wizard in French', () => {
  let pg: Playground;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    pg = await wizardPlayground('fr', { setup: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page.setDefaultTimeout(15_000);
    expect(await openPlayground(page, pg)).toEqual([]);
  });

  test('before the workbook is set up, says how to set it up', async () => {
    frame = await openWizard(page, MENU_CAPTION.fr, '#app .note');
    expect(await frame.textContent('#app .note')).toMatch(
      /^Les feuilles KPI ne sont pas encore installées.*Préparer le classeur KPI/,
    );
    await expectAccessible(frame, 'classeur non préparé');
    await shootSidebar(page, frame, 'fr-0-non-prepare');
    await frame.click('#app button');
    await page.waitForSelector('#sidebar', { state: 'hidden' });
    setUpWorkbook(pg);
    frame = await openWizard(page, MENU_CAPTION.fr);
  });

  afterAll(async () => {
    await page?.close();
    await pg?.close();
  });

  test('speaks French, reads French numbers and saves', async () => {
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await frame.textContent('#view-heading')).toBe('Nouvel objectif SMART');
    expect(await frame.textContent('#step-heading')).toBe('Étape 1 sur 6\u00a0: Spécifique');
    await frame.click('#next');
    await frame.waitForSelector('#f-goal[aria-invalid=true]');
    expect(await frame.textContent('#f-goal-error')).toBe('Choisissez un objectif stratégique.');
    expect(await liveText(frame, 'alerts')).toBe('Veuillez corriger 4 champs.');
    await expectAccessible(frame, 'Spécifique');
    await shootSidebar(page, frame, 'fr-1-specifique');

    await frame.selectOption('#f-goal', 'satisfaction');
    await frame.check('#kpi-nps');
    await frame.fill('#f-who', 'Le service client');
    await frame.fill('#f-what', 'améliorer la recommandation');
    await next(frame, 'Mesurable');
    expect(await frame.textContent('.baseline-label')).toMatch(/^Point de départ · /);
    await frame.selectOption('#f-targetMode', 'value');
    expect(await frame.textContent('label[for="f-target"]')).toBe('Cible');
    // A French decimal comma: a better NPS than the baseline, within −100…100.
    const shown = (await frame.textContent('.baseline-value')) ?? '';
    expect(shown).toMatch(/^[-−]?\d+(,\d)? points$/);
    const baseline = Number(
      shown
        .replace('−', '-')
        .replace(/[^\d,-]/g, '')
        .replace(',', '.'),
    );
    await frame.fill(
      '#f-target',
      String(Math.min(99.5, Math.floor(baseline) + 5.5)).replace('.', ','),
    );
    await shootSidebar(page, frame, 'fr-2-mesurable');
    await next(frame, 'Atteignable');
    expect(await frame.locator('.stats dt').allTextContents()).toEqual([
      'Pire',
      'Médiane',
      'Meilleure',
    ]);
    await expectAccessible(frame, 'Atteignable');
    await next(frame, 'Réaliste');
    expect(await frame.textContent('body')).toMatch(/Alignement avec l’objectif stratégique/);
    await next(frame, 'Temporel');
    expect(await frame.inputValue('#f-frequency')).toBe('quarterly');
    await next(frame, 'Vérifier');
    expect(await frame.textContent('#save')).toBe('Enregistrer l’objectif');
    expect(await frame.inputValue('#f-alert-action')).toMatch(/satisfaction/i);
    await expectAccessible(frame, 'Vérifier');
    await shootSidebar(page, frame, 'fr-6-verifier');
    await frame.click('#save');
    await frame.waitForSelector('ul.objectives li.objective.saved');
    expect(await liveText(frame, 'status')).toMatch(/^Objectif OBJ-\d+ enregistré\.$/);
    expect(await frame.locator('li.objective button').allTextContents()).toEqual([
      'Modifier',
      'Supprimer',
    ]);
    await shootSidebar(page, frame, 'fr-7-liste');
    expect(objectiveRows(pg).length).toBe(2);
  });
});
