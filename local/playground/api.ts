// The playground's HTTP API (the page uses it; tests and scripts can too). Every handler answers
// JSON; a bad request is a 4xx with {error} saying what is wrong, and never stops the server.
// Script errors (what google.script.run hands to a failure handler) are answered 200 {error}.
import type { IncomingMessage } from 'node:http';
import { writeCells } from './cells';
import { advanceClock, readAdvanceMinutes } from './clock';
import { HttpError, queryInt, readJsonBody } from './http';
import type { PlaygroundSession } from './session';
import { cellWindow, sheetSummary } from './workbook-view';
import { ADDON_MENU_CAPTION } from '../services/spreadsheet';

export type ApiHandler = (req: IncomingMessage, url: URL) => unknown;

/** Rows sent per sheet when no window is asked for, and the most one request may ask. */
const DEFAULT_ROWS = 100;
const MAX_ROWS = 2_000;
const FUNCTION_NAME = /^[A-Za-z_$][\w$]*$/;

export function apiRoutes(session: PlaygroundSession): Record<string, Record<string, ApiHandler>> {
  return {
    '/api/status': { GET: () => session.status },
    '/api/workbook': { GET: (_req, url) => getWorkbook(session, url.searchParams) },
    '/api/cells': {
      POST: async (req) => writeCells(session.workbook, await readJsonBody(req)),
    },
    '/api/menu': {
      GET: (_req, url) => {
        if (url.searchParams.get('reopen') === '1') session.reopen();
        return {
          addOnName: ADDON_MENU_CAPTION,
          menus: session.ui.menus,
          items: session.ui.menuItems(),
          ...(session.menuError ? { error: session.menuError } : {}),
        };
      },
    },
    '/api/run': { POST: async (req) => run(session, await readJsonBody(req)) },
    '/api/outbox': {
      GET: () => ({
        dailyLimit: session.state.mail.dailyLimit,
        emails: session.state.outbox,
      }),
    },
    '/api/triggers': {
      GET: () => ({
        now: session.clock.now().toISOString(),
        timeZone: session.runtime.timeZone,
        triggers: session.state.triggers.map((t) => ({
          ...t,
          nextFire: t.nextFireMs === null ? null : new Date(t.nextFireMs).toISOString(),
          lastFired: t.lastFiredMs === undefined ? null : new Date(t.lastFiredMs).toISOString(),
        })),
      }),
    },
    '/api/clock': {
      GET: () => ({ now: session.clock.now().toISOString() }),
      POST: async (req) => {
        const minutes = readAdvanceMinutes(await readJsonBody(req));
        const advance = advanceClock(session.runtime, minutes);
        session.changed();
        return advance;
      },
    },
    '/api/stats': {
      GET: () => ({
        total: session.counter.total(),
        calls: session.counter.snapshot(),
        executions: session.runtime.executions.slice(-20),
        // Google's daily "Triggers total runtime" quota: each trigger owner's last 24 hours.
        triggerRuntime: session.state.triggerRuntimeStats(session.clock.nowMs()),
      }),
      DELETE: () => {
        session.counter.reset();
        return { total: 0, calls: {} };
      },
    },
  };
}

function getWorkbook(session: PlaygroundSession, params: URLSearchParams): unknown {
  const wb = session.workbook;
  const offset = queryInt(params, 'offset', 0);
  const limit = queryInt(params, 'limit', DEFAULT_ROWS, MAX_ROWS);
  const name = params.get('sheet');
  if (name !== null) {
    const info = wb.findSheet(name);
    if (!info) throw new HttpError(404, `No sheet named "${name}".`);
    const sheet = sheetSummary(wb, info);
    return { sheet, window: cellWindow(wb, sheet, offset, limit) };
  }
  const sheets = wb.listSheets().map((info) => {
    const sheet = sheetSummary(wb, info);
    return { ...sheet, window: cellWindow(wb, sheet, offset, limit) };
  });
  return {
    id: wb.id,
    name: wb.name,
    timeZone: wb.timeZone,
    locale: wb.locale,
    activeSheetId: wb.activeSheetId,
    source: session.source,
    saveFile: session.saver?.path ?? null,
    demo: session.demoFreshness() ?? null,
    sheets,
  };
}

function run(session: PlaygroundSession, body: Record<string, unknown>): unknown {
  const name = body.function;
  if (typeof name !== 'string' || !FUNCTION_NAME.test(name)) {
    throw new HttpError(
      400,
      'function is required: the name of a top-level function of the script.',
    );
  }
  const args = body.args ?? [];
  if (!Array.isArray(args)) throw new HttpError(400, 'args must be an array of JSON values.');
  const from = body.from ?? 'client';
  if (from !== 'client' && from !== 'menu')
    throw new HttpError(400, 'from must be "client" or "menu".');
  if (!session.runtime.functionNames().includes(name)) {
    throw new HttpError(404, `Script function not found: ${name}`);
  }
  const before = session.uiMarks();
  try {
    return session.call(name, args, from);
  } catch (error) {
    return { error: (error as Error).message, ui: session.uiSince(before) };
  }
}
