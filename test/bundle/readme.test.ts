// The README's function reference and the in-sheet help (JSDoc of src/main.ts) must not drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/* eslint-disable @typescript-eslint/no-require-imports */
const { readHelpFile } = require('../../scripts/jsdoc.cjs');
const { argumentsOf, readmeRows } = require('../../scripts/readme-table.cjs');

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('the README table has one row per function, with the JSDoc arguments and description', () => {
  const help = readHelpFile(join(root, 'src/main.ts'));
  const rows = readmeRows(readme);
  expect([...rows.keys()].sort()).toEqual(help.map((h: { name: string }) => h.name).sort());
  for (const h of help) {
    const row = rows.get(h.name);
    expect({ name: h.name, args: row.args }).toEqual({ name: h.name, args: argumentsOf(h) });
    expect(row.description.replace(/\\\|/g, '|')).toBe(h.description);
    expect(row.example).toMatch(new RegExp('^`=' + h.name + '\\('));
  }
});

test('the README shows the two set-up commands', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm ci && npm test');
});
