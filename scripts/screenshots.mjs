// Refreshes the README's pictures in docs/. The browser tests take them (under
// test-results/docs/, as every test writes only under test-results/); this runs those tests, copies
// their pictures to docs/, and shoots the playground (local/playground/screenshot.ts).
// Run: npm run screenshots (builds first).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = [
  'test/browser/dashboard.test.ts',
  'test/browser/wizard.test.ts',
  'test/browser/summaries.test.ts',
];
const PICTURES = ['dashboard.png', 'wizard.png', 'email.png'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

run('npx', ['jest', ...TESTS]);
const from = join(root, 'test-results', 'docs');
const to = join(root, 'docs');
mkdirSync(to, { recursive: true });
for (const name of PICTURES) {
  const source = join(from, name);
  if (!existsSync(source)) {
    console.error(`the tests did not write ${source}`);
    process.exit(1);
  }
  copyFileSync(source, join(to, name));
  console.log(`wrote docs/${name}`);
}
run('npx', ['tsx', 'local/playground/screenshot.ts', join(to, 'playground.png')]);
