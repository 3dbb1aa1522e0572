import { isServiceObject, service } from '../../../local/services/unimplemented';
import { testContext } from './context';

interface Thing {
  name(): string;
  rename(n: string): Thing;
  other(): void;
  kind: string;
}

function thing(authMode: 'FULL' | 'CUSTOM_FUNCTION' = 'FULL') {
  const ctx = testContext({ authMode });
  const impl = {
    kind: 'demo',
    value: 'a',
    name() {
      return this.value;
    },
    rename(n: string) {
      this.value = n;
      return this;
    },
  };
  return {
    ctx,
    t: service<Thing>('Thing', impl, {
      ctx,
      defaultAccess: 'CUSTOM_FUNCTION',
      access: { rename: 'LIMITED' },
    }),
  };
}

describe('service wrapper', () => {
  test('a missing method throws "not implemented", never a silent no-op', () => {
    expect(() => thing().t.other()).toThrow('not implemented in the local runtime: Thing.other');
  });

  test('implemented methods run, chaining returns the wrapper, data properties read through', () => {
    const { t } = thing();
    const again = t.rename('b');
    expect(again).toBe(t);
    expect(t.name()).toBe('b');
    expect(t.kind).toBe('demo');
    expect(isServiceObject(t)).toBe(true);
  });

  test('calls are counted and checked against the authorisation mode', () => {
    const { t, ctx } = thing('CUSTOM_FUNCTION');
    t.name();
    t.name();
    expect(ctx.counter.get('Thing.name')).toBe(2);
    expect(() => t.rename('x')).toThrow('You do not have permission to call Thing.rename');
  });

  test('names tooling probes are not stubs (the object is not thenable)', async () => {
    const { t } = thing();
    expect((t as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(t)).resolves.toBe(t);
  });
});
