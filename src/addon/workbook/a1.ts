// Writing references and literals into formulas in Sheets' formula language (the English syntax
// Apps Script's setValues and setFormula expect, whatever the spreadsheet's locale).

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name as a formula writes it: always quoted, inner quotes doubled ('Ventes d''Ana'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A whole column of a sheet ('Pipeline'!$J:$J): it follows the data however many rows are
 * added. The header row is inside it, so every formula that reads one must exclude it by a
 * numeric or date condition (COUNTIFS and SUMIFS criteria do not match text against numbers).
 */
export function wholeColumn(sheet: string, column: number): string {
  const letter = columnLetter(column);
  return `${quoteSheet(sheet)}!$${letter}:$${letter}`;
}

/** A text literal ("say ""hi"""). */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A COUNTIFS/SUMIFS criterion that matches exactly this text (no wildcard, no operator). */
export function equalsCriterion(text: string): string {
  return textLiteral(`=${text.replace(/[~*?]/g, '~$&')}`);
}
