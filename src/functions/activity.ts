// =KPI_* functions for activity and engagement: the significant-interactions score and the
// content progression table. They read Sheets-shaped arguments and leave the arithmetic to
// src/kpi/activity.ts.
import { contentProgressionOfGroups, interactionPoints, InteractionRule } from '../kpi/activity';
import { Arg, isBlank, isRange, Table, toGrid } from './values/cells';
import { readColumns, toNumber } from './columns';
import { declareKpi, gives, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { tableOf } from './tables';
import { cells, numbers, optionalCells, texts } from './params';
import { normalizeLabel } from './values/labels';
import { readNumberText } from './values/numbers';

const labels = (...texts: string[]): ReadonlySet<string> => new Set(texts.map(normalizeLabel));

/**
 * The default rules, 1 point each. French synonyms are accepted, and their unaccented spellings
 * too, since typed data often drops accents.
 */
const DEFAULT_RULES: readonly InteractionRule[] = [
  { types: labels('Call', 'Appel'), minMinutes: 15, outcomes: null, points: 1 },
  {
    types: labels('Email'),
    minMinutes: null,
    outcomes: labels('Positive reply', 'Réponse positive', 'Reponse positive'),
    points: 1,
  },
  {
    types: labels('Webinar', 'Webinaire'),
    minMinutes: null,
    outcomes: labels('Attended', 'Présent', 'Present'),
    points: 1,
  },
];

const RULES_HELP = 'a range of rules with four columns: type, minimum minutes, outcome, points.';

export const kpiInteractionScore = declareKpi(
  {
    name: 'KPI_INTERACTION_SCORE',
    en: 'Significant interactions score: the points of the first matching rule for each activity. Default rules, 1 point each: a Call of 15 minutes or more, an Email with a Positive reply, a Webinar Attended.',
    fr: 'Score des interactions significatives : les points de la première règle qui correspond à chaque activité. Règles par défaut, 1 point chacune : un appel de 15 minutes ou plus, un e-mail avec une réponse positive, un webinaire suivi.',
    params: [
      texts('types', 'The activity types.'),
      numbers('durations', 'The durations in minutes.'),
      texts('outcomes', 'The outcomes.'),
      optionalCells('rules', RULES_HELP),
    ],
    returns: gives('number', 'The total points.'),
    example: '=KPI_INTERACTION_SCORE(Activities!D2:D, Activities!E2:E, Activities!F2:F)',
  },
  (fn, types: Arg, durations: Arg, outcomes: Arg, rules?: Arg): number => {
    const ruleList = isBlank(rules) ? DEFAULT_RULES : readRules(fn, rules);
    const cols = readColumns(fn, {
      types: [types, 'label'],
      durations: [durations, 'number'],
      outcomes: [outcomes, 'label'],
    });
    const minutes = cols.durations;
    for (let i = 0; i < minutes.length; i++) {
      if (minutes[i] < 0)
        fail(
          fn,
          `${cols.where('durations', i)} holds ${minutes[i]}; a duration cannot be negative`,
        );
    }
    return interactionPoints(cols.types, minutes, cols.outcomes, ruleList);
  },
);

/** Reads the rules range: four columns [type, minimum minutes, outcome, points], header allowed. */
function readRules(fn: string, arg: Arg | undefined): InteractionRule[] {
  const grid = toGrid(arg);
  const width = grid.length ? grid[0].length : 0;
  if (!isRange(arg) || width !== 4 || grid.some((row) => row.length !== 4)) {
    fail(
      fn,
      `rules must be a range of four columns (type, minimum minutes, outcome, points); ` +
        `it has ${isRange(arg) ? width : 1}`,
    );
  }
  const first = grid[0];
  const isHeader = [first[1], first[3]].some(
    (c) => typeof c === 'string' && !isBlank(c) && !('value' in readNumberText(c)),
  );
  const rules: InteractionRule[] = [];
  for (let r = isHeader ? 1 : 0; r < grid.length; r++) {
    const [type, minimum, outcome, points] = grid[r];
    if ([type, minimum, outcome, points].every(isBlank)) continue;
    const where = (column: number, name: string) =>
      `rules row ${r + 1}, column ${column} (${name})`;
    if (isBlank(type)) fail(fn, `rules row ${r + 1} has no activity type; every rule needs one`);
    const min = toNumber(fn, minimum, () => where(2, 'minimum minutes'));
    if (min < 0) fail(fn, `${where(2, 'minimum minutes')} holds ${min}; it cannot be negative`);
    const score = toNumber(fn, points, () => where(4, 'points'));
    if (Number.isNaN(score)) fail(fn, `rules row ${r + 1} has no points; every rule needs them`);
    rules.push({
      types: new Set([normalizeLabel(type)]),
      minMinutes: Number.isNaN(min) ? null : min,
      outcomes: isBlank(outcome) ? null : new Set([normalizeLabel(outcome)]),
      points: score,
    });
  }
  if (rules.length === 0) fail(fn, 'rules holds no rule; give at least one row, or leave it out');
  return rules;
}

const CONTENT_HEADER = ['Content type', 'Leads', 'Progressed', 'Progression rate'];

export const kpiContentProgression = declareKpi(
  {
    name: 'KPI_CONTENT_PROGRESSION',
    en: 'Content progression table: for each content type leads consumed, how many leads, how many progressed, and the progression rate, best rate first.',
    fr: 'Tableau de progression par contenu : pour chaque type de contenu consulté par les prospects, le nombre de prospects, le nombre qui ont progressé et le taux de progression, le meilleur taux en premier.',
    params: [
      texts('content_types', 'The content each lead consumed.'),
      cells('progressed', 'Whether each lead progressed ("reached" markers).'),
    ],
    returns: spills('A table: content type, leads, progressed, progression rate.'),
    example: '=KPI_CONTENT_PROGRESSION(Pipeline!G2:G, Pipeline!K2:K)',
  },
  (fn, contentTypes: Arg, progressed: Arg): Table => {
    const cols = readColumns(fn, {
      content_types: [contentTypes, 'folded-codes'],
      progressed: [progressed, 'marker'],
    });
    const { codes, values } = cols.content_types;
    const rows = contentProgressionOfGroups(codes, values, cols.progressed);
    if (rows.length === 0) {
      fail(
        fn,
        'content_types holds no content type; the progression table is not defined without leads',
      );
    }
    return tableOf(CONTENT_HEADER, rows.length, (k) => {
      const row = rows[k];
      return [row.name, row.leads, row.progressed, row.progressed / row.leads];
    });
  },
);

/** The activity family's functions, in the order of docs/kpi-functions.md. */
export const ACTIVITY_FUNCTIONS: readonly KpiFunction[] = [
  kpiInteractionScore,
  kpiContentProgression,
];
