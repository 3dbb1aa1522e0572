// The local Apps Script runtime: compiles dist/Code.js once and runs it in a fresh vm context per
// execution with the local services as globals, in the authorisation mode Google would use:
// - run():  google.script.run (FULL by default; JSON-safe arguments and results);
// - invoke(): menu items, simple and installable triggers (any arguments, e.g. event objects);
// - customFunctions(): the =KPI_* functions for the formula engine (CUSTOM_FUNCTION mode, as the
//   spreadsheet owner, 30 s limit);
// - fireDueTriggers(): time-driven triggers whose time has come on the clock (FULL, as owner).
import { basename } from 'node:path';
import vm from 'node:vm';
import {
  CallCounter,
  Clock,
  type AuthModeName,
  type LocalUser,
  type RuntimeContext,
} from './context';
import { createServices } from '../services/index';
import { checkArguments, clientResult } from './json-safe';
import { Execution, type ExecutionRecord } from './execution';
import { LocalState } from './state';
import {
  customFunctionNames,
  DEFAULT_BUNDLE,
  htmlFilesNextTo,
  manifestTimeZone,
  readBundle,
} from './bundle-files';
import { fireDueTriggers, type TriggerFiring } from './fire-triggers';

export interface RuntimeOptions {
  /** Default: dist/Code.js. */
  bundlePath?: string;
  /** The script text itself (tests); overrides reading bundlePath. */
  bundleSource?: string;
  /** HTML files by name; default: the *.html files next to the bundle. */
  htmlFiles?: Record<string, string>;
  spreadsheetApp: (ctx: RuntimeContext) => GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  state?: LocalState;
  clock?: Clock;
  counter?: CallCounter;
  /** The spreadsheet's time zone; default: the manifest's timeZone, else Europe/Paris. */
  timeZone?: string;
  /**
   * Session.getScriptTimeZone(): the manifest's zone, never the spreadsheet's (a published add-on
   * has one for all its users); default: the manifest's timeZone, else timeZone.
   */
  scriptTimeZone?: string;
  /** The spreadsheet owner and default active user. */
  user?: LocalUser;
  documentId?: string;
  /** Apply Google's Editor add-on trigger restrictions (default true). */
  addOnRules?: boolean;
  /** Apps Script's limits: 6 minutes per execution, 30 s per custom function call. */
  timeLimitMs?: number;
  customFunctionTimeLimitMs?: number;
}

export interface RunOptions {
  authMode?: AuthModeName;
  user?: LocalUser;
}

export interface LocalRuntime {
  /** google.script.run: JSON-safe arguments in, the client's copy of the result out. */
  run(functionName: string, args?: readonly unknown[], opts?: RunOptions): unknown;
  /** Menu items and triggers: any host arguments (or a factory given the open execution). */
  invoke(
    functionName: string,
    args?: readonly unknown[] | ((execution: Execution) => readonly unknown[]),
    opts?: RunOptions,
  ): unknown;
  /** An execution left open (e.g. holding a lock) until `end()`. */
  begin(opts?: RunOptions): Execution;
  functionNames(): string[];
  customFunctions(): Record<string, (...args: unknown[]) => unknown>;
  fireDueTriggers(): TriggerFiring[];
  /** The latest executions (most recent last), with their logs and errors. */
  readonly executions: ExecutionRecord[];
  readonly state: LocalState;
  readonly clock: Clock;
  readonly counter: CallCounter;
  readonly timeZone: string;
  readonly user: LocalUser;
}

const KEPT_RECORDS = 200;

export function createRuntime(options: RuntimeOptions): LocalRuntime {
  const bundlePath = options.bundlePath ?? DEFAULT_BUNDLE;
  const source = options.bundleSource ?? readBundle(bundlePath);
  const script = new vm.Script(source, { filename: basename(bundlePath) });
  const state = options.state ?? new LocalState();
  const clock = options.clock ?? new Clock();
  const counter = options.counter ?? new CallCounter();
  const manifestZone = manifestTimeZone(bundlePath);
  const timeZone = options.timeZone ?? manifestZone ?? 'Europe/Paris';
  const scriptTimeZone = options.scriptTimeZone ?? manifestZone ?? timeZone;
  const owner = options.user ?? { email: 'owner@example.com', locale: 'en' };
  const executions: ExecutionRecord[] = [];
  let htmlFiles = options.htmlFiles;
  let nextId = 1;
  let names: string[] | undefined;

  const begin = (
    opts: RunOptions = {},
    timeLimitMs = options.timeLimitMs ?? 360_000,
  ): Execution => {
    const id = nextId++;
    const ctx: RuntimeContext = {
      clock,
      counter,
      timeZone,
      user: opts.user ?? owner,
      authMode: opts.authMode ?? 'FULL',
    };
    htmlFiles ??= htmlFilesNextTo(bundlePath);
    const files = htmlFiles;
    return new Execution({
      id,
      ctx,
      script,
      state,
      timeLimitMs,
      globals: (log, evaluateTemplate) => ({
        ...createServices(ctx, {
          state,
          executionId: id,
          documentId: options.documentId ?? 'local-spreadsheet',
          addOnRules: options.addOnRules ?? true,
          htmlFiles: files,
          evaluateTemplate,
          scriptTimeZone,
          log,
        }),
        SpreadsheetApp: options.spreadsheetApp(ctx),
      }),
      record: (r) => {
        executions.push(r);
        if (executions.length > KEPT_RECORDS)
          executions.splice(0, executions.length - KEPT_RECORDS);
      },
    });
  };

  const invoke: LocalRuntime['invoke'] = (functionName, args = [], opts) => {
    const execution = begin(opts);
    try {
      return execution.call(functionName, typeof args === 'function' ? args(execution) : args);
    } finally {
      execution.end();
    }
  };

  const runtime: LocalRuntime = {
    run(functionName, args = [], opts) {
      checkArguments(args);
      const execution = begin(opts);
      try {
        const scriptArgs = execution.parseInScript(JSON.stringify(args)) as unknown[];
        return clientResult(execution.callScript(functionName, scriptArgs));
      } finally {
        execution.end();
      }
    },
    invoke,
    begin: (opts) => begin(opts),
    functionNames() {
      if (!names) {
        // Loading in NONE also proves the top-level code touches no service.
        const execution = begin({ authMode: 'NONE' });
        names = execution.functionNames();
        execution.end();
      }
      return [...names];
    },
    customFunctions() {
      const callable = new Set(runtime.functionNames());
      const limit = options.customFunctionTimeLimitMs ?? 30_000;
      const entries = customFunctionNames(source)
        .filter((name) => callable.has(name))
        .map((name) => {
          const fn = (...args: unknown[]): unknown => {
            const execution = begin({ authMode: 'CUSTOM_FUNCTION', user: owner }, limit);
            try {
              return execution.call(name, args);
            } finally {
              execution.end();
            }
          };
          return [name, fn] as const;
        });
      return Object.fromEntries(entries);
    },
    fireDueTriggers: () => fireDueTriggers(state, clock, invoke),
    executions,
    state,
    clock,
    counter,
    timeZone,
    user: owner,
  };
  return runtime;
}
