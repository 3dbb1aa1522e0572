// The promise wrapper over google.script.run, against a stub runner that behaves as Apps Script
// does: handlers set by chaining, one call per runner, asynchronous outcomes.
import type { WizardServer } from '../../src/server/wizard-contract';
import {
  callServer,
  createServer,
  serverMessage,
  type ScriptRun,
} from '../../sidebar/shared/server';

type Outcome = { ok: unknown } | { fail: unknown };

function stubRun(answer: (name: string, args: unknown[]) => Outcome) {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get: (_t, name: string) => {
        if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, failure);
        if (name === 'withFailureHandler') return (fn: (e: unknown) => void) => runner(success, fn);
        return (...args: unknown[]) => {
          calls.push({ name, args });
          const outcome = answer(name, args);
          setTimeout(() => ('ok' in outcome ? success?.(outcome.ok) : failure?.(outcome.fail)), 0);
        };
      },
    });
  return { run: () => runner(), calls };
}

describe('server wrapper', () => {
  it('resolves with what the server function returned, typed from the contract', async () => {
    const stub = stubRun((name, args) => ({ ok: { name, args } }));
    const server = createServer<WizardServer>(stub.run);
    const loaded = (await server.wizardLoad('OBJ-3')) as unknown;
    expect(loaded).toEqual({ name: 'wizardLoad', args: ['OBJ-3'] });
    expect(stub.calls).toEqual([{ name: 'wizardLoad', args: ['OBJ-3'] }]);
  });

  it('rejects with the server message when the failure handler is called', async () => {
    const stub = stubRun(() => ({ fail: new Error('Exception: Objective OBJ-9 does not exist.') }));
    const server = createServer<WizardServer>(stub.run);
    await expect(server.wizardDelete('OBJ-9')).rejects.toMatchObject({
      name: 'ServerError',
      functionName: 'wizardDelete',
      message: 'Objective OBJ-9 does not exist.',
    });
  });

  it('runs concurrent calls independently', async () => {
    const stub = stubRun((name, args) =>
      args[0] === 'bad' ? { fail: { message: 'no' } } : { ok: `${name}:${String(args[0])}` },
    );
    const results = await Promise.allSettled([
      callServer('a', ['x'], stub.run),
      callServer('b', ['bad'], stub.run),
      callServer('c', ['y'], stub.run),
    ]);
    expect(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
    ).toEqual(['a:x', 'no', 'c:y']);
  });

  it('rejects clearly outside Apps Script', async () => {
    const server = createServer<WizardServer>(() => undefined);
    await expect(server.wizardInit()).rejects.toThrow(
      'google.script.run is not available: open this page from the add-on.',
    );
  });

  it('is not a thenable (awaiting the client calls no server function)', async () => {
    const stub = stubRun(() => ({ ok: 1 }));
    const server = createServer<WizardServer>(stub.run);
    expect(await Promise.resolve(server)).toBe(server);
    expect(stub.calls).toEqual([]);
  });

  it('reads the message of every shape a failure takes', () => {
    expect(serverMessage(new Error('Error: Target must be a number'))).toBe(
      'Target must be a number',
    );
    expect(serverMessage({ message: 'ScriptError: Lock timeout' })).toBe('Lock timeout');
    expect(serverMessage('plain text')).toBe('plain text');
    expect(serverMessage(new Error('Exception: '))).toBe('Exception: ');
  });
});
