// The "Explore a KPI in Connected Sheets" menu item in the built add-on, on the local runtime's
// data-source sheets (local/services/spreadsheet/data-sources.ts): offered only in warehouse mode,
// it inserts a data-source sheet whose raw query is the warehouse emitter's GoogleSQL for the
// chosen KPI (its parameters written in as literals), under a name no sheet has; every refusal
// (no Connected Sheets for the account, a manifest without bigquery.readonly, the default
// manifest, an unknown answer, an unmapped table) is told in one message naming the KPI. The
// raw query alone: only @parameter references change, quoted text and comments keep any "@".
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { warehouseRuntimeOptions } from '../../../local/harness/warehouse-fake';
import { registerBigQuery } from '../../../local/services/bigquery';
import type { FakeBigQuery } from '../../../local/services/bigquery-jobs';
import {
  allowConnectedSheets,
  dataSourceSheets,
} from '../../../local/services/spreadsheet/data-sources';
import { warehouseKpiLabel } from '../../../src/addon/warehouse/kpi-labels';
import { googleSqlTables, type WarehouseSettings } from '../../../src/addon/warehouse/settings';
import { emitQuery, WAREHOUSE_KPIS } from '../../../src/warehouse/emit';
import { sqlWithLiterals } from '../../../src/addon/warehouse/connected-sheets-query';
import type { EmittedQuery } from '../../../src/warehouse/api';
import { WAREHOUSE_COLUMNS } from '../../../src/warehouse/columns';

const FORM = {
  project: 'acme-sales',
  dataset: 'crm',
  location: 'EU',
  tables: {
    Pipeline: { table: 'pipeline', columns: { wonDate: 'won_on' } },
    Orders: { table: 'orders', columns: {} },
  },
};
const MENU_ITEM = 'menuExploreInConnectedSheets';
const READONLY = 'https://www.googleapis.com/auth/bigquery.readonly';

interface Options {
  manifest?: 'warehouse' | 'default' | 'warehouse without readonly';
  settings?: boolean;
  connectedSheets?: boolean;
  locale?: string;
}

/** The built add-on on a fresh workbook, on 10 March 2026 in Paris. */
function harness(o: Options = {}): AddonHarness {
  const kind = o.manifest ?? 'warehouse';
  const grants = warehouseRuntimeOptions();
  const manifest =
    kind === 'default'
      ? undefined
      : kind === 'warehouse'
        ? grants
        : { ...grants, oauthScopes: grants.oauthScopes.filter((s) => s !== READONLY) };
  const h = addonHarness({ manifest, locale: o.locale });
  h.runtime.clock.set(new Date('2026-03-10T08:00:00Z'));
  // The BigQuery global only has to exist: this feature runs no job through it.
  if (kind !== 'default') registerBigQuery(h.runtime.state, {} as FakeBigQuery);
  if (o.settings ?? true)
    expect(h.runtime.run('saveWarehouseSettings', [FORM])).toMatchObject({ outcome: 'saved' });
  if (o.connectedSheets ?? true) allowConnectedSheets(h.workbook);
  return h;
}

function menuFunctions(h: AddonHarness, authMode: 'NONE' | 'FULL' = 'FULL'): string[] {
  h.ui.clear();
  h.runtime.invoke('onOpen', [{ authMode }], { authMode });
  return h.ui.menuItems().map((i) => i.functionName);
}

/** Runs the menu item answering the prompt; the alert it ends with. */
function explore(h: AddonHarness, answer: string, button = 'OK'): string {
  h.ui.alerts = [];
  h.ui.promptAnswers.push({ text: answer, button });
  h.runtime.invoke(MENU_ITEM);
  return h.ui.alerts.map((a) => a.prompt).join('\n');
}

/** The KPI's number in the prompt's list, read from the prompt the user saw. */
function numberInPrompt(h: AddonHarness, label: string): string {
  const line = h.ui.prompts[0].prompt.split('\n').find((l) => l.endsWith(`. ${label}`));
  return line!.split('.')[0];
}

