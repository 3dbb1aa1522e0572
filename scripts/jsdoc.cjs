// Reads the JSDoc help of `global.NAME = …` assignments: test/bundle/structure.test.ts reads the
// stubs of the built dist/Code.js with it, to check that Sheets gets each function's help.

const BLOCK = /\/\*\*([\s\S]*?)\*\/\s*global\.(\w+)\s*=/g;

/**
 * @param {string} source JavaScript with JSDoc'd `global.NAME = …` assignments
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

module.exports = { readHelp };
