// Appends one checked note to the Context sheet (made when missing: a workbook set up before the
// context log existed) under the document lock, in one write; nothing is written when the lock
// cannot be had. The row goes in the sheet's column positions and language (its headers'), user
// text neutralised against formula injection.
import { activeSpreadsheet } from '../adapters/services';
import { dateOfDay } from '../../functions/values/dates';
import { safeCell } from '../safe-text';
import { CONTEXT_KINDS, SCHEMA, SCOPE_TYPES } from '../schema';
import type { Language } from '../i18n';
import { createSheet } from '../workbook/managed-sheet';
import { readBlock } from '../workbook/block';
import { recordNewSheet } from '../workbook/layout-store';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { type Locked, withDocumentLock } from '../workbook/lock';
import { growTo } from '../workbook/max-rows';
import { sheetLanguage } from '../workbook/sheet-language';
import type { CheckedNote } from './validate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The row number written; 0 when the sheet has none of the log's columns (nothing written). */
export function appendNote(note: CheckedNote, author: string, language: Language): Locked<number> {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const located = contextSheet(spreadsheet, language);
    const block = readBlock(located);
    if (block.columns.size === 0) return 0;
    const rowLanguage = sheetLanguage(block, language);
    const width = Math.max(...block.columns.values()) + 1;
    const cells: unknown[] = new Array(width).fill('');
    const put = (key: string, value: unknown) => {
      const column = block.columns.get(key);
      if (column !== undefined) cells[column] = safeCell(value);
    };
    put('start', dateOfDay(note.start));
    put('end', dateOfDay(note.end));
    put('scopeType', SCOPE_TYPES.find((c) => c.key === note.scopeType)![rowLanguage]);
    put('scope', note.scope);
    put('kind', CONTEXT_KINDS.find((c) => c.key === note.kind)![rowLanguage]);
    put('note', note.note);
    put('author', author);
    const row = Math.max(block.values.length, 1) + 1;
    growTo(located.sheet, row);
    located.sheet.getRange(row, 1, 1, width).setValues([cells]);
    return row;
  });
}

function contextSheet(spreadsheet: Spreadsheet, language: Language): LocatedSheet {
  const found = locateSheets(spreadsheet, ['context']).get('context');
  if (found) return found;
  const sheet = createSheet(spreadsheet, 'context', language, 2);
  const columns = SCHEMA.context.columns.map((c, i) => [c.key, [i + 1, c[language]]]);
  recordNewSheet('context', sheet, Object.fromEntries(columns));
  return locateSheets(spreadsheet, ['context']).get('context')!;
}
