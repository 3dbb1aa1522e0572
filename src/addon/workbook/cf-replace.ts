// Replaces one family of the add-on's conditional-format rules on a sheet (see cf-model.ts),
// idempotently: the same rules give the same list, whatever was there before. Users' rules and
// other families' rules are passed back as they were, in their order; the family's new rules
// take the place of its old ones (or go last the first time), so a user who moved the add-on's
// rules above or below theirs keeps that priority. When the family's rules are already the ones
// wanted, nothing is written. One read and at most one write per sheet, plus a few calls per
// rule, whatever the number of data rows: one builder per colour, shared by every sheet an
// action colours (rule-builders.ts), so a rule costs its formula, its ranges and its build.
import { sheetIdOf } from './sheet-id';
import { fingerprint, rememberWrite, writtenAlready } from './write-memo';
import { CF_COLOURS, type CfRule, familyOf, markedFormula } from './cf-model';
import { RuleBuilders } from './rule-builders';
import type { ConditionalFormatRule as Rule, Range, Sheet } from '../adapters/sheets-types';

export interface ReplaceResult {
  /** Rules not of the family, passed back untouched. */
  readonly kept: number;
  /** The family's rules removed, and written. */
  readonly removed: number;
  readonly written: number;
}

/**
 * Replaces the rules of `family` on `sheet` with `rules`. Writes nothing when the sheet holds
 * none of the family's rules and there is none to write.
 */
export function replaceAddonRules(
  sheet: Sheet,
  family: string,
  rules: readonly CfRule[],
  builders: RuleBuilders = new RuleBuilders(),
): ReplaceResult {
  const existing = sheet.getConditionalFormatRules();
  // Reading each rule back costs several calls: skip it when the last write was these rules
  // and the sheet holds as many rules as it did then.
  const memoKey = `cf/${sheetIdOf(sheet)}/${family}`;
  const print = fingerprint(rules);
  if (writtenAlready(memoKey, print, existing.length))
    return { kept: existing.length - rules.length, removed: 0, written: 0 };
  const others: Rule[] = [];
  const mine: Rule[] = [];
  let insertAt = -1;
  for (const rule of existing) {
    if (isOfFamily(rule, family)) {
      if (insertAt < 0) insertAt = others.length;
      mine.push(rule);
    } else {
      others.push(rule);
    }
  }
  // The same rules already there: no write (an hourly check must not add a revision to the
  // document's history every hour).
  if (sameRules(mine, family, rules)) {
    rememberWrite(memoKey, print, existing.length);
    return { kept: others.length, removed: 0, written: 0 };
  }
  const ranges = rangeCache(sheet);
  const built = rules.map((rule) =>
    builders.build(rule.colour, markedFormula(family, rule.condition), rule.ranges.map(ranges)),
  );
  const at = insertAt < 0 ? others.length : insertAt;
  sheet.setConditionalFormatRules([...others.slice(0, at), ...built, ...others.slice(at)]);
  rememberWrite(memoKey, print, others.length + built.length);
  return { kept: others.length, removed: mine.length, written: built.length };
}

function sameRules(mine: readonly Rule[], family: string, rules: readonly CfRule[]): boolean {
  if (mine.length !== rules.length) return false;
  return mine.every((rule, i) => {
    const condition = rule.getBooleanCondition()!;
    const wanted = rules[i];
    const colour = CF_COLOURS[wanted.colour];
    const ranges = rule.getRanges();
    return (
      condition.getCriteriaValues()[0] === markedFormula(family, wanted.condition) &&
      (condition.getBackground() ?? '').toLowerCase() === colour.background &&
      (condition.getFontColor() ?? '').toLowerCase() === colour.font &&
      ranges.length === wanted.ranges.length &&
      ranges.every((r, k) => {
        const w = wanted.ranges[k];
        return (
          r.getRow() === w.row &&
          r.getColumn() === w.column &&
          r.getNumRows() === w.numRows &&
          r.getNumColumns() === w.numColumns
        );
      })
    );
  });
}

function isOfFamily(rule: Rule, family: string): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false; // gradient rules are never the add-on's
  if (String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return false;
  return familyOf(condition.getCriteriaValues()[0]) === family;
}

/** The sheet's ranges by position, each asked of the sheet once (rules often share ranges). */
function rangeCache(sheet: Sheet): (r: CfRule['ranges'][number]) => Range {
  const seen = new Map<string, Range>();
  return (r) => {
    const key = `${r.row}:${r.column}:${r.numRows}:${r.numColumns}`;
    let range = seen.get(key);
    if (!range) seen.set(key, (range = sheet.getRange(r.row, r.column, r.numRows, r.numColumns)));
    return range;
  };
}
