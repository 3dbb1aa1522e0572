// The page's client of the playground API (local/playground/api.ts): typed fetch wrappers.
// Every failure comes back as an Error with the server's message.
import type { CellView, CellWindow, SheetSummary } from '../playground/workbook-view';
import type { UiDelta, LoadStatus } from '../playground/session';
import type { MenuEntry, RecordedMenu } from '../services/spreadsheet/ui-log';
import type { SentEmail, StoredTrigger } from '../runtime/state';
import type { TriggerFiring } from '../runtime/fire-triggers';

export type { CellView, CellWindow, SheetSummary, UiDelta, LoadStatus, MenuEntry, RecordedMenu };

export interface WorkbookInfo {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  source: 'demo' | 'file';
  saveFile: string | null;
  /** When the demo's data ends, and how to rebuild it when it is old (null: not a demo). */
  demo: { endDate: string; stale: boolean; message: string } | null;
  sheets: Array<SheetSummary & { window: CellWindow }>;
}

export interface MenuInfo {
  addOnName: string;
  menus: RecordedMenu[];
  items: Array<{ caption: string; functionName: string }>;
  error?: string;
}

export interface RunAnswer {
  result?: unknown;
  error?: string;
  ui?: UiDelta;
}

export interface TriggersInfo {
  now: string;
  timeZone: string;
  triggers: Array<StoredTrigger & { nextFire: string | null; lastFired: string | null }>;
}

export interface ClockAnswer {
  from: string;
  now: string;
  fired: TriggerFiring[];
  truncated: boolean;
}

export interface StatsInfo {
  total: number;
  calls: Record<string, number>;
  executions: Array<{
    functionName: string;
    authMode: string;
    startedAt: string;
    error?: string;
    log: string[];
  }>;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? `${method} ${path}: HTTP ${response.status}`);
  return json;
}

export const api = {
  status: () => request<LoadStatus>('GET', '/api/status'),
  workbook: () => request<WorkbookInfo>('GET', '/api/workbook?limit=0'),
  sheet: (name: string, offset: number, limit: number) =>
    request<{ sheet: SheetSummary; window: CellWindow }>(
      'GET',
      `/api/workbook?sheet=${encodeURIComponent(name)}&offset=${offset}&limit=${limit}`,
    ),
  setCells: (sheet: string, range: string, values: unknown[][]) =>
    request<{ updated: string; warnings: Array<{ cell: string; message: string }> }>(
      'POST',
      '/api/cells',
      {
        sheet,
        range,
        values,
      },
    ),
  menu: () => request<MenuInfo>('GET', '/api/menu'),
  run: (fn: string, args: unknown[], from: 'client' | 'menu') =>
    request<RunAnswer>('POST', '/api/run', { function: fn, args, from }),
  outbox: () => request<{ dailyLimit: number; emails: SentEmail[] }>('GET', '/api/outbox'),
  triggers: () => request<TriggersInfo>('GET', '/api/triggers'),
  advanceClock: (advanceMinutes: number) =>
    request<ClockAnswer>('POST', '/api/clock', { advanceMinutes }),
  stats: () => request<StatsInfo>('GET', '/api/stats'),
  resetStats: () => request<StatsInfo>('DELETE', '/api/stats'),
};
