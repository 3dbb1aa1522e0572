// The README's function table as the declarations give it (src/functions/declare.ts), between two
// markers. `node scripts/readme-functions.mjs` writes it; test/bundle/readme.test.ts fails while
// the README's copy is stale. Plain CommonJS so that both can use it.
const START = '<!-- kpi-functions:start (generated: node scripts/readme-functions.mjs) -->';
const END = '<!-- kpi-functions:end -->';

/** "a, b, [c]": the parameters as the table shows them, the optional ones in brackets. */
function argumentsOf(declaration) {
  return declaration.params
    .map((p) => (p.help.startsWith('Optional') ? `[${p.name}]` : p.name))
    .join(', ');
}

const cell = (text) => text.replace(/\|/g, '\\|');

/** The table in Markdown, unpadded (Prettier pads it in the README). */
function functionTable(declarations) {
  const lines = ['| Function | Arguments | What it gives | Example |', '| --- | --- | --- | --- |'];
  for (const d of declarations) {
    lines.push(
      `| \`${d.name}\` | ${argumentsOf(d)} | ${cell(d.help.en)} | \`${cell(d.example)}\` |`,
    );
  }
  return lines.join('\n');
}

/** The text between the markers, or undefined when the README lacks them. */
function tableInReadme(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).trim();
}

/** The README with the table between the markers replaced. */
function withTable(readme, table) {
  if (tableInReadme(readme) === undefined) throw new Error(`README.md lacks ${START} … ${END}`);
  const start = readme.indexOf(START) + START.length;
  return `${readme.slice(0, start)}\n\n${table}\n\n${readme.slice(readme.indexOf(END))}`;
}

/** The same table whatever its padding: cells trimmed, separator rows reduced. */
function normalTable(table) {
  return table
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\s*(?<!\\)\|\s*/g, '|')
        .replace(/\|-+(?=\|)/g, '|-'),
    )
    .join('\n');
}

module.exports = { argumentsOf, functionTable, tableInReadme, withTable, normalTable };
