// =KPI_* functions of the funnel: conversion, funnel table, win rate, cycle length, velocity.
// They read Sheets-shaped arguments with the shared reading layer and leave the counting to
// src/kpi/funnel.ts.
import {
  conversionCounts,
  cycleLengths,
  funnelConversions,
  funnelCounts,
  salesVelocity,
  winLossCounts,
} from '../kpi/funnel';
import { mean, median } from '../kpi/stats';
import { Arg, Cell, describeCell, isBlank, shorten, Table, toGrid } from './values/cells';
import { readColumns } from './columns';
import { declareKpi, gives, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { ratio } from './ratio';
import { isoOfDay } from './values/day-zone';
import { numberCell, tableOf } from './tables';
import { fraction, notNegative, readScalars } from './scalar-rules';
import { cells, choice, dates, number, numberOrCells, optionalLabels, texts } from './params';
import { labelSet } from './values/labels';
import { isReached } from './markers';
import { readNumberText } from './values/numbers';

// The text options of this family's functions: each gives its parameter's help and reads its
// argument.
const FUNNEL_MODE = choice('mode', ['any', 'strict']);
const CYCLE_STATISTIC = choice('statistic', ['median', 'mean']);

/** A stage of the funnel: the number of rows that reached it, or their "reached" markers. */
const stage = (name: string, which: string, example: string) =>
  numberOrCells(
    name,
    `The count, or the range of markers, of the ${which} stage (e.g. ${example}).`,
  );

export const kpiConversion = declareKpi(
  {
    name: 'KPI_CONVERSION',
    en: 'Conversion rate between two funnel stages: reached_to / reached_from as a fraction. Give two counts, or two parallel ranges of "reached" markers (dates, TRUE, non-zero numbers, words other than no), in which case it is the share of rows reaching the first stage that also reach the second.',
    fr: "Taux de conversion entre deux étapes du tunnel : atteint_après / atteint_avant, en fraction. Donnez deux nombres, ou deux plages parallèles de marqueurs « atteint » (dates, VRAI, nombres non nuls, mots autres que non) : c'est alors la part des lignes ayant atteint la première étape qui atteignent aussi la seconde.",
    params: [
      stage('reached_from', 'earlier', 'Lead date'),
      stage('reached_to', 'later', 'Opportunity date'),
    ],
    returns: gives('number', 'The conversion rate, from 0 to 1.'),
    example: '=KPI_CONVERSION(Pipeline!J2:J, Pipeline!K2:K)',
  },
  (fn, reachedFrom: Arg, reachedTo: Arg): number => {
    const single = isSingleCell(reachedFrom) && isSingleCell(reachedTo);
    if (single && (looksLikeCount(reachedFrom) || looksLikeCount(reachedTo))) {
      const { reached_from: from, reached_to: to } = readScalars(fn, {
        reached_from: [reachedFrom, notNegative('a count')],
        reached_to: [reachedTo, notNegative('a count')],
      });
      if (from === 0) {
        fail(
          fn,
          'reached_from is 0; the conversion rate is not defined when nothing reached the earlier stage',
        );
      }
      if (to > from) {
        fail(
          fn,
          `reached_to (${to}) is larger than reached_from (${from}); a later stage cannot be ` +
            'reached more often than an earlier one (are the arguments swapped?)',
        );
      }
      return to / from;
    }
    const cols = readColumns(fn, {
      reached_from: [reachedFrom, 'marker'],
      reached_to: [reachedTo, 'marker'],
    });
    const { reached, converted } = conversionCounts(cols.reached_from, cols.reached_to);
    return ratio(
      fn,
      converted,
      reached,
      'nothing reached reached_from (no cell holds a date, TRUE, a non-zero number or a yes word), ' +
        'so the conversion rate is not defined',
    );
  },
);

function isSingleCell(arg: Arg): boolean {
  const grid = toGrid(arg);
  return grid.length === 1 && grid[0].length === 1;
}

/**
 * The counts form is two single cells, at least one of them a count: a number, or text written
 * as one (even ambiguously, so that the ambiguity is reported). The other must then be a count
 * too, and reading it says why not. Two single cells that are not numbers (a date and a blank)
 * are the range form on a one-row table.
 */
function looksLikeCount(arg: Arg): boolean {
  const cell = toGrid(arg)[0][0];
  if (typeof cell === 'number') return true;
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  const reading = readNumberText(cell);
  return 'value' in reading || reading.problem === 'ambiguous';
}

const FUNNEL_HEADER = ['Stage', 'Reached', 'Conversion from previous', 'Conversion from first'];
const STAGE_COLUMNS_HELP =
  'A block with one column per stage in funnel order, stage names in its first row, "reached" markers below.';

export const kpiFunnel = declareKpi(
  {
    name: 'KPI_FUNNEL',
    en: 'Funnel table: for each stage, how many rows reached it, the conversion from the previous stage and from the first stage. The first row of the block names the stages; mode "any" counts a stage whenever it is reached, "strict" only when every earlier stage is reached too.',
    fr: "Tableau du tunnel de vente : pour chaque étape, le nombre de lignes qui l'atteignent, la conversion depuis l'étape précédente et depuis la première. La première ligne du bloc nomme les étapes ; le mode « any » compte une étape dès qu'elle est atteinte, « strict » seulement si toutes les étapes précédentes le sont aussi.",
    params: [cells('stage_columns', STAGE_COLUMNS_HELP), FUNNEL_MODE.param],
    returns: spills('A table: stage, reached, conversion from previous, conversion from first.'),
    example: '=KPI_FUNNEL(Pipeline!J1:M)',
  },
  (fn, stageColumns: Arg, mode?: Arg): Table => {
    const strict = FUNNEL_MODE.read(fn, mode) === 'strict';
    const grid = toGrid(stageColumns);
    if (grid.length === 0 || grid[0].length === 0) fail(fn, 'stage_columns is empty');
    const names = grid[0].map((cell, s) => stageName(fn, cell, s, grid[0].length));
    const stages = names.length;
    const reached = new Uint8Array((grid.length - 1) * stages);
    for (let r = 1, k = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let s = 0; s < stages; s++, k++) reached[k] = isReached(row[s]) ? 1 : 0;
    }
    const counts = funnelCounts(reached, stages, strict);
    const { fromPrevious, fromFirst } = funnelConversions(counts);
    return tableOf(FUNNEL_HEADER, stages, (s) => [
      names[s],
      counts[s],
      numberCell(fromPrevious[s]),
      numberCell(fromFirst[s]),
    ]);
  },
);