/** The emitter's GoogleSQL with its parameters as literals, worked out here independently. */
function expectedQuery(kpi: string, settings: WarehouseSettings): string {
  const emitted = emitQuery(kpi, 'googlesql', googleSqlTables(settings), {
    asOf: '2026-03-10',
    timeZone: 'Europe/Paris',
  });
  return emitted.sql
    .split('@as_of')
    .join("DATE '2026-03-10'")
    .split('@time_zone')
    .join("'Europe/Paris'");
}

const SAVED: WarehouseSettings = {
  ...FORM,
  tables: { Pipeline: FORM.tables.Pipeline, Orders: FORM.tables.Orders },
};

describe('the menu item', () => {
  test('is offered in warehouse mode only: settings saved and the BigQuery service present', () => {
    const h = harness();
    expect(menuFunctions(h)).toContain(MENU_ITEM);
    // Before the add-on is authorised in the document nothing can be read: not offered.
    expect(menuFunctions(h, 'NONE')).not.toContain(MENU_ITEM);
    expect(menuFunctions(harness({ settings: false }))).not.toContain(MENU_ITEM);
    expect(menuFunctions(harness({ manifest: 'default', settings: false }))).not.toContain(
      MENU_ITEM,
    );
  });
});

describe('exploring a KPI', () => {
  test('inserts a data-source sheet with the emitter’s exact query, named after the KPI', () => {
    const h = harness();
    const label = warehouseKpiLabel('win_rate', 'en');
    h.ui.promptAnswers.push({ text: '', button: 'CANCEL' });
    h.runtime.invoke(MENU_ITEM);
    expect(dataSourceSheets(h.workbook)).toEqual([]);
    const said = explore(h, numberInPrompt(h, label));
    const [inserted] = dataSourceSheets(h.workbook);
    expect(inserted).toMatchObject({
      projectId: 'acme-sales',
      rawQuery: expectedQuery('win_rate', SAVED),
      parameters: {},
    });
    expect(inserted.rawQuery).not.toMatch(/@/);
    expect(inserted.rawQuery).toContain('`acme-sales.crm.pipeline`');
    const sheet = h.workbook.findSheet(inserted.sheetId)!;
    expect(sheet.name).toBe(`${label} (BigQuery)`);
    expect(h.workbook.activeSheetId).toBe(inserted.sheetId);
    expect(said).toContain(`“${label} (BigQuery)”`);
    expect(said).toContain('acme-sales');
    expect(said).toContain('2026-03-10');
  });

  test('never overwrites a sheet: the name is unique, also by the KPI’s name typed in', () => {
    const h = harness();
    const label = warehouseKpiLabel('aov', 'en');
    h.workbook.addSheet(`${label} (BigQuery)`);
    explore(h, label.toUpperCase());
    explore(h, 'aov');
    const names = dataSourceSheets(h.workbook).map((r) => h.workbook.findSheet(r.sheetId)!.name);
    expect(names).toEqual([`${label} (BigQuery) 2`, `${label} (BigQuery) 3`]);
    expect(dataSourceSheets(h.workbook)[0].rawQuery).toBe(expectedQuery('aov', SAVED));
  });

  test('in French, the sheet and the messages are in French', () => {
    const h = harness({ locale: 'fr' });
    const label = warehouseKpiLabel('win_rate', 'fr');
    const said = explore(h, label);
    const [inserted] = dataSourceSheets(h.workbook);
    expect(h.workbook.findSheet(inserted.sheetId)!.name).toBe(`${label} (BigQuery)`);
    expect(said).toContain('compté jusqu’au 2026-03-10');
  });
});

