// The built "Build review pack" page as Apps Script serves it (HtmlService.createHtmlOutputFromFile):
// one self-contained file, nothing loaded from outside, no HTML parsing of data, small.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, '../../../dist/Review.html');

function page(): string {
  if (!existsSync(FILE)) throw new Error('dist/Review.html is missing: run `npm run build`');
  return readFileSync(FILE, 'utf8');
}

test('inlines its script and style, loads nothing from outside, parses no data as HTML', () => {
  const html = page();
  expect(html).not.toContain('/*SCRIPT*/');
  expect(html).not.toContain('/*STYLE*/');
  expect(html.match(/<script\b/g)).toHaveLength(1);
  expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(/i);
  expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\bfetch\(/);
  expect(html).toMatch(/role="alert"/);
  expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
});
