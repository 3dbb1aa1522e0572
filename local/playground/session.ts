// One playground session: the workbook, the runtime that runs the add-on against it, and what
// outlives executions (properties, triggers, outbox, clock), saved to a file after every change.
// Opening is asynchronous and reports progress, so the page can show a loading bar while the
// demo builds (each phase is synchronous; the awaits between them let the server answer).
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallCounter, Clock, type LocalUser } from '../runtime/context';
import { createRuntime, type LocalRuntime } from '../runtime/loader';
import { LocalState } from '../runtime/state';
import { fakeDeals, hubspotFake } from '../fakes/hubspot';
import { fakePipedriveDeals, pipedriveFake } from '../fakes/pipedrive';
import { registerFetchHost } from '../services/url-fetch';

/** The private-app token the playground's HubSpot fake accepts (fictitious). */
export const PLAYGROUND_HUBSPOT_TOKEN = 'pat-playground-demo-0000';
export const PLAYGROUND_PIPEDRIVE_TOKEN = 'pd-playground-demo-0000';
import { createSpreadsheetApp, UiLog, type RecordedHtml } from '../services/spreadsheet';
import { LocalWorkbook } from '../workbook';
import { buildDemoWorkbookAsync } from '../demo/build';
import { DEFAULT_SAMPLE_SEED } from '../../src/addon/sample-data';
import {
  demoEndDate,
  demoFreshness,
  isoOfLocalDate,
  type DemoFreshness,
  type DemoInfo,
} from '../demo/freshness';
import {
  DebouncedSaver,
  readSessionFile,
  SESSION_FORMAT,
  type OpenedFile,
  type SessionFileJson,
} from './session-file';

export const DEFAULT_SAVE_FILE = resolve('.playground/workbook.json');

export interface SessionOptions {
  /** A playground file or a LocalWorkbook JSON; default: the save file, else the demo. */
  workbookFile?: string;
  /** Where changes go (default: the opened JSON file, else .playground/workbook.json); null: nowhere. */
  saveFile?: string | null;
  bundlePath?: string;
  bundleSource?: string;
  htmlFiles?: Record<string, string>;
  user?: LocalUser;
  /** The mode onOpen runs in: LIMITED (the add-on is in use in this document) or NONE. */
  onOpenAuthMode?: 'NONE' | 'LIMITED';
  saveDelayMs?: number;
  /** Start from a fresh demo even when the save file exists (it is then overwritten). */
  ignoreSaved?: boolean;
  /** Where the simulated clock starts when no saved session sets it (it then runs on). */
  clockStart?: Date;
  /** Where the clock starts even over a saved session's (npm start -- --clock); it then runs on. */
  pinClock?: Date;
  /**
   * Seed and end date of the demo data (default: the day before the clock's today in the
   * spreadsheet's zone); the locale of a new demo spreadsheet (default en_US).
   */
  demo?: {
    seed?: number;
    endDate?: Date;
    locale?: string;
    /** Tests: a smaller sample, the data sheets only (see DemoOptions). */
    scale?: number;
    quickStart?: boolean;
  };
  /**
   * Warehouse mode (npm start -- --warehouse): the warehouse manifest's grants, the fake BigQuery
   * service over a DuckDB twin of the workbook's sheets as they are when it opens (later edits
   * stay in the sheets only), and the Warehouse page's settings saved with "use the warehouse".
   */
  warehouse?: boolean;
}

export interface LoadStatus {
  ready: boolean;
  step: string;
  fraction: number;
  error?: string;
}

/** What an execution showed: sidebars and dialogs (with the URL serving them), alerts, toasts. */
export interface UiDelta {
  dialogs: Array<{ id: number; kind: RecordedHtml['kind']; title: string; url: string }>;
  alerts: UiLog['alerts'];
  toasts: UiLog['toasts'];
}

const yieldToServer = (): Promise<void> => new Promise((done) => setImmediate(done));

