// The command line of `npm start`, parsed apart from the server so that tests can check it:
// the playground's options, or what to print and the exit code.
import type { PlaygroundOptions } from './server';

export const USAGE =
  'usage: npm start -- [--workbook FILE] [--demo] [--clock YYYY-MM-DD[THH:MM]] [--lang fr|en] [--warehouse]   (PORT=3000 by default)';
/** The user's language → the locale of a new demo spreadsheet. */
const LOCALES: Record<string, string> = { en: 'en_US', fr: 'fr_FR' };
/** The playground's owner, as the runtime's default user (local/runtime/loader.ts). */
const OWNER_EMAIL = 'owner@example.com';

export type StartOptions = PlaygroundOptions & { fresh: boolean };
export type ParsedStart =
  { ok: true; options: StartOptions } | { ok: false; message: string; exitCode: number };

/** "2026-11-18" (09:00 that day) or "2026-11-18T14:30", in the process's zone; else undefined. */
export function parseClock(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '09', m[5] ?? '00'].map(Number);
  if (h > 23 || mi > 59) return undefined;
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d
    ? date
    : undefined;
}

export function parseStartArgs(argv: string[], port: string | undefined): ParsedStart {
  const options: StartOptions = { fresh: false };
  const fail = (message: string): ParsedStart => ({
    ok: false,
    message: `${message}\n${USAGE}`,
    exitCode: 2,
  });
  // "--flag value" and "--flag=value" alike.
  const args = argv.flatMap((a) =>
    /^--\w+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--workbook' && args[i + 1]) options.workbookFile = args[++i];
    else if (arg === '--demo') options.fresh = true;
    else if (arg === '--warehouse') options.warehouse = true;
    else if (arg === '--clock') {
      const text = args[++i] ?? '';
      const pinned = parseClock(text);
      if (!pinned)
        return fail(`--clock needs a date such as 2026-11-18 or 2026-11-18T14:30 (got "${text}")`);
      options.pinClock = pinned;
    } else if (arg === '--lang') {
      const lang = args[++i] ?? '';
      if (!LOCALES[lang]) return fail(`--lang must be fr or en (got "${lang}")`);
      options.user = { email: OWNER_EMAIL, locale: lang };
      options.demo = { ...options.demo, locale: LOCALES[lang] };
    } else if (arg === '--help' || arg === '-h') return { ok: false, message: USAGE, exitCode: 0 };
    else return fail(`unknown argument ${arg}`);
  }
  if (options.fresh && options.workbookFile)
    return fail('--demo and --workbook cannot be used together');
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      return fail(`PORT must be a port number (got "${port}")`);
    options.port = Number(port);
  }
  return { ok: true, options };
}