describe('failures say which KPI and what to do, and insert nothing', () => {
  test('an account without Connected Sheets', () => {
    const h = harness({ connectedSheets: false });
    const label = warehouseKpiLabel('win_rate', 'en');
    const said = explore(h, label);
    expect(said).toContain(`${label}: Google refused the data-source sheet`);
    expect(said).toContain('Google Workspace edition that includes Connected Sheets');
    expect(dataSourceSheets(h.workbook)).toEqual([]);
  });

  test('a manifest without the bigquery.readonly scope', () => {
    const h = harness({ manifest: 'warehouse without readonly' });
    const label = warehouseKpiLabel('win_rate', 'en');
    const said = explore(h, label);
    expect(said).toContain(`${label}: the add-on may not run BigQuery queries for Sheets`);
    expect(said).toContain(READONLY);
    expect(h.workbook.listSheets().map((s) => s.name)).not.toContain(`${label} (BigQuery)`);
  });

  test('the default manifest: no BigQuery service, so it says how to enable it', () => {
    const h = harness({ manifest: 'default', settings: true });
    const said = explore(h, '1');
    expect(said).toContain('appsscript.warehouse.json');
    expect(h.ui.prompts).toEqual([]);
    expect(dataSourceSheets(h.workbook)).toEqual([]);
  });

  test('an answer that is not a listed KPI, and a KPI whose table is not mapped', () => {
    const h = harness();
    expect(explore(h, '99')).toMatch(
      /“99” is not one of the listed KPIs: type a number from 1 to \d+/,
    );
    // NPS reads the Surveys table, which the settings do not map: not offered at all.
    expect(explore(h, warehouseKpiLabel('nps', 'en'))).toContain('is not one of the listed KPIs');
    expect(h.ui.prompts[0].prompt).not.toContain(warehouseKpiLabel('nps', 'en'));
    expect(dataSourceSheets(h.workbook)).toEqual([]);
  });
});

describe('the explore query (connected-sheets-query.ts)', () => {
  const query = (sql: string, parameters: EmittedQuery['parameters']): EmittedQuery => ({
    kpi: 'test',
    dialect: 'googlesql',
    sql,
    parameters,
    reads: [],
  });

  test('every KPI query: only its parameter references change, to literals', () => {
    const tables = Object.fromEntries(
      Object.keys(WAREHOUSE_COLUMNS).map((t) => [t, { table: `acme.crm.${t.toLowerCase()}` }]),
    );
    const options = { asOf: '2024-02-29', timeZone: 'America/Los_Angeles', from: '2023-01-01' };
    for (const kpi of WAREHOUSE_KPIS) {
      const emitted = emitQuery(kpi, 'googlesql', tables, options);
      let expected = emitted.sql;
      for (const [name, literal] of [
        ['as_of', "DATE '2024-02-29'"],
        ['from_date', "DATE '2023-01-01'"],
        ['time_zone', "'America/Los_Angeles'"],
      ])
        expected = expected.replace(new RegExp(`@${name}\\b`, 'g'), literal);
      expect(sqlWithLiterals(emitted)).toBe(expected);
      expect(sqlWithLiterals(emitted)).not.toContain('@');
    }
  });

  test('quoted text, identifiers and comments keep their "@"; values are escaped; unknown names fail', () => {
    const q = query(
      "SELECT 'a@b', `x@y`, @who, @n, @ok, @none -- @as_of\nFROM t WHERE d <= @day /* @day */",
      [
        { name: 'who', type: 'STRING', value: "O'Brien \\ co" },
        { name: 'n', type: 'INT64', value: 42 },
        { name: 'ok', type: 'BOOL', value: true },
        { name: 'none', type: 'DATE', value: null },
        { name: 'day', type: 'DATE', value: '2024-03-31' },
      ],
    );
    expect(sqlWithLiterals(q)).toBe(
      "SELECT 'a@b', `x@y`, 'O\\'Brien \\\\ co', 42, TRUE, CAST(NULL AS DATE) -- @as_of\n" +
        "FROM t WHERE d <= DATE '2024-03-31' /* @day */",
    );
    expect(() => sqlWithLiterals(query('SELECT @missing', []))).toThrow(
      'The query of test names @missing, which it does not carry',
    );
  });
});
