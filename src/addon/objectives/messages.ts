// The wizard's own words on the server: field-level validation messages, warnings, and the parts
// of the SMART sentence and of the Objectives row, in English and French. ({name} placeholders.)
import { textsOf, type Say } from '../i18n';

const MESSAGES = {
  en: {
    'field.required': 'Required.',
    'field.text': 'Enter a text.',
    'field.tooLong': 'At most {max} characters.',
    'field.choose': 'Choose one of the options.',
    'field.number': 'Enter a number.',
    'field.date': 'Enter a date as YYYY-MM-DD.',
    'field.boolean': 'Choose yes or no.',
    'draft.invalid': 'The objective could not be read: it must be an object with its fields.',
    'id.invalid': 'Not an objective ID (OBJ-0001).',
    'id.missing': 'Objective {id} no longer exists (deleted meanwhile?); save it as a new one.',
    'goal.unknown': 'Choose a strategic goal.',
    'kpi.unknown': 'Choose a KPI from the list.',
    'scope.unsupported':
      '{kpi} cannot be measured for a {type}: its data has none. It can be measured for: {types}.',
    'scope.nameRequired': 'Choose a {type}.',
    'scope.unknown': 'No {type} named "{name}" in the workbook\'s data.',
    'target.changeNoBaseline':
      'There is no baseline to apply a change to: enter the target as a value.',
    'target.changeZero': 'A change of 0 % keeps things as they are: it is no objective.',
    'target.changeTooLow': 'A change must stay above −100 %.',
    'target.rate': 'A rate is between 0 % and 100 %.',
    'target.nps': 'An NPS is between −100 and 100.',
    'target.negative': 'The target cannot be negative.',
    'target.totalPositive': 'The target is a total over the objective: it must be more than 0.',
    'target.notBetterHigher':
      'The target must be above the baseline ({baseline}): progress runs from the baseline to the target.',
    'target.notBetterLower':
      'The target must be below the baseline ({baseline}): for this KPI lower is better, and progress runs from the baseline to the target.',
    'deadline.order': 'The deadline must be after the start ({start}).',
    'deadline.past': 'The deadline has already passed.',
    'deadline.tooFar': 'An objective spans at most {days} days; split it into shorter ones.',
    'pairedKpi.required': '{kpi} is an activity volume: pair it with {pairs}.',
    'pairedKpi.notAPair': 'Choose one of: {pairs}.',
    'pairedKpi.same': 'The paired KPI must be another KPI.',
    'owner.required': 'Name who owns this objective.',
    'alert.thresholdPositive': 'Enter a threshold above 0.',
    'alert.fallTooLarge': 'A fall cannot exceed 100 % (1).',
    'alert.pointsTooLarge': 'A change of {max} or more cannot happen for this KPI.',
    'alert.minVolume': 'Enter a whole number, 0 or more.',
    'alert.actionRequired': 'Describe the corrective action.',
    'alert.ownerRequired': 'Name who acts when the alert is raised.',
    'warning.tooMany':
      '{scope} already has {count} active objectives: more than {max} drown the signal. Focus on fewer KPIs.',
    'warning.misaligned': '{kpi} is not one of the KPIs that serve "{goal}".',
    'warning.noBaseline':
      'No data in the last complete period for this scope: progress will be measured from 0.',
    'warning.deadlinePast': 'The deadline has already passed.',
    'warning.alertDirection':
      'Higher is better for {kpi}, yet the alert watches a rise: check the direction.',
    'warning.alertDirectionLower':
      'Lower is better for {kpi}, yet the alert watches a fall: check the direction.',
    'warning.noFormula': 'The live value cannot be computed in the sheet: {reason}',
    'verdict.perPeriod': 'The total of {total} over the objective’s {n} {noun} is {each} {per}. ',
    'realistic.paired': 'Paired with {name}.',
    busy: 'Another objective is being saved in this spreadsheet. Nothing was written; try again in a moment.',
    notFound: 'No objective {id} in the Objectives sheet.',
    notReady:
      'The KPI sheets are missing (Objectives, Alerts or the data sheets). Run "Set up KPI workbook" first.',
    rowUnreadable: 'The row of objective {id} cannot be read: {problem}.',
  },
  fr: {
    'field.required': 'Obligatoire.',
    'field.text': 'Saisissez un texte.',
    'field.tooLong': '{max} caractères au plus.',
    'field.choose': 'Choisissez une des options.',
    'field.number': 'Saisissez un nombre.',
    'field.date': 'Saisissez une date au format AAAA-MM-JJ.',
    'field.boolean': 'Choisissez oui ou non.',
    'draft.invalid': 'L’objectif est illisible : il doit être un objet avec ses champs.',
    'id.invalid': 'Ce n’est pas un identifiant d’objectif (OBJ-0001).',
    'id.missing':
      'L’objectif {id} n’existe plus (supprimé entre-temps ?) ; enregistrez-le comme un nouvel objectif.',
    'goal.unknown': 'Choisissez un objectif stratégique.',
    'kpi.unknown': 'Choisissez un KPI de la liste.',
    'scope.unsupported':
      '{kpi} ne peut pas être mesuré pour ce périmètre ({type}) : ses données n’en ont pas. Périmètres possibles : {types}.',
    'scope.nameRequired': 'Choisissez : {type}.',
    'scope.unknown': 'Aucun(e) {type} « {name} » dans les données du classeur.',
    'target.changeNoBaseline':
      'Il n’y a pas de valeur de départ à laquelle appliquer une variation : saisissez la cible en valeur.',
    'target.changeZero': 'Une variation de 0 % ne change rien : ce n’est pas un objectif.',
    'target.changeTooLow': 'Une variation doit rester au-dessus de −100 %.',
    'target.rate': 'Un taux est compris entre 0 % et 100 %.',
    'target.nps': 'Un NPS est compris entre −100 et 100.',
    'target.negative': 'La cible ne peut pas être négative.',
    'target.totalPositive':
      'La cible est un total sur la durée de l’objectif : elle doit être supérieure à 0.',
    'target.notBetterHigher':
      'La cible doit être au-dessus de la valeur de départ ({baseline}) : la progression va de la valeur de départ à la cible.',
    'target.notBetterLower':
      'La cible doit être au-dessous de la valeur de départ ({baseline}) : pour ce KPI, plus bas est mieux, et la progression va de la valeur de départ à la cible.',
    'deadline.order': 'L’échéance doit être après le début ({start}).',
    'deadline.past': 'L’échéance est déjà passée.',
    'deadline.tooFar':
      'Un objectif dure {days} jours au plus ; découpez-le en objectifs plus courts.',
    'pairedKpi.required': '{kpi} est un volume d’activité : associez-le à {pairs}.',
    'pairedKpi.notAPair': 'Choisissez parmi : {pairs}.',
    'pairedKpi.same': 'Le KPI associé doit être un autre KPI.',
    'owner.required': 'Indiquez le responsable de cet objectif.',
    'alert.thresholdPositive': 'Saisissez un seuil supérieur à 0.',
    'alert.fallTooLarge': 'Une baisse ne peut pas dépasser 100 % (1).',
    'alert.pointsTooLarge': 'Une variation de {max} ou plus est impossible pour ce KPI.',
    'alert.minVolume': 'Saisissez un nombre entier, 0 ou plus.',
    'alert.actionRequired': 'Décrivez l’action corrective.',
    'alert.ownerRequired': 'Indiquez qui agit quand l’alerte se déclenche.',
    'warning.tooMany':
      '{scope} a déjà {count} objectifs actifs : au-delà de {max}, le signal se perd. Concentrez-vous sur moins de KPI.',
    'warning.misaligned': '{kpi} ne fait pas partie des KPI qui servent « {goal} ».',
    'warning.noBaseline':
      'Aucune donnée sur la dernière période complète pour ce périmètre : la progression partira de 0.',
    'warning.deadlinePast': 'L’échéance est déjà passée.',
    'warning.alertDirection':
      'Pour {kpi}, plus haut est mieux, mais l’alerte surveille une hausse : vérifiez le sens.',
    'warning.alertDirectionLower':
      'Pour {kpi}, plus bas est mieux, mais l’alerte surveille une baisse : vérifiez le sens.',
    'warning.noFormula': 'La valeur actuelle ne peut pas être calculée dans la feuille : {reason}',
    'verdict.perPeriod':
      'Le total de {total} sur les {n} {noun} de l’objectif représente {each} {per}. ',
    'realistic.paired': 'Associé à {name}.',
    busy: 'Un autre objectif est en cours d’enregistrement dans ce classeur. Rien n’a été écrit ; réessayez dans un instant.',
    notFound: 'Aucun objectif {id} dans la feuille Objectifs.',
    notReady:
      'Les feuilles KPI manquent (Objectifs, Alertes ou les feuilles de données). Lancez d’abord « Préparer le classeur KPI ».',
    rowUnreadable: 'La ligne de l’objectif {id} est illisible : {problem}.',
  },
} as const;

export type WizardMessage = keyof (typeof MESSAGES)['en'];

export const say: Say<WizardMessage> = textsOf(MESSAGES);
