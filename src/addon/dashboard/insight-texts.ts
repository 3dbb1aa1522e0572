// The words of the Dashboard's forecast, "why did it move" and pipeline sections, and of the
// context markers on its revenue chart, in English and French (kept apart from texts.ts, which
// holds the rest of the dashboard's words).
import type { Language } from '../i18n';

const EN = {
  forecastTitle: 'Forecast: revenue of this month and the next (80 % range)',
  forecastHead: ['Month', 'Expected', 'Low', 'High', 'Won so far', 'Objective'],
  asOfRefresh:
    'The forecast, why-it-moved and pipeline numbers are as of the last refresh ({day}), whatever the date above: Refresh dashboard updates them.',
  whyTitle: 'Why did revenue move: {after} vs {before}',
  maturing:
    '{month} is still maturing (its leads have not all had the time to convert): the last mature month is explained instead.',
  noWhy: 'Not enough deals in one of the two months to split the change.',
  whyHead: ['Driver', 'Revenue change'],
  drivers: {
    leads: 'Leads',
    conversion: 'Lead → opportunity conversion',
    winRate: 'Win rate',
    orderValue: 'Order value',
  },
  total: 'Total change',
  waterfallTitle: 'Pipeline per month: opening, created, won, lost, closing',
  fromSnapshots: 'From the Pipeline history (daily snapshots).',
  fromStageDates:
    'From the Pipeline’s stage dates until the Pipeline history (daily snapshots) covers six months.',
  waterfallHead: ['Month', 'Opening', 'Created', 'Won', 'Lost', 'Closing'],
  stageTitle: 'Days in each stage (stays ended in the last 12 months)',
  stageHead: ['Stage', 'Median days', 'Mean days'],
  stages: { lead: 'Lead', opportunity: 'Opportunity', proposal: 'Proposal' },
  slipTitle: 'Close dates pushed later in the last 30 days',
  slipHead: ['Deals', 'Days pushed in all'],
  noSlips: 'Known once the Pipeline history has 30 days of snapshots.',
  waterfallChart: 'Pipeline per month',
  context: 'Context',
};

export type InsightWords = typeof EN;

const FR: InsightWords = {
  forecastTitle: 'Prévision : chiffre d’affaires de ce mois et du suivant (fourchette à 80 %)',
  forecastHead: ['Mois', 'Attendu', 'Bas', 'Haut', 'Déjà gagné', 'Objectif'],
  asOfRefresh:
    'La prévision, le pourquoi et le pipeline sont ceux de la dernière actualisation ({day}), quelle que soit la date ci-dessus : Actualiser le tableau de bord les met à jour.',
  whyTitle: 'Pourquoi le chiffre d’affaires a bougé : {after} / {before}',
  maturing:
    '{month} mûrit encore (ses leads n’ont pas tous eu le temps de se convertir) : le dernier mois mûr est expliqué à sa place.',
  noWhy: 'Pas assez d’affaires sur l’un des deux mois pour répartir la variation.',
  whyHead: ['Facteur', 'Variation du CA'],
  drivers: {
    leads: 'Leads',
    conversion: 'Conversion lead → opportunité',
    winRate: 'Taux de gain',
    orderValue: 'Valeur des commandes',
  },
  total: 'Variation totale',
  waterfallTitle: 'Pipeline par mois : ouverture, créé, gagné, perdu, clôture',
  fromSnapshots: 'D’après l’historique du pipeline (instantanés quotidiens).',
  fromStageDates:
    'D’après les dates d’étape du Pipeline, jusqu’à ce que l’historique du pipeline (instantanés quotidiens) couvre six mois.',
  waterfallHead: ['Mois', 'Ouverture', 'Créé', 'Gagné', 'Perdu', 'Clôture'],
  stageTitle: 'Jours passés dans chaque étape (séjours terminés sur 12 mois)',
  stageHead: ['Étape', 'Jours (médiane)', 'Jours (moyenne)'],
  stages: { lead: 'Lead', opportunity: 'Opportunité', proposal: 'Proposition' },
  slipTitle: 'Dates de clôture repoussées ces 30 derniers jours',
  slipHead: ['Affaires', 'Jours repoussés au total'],
  noSlips: 'Connu quand l’historique du pipeline aura 30 jours d’instantanés.',
  waterfallChart: 'Pipeline par mois',
  context: 'Contexte',
};

export function insightWords(language: Language): InsightWords {
  return language === 'fr' ? FR : EN;
}
