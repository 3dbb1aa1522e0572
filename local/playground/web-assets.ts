// The page's assets, bundled with esbuild into memory when the server starts (no CDN, nothing
// written to disk): the app (with Chart.js from node_modules), the google.script.run shim that
// sidebars get, the stylesheet and the HTML shell.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WebAssets {
  html: string;
  css: string;
  app: string;
  shim: string;
}

const WEB = join(__dirname, '../web');

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(WEB, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

let built: Promise<WebAssets> | undefined;

/** Bundled once per process (tests start several servers). */
export function buildWebAssets(): Promise<WebAssets> {
  built ??= Promise.all([bundle('main.ts'), bundle('gas-shim.ts')]).then(([app, shim]) => ({
    html: readFileSync(join(WEB, 'index.html'), 'utf8'),
    css: readFileSync(join(WEB, 'styles.css'), 'utf8'),
    app,
    shim,
  }));
  // A failed build (a syntax error while editing the page) is retried by the next server.
  built.catch(() => (built = undefined));
  return built;
}
