// A typed promise wrapper over google.script.run, in the spirit of gas-client:
// `server.wizardInit()` returns a Promise typed from the contract's interface, resolved by the
// success handler and rejected (with the server's message) by the failure handler. The sidebar
// runs in Apps Script's iframe: google.script.run is the only way to reach the server.

/** Every function of T, returning a Promise of its result instead of the result. */
export type Promisified<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

type Handler = (value: unknown) => void;

/** The part of google.script.run the wrapper uses. */
export interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
}

interface GoogleGlobal {
  google?: { script?: { run?: ScriptRun; host?: { close(): void } } };
}

/** google.script.run when the page runs in Apps Script (or a shim of it); undefined elsewhere. */
export function scriptRun(): ScriptRun | undefined {
  return (globalThis as GoogleGlobal).google?.script?.run;
}

/** Closes the sidebar (google.script.host.close); does nothing outside Apps Script. */
export function closeSidebar(): void {
  (globalThis as GoogleGlobal).google?.script?.host?.close();
}

/**
 * The text of a failure: Apps Script hands the failure handler an Error whose message may start
 * with "Exception: " or "Error: " (how the server threw it); the user only needs the sentence.
 */
export function serverMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error);
  return raw.replace(/^(?:Uncaught\s+)?(?:Exception|Error|ScriptError):\s*/, '').trim() || raw;
}

/** An error from the server, keeping the function name for logs. */
export class ServerError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** Calls one server function; `run` is looked up at call time, so tests can install a stub. */
export function callServer<R>(
  name: string,
  args: unknown[],
  run: () => ScriptRun | undefined = scriptRun,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const runner = run();
    if (!runner) {
      reject(
        new ServerError(
          name,
          'google.script.run is not available: open this page from the add-on.',
        ),
      );
      return;
    }
    const call = runner
      .withSuccessHandler((value) => resolve(value as R))
      .withFailureHandler((error) => reject(new ServerError(name, serverMessage(error))));
    const fn = (call as unknown as Record<string, (...a: unknown[]) => void>)[name];
    if (typeof fn !== 'function') {
      reject(new ServerError(name, `The server has no function ${name}.`));
      return;
    }
    fn.apply(call, args);
  });
}

/** A typed client for the server functions of T: `client.name(args)` → Promise of the result. */
export function createServer<T extends object>(
  run: () => ScriptRun | undefined = scriptRun,
): Promisified<T> {
  return new Proxy({} as Promisified<T>, {
    get: (_target, name) => {
      // Not a thenable: `await client` must not call a server function named "then".
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => callServer(name, args, run);
    },
  });
}
