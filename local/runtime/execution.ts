// One script execution: a fresh vm context with this execution's services, the bundle loaded into
// it (its top-level code runs, as at Google), calls to its top-level functions under Apps
// Script's time limit, and the end that applies its pending spreadsheet writes and releases its
// locks.
import vm from 'node:vm';
import type { RuntimeContext } from './context';
import { isError } from './realm';
import { flushPendingWrites, openPendingWrites } from './pending-writes';
import { createSandbox, type Sandbox } from './sandbox';
import { templateFunctionSource, escapeHtml, printRaw } from '../services/html-template';
import type { LocalState } from './state';

export interface ExecutionRecord {
  id: number;
  functionName: string;
  user: string;
  authMode: string;
  startedAt: string;
  log: string[];
  error?: string;
}

export interface ExecutionSetup {
  id: number;
  ctx: RuntimeContext;
  script: vm.Script;
  state: LocalState;
  timeLimitMs: number;
  /** The globals of this execution; `evaluateTemplate` runs HtmlTemplate code in its scope. */
  globals: (
    log: string[],
    evaluateTemplate: (code: string, vars: Record<string, unknown>) => string,
  ) => Record<string, unknown>;
  record: (r: ExecutionRecord) => void;
}

const CALL = '__localRuntimeCall';
const INVOKER = new vm.Script(`${CALL}()`, { filename: 'local-runtime-invoke.js' });
export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

export class Execution {
  readonly id: number;
  readonly ctx: RuntimeContext;
  readonly log: string[] = [];
  private readonly sandbox: Sandbox;
  private ended = false;

  constructor(private readonly setup: ExecutionSetup) {
    this.id = setup.id;
    this.ctx = setup.ctx;
    const evaluate = (code: string, vars: Record<string, unknown>): string => {
      const fn = vm.runInContext(templateFunctionSource(code), this.sandbox.context) as (
        v: object,
        e: typeof escapeHtml,
        r: typeof printRaw,
      ) => string;
      const scope = this.sandbox.intrinsics.Object.create(null) as Record<string, unknown>;
      Object.assign(scope, vars);
      return fn(scope, escapeHtml, printRaw);
    };
    openPendingWrites(setup.ctx);
    this.sandbox = createSandbox(setup.ctx.clock, setup.globals(this.log, evaluate), this.log);
    try {
      this.guarded(() =>
        setup.script.runInContext(this.sandbox.context, { timeout: setup.timeLimitMs }),
      );
    } catch (error) {
      this.end();
      throw error;
    }
  }

  /** The script's global object (services and the script's own functions). */
  get globals(): vm.Context {
    return this.sandbox.context;
  }

  /** Names of the script's top-level functions that may be called (not private `name_` ones). */
  functionNames(): string[] {
    const g = this.sandbox.context;
    return Object.keys(g).filter(
      (k) => typeof g[k] === 'function' && !this.sandbox.builtins.has(k) && !k.endsWith('_'),
    );
  }

  /** Calls a top-level function with host arguments; returns the result as host values. */
  call(functionName: string, args: readonly unknown[] = []): unknown {
    const scriptArgs = args.map((a) => this.sandbox.membrane.inward(a));
    return this.sandbox.membrane.outward(this.callScript(functionName, scriptArgs));
  }

  /** Arguments parsed by the script's own JSON (google.script.run's copies). */
  parseInScript(json: string): unknown {
    return this.sandbox.intrinsics.JSON.parse(json);
  }

  /** Calls with arguments already in the script's realm; returns the raw script value. */
  callScript(functionName: string, scriptArgs: unknown[]): unknown {
    if (this.ended) throw new Error('this execution has ended');
    const g = this.sandbox.context;
    const fn = g[functionName] as unknown;
    const record: ExecutionRecord = {
      id: this.id,
      functionName,
      user: this.ctx.user.email,
      authMode: this.ctx.authMode,
      startedAt: this.ctx.clock.now().toISOString(),
      log: this.log,
    };
    try {
      if (
        typeof fn !== 'function' ||
        functionName.endsWith('_') ||
        this.sandbox.builtins.has(functionName)
      )
        throw new Error(`Script function not found: ${functionName}`);
      Object.defineProperty(g, CALL, {
        value: () => (fn as (...a: unknown[]) => unknown)(...scriptArgs),
        configurable: true,
        enumerable: false,
      });
      return this.guarded(() => INVOKER.runInContext(g, { timeout: this.setup.timeLimitMs }));
    } catch (error) {
      record.error = (error as Error).message;
      throw error;
    } finally {
      this.setup.record(record);
    }
  }

  /**
   * Ends the execution as Apps Script does: the spreadsheet writes still pending are applied
   * (until now no other execution saw them), then the locks the script still holds are released.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const failure of flushPendingWrites(this.ctx))
      this.log.push(`Pending spreadsheet write failed at the end of the execution: ${failure}`);
    this.setup.state.releaseLocksOf(this.id);
  }

  /** Runs script code; what it throws reaches the host as a host Error with the same message. */
  private guarded<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw hostError(error);
    }
  }
}

export function hostError(error: unknown): Error {
  if (!isError(error)) return new Error(String(error));
  if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
    return new Error(TIMEOUT_MESSAGE);
  if (error instanceof Error) return error;
  const { message, name, stack } = error as Error;
  const converted = new Error(message);
  converted.name = name;
  converted.stack = stack;
  return converted;
}
