// Why: Apps Script applies an execution's spreadsheet writes lazily ("spreadsheet operations are
// sometimes bundled together"; SpreadsheetApp.flush() "applies all pending Spreadsheet changes"),
// and at the latest when the execution ends. This registry ties the SpreadsheetApp of one
// execution to that execution: the execution opens it before its services are made and flushes
// it when it ends; a SpreadsheetApp made outside an execution (unit tests) writes at once.
import type { RuntimeContext } from './context';

const open = new WeakMap<RuntimeContext, Array<() => void>>();

/** Marks a context as one execution's: its SpreadsheetApp buffers writes until flushed. */
export function openPendingWrites(ctx: RuntimeContext): void {
  if (!open.has(ctx)) open.set(ctx, []);
}

/** True when writes made with this context wait for a read, a flush or the execution's end. */
export function buffersWrites(ctx: RuntimeContext): boolean {
  return open.has(ctx);
}

/** Registers what applies this execution's pending writes when it ends. */
export function onExecutionEnd(ctx: RuntimeContext, flush: () => void): void {
  open.get(ctx)?.push(flush);
}

/**
 * Applies every pending write of the execution (Apps Script does so when a script ends, also
 * after an error). Returns the messages of writes that could not be applied.
 */
export function flushPendingWrites(ctx: RuntimeContext): string[] {
  const flushes = open.get(ctx) ?? [];
  open.delete(ctx);
  const failures: string[] = [];
  for (const flush of flushes) {
    try {
      flush();
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  return failures;
}
