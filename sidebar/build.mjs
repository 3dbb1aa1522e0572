// Builds each sidebar page into one self-contained HTML file in dist/ (Apps Script serves a
// project's .html files by name through HtmlService.createHtmlOutputFromFile): the page's
// TypeScript bundled by esbuild and its CSS, both inlined, no CDN.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Pages: sidebar/<page>/main.ts + style.css → dist/<Page>.html, in the page's own index.html when
 * it has one, else in the one every small page shares (shared/page.html, titled with the page's
 * English title from its texts.ts).
 */
export async function buildSidebar(dist) {
  const pages = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'main.ts')))
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
    const own = join(dir, 'index.html');
    const html = readFileSync(existsSync(own) ? own : join(here, 'shared/page.html'), 'utf8')
      .replace('/*TITLE*/', () => pageTitle(dir))
      .replace('/*STYLE*/', () => css)
      .replace('/*SCRIPT*/', () => js);
    const name = page[0].toUpperCase() + page.slice(1);
    writeFileSync(join(dist, `${name}.html`), html);
  }
}

/** The page's English title: the first `title: '…'` of its texts.ts (escaped for HTML). */
function pageTitle(dir) {
  const texts = readFileSync(join(dir, 'texts.ts'), 'utf8');
  const title = /^\s*title: '([^']*)'/m.exec(texts)?.[1];
  if (!title) throw new Error(`${dir}/texts.ts has no title: the page's <title> needs one`);
  return title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
