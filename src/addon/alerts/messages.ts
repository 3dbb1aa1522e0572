// The alert feature's words in English and French: what is wrong with a typed rule (by row),
// and the report shown after "Apply alerts". Kept beside the feature; the menu caption is in
// src/addon/i18n.ts with the other menu items.
import { textsOf, type Say } from '../i18n';

const MESSAGES = {
  en: {
    kpiMissing: 'row {row}: no KPI (type one, or the ID of an objective whose KPI it takes)',
    kpiUnknown: 'row {row}: KPI "{text}" is not one the add-on knows (for example {examples})',
    scopeTypeUnknown: 'row {row}: scope type "{text}" is not Company, Team, Rep or Segment',
    scopeNameMissing: 'row {row}: a {type} scope needs a name in the Scope column',
    scopeUnknown: 'row {row}: no row of the data names the {type} "{name}"',
    scopeNotFound: 'row {row}: "{name}" is no team, rep or segment of the data',
    scopeUnsupported: 'row {row}: {kpi} cannot be computed for a {type} (its data has no {type})',
    modeUnknown: 'row {row}: mode "{text}" is neither Relative nor Points',
    thresholdBad: 'row {row}: threshold "{text}" is not a number',
    thresholdMissing: 'row {row}: a {mode} rule needs a threshold',
    thresholdNotPositive:
      'row {row}: the threshold must be above 0 (with {value}, every period would alert)',
    thresholdTooLarge:
      'row {row}: a relative threshold of {value} is a fall of more than 100 %, which cannot happen; write 10 % (or 0.1) for ten percent',
    directionUnknown: 'row {row}: direction "{text}" is neither Down nor Up',
    minVolumeBad: 'row {row}: minimum volume "{text}" is not a number of 0 or more',
    activeUnknown: 'row {row}: Active "{text}" is neither Yes nor No',
    duplicateId: 'row {row}: ID "{id}" is already used by row {first}; this row was left out',
    objectiveUnknown:
      'row {row}: objective "{id}" is not in the Objectives sheet; the rule compares {periods}',
    computeFailed: 'row {row}: {message}',
    colourFailed: 'the colours of {sheet} could not be set: {message}',
    objectiveInvalid: 'objective {id} (row {row}): no pace check, {reason}',
    reasonTargetIsBaseline: 'its target equals its baseline',
    reasonDates: 'its deadline is not after its start',
    reasonMissing: 'its target, start or deadline is missing',
    periodsWeek: 'weeks',
    periodsMonth: 'months',
    periodsQuarter: 'quarters',
    // The report of "Apply alerts".
    title: 'Sales KPI alerts',
    busy: 'Another save or alert check is running in this spreadsheet. Try again in a minute; nothing was written.',
    checked: 'Checked {rules} active alert rules against the last complete periods (as of {day}).',
    checkedOne: 'Checked 1 active alert rule against the last complete periods (as of {day}).',
    noRules:
      'The Alerts sheet has no active rule yet: add one with the SMART objective wizard, or type a row (KPI, scope, threshold).',
    noSheets: 'The KPI sheets are missing: run "Set up KPI workbook" first.',
    noIdColumn:
      'The Alerts sheet has no ID column, so no rule was checked: run "Set up KPI workbook" to add it.',
    raised: 'New alerts ({count}):',
    raisedLine: '• {kpi}, {scope}: {previous} → {current} ({change}). {action}',
    paceLine: '• {kpi}, {scope}: behind pace ({current}, {previous} expected by now). {action}',
    recovered: 'Recovered ({count}): {list}.',
    nothingNew: 'No new alert.',
    waitingMaturing:
      '{kpi}, {scope}: {period} is still maturing (leads need {days} days to convert), checked from {from}; {judged} was checked.',
    waitingPartial:
      '{kpi}, {scope}: {period} is partial (the data stops before its end); {judged} was checked.',
    problems: 'To fix in the Alerts sheet ({count}):',
    idsAssigned: 'IDs given to {count} rules typed without one.',
    idAssigned: 'ID given to 1 rule typed without one.',
    tickLine:
      'rules checked: {rules}; new alerts: {raised}; recovered: {recovered}; to fix: {problems}',
    tickBusy: 'skipped: the spreadsheet was busy; the next hour will check',
    tickNoSheets: 'skipped: the KPI sheets are missing',
    tickNoDocument:
      'skipped: no document lock (the run was not in a spreadsheet); nothing was written',
  },
  fr: {
    kpiMissing:
      'ligne {row} : aucun KPI (saisissez-en un, ou l’ID d’un objectif dont il prendra le KPI)',
    kpiUnknown: 'ligne {row} : le KPI « {text} » est inconnu du module (par exemple {examples})',
    scopeTypeUnknown:
      'ligne {row} : le type de périmètre « {text} » n’est ni Entreprise, ni Équipe, ni Commercial, ni Segment',
    scopeNameMissing: 'ligne {row} : un périmètre {type} demande un nom dans la colonne Périmètre',
    scopeUnknown: 'ligne {row} : aucune ligne des données ne nomme {type} « {name} »',
    scopeNotFound:
      'ligne {row} : « {name} » n’est ni une équipe, ni un commercial, ni un segment des données',
    scopeUnsupported:
      'ligne {row} : {kpi} ne se calcule pas pour {type} (ses données n’en portent pas)',
    modeUnknown: 'ligne {row} : le mode « {text} » n’est ni Relatif ni Points',
    thresholdBad: 'ligne {row} : le seuil « {text} » n’est pas un nombre',
    thresholdMissing: 'ligne {row} : une règle en mode {mode} demande un seuil',
    thresholdNotPositive:
      'ligne {row} : le seuil doit être supérieur à 0 (avec {value}, chaque période alerterait)',
    thresholdTooLarge:
      'ligne {row} : un seuil relatif de {value} est une baisse de plus de 100 %, impossible ; écrivez 10 % (ou 0,1) pour dix pour cent',
    directionUnknown: 'ligne {row} : le sens « {text} » n’est ni Baisse ni Hausse',
    minVolumeBad: 'ligne {row} : le volume minimum « {text} » n’est pas un nombre positif ou nul',
    activeUnknown: 'ligne {row} : Active « {text} » n’est ni Oui ni Non',
    duplicateId:
      'ligne {row} : l’ID « {id} » est déjà pris par la ligne {first} ; cette ligne est ignorée',
    objectiveUnknown:
      'ligne {row} : l’objectif « {id} » n’est pas dans la feuille Objectifs ; la règle compare les {periods}',
    computeFailed: 'ligne {row} : {message}',
    colourFailed: 'les couleurs de {sheet} n’ont pas pu être posées : {message}',
    objectiveInvalid: 'objectif {id} (ligne {row}) : pas de suivi du rythme, {reason}',
    reasonTargetIsBaseline: 'sa cible est égale à sa valeur de départ',
    reasonDates: 'son échéance n’est pas après son début',
    reasonMissing: 'sa cible, son début ou son échéance manque',
    periodsWeek: 'semaines',
    periodsMonth: 'mois',
    periodsQuarter: 'trimestres',
    title: 'Alertes Sales KPI',
    busy: 'Un enregistrement ou une vérification des alertes est en cours dans ce classeur. Réessayez dans une minute ; rien n’a été écrit.',
    checked:
      '{rules} règles d’alerte actives comparées sur les dernières périodes complètes (au {day}).',
    checkedOne: '1 règle d’alerte active comparée sur les dernières périodes complètes (au {day}).',
    noRules:
      'La feuille Alertes n’a encore aucune règle active : ajoutez-en une avec l’assistant objectif SMART, ou saisissez une ligne (KPI, périmètre, seuil).',
    noSheets: 'Les feuilles KPI manquent : lancez d’abord « Préparer le classeur KPI ».',
    noIdColumn:
      'La feuille Alertes n’a pas de colonne ID, aucune règle n’a donc été vérifiée : lancez « Préparer le classeur KPI » pour l’ajouter.',
    raised: 'Nouvelles alertes ({count}) :',
    raisedLine: '• {kpi}, {scope} : {previous} → {current} ({change}). {action}',
    paceLine:
      '• {kpi}, {scope} : en retard sur l’objectif ({current}, {previous} attendu à ce jour). {action}',
    recovered: 'Rétablis ({count}) : {list}.',
    nothingNew: 'Aucune nouvelle alerte.',
    waitingMaturing:
      '{kpi}, {scope} : {period} est en maturation (les leads mettent {days} jours à se convertir), vérifié à partir du {from} ; {judged} a été vérifié.',
    waitingPartial:
      '{kpi}, {scope} : {period} est partiel (les données s’arrêtent avant sa fin) ; {judged} a été vérifié.',
    problems: 'À corriger dans la feuille Alertes ({count}) :',
    idsAssigned: 'ID attribués à {count} règles saisies sans ID.',
    idAssigned: 'ID attribué à 1 règle saisie sans ID.',
    tickLine:
      'règles vérifiées : {rules} ; nouvelles alertes : {raised} ; rétablies : {recovered} ; à corriger : {problems}',
    tickBusy: 'non fait : le classeur était occupé ; l’heure suivante vérifiera',
    tickNoSheets: 'non fait : les feuilles KPI manquent',
    tickNoDocument:
      'non fait : pas de verrou du classeur (l’exécution n’était pas dans un classeur) ; rien n’a été écrit',
  },
} as const;

export type AlertMessage = keyof (typeof MESSAGES)['en'];

export const say: Say<AlertMessage> = textsOf(MESSAGES);
