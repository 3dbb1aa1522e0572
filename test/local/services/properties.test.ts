import { createPropertiesService } from '../../../local/services/properties';
import { LocalState } from '../../../local/runtime/state';
import type { AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

const QUOTA =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function setup(
  authMode: AuthModeName = 'FULL',
  email = 'ann@example.com',
  state = new LocalState(),
) {
  const ctx = testContext({ authMode, user: { email, locale: 'en' } });
  return { state, ctx, props: createPropertiesService(ctx, state) };
}

describe('PropertiesService stores', () => {
  test('set, get, getProperties, getKeys, delete and deleteAll', () => {
    const store = setup().props.getDocumentProperties();
    expect(store.getProperty('missing')).toBeNull();
    store.setProperty('a', '1').setProperty('b', '2');
    expect(store.getProperty('a')).toBe('1');
    expect(store.getProperties()).toEqual({ a: '1', b: '2' });
    expect(store.getKeys()).toEqual(['a', 'b']);
    store.deleteProperty('a');
    expect(store.getKeys()).toEqual(['b']);
    store.deleteAllProperties();
    expect(store.getProperties()).toEqual({});
  });

  test('values are stored as strings, and getProperties is a copy', () => {
    const store = setup().props.getScriptProperties();
    store.setProperty('n', 42 as unknown as string);
    expect(store.getProperty('n')).toBe('42');
    const copy = store.getProperties();
    copy.n = 'changed';
    expect(store.getProperty('n')).toBe('42');
  });

  test('keys such as __proto__ are ordinary keys', () => {
    const store = setup().props.getDocumentProperties();
    store.setProperty('__proto__', 'x');
    expect(store.getProperty('__proto__')).toBe('x');
    expect(Object.keys(store.getProperties())).toEqual(['__proto__']);
  });

  test('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const store = setup().props.getDocumentProperties();
    store.setProperties({ a: '1', b: '2' });
    store.setProperties({ b: '3', c: '4' });
    expect(store.getProperties()).toEqual({ a: '1', b: '3', c: '4' });
    store.setProperties({ z: '9' }, true);
    expect(store.getProperties()).toEqual({ z: '9' });
  });

  test('document and script stores are shared by users; user stores are per user', () => {
    const state = new LocalState();
    const ann = setup('FULL', 'ann@example.com', state).props;
    const bob = setup('FULL', 'bob@example.com', state).props;
    ann.getDocumentProperties().setProperty('doc', 'shared');
    ann.getScriptProperties().setProperty('script', 'shared');
    ann.getUserProperties().setProperty('units', 'metric');
    expect(bob.getDocumentProperties().getProperty('doc')).toBe('shared');
    expect(bob.getScriptProperties().getProperty('script')).toBe('shared');
    expect(bob.getUserProperties().getProperty('units')).toBeNull();
    expect(ann.getUserProperties().getProperty('units')).toBe('metric');
  });
});

describe('PropertiesService limits (UTF-8 bytes)', () => {
  test('a value may hold 9 KB = 9,216 bytes, not one more', () => {
    const store = setup().props.getDocumentProperties();
    store.setProperty('ascii', 'a'.repeat(9216));
    expect(() => store.setProperty('ascii', 'a'.repeat(9217))).toThrow('Argument too large: value');
    expect(store.getProperty('ascii')).toHaveLength(9216);
  });

  test('multi-byte characters count in bytes: 4,608 "é" fit (9,216 bytes), 4,609 do not', () => {
    const store = setup().props.getDocumentProperties();
    store.setProperty('fr', 'é'.repeat(4608));
    expect(() => store.setProperty('fr', 'é'.repeat(4609))).toThrow('Argument too large: value');
    // 2,305 emoji are 4,610 UTF-16 units but 9,220 bytes.
    expect(() => store.setProperty('emoji', '😀'.repeat(2305))).toThrow(
      'Argument too large: value',
    );
  });

  test('a store may hold 500 KB = 512,000 bytes of keys and values', () => {
    const store = setup().props.getDocumentProperties();
    const big = 'x'.repeat(9216);
    // 55 keys "k00".."k54" (3 bytes) with 9,216-byte values: 55 × 9,219 = 507,045 bytes.
    for (let i = 0; i < 55; i += 1) store.setProperty(`k${String(i).padStart(2, '0')}`, big);
    expect(() => store.setProperty('k55', big)).toThrow(QUOTA);
    // 512,000 − 507,045 = 4,955 bytes left: key "k55" (3) + 4,952 bytes fits exactly.
    expect(() => store.setProperty('k55', 'y'.repeat(4953))).toThrow(QUOTA);
    store.setProperty('k55', 'y'.repeat(4952));
    expect(store.getKeys()).toHaveLength(56);
    // Replacing a value counts the new size only: 507,045 + 3 + 10 = 507,058 bytes, 4,942 left.
    store.setProperty('k55', 'z'.repeat(10));
    store.setProperty('k56', 'y'.repeat(4939));
    expect(() => store.setProperty('k57', 'y')).toThrow(QUOTA);
  });

  test('setProperties is all or nothing', () => {
    const store = setup().props.getDocumentProperties();
    store.setProperty('keep', 'v');
    expect(() => store.setProperties({ ok: 'small', bad: 'a'.repeat(9217) })).toThrow(
      'Argument too large: value',
    );
    expect(store.getProperties()).toEqual({ keep: 'v' });
  });
});

describe('PropertiesService authorisation', () => {
  test('AuthMode.NONE cannot open a store', () => {
    const { props } = setup('NONE');
    expect(() => props.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  test('custom functions read but do not write', () => {
    const state = new LocalState();
    setup('FULL', 'ann@example.com', state).props.getDocumentProperties().setProperty('a', '1');
    const store = setup('CUSTOM_FUNCTION', 'ann@example.com', state).props.getDocumentProperties();
    expect(store.getProperty('a')).toBe('1');
    expect(store.getKeys()).toEqual(['a']);
    expect(() => store.setProperty('a', '2')).toThrow(
      'You do not have permission to call Properties.setProperty',
    );
    expect(() => store.deleteAllProperties()).toThrow(
      'You do not have permission to call Properties.deleteAllProperties',
    );
    expect(store.getProperty('a')).toBe('1');
  });

  test('simple triggers (LIMITED) may write', () => {
    const store = setup('LIMITED').props.getDocumentProperties();
    store.setProperty('a', '1');
    expect(store.getProperty('a')).toBe('1');
  });

  test('every call is counted', () => {
    const { props, ctx } = setup();
    const store = props.getDocumentProperties();
    store.setProperty('a', '1');
    store.getProperty('a');
    store.getProperty('b');
    expect(ctx.counter.get('PropertiesService.getDocumentProperties')).toBe(1);
    expect(ctx.counter.get('Properties.setProperty')).toBe(1);
    expect(ctx.counter.get('Properties.getProperty')).toBe(2);
  });
});
