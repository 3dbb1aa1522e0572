// Apps Script's HTML templates compiled to JavaScript: text is printed as is, `<? code ?>` runs,
// `<?= expr ?>` prints the value HTML-escaped and `<?!= expr ?>` prints it raw. Properties set on
// the template object are variables of the template code (a `with` scope); the script's globals
// stay visible, so `<?!= include('Styles') ?>` calls the script's own function.

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/** The body of the template function: fills `__out` using `__esc` and `__raw`. */
export function compileTemplate(source: string): string {
  let code = '';
  let last = 0;
  for (const m of source.matchAll(SCRIPTLET)) {
    const text = source.slice(last, m.index);
    if (text) code += `__out.push(${JSON.stringify(text)});\n`;
    const body = m[2];
    // `<?= value; ?>` is accepted by Apps Script: drop the statement's semicolon.
    const expr = body.trim().replace(/;+$/, '');
    if (m[1] === '=') code += `__out.push(__esc(${expr}));\n`;
    else if (m[1] === '!=') code += `__out.push(__raw(${expr}));\n`;
    else code += `${body}\n`;
    last = (m.index ?? 0) + m[0].length;
  }
  const tail = source.slice(last);
  if (tail.includes('<?'))
    throw new Error('Template error: a scriptlet opened with <? is never closed with ?>');
  if (tail) code += `__out.push(${JSON.stringify(tail)});\n`;
  return code;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Printed value of a scriptlet: null and undefined print nothing. */
export function printRaw(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function escapeHtml(value: unknown): string {
  return printRaw(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Runs compiled template code with the template's variables; returns the printed text. */
export type TemplateEvaluator = (code: string, variables: Record<string, unknown>) => string;

/** The wrapper source shared by the host evaluator and the loader's in-script evaluator. */
export function templateFunctionSource(code: string): string {
  return `(function (__vars, __esc, __raw) {\nvar __out = [];\nwith (__vars) {\n${code}\n}\nreturn __out.join('');\n})`;
}

/** For services used outside a script (unit tests): evaluates in this realm. */
export const hostEvaluator: TemplateEvaluator = (code, variables) => {
  // Indirect eval runs in sloppy global scope, which `with` needs.
  const fn = (0, eval)(templateFunctionSource(code)) as (
    v: object,
    e: typeof escapeHtml,
    r: typeof printRaw,
  ) => string;
  return fn(Object.assign(Object.create(null), variables), escapeHtml, printRaw);
};
