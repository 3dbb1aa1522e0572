// Loading the bundle must not depend on recent or locale-dependent built-ins: Apps Script loads
// the whole script before every custom function call, so a throw at load time would break every
// =KPI_* at once. The built dist/Code.js is loaded where Intl.Collator throws and
// Array.prototype.at does not exist.
import vm from 'node:vm';
import { bundleSource } from '../../local/harness/bundle';

function loadWithout(): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({});
  vm.runInContext(
    `Intl.Collator = function () { throw new Error('Intl.Collator is unavailable'); };
     delete Array.prototype.at;`,
    context,
  );
  new vm.Script(bundleSource(), { filename: 'Code.js' }).runInContext(context);
  return context as Record<string, (...args: unknown[]) => unknown>;
}

test('the bundle loads, and functions that need no collator work, without Intl.Collator or .at()', () => {
  const g = loadWithout();
  expect(g.KPI_CONVERSION(200, 50)).toBe(0.25);
  // The collator is created on first use: a function sorting names fails only when called.
  expect(() =>
    g.KPI_CONTENT_PROGRESSION(
      [['Content'], ['Demo'], ['Case study']],
      [['Progressed'], [true], [true]],
    ),
  ).toThrow('Intl.Collator is unavailable');
});

test('the bundle calls no .at()', () => {
  expect(bundleSource().match(/\.at\(/g)).toBeNull();
});
