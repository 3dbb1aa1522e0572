// A summary model written out in one language as plain strings: what the HTML and the plain-text
// renderers lay out. Nothing here is escaped (the HTML renderer escapes every string it places),
// so the plain text shows names exactly as typed.
import { contextLine } from '../context/notes';
import { actionIn, scopeIn, statusIn } from '../workbook/stored-text';
import type { ProgressStatus } from '../../kpi/progress';
import { kpiEntry, type KpiKey, staleNote } from '../metrics';
import type { Language } from '../i18n';
import { oneLine } from '../workbook/email-escape';
import {
  changeSense,
  formatChange,
  formatDay,
  formatKpi,
  formatTrendLabel,
  formatWindow,
} from './format';
import type { AlertLine, KpiLine, SummaryModel, TrendSeries } from './model';
import type { DivergingChart, RangeChart } from './charts-html';
import { forecastChart, whyChart } from './outlook-charts';
import type { PipelineOutlook } from './pipeline-outlook';
import { statusText, wordsFor, type Words } from './words';

export interface Recipientish {
  readonly kind: 'lead' | 'company';
  readonly team?: string;
}

export interface KpiRowView {
  readonly cells: readonly string[];
  readonly sense: 'better' | 'worse' | 'level';
  readonly status: ProgressStatus | null;
  readonly hasObjective: boolean;
}

export interface TrendView {
  readonly title: string;
  /** Bar heights are fractions of the tallest bar (0 for no value). */
  readonly points: ReadonlyArray<{ label: string; value: string; height: number }>;
}

export interface EmailView {
  readonly language: Language;
  readonly subject: string;
  readonly title: string;
  readonly intro: string;
  /** What the numbers lack and what to do ("Pipeline sheet not found: …"), above them. */
  readonly problems: readonly string[];
  readonly kpis: { title: string; header: readonly string[]; rows: readonly KpiRowView[] };
  readonly trendTitle: string;
  readonly trends: readonly TrendView[];
  readonly people: {
    title: string;
    /** Each pair's name ("Calls ↔ Lead → opportunity conversion") over its two columns. */
    groups: readonly string[];
    /** The KPI name of each column (the text version), and its role in the pair (the HTML). */
    header: readonly string[];
    roles: readonly string[];
    rows: ReadonlyArray<readonly string[]>;
    note: string;
    empty?: string;
  };
  readonly alerts: {
    title: string;
    header: readonly string[];
    rows: ReadonlyArray<readonly string[]>;
    none?: string;
    more?: string;
  };
  /** Forecast lines, then why revenue moved (or why not yet); absent without a Pipeline. */
  readonly outlook?: {
    title: string;
    lines: readonly string[];
    /** The same numbers drawn (the HTML only): the forecast bars, then why revenue moved. */
    forecastChart: RangeChart;
    whyChart?: DivergingChart;
  };
  /** Proposed targets of objectives met early or far behind; absent when none. */
  readonly reviews?: { title: string; lines: readonly string[] };
  /** "Context: competitor promotion in Lyon, 1–20 Oct" (the Context sheet), when there is some. */
  readonly context?: string;
  readonly link: { text: string; url: string };
  readonly why: string;
  readonly footer: string;
}

function kpiName(kpi: KpiKey, language: Language): string {
  return kpiEntry(kpi).name[language];
}

export function scopeLabel(model: SummaryModel, w: Words): string {
  return model.scope.type === 'company' ? w('company') : w('team', { name: model.scope.name });
}

