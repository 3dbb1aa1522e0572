// The objective as one SMART sentence in the user's language, built grammatically from its parts:
// who will do what, where and how (the user's own words, sentence-words.ts), so that the KPI for
// its scope goes from the baseline to the target by the deadline, tracked each period alongside
// the paired KPI, with its alert rule. Every part may be missing (a draft at any step, a row
// edited by hand): the sentence still reads. Also the short texts of the row's Measurable and
// Time-bound cells.
import { type Frequency, formatValue, kpiEntry, type KpiKey, type Scope } from '../metrics';
import type { Language } from '../i18n';
import { isCumulative } from './cumulative';
import { longDate } from './dates';
import { capitalise, userClause } from './sentence-words';

/** The parts of the alert rule the sentence tells: how large a move alerts whom. */
export interface SentenceAlert {
  readonly mode: 'relative' | 'points';
  readonly threshold: number;
  readonly direction: 'down' | 'up';
  readonly owner?: string;
  readonly enabled?: boolean;
}

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
  readonly alert?: SentenceAlert;
}

const NBSP = '\u00a0';

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
const NEXT: Readonly<Record<Frequency | 'period', { en: string; fr: string }>> = {
  weekly: { en: 'from one week to the next', fr: 'd’une semaine à l’autre' },
  monthly: { en: 'from one month to the next', fr: 'd’un mois à l’autre' },
  quarterly: { en: 'from one quarter to the next', fr: 'd’un trimestre à l’autre' },
  period: { en: 'from one period to the next', fr: 'd’une période à l’autre' },
};

/** KPIs named in the plural ("the calls … reach", "if they fall"). */
const PLURAL: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'calls',
  'emails',
  'meetings',
  'significant_interactions',
  'new_customers',
]);

type Move = 'go' | 'reach' | 'improve';
/**
 * The KPI clause's verb. English: after "so that" (singular, plural) or alone (future); French
 * (the subject is always "l’indicateur", singular): after "pour que" (subjunctive) or alone.
 */
