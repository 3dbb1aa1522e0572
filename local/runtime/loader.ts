// The local Apps Script runtime: compiles dist/Code.js once and runs it in a fresh vm context per
// execution with the local services as globals, in the authorisation mode Google would use:
// - run():  google.script.run (FULL by default; JSON-safe arguments and results);
// - invoke(): menu items, simple and installable triggers (any arguments, e.g. event objects);
// - customFunctions(): the =KPI_* functions for the formula engine (CUSTOM_FUNCTION mode, as the
//   spreadsheet owner, 30 s limit);
// - fireDueTriggers(): time-driven triggers whose time has come on the clock (FULL, as owner).
// A runtime is one spreadsheet of an add-on project (project.ts): pass `project` to open several
// spreadsheets that share the project's state, clock and triggers; without it, the runtime has a
// project of its own.
import type {
  CallCounter,
  Clock,
  AuthModeName,
  LocalUser,
  RuntimeContext,
  ScopeRefusal,
} from './context';
import { createServices } from '../services/index';
import { checkArguments, clientResult } from './json-safe';
import { Execution, type ExecutionRecord } from './execution';
import { DEFAULT_DOCUMENT_ID, type LocalState } from './state';
import {
  customFunctionNames,
  htmlFilesNextTo,
  manifestAdvancedServices,
  manifestScopes,
  manifestTimeZone,
} from './bundle-files';
import type { TriggerFiring } from './fire-triggers';
import { LocalProject } from './project';

export interface RuntimeOptions {
  /**
   * The add-on project this spreadsheet belongs to (its bundle, state, clock and counter are then
   * the project's: bundlePath, bundleSource, state, clock and counter are ignored).
   */
  project?: LocalProject;
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
  /** The spreadsheet's id (SpreadsheetApp's getId()); default DEFAULT_DOCUMENT_ID. */
  documentId?: string;
  /** Time-driven triggers run outside the document (no current document: null document lock). */
  triggersWithoutDocument?: boolean;
  /** Apply Google's Editor add-on trigger restrictions (default true). */
  addOnRules?: boolean;
  /** Apps Script's limits: 6 minutes per execution, 30 s per custom function call. */
  timeLimitMs?: number;
  customFunctionTimeLimitMs?: number;
  /**
   * The granted OAuth scopes; default: the oauthScopes of the manifest next to the bundle. A
   * method whose scope is missing throws Google's permission error. `null`: no manifest list
   * (every scope granted, as Apps Script's automatic detection does).
   */
  oauthScopes?: readonly string[] | null;
  /**
   * The advanced services enabled (their userSymbols, e.g. 'BigQuery'); default: the
   * manifest's `dependencies.enabledAdvancedServices`. A service also needs its fake registered
   * (BigQuery: registerBigQuery) to appear as a global.
   */
  advancedServices?: readonly string[];
}

export interface RunOptions {
  authMode?: AuthModeName;
  user?: LocalUser;
  /** Runs outside any document, as a standalone script would: getDocumentLock() is null. */
  withoutDocument?: boolean;
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
  /** The latest executions of the project (most recent last), with their logs and errors. */
  readonly executions: ExecutionRecord[];
  /** This spreadsheet's id, and the project it is open in. */
  readonly documentId: string;
  readonly project: LocalProject;
  readonly state: LocalState;
  readonly clock: Clock;
  readonly counter: CallCounter;
  readonly timeZone: string;
  readonly user: LocalUser;
  /** Every call refused for a scope the manifest lacks, even those the script caught. */
  readonly scopeRefusals: ScopeRefusal[];
}

export function createRuntime(options: RuntimeOptions): LocalRuntime {
  const project = options.project ?? new LocalProject(options);
  const { bundlePath, source, script, state, clock, counter, executions } = project;
  const documentId = options.documentId ?? DEFAULT_DOCUMENT_ID;
  const manifestZone = manifestTimeZone(bundlePath);
  const timeZone = options.timeZone ?? manifestZone ?? 'Europe/Paris';
  const scriptTimeZone = options.scriptTimeZone ?? manifestZone ?? timeZone;
  const owner = options.user ?? { email: 'owner@example.com', locale: 'en' };
  const scopes =
    options.oauthScopes === undefined ? manifestScopes(bundlePath) : options.oauthScopes;
  const grantedScopes = scopes ? new Set(scopes) : undefined;
  const advancedServices = options.advancedServices ?? manifestAdvancedServices(bundlePath);
  const scopeRefusals: ScopeRefusal[] = [];
  let htmlFiles = options.htmlFiles;
  let names: string[] | undefined;

  const begin = (
    opts: RunOptions = {},
    timeLimitMs = options.timeLimitMs ?? 360_000,
  ): Execution => {
    const id = project.nextExecutionId();
    const ctx: RuntimeContext = {
      clock,
      counter,
      timeZone,
      user: opts.user ?? owner,
      authMode: opts.authMode ?? 'FULL',
      documentId,
      grantedScopes,
      scopeRefusals,
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
          documentId,
          withoutDocument: opts.withoutDocument,
          addOnRules: options.addOnRules ?? true,
          htmlFiles: files,
          evaluateTemplate,
          scriptTimeZone,
          log,
          advancedServices,
        }),
        SpreadsheetApp: options.spreadsheetApp(ctx),
      }),
      record: (r) => project.record(r),
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
    fireDueTriggers: () => project.fireDueTriggers(),
    executions,
    documentId,
    project,
    state,
    clock,
    counter,
    timeZone,
    user: owner,
    scopeRefusals,
  };
  project.openSpreadsheet(documentId, (name, args, opts) =>
    invoke(name, args, { ...opts, withoutDocument: options.triggersWithoutDocument }),
  );
  return runtime;
}