export class PlaygroundSession {
  readonly ui = new UiLog();
  readonly counter = new CallCounter();
  /** Every sidebar or dialog shown, by id (the page loads /sidebar/<id>). */
  readonly dialogs = new Map<number, RecordedHtml>();
  status: LoadStatus = { ready: false, step: 'Starting', fraction: 0 };
  source: 'demo' | 'file' = 'demo';
  workbook!: LocalWorkbook;
  runtime!: LocalRuntime;
  saver: DebouncedSaver | undefined;
  menuError: string | undefined;
  /** The demo the workbook was built as (remembered in the save file), if it is one. */
  demo: DemoInfo | undefined;
  /** Where the save file a fresh demo replaced was copied first. */
  replacedCopy: string | undefined;
  /** Closes the DuckDB twin of warehouse mode (its worker thread). */
  private closeWarehouse: (() => void) | undefined;
  private nextDialog = 1;

  constructor(readonly options: SessionOptions = {}) {}

  get state(): LocalState {
    return this.runtime.state;
  }
  get clock(): Clock {
    return this.runtime.clock;
  }

  /** Opens the workbook (file or demo) and runs onOpen; `status` follows along. */
  async open(): Promise<this> {
    try {
      await this.load();
      this.status = { ready: true, step: 'Ready', fraction: 1 };
    } catch (error) {
      this.status = { ...this.status, error: (error as Error).message };
      throw error;
    }
    return this;
  }

  private progress(step: string, fraction: number): void {
    this.status = { ready: false, step, fraction };
  }

  private async load(): Promise<void> {
    const o = this.options;
    const saved = !o.ignoreSaved && o.saveFile !== null && existsSync(this.defaultSave());
    const file = o.workbookFile ?? (saved ? this.defaultSave() : undefined);
    this.progress(file ? `Reading ${file}` : 'Loading the add-on', 0.02);
    await yieldToServer();
    const opened = file ? openFile(file) : undefined;
    const session = opened?.kind === 'session' ? opened.json : undefined;
    const workbookJson =
      session?.workbook ?? (opened?.kind === 'workbook' ? opened.json : undefined);
    // The clock runs in real time from where the session left it (or from clockStart).
    const clock = new Clock();
    const start = o.pinClock?.getTime() ?? session?.clockMs ?? o.clockStart?.getTime();
    if (start !== undefined) clock.advanceMs(start - Date.now());
    this.runtime = createRuntime({
      bundlePath: o.bundlePath,
      bundleSource: o.bundleSource,
      htmlFiles: o.htmlFiles,
      spreadsheetApp: (ctx) => createSpreadsheetApp(this.workbook, ctx, this.ui),
      state: session ? LocalState.fromJSON(session.state) : new LocalState(),
      clock,
      counter: this.counter,
      timeZone: workbookJson?.settings.timeZone,
      documentId: workbookJson?.settings.id,
      user: o.user,
      ...(o.warehouse ? await warehouseGrants() : {}),
    });
    // The Import page's live sync talks to in-process HubSpot and Pipedrive fakes (tokens below).
    const hubspot = hubspotFake(
      PLAYGROUND_HUBSPOT_TOKEN,
      fakeDeals(500, clock.nowMs() - 30 * 86_400_000, 3_600_000),
    );
    registerFetchHost(this.runtime.state, hubspot.host, hubspot.serve);
    const pipedrive = pipedriveFake(
      PLAYGROUND_PIPEDRIVE_TOKEN,
      fakePipedriveDeals(300, clock.nowMs() - 20 * 86_400_000, 3_600_000),
    );
    registerFetchHost(this.runtime.state, pipedrive.host, pipedrive.serve);
    const functions = this.runtime.customFunctions();
    if (workbookJson) {
      this.progress('Loading the sheets and evaluating the formulas', 0.2);
      await yieldToServer();
      this.workbook = LocalWorkbook.fromJSON(workbookJson, { functions });
      this.source = 'file';
      this.demo = session?.demo;
    } else {
      this.progress('Building the demo workbook', 0.05);
      await yieldToServer();
      this.replacedCopy = this.copyReplacedSave();
      // The data ends the day before the playground's today, in the spreadsheet's zone.
      const endDate = o.demo?.endDate ?? demoEndDate(clock.nowMs(), this.runtime.timeZone);
      const seed = o.demo?.seed ?? DEFAULT_SAMPLE_SEED;
      this.workbook = await buildDemoWorkbookAsync(
        {
          functions,
          timeZone: this.runtime.timeZone,
          locale: o.demo?.locale,
          scale: o.demo?.scale,
          quickStart: o.demo?.quickStart,
          seed,
          endDate,
          onProgress: (step, f) => this.progress(step, 0.05 + 0.9 * f),
        },
        yieldToServer,
      );
      this.demo = { endDate: isoOfLocalDate(endDate), seed };
    }
    this.workbook.now = () => this.clock.now();
    if (o.warehouse) {
      this.progress('Loading the DuckDB twin of the sheets (warehouse mode)', 0.96);
      await yieldToServer();
      await this.installWarehouse();
    }
    this.progress('Running onOpen', 0.97);
    await yieldToServer();
    this.setUpSaving(file);
    this.reopen();
  }

