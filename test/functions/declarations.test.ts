// The declarations of the =KPI_* functions (src/functions/declare.ts) against the contract in
// docs/kpi-functions.md, and against themselves: what the build, KPI_EXPLAIN and the README
// derive from them must be well formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleArguments, isOptional } from '../../src/functions/declare';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';

const declarations = KPI_FUNCTIONS.map((f) => f.declaration);
const contract = readFileSync(join(__dirname, '../../docs/kpi-functions.md'), 'utf8');

/** "KPI_X(a, [b]) spills" for each heading of the contract, or for each declaration. */
const contractSignatures = [...contract.matchAll(/^### `(KPI_\w+)\(([^)]*)\)`( — spills)?$/gm)].map(
  ([, name, params, spills]) => `${name}(${params})${spills ? ' spills' : ''}`,
);
const declaredSignatures = declarations.map(
  (d) =>
    `${d.name}(${d.params.map((p) => (isOptional(p) ? `[${p.name}]` : p.name)).join(', ')})` +
    (d.returns.type ? '' : ' spills'),
);

test('docs/kpi-functions.md lists every declared function, with its parameters, and no other', () => {
  expect(contract.match(/^### /gm)).toHaveLength(contractSignatures.length);
  expect(declaredSignatures).toEqual(contractSignatures);
});

test('each declaration is well formed', () => {
  const names = new Set<string>();
  for (const d of declarations) {
    expect(d.name).toMatch(/^KPI_[A-Z0-9_]+$/);
    expect(names.has(d.name)).toBe(false);
    names.add(d.name);
    for (const text of [d.help.en, d.help.fr, d.returns.help, ...d.params.map((p) => p.help)]) {
      // Each text goes into a JSDoc comment, on one line.
      expect(text).not.toMatch(/\*\/|\n/);
      expect(text.trim()).toBe(text);
      expect(text).not.toBe('');
    }
    for (const p of d.params) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
    // Once a parameter is optional, the ones after it are too.
    const firstOptional = d.params.findIndex(isOptional);
    if (firstOptional >= 0) expect(d.params.slice(firstOptional).every(isOptional)).toBe(true);
  }
});

test('an example of values only gives its arguments; one with a cell or a call gives none', () => {
  expect(exampleArguments('=KPI_CLTV(480, 3, 62%, 4)')).toEqual([480, 3, 0.62, 4]);
  expect(exampleArguments('=KPI_EXPLAIN("KPI_NPS", "fr")')).toEqual(['KPI_NPS', 'fr']);
  expect(exampleArguments('=KPI_X(-1.5, TRUE)')).toEqual([-1.5, true]);
  expect(exampleArguments('=KPI_ALERT(B3, B2, 10%)')).toBeUndefined();
  expect(exampleArguments('=KPI_NPS(FILTER(Surveys!D2:D, Surveys!C2:C="NPS"))')).toBeUndefined();
});
