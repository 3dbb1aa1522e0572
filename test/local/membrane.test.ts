import vm from 'node:vm';
import { createSandbox } from '../../local/runtime/sandbox';
import { Clock } from '../../local/runtime/context';

function sandboxWith(globals: Record<string, unknown>) {
  const log: string[] = [];
  const box = createSandbox(new Clock(new Date('2024-01-01T00:00:00Z')), globals, log);
  return { log, run: (code: string): unknown => vm.runInContext(code, box.context), box };
}

class Sheet {
  constructor(private readonly name: string) {}
  getName(): string {
    return this.name;
  }
  getValues(): unknown[][] {
    return [
      [1, 'a', new Date(0)],
      [2, '', null],
    ];
  }
  boom(): never {
    throw new TypeError('bad range');
  }
}

describe('the realm boundary', () => {
  const sheet = new Sheet('Data');
  const received: unknown[] = [];
  const app = {
    take: (v: unknown) => {
      received.push(v);
    },
    getSheet: () => sheet,
    enums: { A: 'A' },
    keys: () =>
      Object.fromEntries([
        ['__proto__', 'x'],
        ['plain', 1],
      ]) as unknown,
  };
  const { run, log } = sandboxWith({ App: app });

  test('service objects are wrapped once: identity holds, methods run on the host object', () => {
    expect(run('App.getSheet() === App.getSheet()')).toBe(true);
    expect(run('App.getSheet().getName()')).toBe('Data');
  });

  test("arrays and data objects arrive as the script's own; Dates stay Dates", () => {
    expect(
      run(
        'var v = App.getSheet().getValues(); [v instanceof Array, v[0] instanceof Array, v[0][2] instanceof Date]',
      ),
    ).toEqual([true, true, true]);
    expect(run('App.enums instanceof Object && App.enums.A')).toBe('A');
    expect(run('Object.keys(App.keys())')).toEqual(['__proto__', 'plain']);
  });

  test("host errors become the script's errors with the same name and message", () => {
    expect(
      run('try { App.getSheet().boom() } catch (e) { [e instanceof Error, e.name, e.message] }'),
    ).toEqual([true, 'TypeError', 'bad range']);
  });

  test('values going out are host values, wrapped objects unwrapped', () => {
    run('App.take({ rows: [[1, 2]], sheet: App.getSheet() })');
    const back = received[0] as { rows: unknown[][]; sheet: unknown };
    expect(back.rows).toBeInstanceOf(Array);
    expect(back.rows[0]).toBeInstanceOf(Array);
    expect(back.sheet).toBeInstanceOf(Sheet);
  });

  test('circular script values are refused instead of overflowing the stack', () => {
    expect(() => run('var a = []; a.push(a); App.take(a)')).toThrow(
      'value nested too deeply (or circular)',
    );
  });

  test("the script's Date reads the clock; console writes to the execution log", () => {
    expect(run('new Date().toISOString()')).toBe('2024-01-01T00:00:00.000Z');
    expect(run('Date.now()')).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(run('new Date(5).getTime()')).toBe(5);
    run('console.log("%s rows", 3)');
    expect(log).toEqual(['3 rows']);
  });

  test('no Node globals leak into the script', () => {
    expect(run('[typeof require, typeof process, typeof setTimeout, typeof Buffer]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });
});
