// Logger: the execution log. Each execution has its own log (Logger.getLog returns what this
// execution wrote); the loader keeps it with the execution's record. Logging needs no
// authorisation, so it works in every mode, AuthMode.NONE included.
import { types } from 'node:util';
import type { RuntimeContext } from '../runtime/context';
import { service } from './unimplemented';

type Logger = GoogleAppsScript.Base.Logger;

/** Logger.log("%s of %s", a, b): Apps Script substitutes %s (and %d, %f) in order. */
export function formatLogMessage(data: unknown, values: unknown[]): string {
  const text = display(data);
  if (!values.length) return text;
  let i = 0;
  return text.replace(/%[sdf]/g, (m) => (i < values.length ? display(values[i++]) : m));
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  // Errors from the script's own realm are not host `Error` instances: ask V8 instead.
  if (types.isNativeError(value)) return `${value.name}: ${value.message}`;
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) !== '[object Date]'
  ) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export function createLogger(ctx: RuntimeContext, lines: string[]): Logger {
  const impl: Pick<Logger, 'clear' | 'getLog'> & {
    log(data: unknown, ...values: unknown[]): Logger;
  } = {
    log(data: unknown, ...values: unknown[]) {
      lines.push(formatLogMessage(data, values));
      return impl as unknown as Logger;
    },
    getLog: () => lines.join('\n'),
    clear() {
      lines.length = 0;
    },
  };
  return service<Logger>('Logger', impl, { ctx, defaultAccess: 'NONE' });
}
