// Text a user typed (an objective, a rep's name, a corrective action) can reach a cell the add-on
// writes. Sheets would run a text that starts with "=", "+", "-" or "@" as a formula, so such a
// text is written with a leading apostrophe, which Sheets shows as the plain text.

const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell value ready to write: texts neutralised, everything else unchanged. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}
