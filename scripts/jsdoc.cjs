// Reads the JSDoc help of every custom function exposed in src/main.ts. One source of truth: the
// build injects the descriptions into KPI_EXPLAIN, and a test holds the README's table to them.
const { readFileSync } = require('node:fs');

const BLOCK = /\/\*\*([\s\S]*?)\*\/\s*global\.(\w+)\s*=/g;

/**
 * @param {string} source the text of src/main.ts
 * @returns {Array<{name: string, description: string, params: Array<{name: string, type: string, optional: boolean, description: string}>, returns: string, customFunction: boolean}>}
 */
function readHelp(source) {
  const out = [];
  for (const [, body, name] of source.matchAll(BLOCK)) {
    const lines = body.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trimEnd());
    const text = lines.join('\n').trim();
    const [descriptionPart] = text.split(/\n\s*\n|\n@/);
    const params = [];
    for (const m of text.matchAll(/@param\s+\{([^}]*)\}\s+(\w+)\s+([^\n]*)/g)) {
      params.push({
        name: m[2],
        type: m[1],
        optional: m[3].startsWith('Optional'),
        description: m[3].trim(),
      });
    }
    const returns = /@return\s+(?:\{[^}]*\}\s*)?([^\n]*)/.exec(text)?.[1].trim() ?? '';
    out.push({
      name,
      description: descriptionPart.replace(/\s+/g, ' ').trim(),
      params,
      returns,
      customFunction: /@customfunction/.test(text),
    });
  }
  return out;
}

/** The help of the custom functions only (main.ts also exposes menu items and server functions). */
function readHelpFile(path) {
  return readHelp(readFileSync(path, 'utf8')).filter((h) => h.customFunction);
}

/** The English help texts by function name, as KPI_EXPLAIN serves them. */
function englishHelp(path) {
  return Object.fromEntries(readHelpFile(path).map((h) => [h.name, h.description]));
}

module.exports = { readHelp, readHelpFile, englishHelp };
