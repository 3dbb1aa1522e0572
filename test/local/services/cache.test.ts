import { createCacheService } from '../../../local/services/cache';
import { LocalState } from '../../../local/runtime/state';
import type { AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

function setup(
  authMode: AuthModeName = 'FULL',
  email = 'ann@example.com',
  state = new LocalState(),
) {
  const ctx = testContext({ authMode, user: { email, locale: 'en' } });
  return { ctx, state, caches: createCacheService(ctx, state) };
}

describe('CacheService', () => {
  test('put, get, getAll, putAll, remove and removeAll', () => {
    const cache = setup().caches.getScriptCache();
    cache.put('a', '1');
    cache.putAll({ b: '2', c: '3' });
    expect(cache.get('a')).toBe('1');
    expect(cache.get('zz')).toBeNull();
    expect(cache.getAll(['a', 'c', 'zz'])).toEqual({ a: '1', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('entries expire on the clock: 600 s by default', () => {
    const { ctx, caches } = setup();
    const cache = caches.getDocumentCache()!;
    cache.put('k', 'v');
    ctx.clock.advanceMs(599_999);
    expect(cache.get('k')).toBe('v');
    ctx.clock.advanceMs(1);
    expect(cache.get('k')).toBeNull();
  });

  test('an explicit expiration, capped at 21,600 s (6 hours)', () => {
    const { ctx, caches } = setup();
    const cache = caches.getScriptCache();
    cache.put('short', 'v', 5);
    cache.putAll({ long: 'v' }, 100_000);
    ctx.clock.advanceMs(5_000);
    expect(cache.get('short')).toBeNull();
    ctx.clock.advanceMs(21_600_000 - 5_000 - 1);
    expect(cache.get('long')).toBe('v');
    ctx.clock.advanceMs(1);
    expect(cache.get('long')).toBeNull();
  });

  test('values up to 100 KB = 102,400 UTF-8 bytes; keys up to 250 characters', () => {
    const cache = setup().caches.getScriptCache();
    cache.put('ascii', 'a'.repeat(102_400));
    expect(() => cache.put('ascii', 'a'.repeat(102_401))).toThrow('Argument too large: value');
    cache.put('fr', 'é'.repeat(51_200));
    expect(() => cache.put('fr', 'é'.repeat(51_201))).toThrow('Argument too large: value');
    cache.put('k'.repeat(250), 'v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(cache.get('fr')).toHaveLength(51_200);
  });

  test('past 1,000 items the cache keeps the 900 farthest from expiring', () => {
    const cache = setup().caches.getScriptCache();
    for (let i = 0; i < 1001; i += 1) cache.put(`k${i}`, 'v', 100 + i);
    expect(cache.get('k100')).toBeNull();
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k101')).toBe('v');
    expect(cache.get('k1000')).toBe('v');
    const kept = cache.getAll(Array.from({ length: 1001 }, (_, i) => `k${i}`));
    expect(Object.keys(kept)).toHaveLength(900);
  });

  test('user caches are per user; document and script caches are shared', () => {
    const state = new LocalState();
    const ann = setup('FULL', 'ann@example.com', state).caches;
    const bob = setup('FULL', 'bob@example.com', state).caches;
    ann.getUserCache().put('u', 'ann');
    ann.getDocumentCache()!.put('d', 'doc');
    expect(bob.getUserCache().get('u')).toBeNull();
    expect(bob.getDocumentCache()!.get('d')).toBe('doc');
  });

  test('works in custom functions, not in AuthMode.NONE', () => {
    const state = new LocalState();
    setup('CUSTOM_FUNCTION', 'ann@example.com', state).caches.getScriptCache().put('k', 'v');
    expect(setup('FULL', 'ann@example.com', state).caches.getScriptCache().get('k')).toBe('v');
    expect(() => setup('NONE').caches.getScriptCache()).toThrow(
      'You do not have permission to call CacheService.getScriptCache',
    );
  });
});
