// "Set up KPI workbook" on the built add-on, against the local runtime: created as the schema
// says, idempotent, lossless, found again after the user renames a sheet or moves a column.
// (LocalWorkbook rows and columns are 0-based; the Apps Script API the add-on uses is 1-based.)
import { addonHarness, AddonHarness } from '../../../local/harness/addon-runtime';
import { SCHEMA, SHEET_KEYS } from '../../../src/addon/schema';
import { runSetupPage, type SetupRun } from '../../../local/harness/setup-page';

const activities = SCHEMA.activities;

function headerRow(h: AddonHarness, sheet: string): unknown[] {
  const info = h.workbook.getSheet(sheet);
  return h.workbook.getValues(sheet, 0, 0, 1, info.maxColumns)[0].filter((v) => v !== '');
}

function mutatingCalls(h: AddonHarness): number {
  const counts = h.runtime.counter.snapshot();
  return (
    Object.entries(counts)
      // The stored layout (a document property, not the workbook) may be refreshed.
      .filter(([op]) => !op.startsWith('Properties.'))
      // The set-up page's size is no write to the workbook.
      .filter(([op]) => !op.startsWith('HtmlOutput.'))
      .filter(([op]) => /\.(set|insert|add|delete|clear|append|hide|remove)/.test(op))
      .reduce((n, [, c]) => n + c, 0)
  );
}

/** What the set-up page showed at the end of the last set-up (its summary lines). */
let shown = '';

function setup(h: AddonHarness, withSample = false): SetupRun {
  const run = runSetupPage(h.runtime, withSample);
  shown = run.message.join('\n');
  return run;
}

