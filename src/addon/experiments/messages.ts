// The experiments' words in English and French: verdicts (also written into the sheet's Verdict
// formula), what each KPI counts, field errors and the plan sentence. The menu caption and the
// page title are in src/addon/i18n.ts.
import { textsOf, type Say } from '../i18n';

const MESSAGES = {
  en: {
    notEnoughData: 'Not enough data yet',
    variantWins: 'Variant wins',
    variantLoses: 'Variant loses',
    noDifference: 'No significant difference',
    inconclusive: 'Inconclusive: sample not reached',
    subjectsLeadToOpportunity: 'leads',
    subjectsOpportunityToProposal: 'opportunities',
    subjectsWinRate: 'closed deals',
    subjectsReferralRate: 'new customers',
    subjectsRetention: 'customers at the start of the period',
    subjectsCsat: 'CSAT answers',
    required: 'Required.',
    tooLong: 'At most {max} characters.',
    unknownKpi: 'Choose one of the KPIs offered (a rate, so that the groups can be compared).',
    unknownGroupType: 'Choose teams or reps.',
    unknownGroup: 'No {type} "{name}" in the data.',
    sameGroups: 'The control and variant groups must differ.',
    badDate: 'Give a date (YYYY-MM-DD).',
    endBeforeStart: 'The end must come after the start.',
    badRate: 'Give a rate strictly between 0 % and 100 %.',
    badLift: 'Give a lift other than 0 (10 % to detect a rise of a tenth).',
    liftOutOfRange: 'With this baseline, the lifted rate ({rate}) would leave 0 % to 100 %.',
    noBaseline: 'The control group has no data for this KPI in the last 90 days; type a baseline.',
    busy: 'Another save is running in this spreadsheet. Try again in a minute; nothing was written.',
    notSetUp: 'Set up the KPI workbook first (Extensions › Sales KPI › Set up KPI workbook).',
    planSummary:
      'To detect a change from {baseline} to {lifted} (5% significance, 80% power), each group needs {n} {subjects}.',
    planPace: 'At the last 90 days’ pace, that takes about {weeks} {weeks|week|weeks}.',
    planNoPace:
      'The groups had no such subjects in the last 90 days: the duration cannot be estimated.',
    team: 'team',
    rep: 'rep',
  },
  fr: {
    notEnoughData: 'Pas encore assez de données',
    variantWins: 'Le test l’emporte',
    variantLoses: 'Le test est moins bon',
    noDifference: 'Pas de différence significative',
    inconclusive: 'Non concluant : échantillon non atteint',
    subjectsLeadToOpportunity: 'leads',
    subjectsOpportunityToProposal: 'opportunités',
    subjectsWinRate: 'affaires conclues',
    subjectsReferralRate: 'nouveaux clients',
    subjectsRetention: 'clients en début de période',
    subjectsCsat: 'réponses CSAT',
    required: 'Obligatoire.',
    tooLong: '{max} caractères au plus.',
    unknownKpi: 'Choisissez l’un des KPI proposés (un taux, pour pouvoir comparer les groupes).',
    unknownGroupType: 'Choisissez des équipes ou des commerciaux.',
    unknownGroup: 'Aucun(e) {type} « {name} » dans les données.',
    sameGroups: 'Le groupe témoin et le groupe test doivent être différents.',
    badDate: 'Indiquez une date (AAAA-MM-JJ).',
    endBeforeStart: 'La fin doit suivre le début.',
    badRate: 'Indiquez un taux strictement entre 0 % et 100 %.',
    badLift: 'Indiquez une hausse différente de 0 (10 % pour détecter une hausse d’un dixième).',
    liftOutOfRange: 'Avec ce taux de référence, le taux visé ({rate}) sortirait de 0 % à 100 %.',
    noBaseline:
      'Le groupe témoin n’a pas de données pour ce KPI sur les 90 derniers jours ; saisissez un taux de référence.',
    busy: 'Un autre enregistrement est en cours dans ce classeur. Réessayez dans une minute ; rien n’a été écrit.',
    notSetUp:
      'Préparez d’abord le classeur KPI (Extensions › Sales KPI › Préparer le classeur KPI).',
    planSummary:
      'Pour détecter un passage de {baseline} à {lifted} (seuil de 5 %, puissance de 80 %), chaque groupe doit compter {n} {subjects}.',
    planPace: 'Au rythme des 90 derniers jours, il faut environ {weeks} {weeks|semaine|semaines}.',
    planNoPace:
      'Les groupes n’ont eu aucun de ces cas sur les 90 derniers jours : la durée ne peut pas être estimée.',
    team: 'équipe',
    rep: 'commercial',
  },
} as const;

export type ExperimentText = keyof (typeof MESSAGES)['en'];

export const say: Say<ExperimentText> = textsOf(MESSAGES);