  /**
   * A fresh demo over an existing save file (npm start -- --demo) first copies the file aside,
   * so a user's edits are never lost silently; returns the copy's path.
   */
  private copyReplacedSave(): string | undefined {
    if (this.options.saveFile === null) return undefined;
    const target = this.defaultSave();
    if (!existsSync(target)) return undefined;
    const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
    const copy = target.replace(/(\.json)?$/, `.replaced-${stamp}.json`);
    copyFileSync(target, copy);
    return copy;
  }

  /** When the demo's data ends, and whether it is time to rebuild it (undefined: not a demo). */
  demoFreshness(realMs = Date.now()): DemoFreshness | undefined {
    if (!this.demo) return undefined;
    return demoFreshness(this.demo, this.clock.nowMs(), realMs, this.workbook.timeZone);
  }

  private defaultSave(): string {
    return this.options.saveFile ? resolve(this.options.saveFile) : DEFAULT_SAVE_FILE;
  }

  private setUpSaving(file: string | undefined): void {
    if (this.options.saveFile === null) return;
    const target = resolve(this.options.saveFile ?? file ?? DEFAULT_SAVE_FILE);
    this.saver = new DebouncedSaver(target, () => this.snapshot(), this.options.saveDelayMs);
    this.workbook.onChange(() => this.saver?.schedule());
    // A new demo, or a file saved elsewhere, is written at once, so a restart finds it.
    if (!file || resolve(file) !== target) this.saver.schedule();
  }

  /** The whole session as saved. */
  snapshot(): SessionFileJson {
    return {
      format: SESSION_FORMAT,
      version: 1,
      savedAt: new Date().toISOString(),
      clockMs: this.clock.nowMs(),
      ...(this.demo ? { demo: this.demo } : {}),
      workbook: this.workbook.toJSON(),
      state: this.state.toJSON(),
    };
  }

  /** After anything that may have changed the runtime state (workbook edits save by themselves). */
  changed(): void {
    this.saver?.schedule();
  }

  // ---- the add-on -----------------------------------------------------------------------------

  /** Runs onOpen as Sheets does when the document opens (the menu is rebuilt from scratch). */
  reopen(): void {
    this.ui.menus = [];
    this.menuError = undefined;
    if (!this.runtime.functionNames().includes('onOpen')) return;
    const authMode = this.options.onOpenAuthMode ?? 'LIMITED';
    try {
      this.runtime.invoke(
        'onOpen',
        (ex) => [
          authMode === 'NONE'
            ? { authMode }
            : {
                authMode,
                source: (
                  ex.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
                ).getActive(),
              },
        ],
        { authMode },
      );
    } catch (error) {
      this.menuError = `onOpen failed: ${(error as Error).message}`;
    }
    this.changed();
  }

