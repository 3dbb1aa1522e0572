// Why: at Google an execution's spreadsheet writes are "sometimes bundled together to improve
// performance" and applied when the script reads the spreadsheet, calls SpreadsheetApp.flush()
// or ends; until then no other execution sees them. So a script that releases the document lock
// without flushing lets the next holder read the old cells. This view of the workbook keeps one
// execution's writes (BUFFERED below) pending in that way; the strictest reading of the docs, so
// that such lock bugs show here too.
//
// Any other call of the execution (a read of cells or rules, a structural change such as
// inserting rows or sheets) first applies what is pending, in order. Sheet geometry reads (which
// sheets exist, their size) do not: pending writes cannot change them (a write that would grow a
// sheet is applied at once; pending frozen rows are applied before the sheet list is read).
import type { GridRange, LocalWorkbook } from '../../workbook';

/**
 * Writes that wait: cell contents, formats, validation, conditional formats, column widths,
 * frozen rows. None returns a result or can fail once its sheet exists; writes that can (hiding
 * the last sheet, named ranges, charts) or that move cells apply at once.
 */
const BUFFERED = new Set([
  'setInputs',
  'setInput',
  'clearContents',
  'setProps',
  'setPropsGrid',
  'clearFormats',
  'setValidation',
  'setConditionalRules',
  'setColumnWidth',
  'setFrozen',
]);

/** Pending writes that change what the sheet list says (frozen rows). */
const SHEET_INFO_WRITES = new Set(['setFrozen']);

/** Reads that pending writes cannot change (except SHEET_INFO_WRITES): answered without flushing. */
const UNAFFECTED = new Set([
  'getSheet',
  'findSheet',
  'listSheets',
  'customFunctionNames',
  'onChange',
]);

export interface BufferedWorkbook {
  /** The workbook as this execution sees it. */
  readonly view: LocalWorkbook;
  /** Applies the pending writes (SpreadsheetApp.flush, a read, the end of the execution). */
  flush(): void;
}

export function bufferWrites(workbook: LocalWorkbook): BufferedWorkbook {
  let queue: Array<() => void> = [];
  let sheetInfoPending = false;
  const flush = (): void => {
    sheetInfoPending = false;
    while (queue.length > 0) {
      const writes = queue;
      queue = [];
      workbook.batch(() => writes.forEach((write) => write()));
    }
  };
  const wrappers = new Map<string, (...args: unknown[]) => unknown>();
  const view = new Proxy(workbook, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      let wrapper = wrappers.get(prop);
      if (wrapper) return wrapper;
      const method = value as (...args: unknown[]) => unknown;
      if (BUFFERED.has(prop)) {
        wrapper = (...args: unknown[]) => {
          if (growsSheet(target, prop, args)) {
            flush();
            return method.apply(target, args);
          }
          queue.push(() => method.apply(target, args));
          if (SHEET_INFO_WRITES.has(prop)) sheetInfoPending = true;
          return undefined;
        };
      } else if (UNAFFECTED.has(prop)) {
        wrapper = (...args: unknown[]) => {
          if (sheetInfoPending) flush();
          return method.apply(target, args);
        };
      } else {
        wrapper = (...args: unknown[]) => {
          flush();
          return method.apply(target, args);
        };
      }
      wrappers.set(prop, wrapper);
      return wrapper;
    },
  });
  return { view, flush };
}

/** Writes that can grow a sheet: applied at once when they do, so sizes stay right. */
const CELL_WRITES = new Set([
  'setInputs',
  'setInput',
  'clearContents',
  'setProps',
  'setPropsGrid',
  'clearFormats',
  'setValidation',
]);

/** True when a cell write reaches past the sheet's size (the write grows the sheet). */
function growsSheet(workbook: LocalWorkbook, method: string, args: unknown[]): boolean {
  if (!CELL_WRITES.has(method)) return false;
  const info = workbook.findSheet(args[0] as number);
  if (!info) return true;
  const [bottom, right] = farCorner(method, args);
  return bottom > info.maxRows || right > info.maxColumns;
}

/** The row and column just past the cells a write touches. */
function farCorner(method: string, args: unknown[]): [number, number] {
  if (method === 'setInputs' || method === 'setPropsGrid') {
    const grid = args[3] as unknown[][];
    return [
      (args[1] as number) + grid.length,
      (args[2] as number) + Math.max(0, ...grid.map((row) => row.length)),
    ];
  }
  if (method === 'setInput') return [(args[1] as number) + 1, (args[2] as number) + 1];
  const range = args[1] as GridRange;
  return [range.row + range.numRows, range.col + range.numCols];
}
