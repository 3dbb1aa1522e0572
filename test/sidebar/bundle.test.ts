// The built sidebar page as Apps Script serves it (HtmlService.createHtmlOutputFromFile('Wizard')):
// one self-contained file, nothing loaded from outside, small, and no HTML parsing of data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, '../../dist/Wizard.html');

function page(): string {
  if (!existsSync(FILE)) throw new Error('dist/Wizard.html is missing: run `npm run build` first');
  return readFileSync(FILE, 'utf8');
}

describe('dist/Wizard.html', () => {
  it('inlines its script and style, with nothing left to fill', () => {
    const html = page();
    expect(html).not.toContain('/*SCRIPT*/');
    expect(html).not.toContain('/*STYLE*/');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toMatch(/<script>\s*"use strict";\(\(\)=>\{/);
    expect(html).toContain('.step-button');
  });

  it('loads nothing from outside and parses no data as HTML', () => {
    const html = page();
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(/i);
    expect(html.match(/https?:\/\/[^"'\s)]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\bfetch\(/);
  });

  it('stays small (no framework): under 80 KB', () => {
    expect(Buffer.byteLength(page())).toBeLessThan(80 * 1024);
  });
});
