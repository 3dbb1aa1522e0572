// No import cycle between the folders of src/ (a folder is the first two path segments below src:
// addon/alerts, functions/values; a file directly in src/addon belongs to "addon", src/main.ts to
// "main"). A cycle between folders means neither can be understood, tested or moved without the
// other. Run by `npm run lint` and `npm test` (scripts/checks.mjs); exits 1 on a cycle, naming
// one file import for each edge of it.
//
// ALLOWED lists the folder edges that still close a cycle today, each with the file that makes it;
// they are removed from the graph before the check, so a new cycle fails, and an entry that is no
// longer needed is reported (delete it). Shrink the list; never grow it.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Edges allowed to stay in a cycle for now: "from -> to" with the reason. */
// Empty: the last entry (addon/summaries -> server) went when the summaries page's server half
// moved to src/server/ (issue 12 item 3).
export const ALLOWED = new Map();

/** The folder of a file below src: first two directory segments ("addon/alerts"), or "main". */
export function folderOf(file) {
  const parts = relative(SRC, file).split(sep);
  parts.pop();
  return parts.length === 0 ? 'main' : parts.slice(0, 2).join('/');
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|^\s*import\s+['"](\.[^'"]+)['"]/gm;

function resolveImport(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Folder graph of src: Map from folder to Map of folder to one example "file -> file". */
export function folderGraph() {
  const graph = new Map();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3]);
      if (!target || !target.startsWith(SRC + sep)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const examples = graph.get(from).get(to) ?? [];
      examples.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
      graph.get(from).set(to, examples);
    }
  }
  return graph;
}

/** The strongly connected components of more than one folder (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = folderGraph();
  const stale = [];
  for (const edge of ALLOWED.keys()) {
    const [from, to] = edge.split(' -> ');
    if (graph.get(from)?.has(to)) graph.get(from).delete(to);
    else stale.push(edge);
  }
  for (const edge of stale)
    console.log(`folder-cycles: allowed edge no longer exists, delete it: ${edge}`);
  const found = cycles(graph);
  for (const component of found) {
    console.error(`Import cycle between folders of src/: ${component.join(', ')}`);
    const inside = new Set(component);
    for (const from of component) {
      for (const [to, example] of graph.get(from)) {
        if (!inside.has(to)) continue;
        console.error(`  ${from} -> ${to}`);
        for (const line of example) console.error(`      ${line}`);
      }
    }
  }
  if (found.length) process.exit(1);
  console.log(
    `folder-cycles: no cycle between ${graph.size} folders of src/ (${ALLOWED.size} allowed edges)`,
  );
}
