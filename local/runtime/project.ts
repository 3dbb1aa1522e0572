// One add-on project as Google's servers hold it: one script, many spreadsheets, many users. An
// Editor add-on is a single script project for every spreadsheet it is used in, so the state that
// outlives executions (script and user properties, each user's triggers and quotas) is shared by
// all of them, while each spreadsheet keeps its own document properties and caches. A
// LocalRuntime is this project opened in one spreadsheet (loader.ts); runtimes opened on the same
// project share its state, clock, call counter, execution ids and execution log, and the
// project fires every spreadsheet's due triggers, each in its own spreadsheet.
import vm from 'node:vm';
import { basename } from 'node:path';
import { CallCounter, Clock } from './context';
import type { ExecutionRecord } from './execution';
import { DEFAULT_BUNDLE, readBundle } from './bundle-files';
import { fireDueTriggers, type TriggerFiring, type TriggerInvoke } from './fire-triggers';
import { LocalState } from './state';

export interface ProjectOptions {
  /** Default: dist/Code.js. */
  bundlePath?: string;
  /** The script text itself (tests); overrides reading bundlePath. */
  bundleSource?: string;
  state?: LocalState;
  clock?: Clock;
  counter?: CallCounter;
}

const KEPT_RECORDS = 200;

export class LocalProject {
  readonly bundlePath: string;
  readonly source: string;
  readonly script: vm.Script;
  readonly state: LocalState;
  readonly clock: Clock;
  readonly counter: CallCounter;
  /** The latest executions in every spreadsheet (most recent last). */
  readonly executions: ExecutionRecord[] = [];
  private nextId = 1;
  private readonly spreadsheets = new Map<string, TriggerInvoke>();

  constructor(options: ProjectOptions = {}) {
    this.bundlePath = options.bundlePath ?? DEFAULT_BUNDLE;
    this.source = options.bundleSource ?? readBundle(this.bundlePath);
    this.script = new vm.Script(this.source, { filename: basename(this.bundlePath) });
    this.state = options.state ?? new LocalState();
    this.clock = options.clock ?? new Clock();
    this.counter = options.counter ?? new CallCounter();
  }

  /** Unique across the project's spreadsheets (locks remember the execution holding them). */
  nextExecutionId(): number {
    return this.nextId++;
  }

  record(r: ExecutionRecord): void {
    this.executions.push(r);
    if (this.executions.length > KEPT_RECORDS)
      this.executions.splice(0, this.executions.length - KEPT_RECORDS);
  }

  /** Called by the loader: how to run a trigger's handler in that spreadsheet. */
  openSpreadsheet(documentId: string, invoke: TriggerInvoke): void {
    if (this.spreadsheets.has(documentId))
      throw new Error(`LocalProject: spreadsheet ${documentId} is already open`);
    this.spreadsheets.set(documentId, invoke);
  }

  /** The ids of the spreadsheets opened on this project. */
  spreadsheetIds(): string[] {
    return [...this.spreadsheets.keys()];
  }

  /** Runs every due time-driven trigger, each in the spreadsheet it was created in. */
  fireDueTriggers(): TriggerFiring[] {
    return fireDueTriggers(this.state, this.clock, (id) => this.spreadsheets.get(id));
  }
}

export function createProject(options: ProjectOptions = {}): LocalProject {
  return new LocalProject(options);
}
