// Prints the function reference table of the README from the JSDoc of src/main.ts.
// `node scripts/readme-table.cjs` after changing a function's help; a test fails while the README
// and the JSDoc disagree. The Example column is kept from the README as written.
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const { readHelpFile } = require('./jsdoc.cjs');

const root = join(__dirname, '..');

function argumentsOf(help) {
  return help.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
}

/** The rows of the README's function table: name → {args, description, example}. */
function readmeRows(readme) {
  const rows = new Map();
  // Prettier pads the cells; the padding is not part of the text.
  for (const m of readme.matchAll(/^\|\s*`(KPI_\w+)`\s*\|([^|]*)\|(.*)\|\s*(`=[^|]*`)\s*\|$/gm)) {
    rows.set(m[1], { args: m[2].trim(), description: m[3].trim(), example: m[4].trim() });
  }
  return rows;
}

function table(examples) {
  const lines = ['| Function | Arguments | What it gives | Example |', '|---|---|---|---|'];
  for (const h of readHelpFile(join(root, 'src/main.ts'))) {
    const example = examples.get(h.name)?.example ?? '`=' + h.name + '()`';
    lines.push(
      `| \`${h.name}\` | ${argumentsOf(h)} | ${h.description.replace(/\|/g, '\\|')} | ${example} |`,
    );
  }
  return lines.join('\n');
}

module.exports = { argumentsOf, readmeRows, table };

if (require.main === module) {
  console.log(table(readmeRows(readFileSync(join(root, 'README.md'), 'utf8'))));
}
