// The static checks of `npm test`, run side by side (each is single-threaded; the machine has two
// cores): ESLint, Prettier, the two type checks and the folder-cycle check of src/. Prints each
// one's output and fails when any fails, like running them one after another would, in about half
// the time.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['eslint', ['.']],
  ['prettier', ['--check', '.']],
  ['tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['tsc', ['--noEmit', '-p', 'src/tsconfig.json']],
  ['node', ['scripts/folder-cycles.mjs']],
];

function run([command, args]) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', command, ...args], { shell: false });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ name: `${command} ${args.join(' ')}`, code, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`;
  console.log(`── ${r.name}: ${status}`);
  if (r.code !== 0 || r.output.trim()) console.log(r.output.trimEnd());
}
if (results.some((r) => r.code !== 0)) process.exit(1);
