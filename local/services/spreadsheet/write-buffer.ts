// Why: at Google an execution's cell writes are "sometimes bundled together to improve
// performance" and applied when the script reads the spreadsheet, calls SpreadsheetApp.flush()
// or ends; until then no other execution sees them. So a script that releases the document lock
// without flushing lets the next holder read the old cells. This view of the workbook keeps one
// execution's cell writes (values, formulas, formats, validation) pending in that way; the
// strictest reading of the docs, so that such lock bugs show here too.
//
// What is pending: the cell writes below. Any other call of the execution (a read of cells, a
// structural change such as inserting rows or sheets) first applies what is pending, in order.
// Sheet geometry reads (which sheets exist, their size) do not: cell writes cannot change them,
// and a write that would grow a sheet is applied at once.
import type { GridRange, LocalWorkbook } from '../../workbook';

/** Cell writes that wait; each is (sheet, …) with no result. */
const BUFFERED = new Set([
  'setInputs',
  'setInput',
  'clearContents',
  'setProps',
  'setPropsGrid',
  'clearFormats',
  'setValidation',
]);

/** Reads that pending cell writes cannot change: answered without flushing. */
const UNAFFECTED = new Set([
  'getSheet',
  'findSheet',
  'listSheets',
  'customFunctionNames',
  'getColumnWidth',
  'getNamedRange',
  'listNamedRanges',
  'onChange',
]);

export interface BufferedWorkbook {
  /** The workbook as this execution sees it. */
  readonly view: LocalWorkbook;
  /** Applies the pending writes (SpreadsheetApp.flush, a read, the end of the execution). */
  flush(): void;
  /** How many writes are pending (tests). */
  pending(): number;
}

export function bufferWrites(workbook: LocalWorkbook): BufferedWorkbook {
  let queue: Array<() => void> = [];
  const flush = (): void => {
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
          return undefined;
        };
      } else if (UNAFFECTED.has(prop)) {
        wrapper = (...args: unknown[]) => method.apply(target, args);
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
  return { view, flush, pending: () => queue.length };
}

/** True when a cell write reaches past the sheet's size (the write grows the sheet). */
function growsSheet(workbook: LocalWorkbook, method: string, args: unknown[]): boolean {
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
