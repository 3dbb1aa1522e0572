// Quotes and backslashes in formula strings. Sheets writes a quote inside a string literal as two
// quotes ("a""b" is the three characters a"b) and gives a backslash no meaning; HyperFormula's
// lexer knows no doubled quote (the formula fails to parse) and reads a backslash as an escape
// ("a\" never ends). So a literal holding either is handed to HyperFormula spelled as a
// concatenation, ("a"&CHAR(34)&"b"), which evaluates to the same text, and read back with the
// literal restored. A formula whose user wrote exactly such a parenthesised concatenation reads
// back as the literal it equals.

// A Sheets string literal: quotes, then anything with quotes doubled.
const SHEETS_LITERAL = /("(?:[^"]|"")*")/;
// In the engine's spelling a literal holds neither a quote nor a backslash.
const ENGINE_LITERAL = /("[^"]*")/;
const SPECIAL = /(""|\\)/;
const JOINS: Record<string, string> = { '""': '&CHAR(34)&', '\\': '&CHAR(92)&' };
const UNJOINS: Record<string, string> = { '&CHAR(34)&': '""', '&CHAR(92)&': '\\' };

/** The formula as HyperFormula can parse it (unchanged when no literal needs it). */
export function toEngineQuotes(formula: string): string {
  if (!formula.includes('""') && !formula.includes('\\')) return formula;
  return formula
    .split(SHEETS_LITERAL)
    .map((part, i) => {
      const inner = part.slice(1, -1);
      if (i % 2 === 0 || !SPECIAL.test(inner)) return part;
      // pieces: text, separator, text, …, text.
      const pieces = inner.split(SPECIAL);
      return `(${pieces.map((p, k) => (k % 2 === 0 ? `"${p}"` : JOINS[p])).join('')})`;
    })
    .join('');
}

/** The user's writing of a formula HyperFormula gives back (doubled quotes restored). */
export function fromEngineQuotes(formula: string): string {
  if (!formula.includes('&CHAR(34)&') && !formula.includes('&CHAR(92)&')) return formula;
  const parts = formula.split(ENGINE_LITERAL);
  // parts: code, literal, code, literal, …, code. A run "(" lit JOIN lit … ")" is one literal.
  const out: string[] = [parts[0]];
  let i = 1;
  while (i < parts.length) {
    let j = i;
    while (j + 2 < parts.length && parts[j + 1] in UNJOINS) j += 2;
    const before = out[out.length - 1];
    const after = parts[j + 1] ?? '';
    if (j > i && before.endsWith('(') && after.startsWith(')')) {
      let inner = '';
      for (let k = i; k <= j; k += 2)
        inner += parts[k].slice(1, -1) + (UNJOINS[parts[k + 1]] ?? '');
      out[out.length - 1] = before.slice(0, -1);
      out.push(`"${inner}"`, after.slice(1));
    } else {
      for (let k = i; k <= j + 1 && k < parts.length; k++) out.push(parts[k]);
    }
    i = j + 2;
  }
  return out.join('');
}
