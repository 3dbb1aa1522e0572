// The forms no emitted query may hold, checked on the SQL text (comments and string literals
// removed first): what the current date is comes from @as_of, so results cache and history is
// reproducible; approximate aggregates would break the parity with JavaScript; BigQuery's WEEK
// starts on Sunday (ISOWEEK is the ISO week) and its WEEK/MONTH differences count boundaries, so
// periods apart are days apart; PERCENTILE_CONT is only a window function in BigQuery; every
// division guards its denominator with NULLIF (or SAFE_DIVIDE).
import type { Dialect } from './api';

interface Rule {
  readonly pattern: RegExp;
  readonly message: string;
  readonly dialects?: readonly Dialect[];
}

const RULES: readonly Rule[] = [
  {
    pattern: /\b(CURRENT_DATE|CURRENT_TIMESTAMP|CURRENT_DATETIME|CURRENT_TIME|NOW|TODAY)\b/i,
    message: 'the current date comes from @as_of',
  },
  {
    pattern: /\bAPPROX_\w*|\bAPPROX_QUANTILE\b|\bRESERVOIR_QUANTILE\b/i,
    message: 'no approximate aggregates',
  },
  { pattern: /\bRAND(OM)?\s*\(/i, message: 'no random functions' },
  {
    pattern: /(?<!ISO)\bWEEK\b/i,
    message: 'WEEK starts on Sunday in BigQuery: use ISOWEEK',
    dialects: ['googlesql'],
  },
  {
    pattern:
      /\bDATE_DIFF\s*\([^()]*(\([^()]*\)[^()]*)*,\s*(ISOWEEK|WEEK|ISOYEAR|YEAR|QUARTER)\s*\)/i,
    message: 'periods apart are counted in days (or months of month starts)',
    dialects: ['googlesql'],
  },
  {
    // A division by a number literal cannot divide by zero; DuckDB's // (integer division, by a
    // constant here) is not a division by a column.
    pattern: /(?<!\/)\/(?!\/)(?!\s*NULLIF\s*\()(?!\s*[1-9]\d*(\.\d+)?\b)/i,
    message: 'a division must guard its denominator with NULLIF',
  },
  {
    pattern: /\bDATETIME\s*\(|\bTIMESTAMP_TRUNC\s*\(/i,
    message: 'calendar days of instants are taken with DATE(ts, @time_zone)',
    dialects: ['googlesql'],
  },
];

/** The SQL without comments and string literals (their text is not code). */
function codeOf(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "''");
}

/** Where PERCENTILE_CONT is used as an aggregate (not followed by OVER) in GoogleSQL. */
function percentileWithoutOver(code: string): boolean {
  const re = /\bPERCENTILE_(CONT|DISC)\s*\(/gi;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
    }
    if (!/^\s*OVER\b/i.test(code.slice(i))) return true;
  }
  return false;
}

/** The banned forms found in a query (empty when it is clean). */
export function lintSql(sql: string, dialect: Dialect): string[] {
  const code = codeOf(sql);
  const problems: string[] = [];
  for (const rule of RULES) {
    if (rule.dialects && !rule.dialects.includes(dialect)) continue;
    const m = rule.pattern.exec(code);
    if (m) problems.push(`${rule.message} (found "${m[0]}")`);
  }
  if (dialect === 'googlesql' && percentileWithoutOver(code))
    problems.push('PERCENTILE_CONT is a window function in BigQuery: use it OVER (PARTITION BY …)');
  return problems;
}
