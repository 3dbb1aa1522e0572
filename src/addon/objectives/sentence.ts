// The objective as one SMART sentence in the user's language: who does what, where and how (the
// user's own words), then the KPI for its scope from the baseline to the target with its unit,
// the deadline, the tracking frequency and the paired KPI. Also the short texts of the row's
// Measurable and Time-bound cells. Missing parts are left out, so a draft reads well at any step.
import { type Frequency, formatValue, kpiEntry, type KpiKey, type Scope } from '../metrics';
import type { Language } from '../schema';
import { isCumulative } from './cumulative';
import { longDate } from './dates';

export interface SentenceParts {
  readonly kpi: KpiKey;
  readonly scope?: Scope;
  readonly who?: string;
  readonly what?: string;
  readonly where?: string;
  readonly how?: string;
  readonly baseline?: number | null;
  readonly target?: number;
  readonly start?: number;
  readonly deadline?: number;
  readonly frequency?: Frequency;
  readonly pairedKpi?: KpiKey;
}

const EVERY: Readonly<Record<Frequency, { en: string; fr: string }>> = {
  weekly: { en: 'weekly', fr: 'chaque semaine' },
  monthly: { en: 'monthly', fr: 'chaque mois' },
  quarterly: { en: 'quarterly', fr: 'chaque trimestre' },
};
const PER: Readonly<Record<Frequency, { en: string; fr: string }>> = {
  weekly: { en: 'a week', fr: 'par semaine' },
  monthly: { en: 'a month', fr: 'par mois' },
  quarterly: { en: 'a quarter', fr: 'par trimestre' },
};

export function value(kpi: KpiKey, v: number, language: Language): string {
  return formatValue(v, kpiEntry(kpi).unit, language);
}

/** "a week" / "par semaine". */
export function perPeriodText(frequency: Frequency, language: Language): string {
  return PER[frequency][language];
}

/** "52 a week" for a cumulative KPI's baseline, the value alone for a level KPI. */
export function baselineText(p: SentenceParts, baseline: number, language: Language): string {
  const text = value(p.kpi, baseline, language);
  return isCumulative(p.kpi) && p.frequency ? `${text} ${PER[p.frequency][language]}` : text;
}

export function targetText(kpi: KpiKey, target: number, language: Language): string {
  const text = value(kpi, target, language);
  if (!isCumulative(kpi)) return text;
  return language === 'fr' ? `${text} au total` : `${text} in total`;
}

export function smartSentence(p: SentenceParts, language: Language): string {
  const fr = language === 'fr';
  const user = [p.who, p.what, p.where, p.how]
    .map((t) => (t ?? '').replace(/[.;:,\s]+$/, ''))
    .filter((t) => t !== '')
    .join(' ');
  let kpi = kpiEntry(p.kpi).name[language];
  if (p.scope) kpi += ` ${scopePhrase(p.scope, language)}`;
  if (p.target !== undefined) {
    const target = targetText(p.kpi, p.target, language);
    const base = p.baseline === null || p.baseline === undefined ? undefined : p.baseline;
    if (isCumulative(p.kpi)) {
      kpi += `, ${target}`;
      if (base !== undefined)
        kpi += ` (${fr ? 'valeur de départ' : 'baseline'} ${baselineText(p, base, language)})`;
    } else if (base !== undefined) {
      kpi += fr
        ? ` de ${baselineText(p, base, language)} à ${target}`
        : ` from ${baselineText(p, base, language)} to ${target}`;
    } else {
      kpi += fr ? ` à ${target}` : ` to ${target}`;
    }
  }
  const parts = [user ? `${user}${fr ? ' : ' : ': '}${kpi}` : kpi];
  const when = timeText(p, language);
  if (when) parts.push(when);
  if (p.pairedKpi) {
    const pair = kpiEntry(p.pairedKpi).name[language];
    parts.push(fr ? `associé à ${pair}` : `paired with ${pair}`);
  }
  return `${parts.join(', ')}.`;
}

/** "for team Lyon" / "pour l’équipe Lyon", "for the company" / "pour l’entreprise". */
export function scopePhrase(scope: Scope, language: Language): string {
  const fr = language === 'fr';
  switch (scope.type) {
    case 'company':
      return fr ? 'pour l’entreprise' : 'for the company';
    case 'team':
      return fr ? `pour l’équipe ${scope.name}` : `for team ${scope.name}`;
    case 'rep':
      return fr ? `pour ${scope.name}` : `for ${scope.name}`;
    case 'segment':
      return fr ? `pour le segment ${scope.name}` : `for segment ${scope.name}`;
  }
}

/** "between 1 December 2026 and 31 March 2027, tracked weekly" / "by 31 March 2027, …". */
function timeText(p: SentenceParts, language: Language): string {
  const fr = language === 'fr';
  const out: string[] = [];
  if (p.deadline !== undefined) {
    const end = longDate(p.deadline, language);
    if (p.start !== undefined) {
      const start = longDate(p.start, language);
      out.push(fr ? `du ${start} au ${end}` : `between ${start} and ${end}`);
    } else {
      out.push(fr ? `d’ici le ${end}` : `by ${end}`);
    }
  }
  if (p.frequency)
    out.push(fr ? `suivi ${EVERY[p.frequency].fr}` : `tracked ${EVERY[p.frequency].en}`);
  return out.join(', ');
}

/** The row's Time-bound cell: "From 1 December 2026 to 31 March 2027, tracked weekly." */
export function timeBoundText(
  start: number,
  deadline: number,
  frequency: Frequency,
  language: Language,
): string {
  const [a, b] = [longDate(start, language), longDate(deadline, language)];
  return language === 'fr'
    ? `Du ${a} au ${b}, suivi ${EVERY[frequency].fr}.`
    : `From ${a} to ${b}, tracked ${EVERY[frequency].en}.`;
}