/**
 * Stage names are text. A date, number or TRUE/FALSE in the first row means the block was
 * selected without its names row, which would silently turn a data row into names.
 */
function stageName(fn: string, cell: Cell, s: number, width: number): string {
  const where = width > 1 ? `stage_columns row 1, column ${s + 1}` : 'stage_columns row 1';
  if (isBlank(cell)) fail(fn, `${where} is blank; the first row must name every stage`);
  if (typeof cell !== 'string') {
    fail(
      fn,
      `${where} holds ${describeCell(cell)}; the first row must hold the stage names ` +
        '(select the block with its names row, e.g. Lead, Opportunity, Won)',
    );
  }
  return cell.trim();
}

const DEFAULT_WON = ['Won', 'Gagné', 'Gagne'];
const DEFAULT_LOST = ['Lost', 'Perdu'];

export const kpiWinRate = declareKpi(
  {
    name: 'KPI_WIN_RATE',
    en: 'Win rate: won deals / (won + lost deals), ignoring open deals. Default labels: Won (Gagné) and Lost (Perdu).',
    fr: 'Taux de réussite : affaires gagnées / (gagnées + perdues), sans les affaires en cours. Libellés par défaut : Won (Gagné) et Lost (Perdu).',
    params: [
      texts('outcomes', 'The deal outcomes.'),
      optionalLabels('won_labels', 'the outcome label(s) that mean won.'),
      optionalLabels('lost_labels', 'the outcome label(s) that mean lost.'),
    ],
    returns: gives('number', 'The win rate, from 0 to 1.'),
    example: '=KPI_WIN_RATE(Deals!F2:F)',
  },
  (fn, outcomes: Arg, wonLabels?: Arg, lostLabels?: Arg): number => {
    const won = labelsOrDefaults(wonLabels, DEFAULT_WON);
    const lost = labelsOrDefaults(lostLabels, DEFAULT_LOST);
    for (const label of won) {
      if (lost.has(label)) {
        fail(
          fn,
          `${describeCell(label)} is both a won label and a lost label; an outcome is one or the other`,
        );
      }
    }
    const cols = readColumns(fn, { outcomes: [outcomes, 'label'] });
    const counts = winLossCounts(cols.outcomes, won, lost);
    if (counts.won + counts.lost === 0) {
      fail(
        fn,
        `no outcome is won (${listOf(won)}) or lost (${listOf(lost)}), ` +
          'so the win rate is not defined',
      );
    }
    return counts.won / (counts.won + counts.lost);
  },
);

