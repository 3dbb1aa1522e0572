// The relevance review's findings in words, English and French: the page lists them, the
// quarterly email to the trigger owner too.
import { describeScope, kpiEntry, type KpiKey } from '../metrics';
import { formatNumber } from '../metrics/format';
import { format, type Language } from '../i18n';
import { formatDay } from '../summaries/format';
import { MAX_LAG_MONTHS, STOPPED_WEEKS, type Finding } from './findings';

const TEXTS = {
  en: {
    unused: '{kpi}: tracked, but no objective or alert uses it.',
    stopped: '{kpi}: no new data for {weeks} weeks (last row {date}).',
    stoppedNever: '{kpi}: no data at all.',
    unpaired:
      '{kpi}: an activity tracked without the conversion it must move ({pairs}): more activity alone says nothing.',
    uncorrelated:
      '{kpi} and {pair}: never moved with revenue over the history (best correlation {r}, up to {lag} months later).',
    crowded: '{scope}: {count} active objectives; more than five dilute the focus.',
  },
  fr: {
    unused: '{kpi} : suivi, mais aucun objectif ni aucune alerte ne l’utilise.',
    stopped: '{kpi} : aucune donnée nouvelle depuis {weeks} semaines (dernière ligne le {date}).',
    stoppedNever: '{kpi} : aucune donnée.',
    unpaired:
      '{kpi} : une activité suivie sans la conversion qu’elle doit faire bouger ({pairs}) : plus d’activité seule ne dit rien.',
    uncorrelated:
      '{kpi} et {pair} : n’ont jamais évolué avec le chiffre d’affaires sur l’historique (meilleure corrélation {r}, jusqu’à {lag} mois plus tard).',
    crowded: '{scope} : {count} objectifs actifs ; au-delà de cinq, l’attention se disperse.',
  },
} as const;

export function kpiName(kpi: KpiKey, language: Language): string {
  return kpiEntry(kpi).name[language];
}

export function findingText(f: Finding, language: Language): string {
  const t = TEXTS[language];
  const kpi = f.kpi ? kpiName(f.kpi, language) : '';
  switch (f.kind) {
    case 'unused':
      return format(t.unused, { kpi }, language);
    case 'stopped':
      return f.last === null || f.last === undefined
        ? format(t.stoppedNever, { kpi }, language)
        : format(
            t.stopped,
            {
              kpi,
              weeks: String(STOPPED_WEEKS),
              date: formatDay(f.last, language),
            },
            language,
          );
    case 'unpaired':
      return format(
        t.unpaired,
        {
          kpi,
          pairs: kpiEntry(f.kpi!)
            .pairs.map((p) => kpiName(p, language))
            .join(language === 'fr' ? ' ou ' : ' or '),
        },
        language,
      );
    case 'uncorrelated':
      return format(
        t.uncorrelated,
        {
          kpi,
          pair: kpiName(f.pair!, language),
          r: f.best === null || f.best === undefined ? '—' : formatNumber(f.best, 2, language),
          lag: String(MAX_LAG_MONTHS),
        },
        language,
      );
    case 'crowded':
      return format(
        t.crowded,
        {
          scope: describeScope(f.scope!, language),
          count: String(f.count ?? 0),
        },
        language,
      );
  }
}
