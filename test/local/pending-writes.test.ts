// Spreadsheet writes wait for a read, SpreadsheetApp.flush() or the end of the execution, as at
// Google; executions interleave (one begun and left open while others run), so a lock released
// without a flush shows what it costs: the next holder reads the old cells.
import { createRuntime, type RuntimeOptions } from '../../local/runtime/loader';
import { Clock } from '../../local/runtime/context';
import { LocalState } from '../../local/runtime/state';
import { createSpreadsheetApp } from '../../local/services/spreadsheet';
import { LocalWorkbook } from '../../local/workbook';

const SCRIPT = `
function cell_() { return SpreadsheetApp.getActive().getSheetByName('S').getRange('A1'); }
function write(v) { cell_().setValue(v); }
function writeAndFlush(v) { cell_().setValue(v); SpreadsheetApp.flush(); }
function read() { return cell_().getValue(); }
function writeThenRead(v) { cell_().setValue(v); return cell_().getValue(); }
function lockedWrite(v, flush) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(0);
  cell_().setValue(v);
  if (flush) SpreadsheetApp.flush();
  lock.releaseLock();
}
function lockedIncrement(flush) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(1000)) return 'busy';
  cell_().setValue(Number(cell_().getValue()) + 1);
  if (flush) SpreadsheetApp.flush();
  lock.releaseLock();
  return 'done';
}
function sheet_() { return SpreadsheetApp.getActive().getSheetByName('S'); }
function writeThenInsertRow(v) { cell_().setValue(v); sheet_().insertRowsBefore(1, 1); }
function cellText(a1) { return String(sheet_().getRange(a1).getValue()); }
function freeze() { sheet_().setFrozenRows(1); }
function frozenRows() { return sheet_().getFrozenRows(); }
function takeLock() { return LockService.getDocumentLock().tryLock(0); }
function documentLockKind() { return LockService.getDocumentLock() === null ? 'null' : 'lock'; }
function installHourly() { ScriptApp.newTrigger('recordLockKind').timeBased().everyHours(1).create(); }
function recordLockKind() {
  PropertiesService.getScriptProperties().setProperty('kind', documentLockKind());
}
`;

function setup(options: Partial<RuntimeOptions> = {}) {
  const workbook = new LocalWorkbook({ timeZone: 'UTC', sheets: [{ name: 'S', rows: [[1]] }] });
  const rt = createRuntime({
    bundleSource: SCRIPT,
    htmlFiles: {},
    spreadsheetApp: (ctx) => createSpreadsheetApp(workbook, ctx),
    clock: new Clock(new Date('2026-03-02T09:00:00Z')),
    addOnRules: false,
    ...options,
  });
  return { rt, workbook };
}

describe('pending spreadsheet writes', () => {
  test('another execution does not see a write until the writer ends', () => {
    const { rt, workbook } = setup();
    const writer = rt.begin();
    writer.call('write', [2]);
    expect(rt.run('read')).toBe(1);
    expect(workbook.getValue('S', 0, 0)).toBe(1);
    writer.end();
    expect(rt.run('read')).toBe(2);
  });

  test('a read or a flush in the writer applies its pending writes', () => {
    const { rt } = setup();
    const reader = rt.begin();
    expect(reader.call('writeThenRead', [3])).toBe(3);
    expect(rt.run('read')).toBe(3);
    const flusher = rt.begin();
    flusher.call('writeAndFlush', [4]);
    expect(rt.run('read')).toBe(4);
    reader.end();
    flusher.end();
  });

  test('writes before an error are applied when the execution ends', () => {
    const { rt } = setup({
      bundleSource: `${SCRIPT}\nfunction writeThenFail() { write(5); throw new Error('boom'); }`,
    });
    expect(() => rt.run('writeThenFail')).toThrow('boom');
    expect(rt.run('read')).toBe(5);
  });

  test('a structural change applies the pending writes first, in order', () => {
    const { rt } = setup();
    const writer = rt.begin();
    writer.call('writeThenInsertRow', [9]);
    // The write landed before the row was inserted, so it moved down with row 1.
    expect(rt.run('cellText', ['A2'])).toBe('9');
    expect(rt.run('cellText', ['A1'])).toBe('');
    writer.end();
  });

  test('frozen rows wait like cell writes', () => {
    const { rt } = setup();
    const writer = rt.begin();
    writer.call('freeze');
    expect(rt.run('frozenRows')).toBe(0);
    expect(writer.call('frozenRows')).toBe(1);
    expect(rt.run('frozenRows')).toBe(1);
    writer.end();
  });

  test('a lock released without flush lets the next holder read the old value', () => {
    const { rt } = setup();
    const first = rt.begin();
    first.call('lockedWrite', [7, false]);
    expect(rt.run('lockedIncrement', [true])).toBe('done');
    first.end();
    // The second holder read 1, not 7, and wrote 2; the first's write landed at its end.
    expect(rt.run('read')).toBe(7);
  });

  test('lost update: two increments released without flush count one', () => {
    const { rt } = setup();
    const first = rt.begin();
    expect(first.call('lockedIncrement', [false])).toBe('done');
    expect(rt.run('lockedIncrement', [false])).toBe('done');
    first.end();
    expect(rt.run('read')).toBe(2);
  });

  test('with a flush before releaseLock, two increments count two', () => {
    const { rt } = setup();
    const first = rt.begin();
    expect(first.call('lockedIncrement', [true])).toBe('done');
    expect(rt.run('lockedIncrement', [true])).toBe('done');
    first.end();
    expect(rt.run('read')).toBe(3);
  });

  test('while one execution holds the document lock, another waits its timeout and fails', () => {
    const { rt } = setup();
    const holder = rt.begin();
    expect(holder.call('takeLock')).toBe(true);
    const before = rt.clock.nowMs();
    expect(rt.run('lockedIncrement', [true])).toBe('busy');
    expect(rt.clock.nowMs() - before).toBe(1000);
    holder.end();
    expect(rt.run('lockedIncrement', [true])).toBe('done');
  });
});

describe('document locks per document, and none outside a document', () => {
  test('executions of two spreadsheets do not block each other', () => {
    const state = new LocalState();
    const a = setup({ state, documentId: 'doc-a' }).rt;
    const b = setup({ state, documentId: 'doc-b' }).rt;
    const inA = a.begin();
    expect(inA.call('takeLock')).toBe(true);
    const inB = b.begin();
    expect(inB.call('takeLock')).toBe(true);
    expect(a.run('takeLock')).toBe(false);
    inB.end();
    inA.end();
  });

  test('an execution without a document gets a null document lock', () => {
    const { rt } = setup();
    expect(rt.run('documentLockKind')).toBe('lock');
    expect(rt.run('documentLockKind', [], { withoutDocument: true })).toBe('null');
  });

  test('time-driven triggers can be configured to run without a document', () => {
    const { rt } = setup({ triggersWithoutDocument: true });
    rt.run('installHourly');
    rt.clock.advanceMinutes(61);
    expect(rt.fireDueTriggers()).toHaveLength(1);
    expect(rt.state.propertyStore('script', '').get('kind')).toBe('null');
  });
});
