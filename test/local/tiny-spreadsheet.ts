// A minimal SpreadsheetApp for the runtime's own tests (the real one lives in
// local/services/spreadsheet/): an add-on menu recorded per execution, and a spreadsheet with an
// id and a rename, under the same authorisation rules (menu in NONE, reads in CUSTOM_FUNCTION,
// writes from LIMITED up).
import type { RuntimeContext } from '../../local/runtime/context';
import { service } from '../../local/services/unimplemented';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface TinyWorkbook {
  name: string;
  menus: MenuItem[][];
}

export function tinySpreadsheetApp(workbook: TinyWorkbook = { name: 'Book', menus: [] }) {
  return (ctx: RuntimeContext): GoogleAppsScript.Spreadsheet.SpreadsheetApp => {
    const menu = (): GoogleAppsScript.Base.Menu => {
      const items: MenuItem[] = [];
      const impl = {
        addItem(caption: string, functionName: string) {
          items.push({ caption, functionName });
          return impl;
        },
        addToUi() {
          workbook.menus.push(items);
        },
      };
      return service<GoogleAppsScript.Base.Menu>('Menu', impl, { ctx, defaultAccess: 'NONE' });
    };
    const ui = service<GoogleAppsScript.Base.Ui>(
      'Ui',
      { createAddonMenu: menu },
      { ctx, defaultAccess: 'NONE' },
    );
    const spreadsheet = service<GoogleAppsScript.Spreadsheet.Spreadsheet>(
      'Spreadsheet',
      {
        getId: () => 'local-spreadsheet',
        getName: () => workbook.name,
        rename(name: string) {
          workbook.name = name;
        },
      },
      { ctx, defaultAccess: 'CUSTOM_FUNCTION', access: { rename: 'LIMITED' } },
    );
    return service<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(
      'SpreadsheetApp',
      { getUi: () => ui, getActive: () => spreadsheet, getActiveSpreadsheet: () => spreadsheet },
      { ctx, defaultAccess: 'CUSTOM_FUNCTION', access: { getUi: 'NONE' } },
    );
  };
}
