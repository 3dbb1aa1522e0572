// CacheService: document, script and per-user caches in LocalState, expiring on the simulated
// clock. Google's documented limits: keys up to 250 characters, values up to 100 KB, expiration
// from 1 s to 21,600 s (default 600 s), at most 1,000 items (beyond that it keeps the 900 entries
// farthest from expiring).
import type { RuntimeContext } from '../runtime/context';
import type { CacheEntry, LocalState, StoreScope } from '../runtime/state';
import { service } from './unimplemented';
import { utf8Bytes } from './utf8';

type Cache = GoogleAppsScript.Cache.Cache;
type CacheService = GoogleAppsScript.Cache.CacheService;

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
const DEFAULT_EXPIRATION_S = 600;
const MAX_EXPIRATION_S = 21_600;
const MAX_ITEMS = 1000;
const KEPT_ITEMS = 900;

class LocalCache implements Cache {
  constructor(
    private readonly entries: Map<string, CacheEntry>,
    private readonly nowMs: () => number,
  ) {}

  get(key: string): string | null {
    const entry = this.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresMs <= this.nowMs()) {
      this.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const found: [string, string][] = [];
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found.push([String(key), value]);
    }
    return Object.fromEntries(found);
  }

  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_S): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds = DEFAULT_EXPIRATION_S): void {
    const seconds = Math.min(Math.max(Number(expirationInSeconds) || 0, 1), MAX_EXPIRATION_S);
    const expiresMs = this.nowMs() + seconds * 1000;
    const checked = Object.entries(values).map(([key, raw]) => {
      const value = String(raw);
      if (key.length > CACHE_KEY_LIMIT) throw new Error('Argument too large: key');
      if (utf8Bytes(value) > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
      return [key, value] as const;
    });
    for (const [key, value] of checked) this.entries.set(key, { value, expiresMs });
    this.evict();
  }

  remove(key: string): void {
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }

  private evict(): void {
    const now = this.nowMs();
    for (const [key, entry] of this.entries) if (entry.expiresMs <= now) this.entries.delete(key);
    if (this.entries.size <= MAX_ITEMS) return;
    const kept = [...this.entries]
      .sort(([, a], [, b]) => b.expiresMs - a.expiresMs)
      .slice(0, KEPT_ITEMS);
    this.entries.clear();
    for (const [key, entry] of kept) this.entries.set(key, entry);
  }
}

export function createCacheService(ctx: RuntimeContext, state: LocalState): CacheService {
  const open = (scope: StoreScope): Cache =>
    service<Cache>(
      'Cache',
      new LocalCache(state.cacheStore(scope, ctx.user.email, ctx.documentId), () =>
        ctx.clock.nowMs(),
      ),
      {
        ctx,
        defaultAccess: 'CUSTOM_FUNCTION',
      },
    );
  const impl: Pick<CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'> = {
    getDocumentCache: () => open('document'),
    getScriptCache: () => open('script'),
    getUserCache: () => open('user'),
  };
  return service<CacheService>('CacheService', impl, { ctx, defaultAccess: 'CUSTOM_FUNCTION' });
}