describe('add-on menu', () => {
  test('onOpen builds the menu in AuthMode.NONE; each item names a top-level function', () => {
    const h = addonHarness();
    h.runtime.invoke('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const items = h.ui.menuItems();
    // Other features add their own items after these.
    expect(items.map((i) => i.functionName).slice(0, 3)).toEqual([
      'menuSetupWorkbook',
      'menuSetupWorkbookWithSample',
      'menuShowWizard',
    ]);
    expect(items[0].caption).toMatch(/Set up KPI workbook$/);
    expect(items[2].caption).toMatch(/SMART objective wizard…$/);
    for (const item of items) expect(h.runtime.functionNames()).toContain(item.functionName);
  });

  test('onInstall builds the same menu', () => {
    const h = addonHarness();
    h.runtime.invoke('onInstall', [{ authMode: 'FULL' }]);
    const opened = addonHarness();
    opened.runtime.invoke('onOpen', [{ authMode: 'FULL' }]);
    expect(h.ui.menuItems()).toEqual(opened.ui.menuItems());
    expect(h.ui.menuItems().length).toBeGreaterThanOrEqual(3);
  });
});

describe('set up KPI workbook', () => {
  test('creates every managed sheet: headers, styling, frozen row, formats, dropdowns, metadata', () => {
    const h = addonHarness();
    const run = setup(h);
    for (const key of SHEET_KEYS) {
      const spec = SCHEMA[key];
      const info = h.workbook.findSheet(spec.en);
      expect(info).toBeDefined();
      if (spec.columns.length === 0) continue;
      expect(headerRow(h, spec.en)).toEqual(spec.columns.map((c) => c.en));
      expect(info!.frozenRows).toBe(1);
      expect(h.workbook.getCellStyle(spec.en, 0, 0).fontWeight).toBe('bold');
    }
    // Date column formatted as a date, Type column with the activity-type dropdown.
    expect(h.workbook.getNumberFormat('Activities', 5, 0)).toBe('yyyy-mm-dd');
    const typeColumn = activities.columns.findIndex((c) => c.key === 'type');
    const rule = h.workbook.getValidation('Activities', 5, typeColumn);
    expect(JSON.stringify(rule)).toContain('Webinar');
    expect(shown).toMatch(/^Your KPI workbook is ready\.\nCreated: Activities, Pipeline, /);
    // The page showed its progress: each step but the last named the sheets the next one makes.
    expect(run.steps.map((step) => step.done)).toEqual(run.steps.map((_, i) => i + 1));
    expect(run.steps.slice(0, -1).map((step) => step.label)).toContain('Pipeline');
  });

  test('a second run changes nothing and makes no write', () => {
    const h = addonHarness();
    setup(h);
    const before = JSON.stringify(h.workbook.toJSON());
    h.runtime.counter.reset();
    setup(h);
    expect(mutatingCalls(h)).toBe(0);
    expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
    expect(shown).toContain('Already set up, nothing changed.');
  });

  test('keeps what the user typed between two setups, and completes a sheet that lost a column', () => {
    const h = addonHarness();
    setup(h);
    const row = [new Date(2026, 10, 2), 'Alice', 'Paris', 'Call', 20, 'Connected', 'D-1'];
    h.workbook.setInputs('Activities', 1, 0, [row, row]);
    h.workbook.setInput('Activities', 0, 8, 'My notes');
    h.workbook.setInput('Activities', 1, 8, 'call back Friday');
    // The user deletes the Outcome column (F): setup adds it back at the end, data untouched.
    h.workbook.deleteColumns('Activities', 5, 1);
    setup(h);
    const headers = headerRow(h, 'Activities');
    expect(headers).toEqual(
      [
        'Date',
        'Rep',
        'Team',
        'Type',
        'Duration (min)',
        'Deal ID',
        'CRM ID',
        'My notes',
        'Outcome',
      ].filter(Boolean),
    );
    expect(h.workbook.getValues('Activities', 1, 1, 1, 4)[0]).toEqual([
      'Alice',
      'Paris',
      'Call',
      20,
    ]);
    expect(h.workbook.getValue('Activities', 1, 7)).toBe('call back Friday');
    expect(shown).toContain('Completed (columns added): Activities (Outcome)');
  });

  test('finds a renamed sheet and a moved, renamed column by metadata', () => {
    const h = addonHarness();
    setup(h);
    h.workbook.renameSheet('Pipeline', 'Deals 2026');
    // Renamed too: a column moved under its own header is found by the header alone.
    h.workbook.setInputs('Orders', 0, 0, [['Client ref']]);
    h.workbook.moveColumns('Orders', 0, 1, 4);
    const before = JSON.stringify(h.workbook.toJSON());
    h.runtime.counter.reset();
    setup(h);
    expect(h.workbook.findSheet('Pipeline')).toBeUndefined();
    expect(mutatingCalls(h)).toBe(0);
    expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
    // The move sent that run to the columns' metadata; the next one finds them from the layout.
    const columnSearch = () => h.runtime.counter.get('DeveloperMetadataLocation.getColumn');
    expect(columnSearch()).toBeGreaterThan(0);
    h.runtime.counter.reset();
    const again = setup(h);
    expect(columnSearch()).toBe(0);
    expect(Math.max(...again.calls)).toBeLessThanOrEqual(100);
  });

  test("draws the Dashboard's charts and colours when it makes the sheet, and again when they are gone", () => {
    const h = addonHarness();
    setup(h);
    const charts = () => h.workbook.getCharts('Dashboard').map((c) => c.options.title);
    expect(charts()).toEqual([
      'Funnel: leads of the last 12 complete months',
      'Monthly revenue',
      'Activities vs meetings per week',
      'NPS per month',
      'Pipeline per month',
    ]);
    expect(h.workbook.getConditionalRules('Dashboard')).toHaveLength(3);
    // A user deletes a chart (or the Dashboard predates the frame): the next set-up draws it again.
    h.workbook.removeChart('Dashboard', h.workbook.getCharts('Dashboard')[1].id);
    const again = setup(h);
    expect(charts()).toHaveLength(5);
    expect(Math.max(...again.calls)).toBeLessThanOrEqual(100);
  });

  test("leaves a user's sheet that has the same name alone and creates the managed one beside it", () => {
    const h = addonHarness();
    h.workbook.addSheet('Teams');
    h.workbook.setInputs('Teams', 0, 0, [
      ['Who', 'Budget'],
      ['Bob', 1200],
    ]);
    setup(h);
    expect(h.workbook.getValues('Teams', 0, 0, 2, 2)).toEqual([
      ['Who', 'Budget'],
      ['Bob', 1200],
    ]);
    expect(headerRow(h, 'Teams (KPI)')).toEqual(['Team', 'Lead name', 'Lead email']);
    expect(shown).toContain('A sheet of yours already had the name "Teams"');
  });

  test('sample data fills empty sheets once, never sheets holding data', () => {
    const h = addonHarness();
    setup(h, true);
    const rows = h.workbook.getLastRow('Activities');
    expect(rows).toBeGreaterThan(40_000);
    expect(h.workbook.getValue('Activities', 1, 0)).toBeInstanceOf(Date);
    setup(h, true);
    expect(h.workbook.getLastRow('Activities')).toBe(rows);
    expect(shown).toContain('Sample data was not written into Activities, Pipeline');
  });

  test('speaks French to a French user', () => {
    const h = addonHarness({ locale: 'fr_FR' });
    h.runtime.invoke('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    expect(h.ui.menuItems()[0].caption).toMatch(/Préparer le classeur KPI$/);
    setup(h);
    expect(h.workbook.findSheet('Activités')).toBeDefined();
    expect(headerRow(h, 'Activités')[0]).toBe(activities.columns[0].fr);
    expect(shown).toMatch(/^Votre classeur KPI est prêt\./);
  });

  test('makes the same number of Sheets calls whatever the amount of data', () => {
    const calls = (rows: number): number => {
      const h = addonHarness();
      setup(h);
      const row = [new Date(2026, 10, 2), 'Alice', 'Paris', 'Call', 20, 'Connected', 'D-1'];
      h.workbook.setInputs(
        'Activities',
        1,
        0,
        Array.from({ length: rows }, () => row),
      );
      h.workbook.deleteColumns('Activities', 5, 1);
      h.runtime.counter.reset();
      setup(h);
      return h.runtime.counter.total();
    };
    expect(calls(10_000)).toBe(calls(10));
  });
});