export function emailView(
  model: SummaryModel,
  language: Language,
  recipient: Recipientish,
  spreadsheetUrl: string,
): EmailView {
  const w = wordsFor(language);
  const win = model.window;
  const period = formatWindow(win.from, win.to, language);
  const scope = scopeLabel(model, w);
  const since = formatDay(model.alertsSince, language);
  return {
    language,
    subject: oneLine(w('subject', { scope, period })),
    title: `${w('title')} · ${scope}`,
    intro: [
      w('intro', { period, previous: formatWindow(win.previousFrom, win.previousTo, language) }),
      ...(model.stale ?? []).map((s) => staleNote(s.sheet, formatDay(s.last, language), language)),
    ].join(' '),
    problems: (model.missing ?? []).map((texts) => texts[language]),
    kpis: {
      title: w('kpisTitle'),
      header: [w('kpi'), w('thisPeriod'), w('previous'), w('change'), w('objective'), w('pace')],
      rows: model.kpis.map((line) => kpiRow(line, model, language, w)),
    },
    trendTitle: w('trendTitle'),
    trends: model.trends.map((t) => trendView(t, language, w)),
    people: peopleView(model, language, w),
    alerts: {
      title: w('alertsTitle', { date: since }),
      header: [
        w('alertDate'),
        w('alertKpi'),
        w('alertScope'),
        w('alertMove'),
        w('alertAction'),
        w('alertOwner'),
        w('alertStatus'),
      ],
      rows: model.alerts.map((a) => alertRow(a, language, w)),
      none: model.alertCount === 0 ? w('alertsNone', { date: since }) : undefined,
      more:
        model.alertCount > model.alerts.length
          ? w('alertsMore', { count: model.alertCount - model.alerts.length })
          : undefined,
    },
    ...(model.outlook ? { outlook: outlookView(model.outlook, language, w) } : {}),
    ...reviewsView(model, language, w),
    ...(model.context ? { context: contextLine(model.context, language) } : {}),
    link: { text: w('open'), url: spreadsheetUrl },
    why: recipient.kind === 'lead' ? w('whyLead', { team: recipient.team ?? '' }) : w('whyCompany'),
    footer: w('footer'),
  };
}

function kpiRow(line: KpiLine, model: SummaryModel, language: Language, w: Words): KpiRowView {
  const name = kpiName(line.kpi, language);
  const o = line.objective;
  // A rep's objective in a team summary names the rep.
  const label =
    o && o.scope.type !== 'company' && o.scope.type !== model.scope.type
      ? w('objectiveOf', { name: o.scope.name }) + name
      : name;
  let objective = w('noObjective');
  let pace = '';
  if (o) {
    const target = formatKpi(line.kpi, o.target, language);
    objective = w('objectiveText', { target, deadline: formatDay(o.deadline, language) });
    const actual = formatKpi(line.kpi, o.actual, language);
    pace = `${statusText(o.status, language)} (${w('actualText', { actual })})`;
  }
  return {
    cells: [
      label,
      formatKpi(line.kpi, line.value, language),
      formatKpi(line.kpi, line.previous, language),
      // A provisional value draws no change: its conversions are still arriving, or data is missing.
      line.provisional
        ? w(line.provisional)
        : formatChange(line.kpi, line.value, line.previous, language),
      objective,
      pace,
    ],
    sense: line.provisional ? 'level' : changeSense(line.kpi, line.value, line.previous),
    status: o ? o.status : null,
    hasObjective: o !== undefined,
  };
}

function reviewsView(
  model: SummaryModel,
  language: Language,
  w: Words,
): { reviews?: { title: string; lines: string[] } } {
  const reason = {
    metEarly: 'reviewMetEarly',
    farBehind: 'reviewFarBehind',
    periodAgain: 'reviewPeriodAgain',
  } as const;
  const lines: string[] = [];
  for (const line of model.kpis) {
    const o = line.objective;
    const r = o?.review;
    if (!o || !r) continue;
    const value = (x: number) => formatKpi(line.kpi, x, language);
    const who =
      o.scope.type !== 'company' && o.scope.type !== model.scope.type
        ? w('objectiveOf', { name: o.scope.name })
        : '';
    lines.push(
      w('reviewLine', {
        kpi: `${who}${kpiName(line.kpi, language)}`,
        reason: w(reason[r.reason]),
        proposed: value(r.proposed),
        target: value(o.target),
        best: value(r.basis.best),
        median: value(r.basis.median),
        seasonal:
          r.basis.seasonal !== undefined
            ? w('reviewSeasonal', { seasonal: value(r.basis.seasonal) })
            : '',
      }),
    );
  }
  return lines.length ? { reviews: { title: w('reviewTitle'), lines } } : {};
}