  /**
   * google.script.run (JSON-safe arguments and result) or, for a menu item, a plain call in FULL
   * mode. Returns what the call showed along with its result; script errors are thrown.
   */
  call(
    functionName: string,
    args: unknown[],
    from: 'client' | 'menu',
  ): { result: unknown; ui: UiDelta } {
    const before = this.uiMarks();
    try {
      const result =
        from === 'menu'
          ? this.runtime.invoke(functionName, args, { authMode: 'FULL' })
          : this.runtime.run(functionName, args, { authMode: 'FULL' });
      return { result: from === 'menu' ? jsonCopy(result) : result, ui: this.uiSince(before) };
    } finally {
      this.changed();
    }
  }

  uiMarks(): { dialogs: number; alerts: number; toasts: number } {
    return {
      dialogs: this.ui.dialogs.length,
      alerts: this.ui.alerts.length,
      toasts: this.ui.toasts.length,
    };
  }

  /** What was shown since `before`; new sidebars and dialogs get an id and a URL. */
  uiSince(before: { dialogs: number; alerts: number; toasts: number }): UiDelta {
    const dialogs = this.ui.dialogs.slice(before.dialogs).map((d) => {
      const id = this.nextDialog++;
      this.dialogs.set(id, d);
      return { id, kind: d.kind, title: d.title, url: `/sidebar/${id}` };
    });
    return {
      dialogs,
      alerts: this.ui.alerts.slice(before.alerts),
      toasts: this.ui.toasts.slice(before.toasts),
    };
  }

  /** Stops saving after writing what is pending (server shutdown). */
  close(): void {
    this.saver?.flush();
    this.saver?.cancel();
    this.closeWarehouse?.();
  }

  /** The fake BigQuery over a twin of the sheets, and warehouse mode saved on (--warehouse). */
  private async installWarehouse(): Promise<void> {
    // Loaded only in warehouse mode: sheet mode starts without DuckDB.
    const { installWarehouseFake } = await import('../harness/warehouse-fake');
    const { WAREHOUSE_COLUMNS } = await import('../../src/warehouse/columns');
    const { emitQuery } = await import('../../src/warehouse/emit');
    const fake = installWarehouseFake(this.runtime.state, {
      workbook: this.workbook,
      clock: this.clock,
      columns: WAREHOUSE_COLUMNS,
      emit: emitQuery,
    });
    this.closeWarehouse = () => fake.twin.close();
    // The playground's user has a Workspace edition with Connected Sheets: "Explore a KPI in
    // Connected Sheets" inserts its (offline: empty) data-source sheet.
    const { allowConnectedSheets } = await import('../services/spreadsheet/data-sources');
    allowConnectedSheets(this.workbook);
    const saved = this.runtime.run('saveWarehouseSettings', [
      { ...fake.settings, useForKpis: true },
    ]) as { outcome: string; message: string };
    if (saved.outcome !== 'saved') throw new Error(`Warehouse mode: ${saved.message}`);
  }
}

/** The warehouse manifest's scopes and advanced services (appsscript.warehouse.json). */
async function warehouseGrants() {
  const { warehouseRuntimeOptions } = await import('../harness/warehouse-fake');
  return warehouseRuntimeOptions();
}

function openFile(path: string): OpenedFile {
  if (!existsSync(path)) throw new Error(`No such file: ${path}`);
  if (/\.(xlsx|ods|csv)$/i.test(path)) {
    throw new Error(
      `${path}: only playground JSON files open here (spreadsheet imports are not implemented).`,
    );
  }
  return readSessionFile(path);
}

/** A menu item's return value as the page can show it (Dates as ISO texts, functions dropped). */
function jsonCopy(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return String(value);
  }
}
