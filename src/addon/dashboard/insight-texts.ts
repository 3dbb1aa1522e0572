// The words of the Dashboard's forecast, "why did it move" and pipeline sections, and of the
// context markers on its revenue chart, in English and French (kept apart from texts.ts, which
// holds the rest of the dashboard's words). Each entry says both languages side by side.
import { heads, inLanguage, type InLanguage, type Language } from '../i18n';

const WORDS = {
  forecastTitle: [
    'Forecast: revenue of this month and the next (80 % range)',
    'Prévision : chiffre d’affaires de ce mois et du suivant (fourchette à 80 %)',
  ],
  forecastHead: heads(
    'Month, Expected, Low, High, Won so far, Objective',
    'Mois, Attendu, Bas, Haut, Déjà gagné, Objectif',
  ),
  asOfRefresh: [
    'The forecast, why-it-moved and pipeline numbers are as of the last refresh ({day}), whatever the date above: Refresh dashboard updates them.',
    'La prévision, le pourquoi et le pipeline sont ceux de la dernière actualisation ({day}), quelle que soit la date ci-dessus : Actualiser le tableau de bord les met à jour.',
  ],
  whyTitle: [
    'Why did revenue move: {after} vs {before}',
    'Pourquoi le chiffre d’affaires a bougé : {after} / {before}',
  ],
  maturing: [
    '{month} is still maturing (its leads have not all had the time to convert): the last mature month is explained instead.',
    '{month} mûrit encore (ses leads n’ont pas tous eu le temps de se convertir) : le dernier mois mûr est expliqué à sa place.',
  ],
  noWhy: [
    'Not enough deals in one of the two months to split the change.',
    'Pas assez d’affaires sur l’un des deux mois pour répartir la variation.',
  ],
  whyHead: heads('Driver, Revenue change', 'Facteur, Variation du CA'),
  drivers: {
    leads: ['Leads', 'Leads'],
    conversion: ['Lead → opportunity conversion', 'Conversion lead → opportunité'],
    winRate: ['Win rate', 'Taux de gain'],
    orderValue: ['Order value', 'Valeur des commandes'],
  },
  total: ['Total change', 'Variation totale'],
  waterfallTitle: [
    'Pipeline per month: opening, created, won, lost, closing',
    'Pipeline par mois : ouverture, créé, gagné, perdu, clôture',
  ],
  fromSnapshots: [
    'From the Pipeline history (daily snapshots).',
    'D’après l’historique du pipeline (instantanés quotidiens).',
  ],
  fromStageDates: [
    'From the Pipeline’s stage dates until the Pipeline history (daily snapshots) covers six months.',
    'D’après les dates d’étape du Pipeline, jusqu’à ce que l’historique du pipeline (instantanés quotidiens) couvre six mois.',
  ],
  waterfallHead: heads(
    'Month, Opening, Created, Won, Lost, Closing',
    'Mois, Ouverture, Créé, Gagné, Perdu, Clôture',
  ),
  stageTitle: [
    'Days in each stage (stays ended in the last 12 months)',
    'Jours passés dans chaque étape (séjours terminés sur 12 mois)',
  ],
  stageHead: heads('Stage, Median days, Mean days', 'Étape, Jours (médiane), Jours (moyenne)'),
  stages: {
    lead: ['Lead', 'Lead'],
    opportunity: ['Opportunity', 'Opportunité'],
    proposal: ['Proposal', 'Proposition'],
  },
  slipTitle: [
    'Close dates pushed later in the last 30 days',
    'Dates de clôture repoussées ces 30 derniers jours',
  ],
  slipHead: heads('Deals, Days pushed in all', 'Affaires, Jours repoussés au total'),
  noSlips: [
    'Known once the Pipeline history has 30 days of snapshots.',
    'Connu quand l’historique du pipeline aura 30 jours d’instantanés.',
  ],
  waterfallChart: ['Pipeline per month', 'Pipeline par mois'],
  context: ['Context', 'Contexte'],
} as const;

export type InsightWords = InLanguage<typeof WORDS>;

export function insightWords(language: Language): InsightWords {
  return inLanguage(WORDS, language);
}