function outlookView(
  outlook: PipelineOutlook,
  language: Language,
  w: Words,
): NonNullable<EmailView['outlook']> {
  const amount = (x: number) => formatKpi('revenue', Math.round(x), language);
  const lines = outlook.forecast.map((f) =>
    w('outlookForecast', {
      month: formatWindow(f.start, f.end, language),
      expected: amount(f.expected),
      low: amount(f.low),
      high: amount(f.high),
      won: amount(f.wonSoFar),
    }),
  );
  if (outlook.why) lines.push(outlook.why[language]);
  else if (outlook.maturing) lines.push(w('outlookMaturing'));
  const why = whyChart(outlook, language);
  return {
    title: w('outlookTitle'),
    lines,
    forecastChart: forecastChart(outlook, language),
    ...(why ? { whyChart: why } : {}),
  };
}

function trendView(t: TrendSeries, language: Language, w: Words): TrendView {
  const values = t.points.map((p) => p.value ?? 0);
  const top = Math.max(0, ...values);
  return {
    title: kpiName(t.kpi, language),
    points: t.points.map((p) => ({
      // "1–13 Nov (partial)": the days the data covers; a maturing period keeps its label.
      label:
        p.provisional === 'partial' && p.through !== undefined
          ? w('partialPeriod', { period: formatWindow(p.from, p.through + 1, language) })
          : formatTrendLabel(p.from, p.to, language),
      value:
        p.provisional === 'maturing'
          ? w('maturing')
          : p.provisional === 'partial' && p.through === undefined
            ? w('partial')
            : formatKpi(t.kpi, p.value, language),
      height: p.value === null || top <= 0 ? 0 : Math.max(0, p.value) / top,
    })),
  };
}

function peopleView(model: SummaryModel, language: Language, w: Words): EmailView['people'] {
  const p = model.people;
  const names = p.kpis.map((k) => kpiName(k, language));
  const groups: string[] = [];
  for (let i = 0; i + 1 < names.length; i += 2) groups.push(`${names[i]} ↔ ${names[i + 1]}`);
  const rows = p.rows.map((row) => [
    row.name,
    ...row.values.map((v, i) => {
      if (v.provisional) return w(v.provisional);
      const text = formatKpi(p.kpis[i], v.value, language);
      return kpiEntry(p.kpis[i]).unit === 'rate' && v.value !== null
        ? `${text} (${v.volume})`
        : text;
    }),
  ]);
  return {
    title: p.kind === 'rep' ? w('peopleTitleRep') : w('peopleTitleTeam'),
    groups,
    header: [w('peopleName'), ...names],
    roles: [
      w('peopleName'),
      ...p.kpis.map((k) =>
        kpiEntry(k).category === 'activity' ? w('roleActivity') : w('roleConversion'),
      ),
    ],
    rows,
    note: w('peopleNote'),
    empty: rows.length === 0 ? w('peopleEmpty') : undefined,
  };
}

function alertRow(a: AlertLine, language: Language, w: Words): string[] {
  const value = (n: number | null): string =>
    n === null ? '—' : a.kpi ? formatKpi(a.kpi, n, language) : String(n);
  // A pace row's "previous" is the value expected by now, so its move has no % change.
  const change =
    a.kpi && a.kind === 'alert' ? ` (${formatChange(a.kpi, a.current, a.previous, language)})` : '';
  const name = a.kpi ? kpiName(a.kpi, language) : a.kpiText;
  // The log may hold another language's words (stored-text.ts): each read in the recipient's.
  const stored = statusIn(a.status, language);
  const status =
    a.recovered === null
      ? stored
      : [stored, w('recovered', { date: formatDay(a.recovered, language) })]
          .filter(Boolean)
          .join(', ');
  return [
    formatDay(a.day, language),
    a.kind === 'pace' ? w('paceKind', { kpi: name }) : name,
    scopeIn(a.scopeText, language),
    `${value(a.previous)} → ${value(a.current)}${change}`,
    // The context logged beside the alert follows its corrective action.
    [actionIn(a.action, language), a.context ?? ''].filter(Boolean).join(' '),
    a.owner,
    // The owner's comment (what was done, what it gave) follows the status.
    [status, a.comment ? `“${a.comment}”` : ''].filter(Boolean).join(' '),
  ];
}
