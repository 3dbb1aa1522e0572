// npm run bench: timings of the built artifact, printed as numbers and ratios within one run
// (the machines are shared and noisy, so compare ratios, not absolute times across runs).
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import vm from 'node:vm';
import { bundleSource, BUNDLE_PATH } from '../local/harness/bundle';
import { CASES, plainLoop, SCALAR_CASES, unbenched } from './functions';

const SIZES = [10_000, 100_000, 1_000_000];

/** Median of several runs, after one warm-up. */
function time(f: () => unknown, runs: number): number {
  return timeWithCpu(f, runs).wall;
}

/**
 * Median wall time and median CPU time of this process (ms) over several runs. On a machine
 * shared with other work the wall time grows with the load; the CPU time much less.
 */
function timeWithCpu(f: () => unknown, runs: number): { wall: number; cpu: number } {
  f();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(walls), cpu: median(cpus) };
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

function benchBundle(): void {
  const source = bundleSource();
  const loads = time(() => new vm.Script(source).runInContext(vm.createContext({})), 20);
  console.log(
    `dist/Code.js: ${(statSync(BUNDLE_PATH).size / 1024).toFixed(1)} KB, load ${loads.toFixed(2)} ms (median of 20)`,
  );
}

/**
 * Loads dist/Code.js into this process's own global scope. A node:vm context looks up every
 * global (Number, Math, …) through an interceptor, which makes tight loops ~15× slower than in
 * V8 proper; Apps Script has no such layer, so the functions are timed outside it.
 */
function loadBundleHere(): Record<string, (...args: unknown[]) => unknown> {
  vm.runInThisContext(bundleSource(), { filename: 'Code.js' });
  return globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
}

function benchFunctions(): void {
  const g = loadBundleHere();
  console.log(
    `\n${'function'.padEnd(46)}     cells    time ms    cpu ms   loop ms   ratio  ms per 1M cells`,
  );
  const failures: string[] = [];
  for (const c of CASES) {
    const perSize: number[] = [];
    const loops: number[] = [];
    for (const n of SIZES) {
      const args = c.make(n);
      const runs = n >= 1_000_000 ? 3 : 7;
      const fn = g[c.name.split(' ')[0]];
      const { wall: t, cpu } = timeWithCpu(() => fn(...args), runs);
      const loop = time(() => plainLoop(args), runs);
      const ratio = t / loop;
      perSize.push(t);
      loops.push(loop);
      console.log(
        `${c.name.padEnd(46)} ${pad(n.toLocaleString('en'), 9)} ${pad(t.toFixed(1), 10)} ${pad(cpu.toFixed(1), 9)} ${pad(loop.toFixed(1), 9)} ${pad(ratio.toFixed(2), 7)} ${pad(((t / n) * 1e6).toFixed(0), 10)}`,
      );
      if (n === 1_000_000 && t > 1000) failures.push(`${c.name}: ${t.toFixed(0)} ms over 1M cells`);
      if (n === 1_000_000 && c.simple && ratio > 4)
        failures.push(`${c.name}: ${ratio.toFixed(2)}× the plain loop`);
    }
    // Linear means growing like the plain loop over the same cells: from 100k to 1M cells both
    // leave the CPU caches and slow down per cell, so raw time ratios overstate the growth; a
    // quadratic path would still show here as a ratio to the loop growing ~10×.
    const growth = perSize[2] / perSize[1] / (loops[2] / loops[1]);
    if (growth > 3) {
      failures.push(
        `${c.name}: from 100k to 1M cells it grew ${growth.toFixed(1)}× faster than the plain loop (not linear)`,
      );
    }
  }
  console.log('\nscalar function            µs per call (median of 7 × 10,000 calls)');
  for (const c of SCALAR_CASES) {
    const fn = g[c.name];
    const t = time(() => {
      for (let i = 0; i < 10_000; i++) fn(...c.args);
    }, 7);
    console.log(`${c.name.padEnd(26)} ${pad(((t / 10_000) * 1000).toFixed(2), 10)}`);
  }
  for (const name of unbenched())
    failures.push(`${name}: no case in bench/functions.ts (its example refers to cells)`);
  console.log(
    failures.length
      ? `\nTARGETS MISSED:\n- ${failures.join('\n- ')}`
      : '\nall function targets met',
  );
}

benchBundle();
benchFunctions();
