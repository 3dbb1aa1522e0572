// The summary email's words in English and French. Kept apart from the add-on's menu texts
// (i18n.ts) because only the email uses them; both tables have the same keys (the type says so).
import type { ProgressStatus } from '../../kpi/progress';
import { sayIn, textsOf, type Language, type Say, type SayIn } from '../i18n';

const MESSAGES = {
  en: {
    subject: '{scope}: sales summary, {period}',
    title: 'Sales summary',
    company: 'Company',
    team: 'Team {name}',
    intro: '{period}, compared with {previous}.',
    kpisTitle: 'KPIs and objectives',
    kpi: 'KPI',
    thisPeriod: 'This period',
    previous: 'Previous',
    change: 'Change',
    objective: 'Objective',
    pace: 'Pace',
    objectiveText: '{target} by {deadline}',
    objectiveOf: '{name}: ',
    actualText: 'so far: {actual}',
    noObjective: 'no objective',
    peopleTitleRep: 'Reps: activity beside conversion',
    peopleTitleTeam: 'Teams: activity beside conversion',
    peopleName: 'Name',
    roleActivity: 'Activity',
    roleConversion: 'Conversion (n)',
    peopleNote:
      'Activity and conversion are read together: more activity only helps when its conversion holds. Sorted by name; (n) is the number of leads or closed deals behind a rate.',
    peopleEmpty: 'No one to show for this period.',
    trendTitle: 'Trend',
    alertsTitle: 'Alerts since {date}',
    alertsNone: 'No alert since {date}.',
    alertsMore: '…and {count} more in the Actions sheet.',
    alertDate: 'Date',
    alertKpi: 'KPI',
    alertScope: 'Scope',
    alertMove: 'Move',
    alertAction: 'Corrective action',
    alertOwner: 'Owner',
    alertStatus: 'Status',
    recovered: 'recovered on {date}',
    open: 'Open the spreadsheet',
    whyLead: 'You receive this summary as the lead of team {team}.',
    whyCompany: 'You receive this summary as a company-wide recipient.',
    footer:
      'Sent by the Sales KPI add-on. The numbers are those of the spreadsheet when this email was written.',
    paceKind: '{kpi} (behind pace)',
    maturing: 'maturing',
    partial: 'partial',
    partialPeriod: '{period} (partial)',
    outlookTitle: 'Pipeline outlook',
    outlookForecast: '{month}: {expected} expected ({low} to {high}, 80 % range), {won} won so far',
    outlookMaturing:
      'Why revenue moved is said once this period’s leads have had the time to convert.',
    reviewTitle: 'Objective review',
    reviewMetEarly: 'met before its deadline',
    reviewFarBehind: 'far behind its pace',
    reviewPeriodAgain: 'its period comes round again',
    reviewLine:
      '{kpi}: {reason}. Proposed target {proposed} instead of {target} (best {best}, median {median}{seasonal} in the last two years). Change it in the Objectives sheet if you agree.',
    reviewSeasonal: ', same period in earlier years {seasonal}',
  },
  fr: {
    subject: '{scope} : résumé commercial, {period}',
    title: 'Résumé commercial',
    company: 'Entreprise',
    team: 'Équipe {name}',
    intro: '{period}, comparé à {previous}.',
    kpisTitle: 'KPI et objectifs',
    kpi: 'KPI',
    thisPeriod: 'Cette période',
    previous: 'Précédente',
    change: 'Évolution',
    objective: 'Objectif',
    pace: 'Rythme',
    objectiveText: '{target} au {deadline}',
    objectiveOf: '{name} : ',
    actualText: 'à ce jour : {actual}',
    noObjective: 'pas d’objectif',
    peopleTitleRep: 'Commerciaux : activité et conversion côte à côte',
    peopleTitleTeam: 'Équipes : activité et conversion côte à côte',
    peopleName: 'Nom',
    roleActivity: 'Activité',
    roleConversion: 'Conversion (n)',
    peopleNote:
      'Activité et conversion se lisent ensemble : plus d’activité n’aide que si la conversion suit. Triés par nom ; (n) est le nombre de leads ou d’affaires conclues derrière un taux.',
    peopleEmpty: 'Personne à montrer pour cette période.',
    trendTitle: 'Tendance',
    alertsTitle: 'Alertes depuis le {date}',
    alertsNone: 'Aucune alerte depuis le {date}.',
    alertsMore: '…et {count} autres dans la feuille Actions.',
    alertDate: 'Date',
    alertKpi: 'KPI',
    alertScope: 'Périmètre',
    alertMove: 'Variation',
    alertAction: 'Action corrective',
    alertOwner: 'Responsable',
    alertStatus: 'Statut',
    recovered: 'rétabli le {date}',
    open: 'Ouvrir le classeur',
    whyLead: 'Vous recevez ce résumé en tant que responsable de l’équipe {team}.',
    whyCompany: 'Vous recevez ce résumé en tant que destinataire pour toute l’entreprise.',
    footer:
      'Envoyé par le module Sales KPI. Les chiffres sont ceux du classeur au moment de l’envoi.',
    paceKind: '{kpi} (retard sur objectif)',
    maturing: 'en maturation',
    partial: 'partiel',
    partialPeriod: '{period} (partiel)',
    outlookTitle: 'Perspectives du pipeline',
    outlookForecast:
      '{month} : {expected} attendus (de {low} à {high}, fourchette à 80 %), dont {won} déjà gagnés',
    outlookMaturing:
      'L’explication de la variation du chiffre d’affaires viendra quand les leads de la période auront eu le temps de se convertir.',
    reviewTitle: 'Revue des objectifs',
    reviewMetEarly: 'atteint avant son échéance',
    reviewFarBehind: 'très en retard sur son rythme',
    reviewPeriodAgain: 'sa période revient',
    reviewLine:
      '{kpi} : {reason}. Cible proposée {proposed} au lieu de {target} (meilleure {best}, médiane {median}{seasonal} sur les deux dernières années). Modifiez-la dans la feuille Objectifs si vous êtes d’accord.',
    reviewSeasonal: ', même période des années précédentes {seasonal}',
  },
} as const;

type Key = keyof (typeof MESSAGES)['en'];

const STATUS: Record<Language, Record<ProgressStatus | 'none', string>> = {
  en: {
    ahead: 'Ahead',
    'on track': 'On track',
    behind: 'Behind',
    done: 'Achieved',
    none: 'No data yet',
  },
  fr: {
    ahead: 'En avance',
    'on track': 'Dans les temps',
    behind: 'En retard',
    done: 'Atteint',
    none: 'Pas encore de données',
  },
};

export type Words = SayIn<Key>;

export const say: Say<Key> = textsOf(MESSAGES);

/** The email's words in one language. */
export function wordsFor(language: Language): Words {
  return sayIn(say, language);
}

export function statusText(status: ProgressStatus | null, language: Language): string {
  return STATUS[language][status ?? 'none'];
}

/** Both tables' keys, for the test that keeps them in step. */
export const WORD_TABLES: Record<Language, Record<Key, string>> = MESSAGES;
