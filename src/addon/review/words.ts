// The team review pack's words in English and French: the Review sheet, the page's messages and
// the email. Both tables have the same keys (the type makes a missing French text an error).
import { sayIn, textsOf, type Language, type Say, type SayIn } from '../i18n';

const MESSAGES = {
  en: {
    sheetPrefix: 'Review',
    company: 'company',
    title: 'Team review: {scope}, {period}',
    subtitle: 'Compared with {previous}. Built on {date}.',
    objectives: 'Objectives and pace',
    noObjectives: 'No active objective for this scope.',
    moved: 'What moved and why',
    companyConversion: 'For the whole company: {sentence}',
    noWhy:
      'Why revenue moved cannot be said for this period (a period without a lead, an opportunity or a win).',
    actions: 'Open corrective actions',
    noActions: 'No open corrective action.',
    actionDate: 'Date',
    actionKpi: 'KPI',
    actionScope: 'Scope',
    actionMove: 'Move',
    actionWhat: 'Corrective action',
    actionOwner: 'Owner',
    actionStatus: 'Status',
    actionContext: 'Context',
    experiments: 'Experiments running and concluded',
    noExperiments: 'No experiment on this scope.',
    experiment: 'Experiment',
    expKpi: 'KPI',
    expGroups: 'Control → variant',
    expDates: 'Dates',
    expCounts: 'Successes / total',
    expStatus: 'Status',
    running: 'Running',
    concluded: 'Concluded',
    context: 'Context notes of the period',
    noContext: 'No context note over this period.',
    noteDates: 'Dates',
    noteKind: 'Kind',
    noteScope: 'Scope',
    note: 'Note',
    noteAuthor: 'Author',
    decisions: 'Decisions',
    decisionsHint:
      'Fill a row in the meeting (what, owner, due date): it becomes one row of the Actions sheet, and its Action ID is written here.',
    decisionsMail: 'Decisions are taken in the meeting and written in the sheet "{sheet}".',
    what: 'What',
    owner: 'Owner',
    due: 'Due date',
    actionId: 'Action ID',
    decisionContext: 'Decision of the review "{sheet}", due {due}',
    decisionContextNoDue: 'Decision of the review "{sheet}"',
    subject: '{scope}: review pack, {period}',
    mailIntro: 'The pack for your review meeting on {scope}, {period}.',
    mailWhy: 'You receive this pack as a member of {scope}.',
    open: 'Open the spreadsheet',
    built: 'Review pack written to the sheet "{sheet}".',
    rebuilt: 'Review pack rewritten in the sheet "{sheet}"; {kept} decision {kept|row|rows} kept.',
    exists: 'The sheet "{sheet}" already exists. Replace it? Decisions typed there are kept.',
    recorded: 'Decisions added to the Actions sheet: {count} ({ids}).',
    nothingToRecord:
      'No new decision to record: fill What (and Owner, Due date) in a row of the Decisions section.',
    noSheet: 'The sheet "{sheet}" was not built yet: build the pack first.',
    noActionsSheet: 'The Actions sheet is missing: run Set up KPI workbook. Nothing was written.',
    sent: 'Pack sent to approved recipients: {count}.',
    awaiting: 'Not sent (not approved in Email summaries…): {emails}.',
    deferred: 'Not sent today (the daily mail quota is used up): {count}.',
    nobody: 'No one to send to: no lead in the Teams sheet and no owner address for this scope.',
    badTeam: 'Choose a team, or the company.',
    badPeriod: 'Choose a week or a month, and a date in it.',
  },
  fr: {
    sheetPrefix: 'Revue',
    company: 'entreprise',
    title: 'Revue d’équipe : {scope}, {period}',
    subtitle: 'Comparé à {previous}. Préparé le {date}.',
    objectives: 'Objectifs et rythme',
    noObjectives: 'Aucun objectif actif sur ce périmètre.',
    moved: 'Ce qui a bougé et pourquoi',
    companyConversion: 'Pour toute l’entreprise : {sentence}',
    noWhy:
      'Impossible de dire pourquoi le chiffre d’affaires a bougé sur cette période (une période sans lead, opportunité ou affaire gagnée).',
    actions: 'Actions correctives ouvertes',
    noActions: 'Aucune action corrective ouverte.',
    actionDate: 'Date',
    actionKpi: 'KPI',
    actionScope: 'Périmètre',
    actionMove: 'Variation',
    actionWhat: 'Action corrective',
    actionOwner: 'Responsable',
    actionStatus: 'Statut',
    actionContext: 'Contexte',
    experiments: 'Expériences en cours et terminées',
    noExperiments: 'Aucune expérience sur ce périmètre.',
    experiment: 'Expérience',
    expKpi: 'KPI',
    expGroups: 'Témoin → test',
    expDates: 'Dates',
    expCounts: 'Succès / total',
    expStatus: 'Statut',
    running: 'En cours',
    concluded: 'Terminée',
    context: 'Notes de contexte de la période',
    noContext: 'Aucune note de contexte sur cette période.',
    noteDates: 'Dates',
    noteKind: 'Type',
    noteScope: 'Périmètre',
    note: 'Note',
    noteAuthor: 'Auteur',
    decisions: 'Décisions',
    decisionsHint:
      'Remplissez une ligne pendant la réunion (quoi, responsable, échéance) : elle devient une ligne de la feuille Actions, et son ID d’action est écrit ici.',
    decisionsMail: 'Les décisions sont prises en réunion et notées dans la feuille « {sheet} ».',
    what: 'Quoi',
    owner: 'Responsable',
    due: 'Échéance',
    actionId: 'ID action',
    decisionContext: 'Décision de la revue « {sheet} », échéance {due}',
    decisionContextNoDue: 'Décision de la revue « {sheet} »',
    subject: '{scope} : dossier de revue, {period}',
    mailIntro: 'Le dossier de votre réunion de revue : {scope}, {period}.',
    mailWhy: 'Vous recevez ce dossier en tant que membre de {scope}.',
    open: 'Ouvrir le classeur',
    built: 'Dossier de revue écrit dans la feuille « {sheet} ».',
    rebuilt:
      'Dossier de revue réécrit dans la feuille « {sheet} » ; {kept} {kept|ligne|lignes} de décision {kept|conservée|conservées}.',
    exists:
      'La feuille « {sheet} » existe déjà. La remplacer ? Les décisions qui y sont saisies sont conservées.',
    recorded: 'Décisions ajoutées à la feuille Actions : {count} ({ids}).',
    nothingToRecord:
      'Aucune nouvelle décision : remplissez Quoi (et Responsable, Échéance) dans une ligne de la section Décisions.',
    noSheet: 'La feuille « {sheet} » n’a pas encore été créée : préparez d’abord le dossier.',
    noActionsSheet:
      'La feuille Actions est introuvable : lancez Préparer le classeur KPI. Rien n’a été écrit.',
    sent: 'Dossier envoyé aux destinataires approuvés : {count}.',
    awaiting: 'Non envoyé (non approuvés dans Résumés par e-mail…) : {emails}.',
    deferred: 'Non envoyés aujourd’hui (quota quotidien d’e-mails atteint) : {count}.',
    nobody:
      'Personne à qui l’envoyer : aucun responsable dans la feuille Équipes ni aucune adresse de responsable pour ce périmètre.',
    badTeam: 'Choisissez une équipe, ou l’entreprise.',
    badPeriod: 'Choisissez une semaine ou un mois, et une date dans la période.',
  },
} as const;

type Key = keyof (typeof MESSAGES)['en'];

export type ReviewWordKey = Key;
export type ReviewWords = SayIn<Key>;

export const say: Say<Key> = textsOf(MESSAGES);

/** The review's words in one language (the pack, the sheet and the email each have one). */
export function reviewWords(language: Language): ReviewWords {
  return sayIn(say, language);
}

/** The same word in both languages (to recognise a sheet written in either). */
export function bothLanguages(key: Key): readonly string[] {
  return [MESSAGES.en[key], MESSAGES.fr[key]];
}
