// The playground server: node:http on 127.0.0.1 only (the page can run the add-on's code and
// write files, so it is never exposed to the network). It listens at once and opens the
// session in the background, so the page can show the demo's progress while it builds.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiRoutes, type ApiHandler } from './api';
import { HttpError, sendJson, sendText } from './http';
import { PlaygroundSession, type SessionOptions } from './session';
import { sidebarPage } from './sidebar-page';
import { buildWebAssets, type WebAssets } from './web-assets';

export const HOST = '127.0.0.1';

export interface PlaygroundOptions extends SessionOptions {
  /** 0 picks a free port (tests). */
  port?: number;
}

export interface Playground {
  url: string;
  port: number;
  session: PlaygroundSession;
  /** Settles when the workbook is open (rejects if it could not be opened). */
  ready: Promise<PlaygroundSession>;
  server: Server;
  /** Saves what is pending and stops listening. */
  close(): Promise<void>;
}

/** Endpoints that answer while the workbook loads; the others wait for it. */
const ALWAYS = new Set(['/api/status']);

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const assets = await buildWebAssets();
  const session = new PlaygroundSession(options);
  const routes = apiRoutes(session);
  const server = createServer((req, res) => {
    handle(req, res, session, routes, assets).catch((error: unknown) => {
      // Last resort: handle() answers its own errors; this only guards a failed write.
      console.error('playground: request failed:', error);
      if (!res.headersSent)
        sendJson(res, 500, { error: String((error as Error).message ?? error) });
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const ready = session.open();
  // The page reports a failed open; a caller that never awaits `ready` must not crash on it.
  ready.catch(() => undefined);
  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    ready,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        if (session.status.ready) session.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  session: PlaygroundSession,
  routes: Record<string, Record<string, ApiHandler>>,
  assets: WebAssets,
): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const path = url.pathname;
  try {
    checkHost(req);
    if (req.method === 'GET' && servePage(res, path, session, assets)) return;
    const route = routes[path];
    if (!route) throw new HttpError(404, `No such endpoint: ${req.method} ${path}`);
    const handler = route[req.method ?? 'GET'];
    if (!handler) {
      res.setHeader('Allow', Object.keys(route).join(', '));
      throw new HttpError(
        405,
        `${path} accepts ${Object.keys(route).join(', ')}, not ${req.method}.`,
      );
    }
    if (!ALWAYS.has(path)) await whenReady(session);
    sendJson(res, 200, await handler(req, url));
  } catch (error) {
    if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
    else sendJson(res, 500, { error: (error as Error).message ?? String(error) });
  }
}

/**
 * Only requests addressed to this server by its own name are answered: a web page the user
 * visits could otherwise point a DNS name of its own at 127.0.0.1 (DNS rebinding) and drive the
 * playground, which runs the add-on's code and writes files, from the browser.
 */
function checkHost(req: IncomingMessage): void {
  const port = (req.socket.localPort ?? 0).toString();
  const host = req.headers.host ?? '';
  if (host === `${HOST}:${port}` || host.toLowerCase() === `localhost:${port}`) return;
  throw new HttpError(
    403,
    `Host "${host}" is not this server: use http://${HOST}:${port}/ or http://localhost:${port}/ (other names are refused against DNS rebinding).`,
  );
}

/** Requests made while the workbook loads wait for it (the page polls /api/status meanwhile). */
async function whenReady(session: PlaygroundSession): Promise<void> {
  while (!session.status.ready) {
    if (session.status.error)
      throw new HttpError(503, `The workbook could not be opened: ${session.status.error}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function servePage(
  res: ServerResponse,
  path: string,
  session: PlaygroundSession,
  assets: WebAssets,
): boolean {
  if (path === '/' || path === '/index.html') sendText(res, 200, 'text/html', assets.html);
  else if (path === '/app.js') sendText(res, 200, 'text/javascript', assets.app);
  else if (path === '/styles.css') sendText(res, 200, 'text/css', assets.css);
  else if (path === '/favicon.ico') {
    res.writeHead(204).end();
  } else {
    const m = /^\/sidebar\/(\d+)$/.exec(path);
    if (!m) return false;
    const dialog = session.dialogs.get(Number(m[1]));
    if (!dialog) sendText(res, 404, 'text/plain', `No sidebar ${m[1]}`);
    else sendText(res, 200, 'text/html', sidebarPage(dialog.content, assets.shim));
  }
  return true;
}
