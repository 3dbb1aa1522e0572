// Builds dist/Code.js for Apps Script.
// esbuild bundles src/main.ts (no minification: Apps Script error traces stay readable), and
// gas-entry-generator turns every `global.NAME = …` of main.ts, and one generated from each
// =KPI_* function's declaration (scripts/kpi-declarations.mjs), into a top-level
// `function NAME(a, b) {}` declaration with its JSDoc, which is what Apps Script needs to list a
// function (and what Sheets needs to show autocomplete help). At load, the bundle reassigns each
// name to its real implementation.
import { build } from 'esbuild';
import { generate } from 'gas-entry-generator';
import ts from 'typescript';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  readdirSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryStubs, loadDeclarations } from './kpi-declarations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const mainSource = readFileSync(join(root, 'src/main.ts'), 'utf8');
const mainJs = ts.transpileModule(mainSource, {
  compilerOptions: {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    removeComments: false,
  },
}).outputText;
const kpiStubs = entryStubs(await loadDeclarations());
const { entryPointFunctions } = generate(`${kpiStubs}\n${mainJs}`, { comment: true });

// Papa Parse ships only a UMD build (CommonJS in a bundle): loaded as an ES module instead, so
// the bundle holds no CommonJS `require` wrapper (test/bundle/structure.test.ts checks it).
const umdAsEsm = {
  name: 'umd-as-esm',
  setup(b) {
    b.onLoad({ filter: /papaparse[\\/]papaparse\.min\.js$/ }, (args) => ({
      contents: `var module = { exports: {} }, exports = module.exports;\n${readFileSync(args.path, 'utf8')}\nexport const parse = module.exports.parse;\n`,
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [join(root, 'src/main.ts')],
  plugins: [umdAsEsm],
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  target: 'es2020',
  minify: false,
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});
const bundle = result.outputFiles[0].text;

const header =
  '// Sales KPI add-on for Google Sheets. Built file: edit src/ and run `npm run build`.\n';
writeFileSync(join(dist, 'Code.js'), `${header}${entryPointFunctions}\n\n${bundle}`);
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));

// The sidebar pages, each built into one self-contained HTML file (see sidebar/build.mjs).
const sidebarBuild = join(root, 'sidebar/build.mjs');
if (existsSync(sidebarBuild)) {
  const { buildSidebar } = await import(sidebarBuild);
  await buildSidebar(dist);
}
const files = readdirSync(dist);
const size = readFileSync(join(dist, 'Code.js')).length;
console.log(`built dist/: ${files.join(', ')} (Code.js ${(size / 1024).toFixed(1)} KB)`);
