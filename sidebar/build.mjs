// Builds each sidebar page into one self-contained HTML file in dist/ (Apps Script serves a
// project's .html files by name through HtmlService.createHtmlOutputFromFile): the page's
// TypeScript bundled by esbuild and its CSS, both inlined, no CDN.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Pages: sidebar/<page>/index.html + main.ts + style.css → dist/<Page>.html */
export async function buildSidebar(dist) {
  const pages = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'index.html')))
    .map((d) => d.name);
  for (const page of pages) {
    const dir = join(here, page);
    const result = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      minify: true,
      write: false,
      logLevel: 'warning',
    });
    // A "</script" inside the code would end the inline script early.
    const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    const shared = join(here, 'shared/style.css');
    const css = [shared, join(dir, 'style.css')]
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
      .replace('/*STYLE*/', () => css)
      .replace('/*SCRIPT*/', () => js);
    const name = page[0].toUpperCase() + page.slice(1);
    writeFileSync(join(dist, `${name}.html`), html);
  }
}
