// Issue 11's one workbook layer, held on the source text: the document lock is taken in one place
// (workbook/lock.ts, which flushes before releasing), the alert rule has one declaration, and the
// Objectives, Alerts, Actions and Teams sheets are each read by one parser (in workbook/) that
// every feature uses. A second
// parser of a sheet drifts from the first (the two readers of the Objectives sheet did not agree
// on IDs, blank scopes or statuses), so a new one must not creep back in.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');

/** Every .ts file under src/, path relative to src/ → its code with the comments removed. */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.set(relative(SRC, path), code(path));
    }
  };
  walk(SRC);
  return out;
}

/** The file without its comments (block comments, then line comments not inside a string). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/([;{},)])\s*\/\/.*$/gm, '$1');
}

const FILES = sources();

function filesMatching(pattern: RegExp): string[] {
  return [...FILES].filter(([, text]) => pattern.test(text)).map(([path]) => path);
}

/** Files that read every one of the keys from a row (`cell('deadline')`, `get('frequency')`…). */
function parsersOf(keys: readonly string[]): string[] {
  return [...FILES]
    .filter(([, text]) =>
      keys.every((key) => new RegExp(`\\w\\((?:[^()]*,\\s*)?'${key}'\\)`).test(text)),
    )
    .map(([path]) => path);
}

test('only workbook/lock.ts takes, waits for or releases a lock, and only the adapters reach LockService', () => {
  expect(filesMatching(/\.(tryLock|waitLock|releaseLock)\s*\(/)).toEqual([
    join('addon', 'workbook', 'lock.ts'),
  ]);
  expect(filesMatching(/\bLockService\s*\./)).toEqual([join('addon', 'adapters', 'services.ts')]);
  expect(filesMatching(/\bdocumentLock\s*\(/)).toEqual([
    join('addon', 'adapters', 'services.ts'),
    join('addon', 'workbook', 'lock.ts'),
  ]);
});

test('workbook/lock.ts offers one way to hold the lock: withDocumentLock', () => {
  const exported = [
    ...FILES.get(join('addon', 'workbook', 'lock.ts'))!.matchAll(/^export function (\w+)/gm),
  ].map((m) => m[1]);
  expect(exported.sort()).toEqual(['noDocumentMessage', 'withDocumentLock']);
});

test('AlertRule is declared once', () => {
  const declarations = [...FILES].flatMap(([path, text]) =>
    [...text.matchAll(/\b(?:interface\s+AlertRule\b|type\s+AlertRule\s*[<=])/g)].map(() => path),
  );
  expect(declarations).toEqual([join('addon', 'alerts', 'types.ts')]);
});

test('the Objectives sheet has one parser', () => {
  expect(parsersOf(['baseline', 'deadline', 'frequency', 'status'])).toEqual([
    join('addon', 'workbook', 'objectives-sheet.ts'),
  ]);
});

test('the Alerts sheet has one parser', () => {
  expect(parsersOf(['threshold', 'direction', 'minVolume'])).toEqual([
    join('addon', 'workbook', 'alerts-sheet.ts'),
  ]);
});

test('the Teams sheet has one parser', () => {
  expect(parsersOf(['team', 'leadName', 'leadEmail'])).toEqual([
    join('addon', 'workbook', 'read-data.ts'),
  ]);
});

test('the Actions sheet has one parser', () => {
  expect(parsersOf(['recoveredDate', 'correctiveAction', 'previous'])).toEqual([
    join('addon', 'workbook', 'actions-sheet.ts'),
  ]);
});

test('workbook/ is the layer under the features: it imports none of them', () => {
  const features =
    /from '\.\.\/(alerts|dashboard|experiments|objectives|schedule|setup|summaries)\//;
  const upward = [...FILES]
    .filter(([path, text]) => path.startsWith(join('addon', 'workbook')) && features.test(text))
    .map(([path]) => path);
  expect(upward).toEqual([]);
});
