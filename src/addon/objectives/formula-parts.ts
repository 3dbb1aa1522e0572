// Building blocks of the live formulas (formulas.ts): the labels a dropdown choice may be typed
// as (the metrics engine reads English and French labels and the stable keys alike), conditions
// rendered both as COUNTIFS/SUMIFS criteria and as array tests for FILTER and SUMPRODUCT, and the
// expansion of criteria with alternatives into a sum of *IFS terms (COUNTIFS has no "or").
import { choiceMatcher } from '../metrics/choices';
import { type Choice, SEGMENTS } from '../schema';
import { equalsCriterion, textLiteral } from '../workbook/a1';

/** The texts a choice may be typed as: its English and French labels and its key, any case. */
export function labelsOf(choice: Choice, extra: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const label of [choice.en, choice.fr, choice.key, ...extra]) {
    if (!out.some((l) => l.toLowerCase() === label.toLowerCase())) out.push(label);
  }
  return out;
}

export function choiceLabels(
  choices: readonly Choice[],
  key: string,
  extra: readonly string[] = [],
): string[] {
  const choice = choices.find((c) => c.key === key);
  if (!choice) throw new Error(`No choice "${key}"`);
  return labelsOf(choice, extra);
}

const segmentChoice = choiceMatcher(SEGMENTS);

/** A segment as the data may write it: "SMB" is also "PME" and "smb"; another name as itself. */
export function segmentLabels(name: string): string[] {
  const i = segmentChoice(name);
  return i >= 0 ? labelsOf(SEGMENTS[i]) : [name.trim()];
}

/** One test on a whole column: as *IFS criteria (alternatives, any of them) and as an array test. */
export interface Condition {
  readonly column: string;
  readonly criteria: readonly string[];
  readonly test: string;
}

export function oneOf(column: string, labels: readonly string[]): Condition {
  const tests = labels.map((l) => `(${column}=${textLiteral(l)})`);
  return {
    column,
    criteria: labels.map(equalsCriterion),
    test: tests.length === 1 ? tests[0] : `((${tests.join('+')})>0)`,
  };
}

/** Dates from `start` to `deadline`, both included (cell references of the objective's row). */
export function between(column: string, start: string, deadline: string): Condition[] {
  return [
    { column, criteria: [`">="&${start}`], test: `(${column}>=${start})` },
    { column, criteria: [`"<="&${deadline}`], test: `(${column}<=${deadline})` },
  ];
}

/** A numeric comparison with a constant ("score >= 9"); numbers only, never the header. */
export function compare(
  column: string,
  operator: '>=' | '<=' | '<' | '>',
  value: string,
): Condition {
  return {
    column,
    criteria: [`"${operator}"&${value}`],
    test: `ISNUMBER(${column})*(${column}${operator}${value})`,
  };
}

/** None of the labels (a blank cell passes): one criterion per label on the same column. */
export function noneOf(column: string, labels: readonly string[]): Condition[] {
  return labels.map((l) => ({
    column,
    criteria: [textLiteral(`<>${l.replace(/[~*?]/g, '~$&')}`)],
    test: `(${column}<>${textLiteral(l)})`,
  }));
}

export function nonBlank(column: string): Condition {
  return { column, criteria: ['"<>"'], test: `(${column}<>"")` };
}

export function blank(column: string): Condition {
  return { column, criteria: ['""'], test: `(${column}="")` };
}

/**
 * COUNTIFS (or SUMIFS over `sumRange`) of all the conditions, a condition with several
 * alternatives expanded into a sum of terms, one per combination.
 */
export function ifs(conditions: readonly Condition[], sumRange?: string): string {
  let combos: string[][] = [[]];
  for (const c of conditions) {
    combos = combos.flatMap((args) => c.criteria.map((k) => [...args, c.column, k]));
  }
  const fn = sumRange === undefined ? 'COUNTIFS' : 'SUMIFS';
  const terms = combos.map(
    (args) => `${fn}(${[...(sumRange ? [sumRange] : []), ...args].join(',')})`,
  );
  return terms.length === 1 ? terms[0] : `(${terms.join('+')})`;
}

/** The product of the conditions' array tests (1 where all hold). */
export function mask(conditions: readonly Condition[]): string {
  return conditions.map((c) => c.test).join('*');
}
