// The lock helper's contract, call by call, against recording stand-ins for LockService and
// SpreadsheetApp: flush before every release (after an error too), nothing run when the lock is
// busy or null, and the reason given.
import { noDocumentMessage, withDocumentLock } from '../../../src/addon/workbook/lock';

const globals = globalThis as Record<string, unknown>;
let calls: string[];

function stubServices(lock: { free: boolean } | null): void {
  calls = [];
  globals.SpreadsheetApp = { flush: () => calls.push('flush') };
  globals.LockService = {
    getDocumentLock: () =>
      lock && {
        tryLock: (ms: number) => {
          calls.push(`tryLock ${ms}`);
          return lock.free;
        },
        releaseLock: () => calls.push('releaseLock'),
      },
  };
}

afterEach(() => {
  delete globals.SpreadsheetApp;
  delete globals.LockService;
  jest.restoreAllMocks();
});

describe('withDocumentLock', () => {
  test('runs the work, then flushes, then releases', () => {
    stubServices({ free: true });
    const result = withDocumentLock(() => {
      calls.push('work');
      return 42;
    }, 5000);
    expect(result).toEqual({ ok: true, value: 42 });
    expect(calls).toEqual(['tryLock 5000', 'work', 'flush', 'releaseLock']);
  });

  test('flushes and releases when the work throws, and the error still reaches the caller', () => {
    stubServices({ free: true });
    expect(() =>
      withDocumentLock(() => {
        calls.push('work');
        throw new Error('half-way');
      }),
    ).toThrow('half-way');
    expect(calls).toEqual(['tryLock 10000', 'work', 'flush', 'releaseLock']);
  });

  test('busy: nothing runs, nothing is released, the reason is busy', () => {
    stubServices({ free: false });
    const run = jest.fn();
    expect(withDocumentLock(run)).toEqual({ ok: false, reason: 'busy' });
    expect(run).not.toHaveBeenCalled();
    expect(calls).toEqual(['tryLock 10000']);
  });

  test('null lock: nothing runs, the reason is noDocument and it is logged', () => {
    stubServices(null);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const run = jest.fn();
    expect(withDocumentLock(run)).toEqual({ ok: false, reason: 'noDocument' });
    expect(run).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(noDocumentMessage('en'));
    expect(noDocumentMessage('fr')).not.toBe(noDocumentMessage('en'));
  });
});