/** Labels for a message: each quoted short, and the list itself cut (a range may hold many). */
function listOf(labels: Set<string>): string {
  return shorten([...labels].map((label) => shorten(label)).join(', '), 300);
}

/** A label range of blank cells is taken as omitted, like a blank single cell. */
function labelsOrDefaults(arg: Arg | undefined, defaults: readonly string[]): Set<string> {
  const set = labelSet(arg, defaults);
  return set.size ? set : labelSet(undefined, defaults);
}

export const kpiCycleDays = declareKpi(
  {
    name: 'KPI_CYCLE_DAYS',
    en: 'Sales cycle length in calendar days from start date to end date, the median (default) or mean over rows where both dates are filled.',
    fr: 'Durée du cycle de vente en jours calendaires, de la date de début à la date de fin : la médiane (par défaut) ou la moyenne sur les lignes où les deux dates sont remplies.',
    params: [
      dates('start_dates', 'The start dates (e.g. Lead date).'),
      dates('end_dates', 'The end dates (e.g. Won date), parallel to start_dates.'),
      CYCLE_STATISTIC.param,
    ],
    returns: gives('number', 'The cycle length in days.'),
    example: '=KPI_CYCLE_DAYS(Pipeline!J2:J, Pipeline!M2:M)',
  },
  (fn, startDates: Arg, endDates: Arg, statistic?: Arg): number => {
    const stat = CYCLE_STATISTIC.read(fn, statistic);
    const cols = readColumns(fn, {
      start_dates: [startDates, 'date'],
      end_dates: [endDates, 'date'],
    });
    const { days, endBeforeStart: i } = cycleLengths(cols.start_dates, cols.end_dates);
    if (i >= 0) {
      fail(
        fn,
        `${cols.where('end_dates', i)} (${isoOfDay(cols.end_dates[i])}) is before ` +
          `${cols.where('start_dates', i)} (${isoOfDay(cols.start_dates[i])}); ` +
          'a cycle cannot end before it starts',
      );
    }
    if (days.length === 0) {
      fail(fn, 'no row has both a start date and an end date, so there is no cycle to measure');
    }
    return stat === 'mean' ? mean(days) : median(days);
  },
);

export const kpiSalesVelocity = declareKpi(
  {
    name: 'KPI_SALES_VELOCITY',
    en: 'Sales velocity, the revenue the pipeline produces per day: open opportunities × win rate × average deal size / cycle length in days.',
    fr: 'Vélocité des ventes, le chiffre d’affaires que le pipeline produit par jour : opportunités ouvertes × taux de réussite × montant moyen des affaires / durée du cycle en jours.',
    params: [
      number('open_opportunities', 'The number of open opportunities.'),
      number('win_rate', 'The win rate, a fraction from 0 to 1.'),
      number('avg_deal_size', 'The average deal size.'),
      number('cycle_days', 'The sales cycle length in days.'),
    ],
    returns: gives('number', 'The revenue per day.'),
    example: '=KPI_SALES_VELOCITY(42, 25%, 12000, 45)',
  },
  (fn, openOpportunities: Arg, winRate: Arg, avgDealSize: Arg, cycleDays: Arg): number => {
    const v = readScalars(fn, {
      open_opportunities: [openOpportunities, notNegative('a count')],
      win_rate: [winRate, fraction('25 % is 0.25')],
      avg_deal_size: [avgDealSize, notNegative('a deal size')],
      cycle_days: [cycleDays, notNegative('a cycle length')],
    });
    if (v.cycle_days === 0) {
      fail(fn, 'cycle_days is 0; the velocity per day is not defined for a cycle of 0 days');
    }
    return salesVelocity(v.open_opportunities, v.win_rate, v.avg_deal_size, v.cycle_days);
  },
);

/** The funnel family's functions, in the order of docs/kpi-functions.md. */
export const FUNNEL_FUNCTIONS: readonly KpiFunction[] = [
  kpiConversion,
  kpiFunnel,
  kpiWinRate,
  kpiCycleDays,
  kpiSalesVelocity,
];
