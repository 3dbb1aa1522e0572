// The "Pipeline insights" block: what the Pipeline history and the Pipeline sheet say today, as one
// block of cells the daily snapshot writes (job.ts), in the reader's language: the forecast of
// the current and next month for the company and each team (with its 80 % range), why revenue and
// lead → opportunity conversion moved in the last mature month, the pipeline waterfall of the last
// six months, the time deals spend in each stage, the ageing of the open deals and the close dates
// that slipped. Pure: values in, cells out.
import { addPeriods, type Period, periodStart, ymdOfDay } from '../../kpi/days';
import { forecastPeriods, type ForecastScope, knownBefore } from '../../kpi/forecast';
import {
  OPEN_STAGES,
  pipelineWaterfall,
  rowsByDeal,
  slippedCloseDates,
  stageAgeing,
  timeInStage,
  type SnapshotRow,
} from '../../kpi/pipeline-history';
import { PIPELINE_STAGES } from '../schema';
import { heads, inLanguage, type Language } from '../i18n';
import type { PipelineDeal } from './deal-dates';
import { whyConversionMoved, whyRevenueMoved } from './why';
import { SHORT_MONTH_NAMES } from '../month-names';

export const INSIGHTS_WIDTH = 8;
/** The chart's data: columns J to N (10 to 14), a header row and six months. */
export const CHART_COLUMN = 10;
export const CHART_WIDTH = 5;
export const CHART_ROWS = 7;

/** The block's words, both languages side by side. */
const WORDS = {
  title: ['Pipeline insights', 'Analyse du pipeline'],
  asOf: ['as of', 'au'],
  forecast: [
    'Forecast (80 % range: Bernoulli variance of the open deals + spread of new-deal revenue)',
    'Prévision (fourchette à 80 % : variance de Bernoulli des affaires ouvertes + dispersion du CA des nouvelles affaires)',
  ],
  forecastHead: heads(
    'Scope, Month, Expected, Low, High, Won so far, Open deals, History',
    'Périmètre, Mois, Attendu, Bas, Haut, Déjà gagné, Affaires ouvertes, Historique',
  ),
  company: ['Company', 'Entreprise'],
  team: ['Team', 'Équipe'],
  own: ['own', 'propre'],
  companyHistory: ["company's", 'de l’entreprise'],
  why: ['Why it moved', 'Pourquoi ça a bougé'],
  whyHead: heads('Scope, Change', 'Périmètre, Variation'),
  waterfall: [
    'Pipeline waterfall (from the Pipeline history)',
    'Cascade du pipeline (d’après l’historique)',
  ],
  waterfallHead: heads(
    'Month, Opening, Created, Amount changes, Won, Lost, Removed, Closing',
    'Mois, Ouverture, Créé, Montants modifiés, Gagné, Perdu, Retiré, Clôture',
  ),
  stageTime: [
    'Days in each stage (stays ended in the last 12 months)',
    'Jours passés dans chaque étape (séjours terminés sur 12 mois)',
  ],
  stageHead: heads('Stage, Stays, Mean, Median', 'Étape, Séjours, Moyenne, Médiane'),
  ageing: [
    'Open deals by days in their stage',
    'Affaires ouvertes selon les jours passés dans leur étape',
  ],
  ageingHead: heads('Stage, 0–30, 31–60, 61–90, Over 90', 'Étape, 0–30, 31–60, 61–90, Plus de 90'),
  slips: [
    'Close dates pushed later in the last 30 days',
    'Dates de clôture repoussées ces 30 derniers jours',
  ],
  slipsHead: heads('Deals, Days pushed in all', 'Affaires, Jours repoussés au total'),
  noHistory: [
    'No snapshot yet: the history starts with the next daily run.',
    'Pas encore d’instantané : l’historique commence au prochain passage quotidien.',
  ],
  chartHead: heads(
    'Month, Created, Won, Lost, Open pipeline',
    'Mois, Créé, Gagné, Perdu, Pipeline ouvert',
  ),
  chartTitle: [
    'Pipeline per month: created, won, lost and open at the end',
    'Pipeline par mois : créé, gagné, perdu et ouvert en fin de mois',
  ],
} as const;

function monthName(day: number, language: Language): string {
  const { year, month } = ymdOfDay(day);
  return `${SHORT_MONTH_NAMES[language][month - 1]} ${year}`;
}

function isoDay(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x) : '');
const one = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : '');

/**
 * The last month whose leads have all had the time to convert: the 90th percentile of the
 * lead → opportunity lag in the deals themselves, after its end, before today.
 */
export function lastMatureMonth(deals: readonly PipelineDeal[], today: number): number {
  const lags = deals
    .filter((d) => Number.isFinite(d.opportunity) && d.opportunity < today)
    .map((d) => d.opportunity - d.lead)
    .sort((a, b) => a - b);
  const window = lags.length ? lags[Math.floor(0.9 * (lags.length - 1))] : 0;
  let month = periodStart(today, 'month');
  while (addPeriods(month, 'month', 1) + window > today) month = addPeriods(month, 'month', -1);
  return month;
}

