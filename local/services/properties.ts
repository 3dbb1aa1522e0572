// PropertiesService: per-spreadsheet document stores, one script store and per-user stores kept in
// LocalState (one add-on project holds all of them), with Google's quotas
// ("Properties value size 9 KB / val", "Properties total storage 500 KB / property store"),
// counted in UTF-8 bytes; the store total counts keys and values.
import type { RuntimeContext } from '../runtime/context';
import type { LocalState, StoreScope } from '../runtime/state';
import { service } from './unimplemented';
import { utf8Bytes } from './utf8';

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const WRITE = 'LIMITED';

class PropertyStore implements Properties {
  constructor(private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  setProperty(key: string, value: string): Properties {
    return this.setProperties({ [String(key)]: value });
  }

  /** All-or-nothing, like Google: nothing is written when a limit would be crossed. */
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, raw] of Object.entries(properties)) {
      const value = String(raw);
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT) throw new Error(VALUE_TOO_LARGE);
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT) throw new Error(STORE_FULL);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this as unknown as Properties;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this as unknown as Properties;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this as unknown as Properties;
  }
}

function storeBytes(store: Map<string, string>): number {
  let bytes = 0;
  for (const [k, v] of store) bytes += utf8Bytes(k) + utf8Bytes(v);
  return bytes;
}

export function createPropertiesService(ctx: RuntimeContext, state: LocalState): PropertiesService {
  const open = (scope: StoreScope): Properties =>
    service<Properties>(
      'Properties',
      new PropertyStore(state.propertyStore(scope, ctx.user.email, ctx.documentId)),
      {
        ctx,
        defaultAccess: 'CUSTOM_FUNCTION',
        // Custom functions read properties but may not write them.
        access: {
          setProperty: WRITE,
          setProperties: WRITE,
          deleteProperty: WRITE,
          deleteAllProperties: WRITE,
        },
      },
    );
  const impl: Pick<
    PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  > = {
    getDocumentProperties: () => open('document'),
    getScriptProperties: () => open('script'),
    getUserProperties: () => open('user'),
  };
  return service<PropertiesService>('PropertiesService', impl, {
    ctx,
    defaultAccess: 'CUSTOM_FUNCTION',
  });
}
