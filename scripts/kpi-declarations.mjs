// The declarations of the =KPI_* functions (src/functions/declare.ts), read at build time: esbuild
// bundles src/functions/kpi-functions.ts for Node in memory and this module imports it. From them
// come the top-level stubs with JSDoc that Sheets reads (scripts/build.mjs) and the README's
// function table (scripts/readme-functions.mjs).
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {Promise<Array<import('../src/functions/declare').KpiDeclaration>>} in contract order */
export async function loadDeclarations() {
  const result = await build({
    entryPoints: [join(root, 'src/functions/kpi-functions.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  const { KPI_FUNCTIONS } = await import(`data:text/javascript;base64,${code}`);
  return KPI_FUNCTIONS.map((f) => f.declaration);
}

function commentText(name, text) {
  if (text.includes('*/') || text.includes('\n'))
    throw new Error(`${name}: a help text holds "*/" or a line break, which would end its JSDoc`);
  return text;
}

/**
 * `global.NAME = function (a, b) {};` with the JSDoc Sheets shows, for each declaration: the
 * input gas-entry-generator turns into top-level `function NAME(a, b)` declarations.
 */
export function entryStubs(declarations) {
  return declarations
    .map((d) => {
      const lines = [commentText(d.name, d.help.en), ''];
      for (const p of d.params)
        lines.push(`@param {${p.type}} ${p.name} ${commentText(d.name, p.help)}`);
      const type = d.returns.type ? `{${d.returns.type}} ` : '';
      lines.push(`@return ${type}${commentText(d.name, d.returns.help)}`, '@customfunction');
      const params = d.params.map((p) => p.name).join(', ');
      return `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\nglobal.${d.name} = function (${params}) {};\n`;
    })
    .join('\n');
}