/** The insights block: rows of INSIGHTS_WIDTH cells. */
export function insightCells(
  deals: readonly PipelineDeal[],
  history: readonly SnapshotRow[],
  today: number,
  language: Language,
): unknown[][] {
  const w = inLanguage(WORDS, language);
  const rows: unknown[][] = [];
  const line = (...cells: unknown[]) => rows.push(cells);
  line(`${w.title} — ${w.asOf} ${isoDay(today)}`);
  line();

  const period: Period = 'month';
  const teams = [...new Set(deals.map((d) => d.team).filter((t) => t !== ''))].sort();
  const scopes: Array<[string, ForecastScope]> = [
    [w.company, { type: 'company' }],
    ...teams.map((t): [string, ForecastScope] => [`${w.team} ${t}`, { type: 'team', name: t }]),
  ];
  line(w.forecast);
  line(...w.forecastHead);
  // As known before today, as the backtest made it (today's rows may still be coming in).
  const known = knownBefore(deals, today);
  for (const [label, scope] of scopes) {
    for (const f of forecastPeriods(known, today, period, scope))
      line(
        label,
        monthName(f.start, language),
        round(f.expected),
        round(f.low),
        round(f.high),
        round(f.wonSoFar),
        f.openDeals,
        f.ownHistory ? w.own : w.companyHistory,
      );
  }
  line();

  const after = lastMatureMonth(deals, today);
  const before = addPeriods(after, 'month', -1);
  const windows = [
    [before, after],
    [after, addPeriods(after, 'month', 1)],
  ] as const;
  line(`${w.why}: ${monthName(after, language)} / ${monthName(before, language)}`);
  line(...w.whyHead);
  for (const [label, scope] of scopes) {
    const mine = scope.type === 'company' ? deals : deals.filter((d) => d.team === scope.name);
    const revenue = whyRevenueMoved(mine, windows[0], windows[1]);
    if (revenue) line(label, revenue.sentence[language]);
    if (scope.type === 'company') {
      const conversion = whyConversionMoved(mine, windows[0], windows[1]);
      if (conversion) line(label, conversion.sentence[language]);
    }
  }
  line();

  const byDeal = rowsByDeal(history);
  if (byDeal.size === 0) {
    line(w.noHistory);
    return rows;
  }
  line(w.waterfall);
  line(...w.waterfallHead);
  const from = addPeriods(periodStart(today, 'month'), 'month', -5);
  for (const step of pipelineWaterfall(byDeal, period, from, today + 1))
    line(
      monthName(step.start, language),
      round(step.opening),
      round(step.created),
      round(step.changed),
      round(step.won),
      round(step.lost),
      round(step.removed),
      round(step.closing),
    );
  line();

  const stageLabel = (key: string) => PIPELINE_STAGES.find((s) => s.key === key)![language];
  line(w.stageTime);
  line(...w.stageHead);
  for (const t of timeInStage(byDeal, today - 365, today + 1))
    line(stageLabel(t.stage), t.count, one(t.meanDays), one(t.medianDays));
  line();

  line(w.ageing);
  line(...w.ageingHead);
  const aged = stageAgeing(byDeal, today);
  for (const stage of OPEN_STAGES) {
    const days = aged.filter((a) => a.stage === stage).map((a) => a.daysInStage);
    const count = (lo: number, hi: number) => days.filter((d) => d >= lo && d <= hi).length;
    line(stageLabel(stage), count(0, 30), count(31, 60), count(61, 90), count(91, Infinity));
  }
  line();

  line(w.slips);
  line(...w.slipsHead);
  const slips = slippedCloseDates(byDeal, today - 29, today + 1);
  line(
    new Set(slips.map((s) => s.dealId)).size,
    slips.reduce((s, x) => s + (x.to - x.from), 0),
  );
  return rows;
}

/** The chart's title in a language. */
export function chartTitle(language: Language): string {
  return inLanguage(WORDS.chartTitle, language);
}

/** The chart's data: the last six months of the waterfall (blank without history). */
export function chartCells(
  history: readonly SnapshotRow[],
  today: number,
  language: Language,
): unknown[][] {
  const rows: unknown[][] = [inLanguage(WORDS.chartHead, language)];
  const byDeal = rowsByDeal(history);
  const from = addPeriods(periodStart(today, 'month'), 'month', -5);
  const steps = byDeal.size ? pipelineWaterfall(byDeal, 'month', from, today + 1) : [];
  for (const step of steps)
    rows.push([
      monthName(step.start, language),
      round(step.created),
      round(step.won),
      round(step.lost),
      round(step.closing),
    ]);
  while (rows.length < CHART_ROWS) rows.push(new Array(CHART_WIDTH).fill(''));
  return rows;
}
