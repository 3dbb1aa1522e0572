// google.script.run, google.script.host and google.script.url inside a sidebar or dialog, as
// Apps Script provides them. Like the real one, the sidebar is a sandboxed iframe that cannot
// reach the server itself: calls go to the page by postMessage, the page calls POST /api/run and
// posts the answer back. Arguments follow Google's rules: primitives, null, and arrays/objects of
// them (a form element is sent as its fields); a Date, function or circular structure fails with
// "Failed due to illegal value in property: <key>", and undefined in arrays becomes null.
// Return values obey the same rules (HTML-service communication guide): the server refuses an
// illegal result, and the answer reaches the failure handler, never the success handler.
(() => {
  type Handler = (value: unknown, userObject?: unknown) => void;
  interface RunnerState {
    success?: Handler;
    failure?: Handler;
    userObject?: unknown;
  }
  interface Answer {
    type: 'gas-answer';
    id: number;
    result?: unknown;
    error?: string;
  }

  const pending = new Map<number, RunnerState>();
  let nextId = 1;

  function illegalProperty(value: unknown, key: string, seen: Set<object>): string | undefined {
    const t = typeof value;
    if (
      value === null ||
      value === undefined ||
      t === 'string' ||
      t === 'boolean' ||
      t === 'number'
    )
      return undefined;
    if (t !== 'object') return key;
    const object = value as object;
    const proto = Object.getPrototypeOf(object);
    const plain = Array.isArray(object) || proto === Object.prototype || proto === null;
    if (!plain || seen.has(object)) return key;
    seen.add(object);
    for (const [k, v] of Object.entries(object)) {
      const bad = illegalProperty(v, k, seen);
      if (bad !== undefined) return bad;
    }
    seen.delete(object);
    return undefined;
  }

  /** A form is sent as an object of its named fields (several values of one name: an array). */
  function formFields(form: HTMLFormElement): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    new FormData(form).forEach((value, name) => {
      const v = typeof value === 'string' ? value : null; // file uploads are not supported here
      const old = fields[name];
      fields[name] = old === undefined ? v : Array.isArray(old) ? [...old, v] : [old, v];
    });
    return fields;
  }

  function fail(state: RunnerState, message: string): void {
    const error = new Error(message);
    if (state.failure) state.failure(error, state.userObject);
    else console.error(`google.script.run failure (no failure handler): ${message}`);
  }

  function call(functionName: string, args: unknown[], state: RunnerState): void {
    const sent = args.map((a) => (a instanceof HTMLFormElement ? formFields(a) : a));
    for (let i = 0; i < sent.length; i++) {
      const bad = illegalProperty(sent[i], String(i), new Set());
      if (bad !== undefined) {
        // Asynchronous, as every outcome of google.script.run is.
        setTimeout(() => fail(state, `Failed due to illegal value in property: ${bad}`), 0);
        return;
      }
    }
    const id = nextId++;
    pending.set(id, state);
    const copy = JSON.parse(JSON.stringify(sent)) as unknown[];
    window.parent.postMessage({ type: 'gas-run', id, functionName, args: copy }, '*');
  }

  function runner(state: RunnerState): unknown {
    const handlers: Record<string, unknown> = {
      withSuccessHandler: (fn: Handler) => runner({ ...state, success: fn }),
      withFailureHandler: (fn: Handler) => runner({ ...state, failure: fn }),
      withUserObject: (userObject: unknown) => runner({ ...state, userObject }),
    };
    // Any other name is a server function, as at Google (unknown ones fail on the server).
    return new Proxy(handlers, {
      get: (target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (name in target) return target[name];
        return (...args: unknown[]) => call(name, args, state);
      },
    });
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const answer = event.data as Answer | null;
    if (event.source !== window.parent || answer?.type !== 'gas-answer') return;
    const state = pending.get(answer.id);
    if (!state) return;
    pending.delete(answer.id);
    if (answer.error !== undefined) fail(state, answer.error);
    else state.success?.(answer.result, state.userObject);
  });

  const post = (type: string, extra: Record<string, unknown> = {}): void =>
    window.parent.postMessage({ type, ...extra }, '*');

  (window as unknown as { google: unknown }).google = {
    script: {
      run: runner({}),
      host: {
        origin: '',
        close: () => post('gas-close'),
        setHeight: (height: number) => post('gas-size', { height }),
        setWidth: (width: number) => post('gas-size', { width }),
        editor: { focus: () => post('gas-focus') },
      },
      url: {
        getLocation: (callback: (location: unknown) => void) =>
          setTimeout(() => callback({ hash: '', parameter: {}, parameters: {} }), 0),
      },
      history: {
        push: () => undefined,
        replace: () => undefined,
        setChangeHandler: () => undefined,
      },
    },
  };
})();
export {};
