// SpreadsheetApp fake: every call counted as "Class.method", authorisation modes enforced, and
// every method of the real interfaces either implemented or throwing "not implemented".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unwrap } from '../../local/services/spreadsheet';
import { harness } from './spreadsheet-helpers';

describe('call counting', () => {
  it('counts each call per Class.method', () => {
    const { app, ctx } = harness();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B2').getValues();
    sheet.getRange(1, 1).getValue();
    expect(ctx.counter.snapshot()).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 3,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(ctx.counter.total('Range.')).toBe(3);
  });
});

describe('authorisation modes', () => {
  it('NONE: only the add-on menu can be built', () => {
    const { app, ui } = harness({}, 'NONE');
    app.getUi().createAddonMenu().addItem('Set up', 'setUp').addToUi();
    expect(ui.menuItems()).toEqual([{ caption: 'Sales KPI › Set up', functionName: 'setUp' }]);
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(() => app.getUi().alert('x')).toThrow(
      'You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => app.newDataValidation()).toThrow('You do not have permission');
    expect(String(app.BooleanCriteria.CELL_EMPTY)).toBe('CELL_EMPTY');
  });

  it('CUSTOM_FUNCTION: reading works, any change is refused, the Ui is out of reach', () => {
    const { app, wb } = harness({}, 'CUSTOM_FUNCTION');
    wb.setInput('Sheet1', 0, 0, 42);
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    expect(sheet.getRange('A1').getValue()).toBe(42);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('42');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow(
      'You do not have permission to call Range.setValue',
    );
    expect(() => app.getActiveSpreadsheet().insertSheet('X')).toThrow(
      'You do not have permission to call Spreadsheet.insertSheet',
    );
    expect(() => sheet.getRange('A:A').addDeveloperMetadata('k')).toThrow(
      'You do not have permission',
    );
    expect(() => sheet.clear()).toThrow('You do not have permission to call Sheet.clear');
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(wb.getValue('Sheet1', 0, 0)).toBe(42);
  });

  it('LIMITED and FULL allow everything', () => {
    for (const mode of ['LIMITED', 'FULL'] as const) {
      const { app } = harness({}, mode);
      app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(mode);
      expect(app.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue()).toBe(mode);
    }
  });
});

/** Method and property names of an interface in the @types/google-apps-script declarations. */
function interfaceMembers(file: string, name: string): string[] {
  const text = readFileSync(
    join(__dirname, '../../node_modules/@types/google-apps-script', file),
    'utf8',
  );
  const start = text.indexOf(`\n        interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found in ${file}`);
  const end = text.indexOf('\n        }', start);
  const body = text.slice(start, end);
  const names = [...body.matchAll(/^\s{12}(?:\/\*\*.*?\*\/\s*)?([A-Za-z]\w*)\s*[(:]/gm)].map(
    (m) => m[1],
  );
  return [...new Set(names)];
}

describe('interfaces', () => {
  const { app, ss } = harness();
  const sheet = ss.getSheets()[0];
  const objects: Array<[string, string, object]> = [
    ['google-apps-script.spreadsheet.d.ts', 'SpreadsheetApp', app],
    ['google-apps-script.spreadsheet.d.ts', 'Spreadsheet', ss],
    ['google-apps-script.spreadsheet.d.ts', 'Sheet', sheet],
    ['google-apps-script.spreadsheet.d.ts', 'Range', sheet.getRange('A1')],
    ['google-apps-script.spreadsheet.d.ts', 'DataValidationBuilder', app.newDataValidation()],
    [
      'google-apps-script.spreadsheet.d.ts',
      'ConditionalFormatRuleBuilder',
      app.newConditionalFormatRule(),
    ],
    ['google-apps-script.spreadsheet.d.ts', 'EmbeddedChartBuilder', sheet.newChart()],
    ['google-apps-script.base.d.ts', 'Ui', app.getUi()],
    ['google-apps-script.base.d.ts', 'Menu', app.getUi().createAddonMenu()],
  ];

  it.each(objects)(
    '%s › %s: every member is implemented or throws "not implemented"',
    (file, name, object) => {
      const members = interfaceMembers(file, name);
      expect(members.length).toBeGreaterThan(3);
      const impl = unwrap<Record<string, unknown>>(object);
      const proxy = object as Record<string, unknown>;
      for (const member of members) {
        const value = proxy[member];
        if (impl[member] !== undefined) {
          expect(value).toBeDefined();
          continue;
        }
        if (typeof value === 'function') {
          expect(() => (value as () => unknown)()).toThrow(
            `not implemented in the local runtime: ${name}.${member}`,
          );
        } else {
          // An enum this runtime lacks: reading a value throws.
          expect(() => (value as Record<string, unknown>).ANY).toThrow(
            `not implemented in the local runtime: ${name}.${member}.ANY`,
          );
        }
      }
    },
  );

  it('implements what the add-on needs (spot check) and names the method it lacks', () => {
    const range = sheet.getRange('A1:B2');
    expect(() => range.merge()).toThrow('not implemented in the local runtime: Range.merge');
    expect(() => range.protect()).toThrow('not implemented in the local runtime: Range.protect');
    expect(() => sheet.sort(1)).toThrow('not implemented in the local runtime: Sheet.sort');
    expect(typeof range.setValues).toBe('function');
  });
});