const VERBS: Readonly<Record<Move, { en: readonly string[]; fr: readonly string[] }>> = {
  go: { en: ['goes', 'go', 'will go'], fr: ['passe', 'passera'] },
  reach: { en: ['reaches', 'reach', 'will reach'], fr: ['atteigne', 'atteindra'] },
  improve: { en: ['improves', 'improve', 'will improve'], fr: ['s’améliore', 's’améliorera'] },
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

/**
 * "The Lyon team will convert more qualified leads for SMB accounts, with weekly pipeline
 * reviews, so that the lead → opportunity conversion for team Lyon goes from 26.9% to 31% between
 * 1 December 2026 and 31 March 2027, tracked weekly alongside the win rate, with an alert to
 * Thomas Richard if it falls by 10% or more from one week to the next."
 */
export function smartSentence(p: SentenceParts, language: Language): string {
  const scopeName = p.scope && p.scope.type !== 'company' ? p.scope.name : undefined;
  const opening = userClause(p, language, scopeName);
  const soThat = opening !== '';
  const subject = kpiSubject(p, language);
  const main = soThat
    ? `${opening}, ${language === 'fr' ? 'pour que' : 'so that'} ${subject}`
    : capitalise(subject);
  const clauses = [
    [main, kpiMove(p, language, soThat), windowText(p, language)].filter(Boolean).join(' '),
    trackedText(p, language),
    alertText(p, language),
  ];
  return `${clauses.filter(Boolean).join(', ')}.`;
}

/** "the lead → opportunity conversion for team Lyon" / "l’indicateur « … » pour l’équipe Lyon". */
function kpiSubject(p: SentenceParts, language: Language): string {
  const name = kpiEntry(p.kpi).name[language];
  const scope = p.scope ? ` ${scopePhrase(p.scope, language)}` : '';
  return language === 'fr'
    ? `l’indicateur «${NBSP}${name}${NBSP}»${scope}`
    : `the ${kpiNameInSentence(name)}${scope}`;
}

/** "lead → opportunity conversion", but "Net Promoter Score" as it is (a name). */
function kpiNameInSentence(name: string): string {
  const named = name
    .split(' ')
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return named || /^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function verb(p: SentenceParts, move: Move, language: Language, soThat: boolean): string {
  if (language === 'fr') return VERBS[move].fr[soThat ? 0 : 1];
  return VERBS[move].en[soThat ? (PLURAL.has(p.kpi) ? 1 : 0) : 2];
}

/** "goes from 26.9% to 31%", "reaches 500 in total (baseline: 52 a week)", "improves". */
function kpiMove(p: SentenceParts, language: Language, soThat: boolean): string {
  const fr = language === 'fr';
  if (p.target === undefined) return verb(p, 'improve', language, soThat);
  const target = targetText(p.kpi, p.target, language);
  const base = p.baseline === null || p.baseline === undefined ? undefined : p.baseline;
  if (isCumulative(p.kpi)) {
    const reach = `${verb(p, 'reach', language, soThat)} ${target}`;
    if (base === undefined) return reach;
    const baseline = baselineText(p, base, language);
    return fr
      ? `${reach} (valeur de départ${NBSP}: ${baseline})`
      : `${reach} (baseline: ${baseline})`;
  }
  if (base === undefined) return `${verb(p, 'reach', language, soThat)} ${target}`;
  const from = baselineText(p, base, language);
  return `${verb(p, 'go', language, soThat)} ${fr ? `de ${from} à` : `from ${from} to`} ${target}`;
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

/** "between 1 December 2026 and 31 March 2027", "by 31 March 2027", "from 1 December 2026". */
function windowText(p: SentenceParts, language: Language): string {
  const fr = language === 'fr';
  const start = p.start === undefined ? undefined : longDate(p.start, language);
  if (p.deadline === undefined) {
    if (start === undefined) return '';
    return fr ? `à partir du ${start}` : `from ${start}`;
  }
  const end = longDate(p.deadline, language);
  if (start === undefined) return fr ? `d’ici le ${end}` : `by ${end}`;
  return fr ? `du ${start} au ${end}` : `between ${start} and ${end}`;
}

/** "tracked weekly alongside the win rate" / "suivi chaque semaine avec l’indicateur associé …". */
function trackedText(p: SentenceParts, language: Language): string {
  const fr = language === 'fr';
  const every = p.frequency ? ` ${EVERY[p.frequency][language]}` : '';
  const pairName = p.pairedKpi ? kpiEntry(p.pairedKpi).name[language] : undefined;
  if (!every && !pairName) return '';
  let pair = '';
  if (pairName)
    pair = fr
      ? ` avec l’indicateur associé «${NBSP}${pairName}${NBSP}»`
      : ` alongside the ${kpiNameInSentence(pairName)}`;
  return `${fr ? 'suivi' : 'tracked'}${every}${pair}`;
}

/** "with an alert to Thomas if it falls by 10% or more from one week to the next". */
function alertText(p: SentenceParts, language: Language): string {
  const a = p.alert;
  if (!a || a.enabled === false || !(a.threshold > 0)) return '';
  const size = alertSize(p.kpi, a, language);
  const owner = (a.owner ?? '').replace(/\s+/g, ' ').trim();
  const period = NEXT[p.frequency ?? 'period'][language];
  if (language === 'fr') {
    const move = a.direction === 'down' ? 'baisse' : 'augmente';
    return `avec une alerte${owner ? ` à ${owner}` : ''} s’il ${move} de ${size} ou plus ${period}`;
  }
  const they = PLURAL.has(p.kpi);
  const move = a.direction === 'down' ? (they ? 'fall' : 'falls') : they ? 'rise' : 'rises';
  const to = owner ? ` to ${owner}` : '';
  return `with an alert${to} if ${they ? 'they' : 'it'} ${move} by ${size} or more ${period}`;
}

/** "10%" of its value (relative), or "5 points" / "1,000" in the KPI's own units (points). */
function alertSize(kpi: KpiKey, a: SentenceAlert, language: Language): string {
  if (a.mode === 'relative') return formatValue(a.threshold, 'rate', language);
  const unit = kpiEntry(kpi).unit;
  if (unit === 'rate') return formatValue(a.threshold * 100, 'points', language);
  return formatValue(a.threshold, unit, language);
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
