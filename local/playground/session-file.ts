// The playground's save file: the workbook, the runtime state (properties, triggers, outbox,
// caches, mail quota) and the simulated clock, as one JSON document. Written atomically (a
// temporary file renamed over the old one) so a crash mid-write never leaves half a file, and
// debounced so a burst of edits costs one write.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WorkbookJson } from '../workbook';
import type { LocalStateJSON } from '../runtime/state';
import type { DemoInfo } from '../demo/freshness';

export const SESSION_FORMAT = 'sales-kpi-playground';

export interface SessionFileJson {
  format: typeof SESSION_FORMAT;
  version: 1;
  savedAt: string;
  /** The simulated time when saved; the clock resumes from it. */
  clockMs: number;
  /** The demo the workbook was built as (its data's end date and seed); absent otherwise. */
  demo?: DemoInfo;
  workbook: WorkbookJson;
  state: LocalStateJSON;
}

/** What a file holds: a whole session, or only a workbook (LocalWorkbook.toJSON()). */
export type OpenedFile =
  { kind: 'session'; json: SessionFileJson } | { kind: 'workbook'; json: WorkbookJson };

export function readSessionFile(path: string): OpenedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format === SESSION_FORMAT) {
    const json = parsed as SessionFileJson;
    if (json.version !== 1)
      throw new Error(`${path}: unknown playground file version ${json.version}`);
    return { kind: 'session', json };
  }
  if (format === 'local-workbook') return { kind: 'workbook', json: parsed as WorkbookJson };
  throw new Error(`${path} is not a playground file (expected "format": "${SESSION_FORMAT}").`);
}

/** Writes the file whole or not at all. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Saves `snapshot()` to `path` at most once per `delayMs` after changes stop coming. */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | undefined;
  /** Saves completed, and the last error (the playground shows it rather than crashing). */
  saves = 0;
  lastError: string | undefined;

  constructor(
    readonly path: string,
    private readonly snapshot: () => SessionFileJson,
    private readonly delayMs = 400,
  ) {}

  /** Called after every change. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref?.();
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Saves now if a save is pending (on shutdown, and in tests). */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      writeFileAtomic(this.path, JSON.stringify(this.snapshot()));
      this.saves++;
      this.lastError = undefined;
    } catch (error) {
      this.lastError = (error as Error).message;
      console.error(`playground: could not save ${this.path}: ${this.lastError}`);
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
