// The settings page's server messages (errors it shows), in English and French.
import { textsOf, type Say } from '../i18n';

const TEXT = {
  en: {
    busy: 'The spreadsheet is busy (another save or summary run); try again in a moment.',
    notOwner:
      'Only {owner}, who owns the summaries trigger of this spreadsheet, can approve recipients and send summaries now.',
    notOwnerUnknown:
      'Only the user who owns the summaries trigger of this spreadsheet can approve recipients and send summaries now, and Google does not reveal who that is to you.',
    unknownRecipient: 'That recipient is no longer in the list; reopen the page.',
    badRecipient: 'A recipient must be named by its id.',
    badEmails: 'The recipients to approve must be a list of email addresses.',
    noTeams: 'The Teams sheet is missing: run "Set up KPI workbook" first.',
    invalid: 'The settings are not valid: {detail}',
    tooLongLeadLanguages:
      'Too many leads have a language of their own to be stored ({kb} KB, at most 9 KB): choose as default language the one most leads read, so fewer need their own. Nothing was saved.',
    tooLongCompany:
      'The company-wide recipients take too much room to be stored ({kb} KB, at most 9 KB): remove some. Nothing was saved.',
    tooLongReps:
      'The reps receiving their own summary take too much room to be stored ({kb} KB, at most 9 KB): remove some. Nothing was saved.',
    noEmail:
      'Google does not reveal your email address to the add-on, so it cannot send summaries on your behalf: ask an editor whose address is visible to turn them on. Nothing was saved.',
    triggerQuota:
      'The summaries stay off: Google allows 20 triggers per user, and yours are all in use (each spreadsheet with Sales KPI alerts or summaries on holds one). Turn them off in a spreadsheet that no longer needs them, then try again.',
    triggerFailed:
      'Nothing was saved: the hourly trigger that sends the summaries could not be set up ({detail}).',
  },
  fr: {
    busy: 'Le classeur est occupé (un autre enregistrement ou envoi) ; réessayez dans un instant.',
    notOwner:
      'Seul {owner}, propriétaire du déclencheur des résumés de ce classeur, peut approuver les destinataires et envoyer maintenant.',
    notOwnerUnknown:
      'Seul l’utilisateur propriétaire du déclencheur des résumés de ce classeur peut approuver les destinataires et envoyer maintenant, et Google ne vous révèle pas qui c’est.',
    unknownRecipient: 'Ce destinataire n’est plus dans la liste ; rouvrez la page.',
    badRecipient: 'Un destinataire se désigne par son identifiant.',
    badEmails: 'Les destinataires à approuver doivent être une liste d’adresses e-mail.',
    noTeams: 'La feuille Équipes est introuvable : lancez d’abord « Préparer le classeur KPI ».',
    invalid: 'Les réglages ne sont pas valides : {detail}',
    tooLongLeadLanguages:
      'Trop de responsables ont leur propre langue pour être enregistrés ({kb} Ko, au plus 9 Ko) : choisissez comme langue par défaut celle que lisent la plupart des responsables. Rien n’a été enregistré.',
    tooLongCompany:
      'Les destinataires de toute l’entreprise prennent trop de place pour être enregistrés ({kb} Ko, au plus 9 Ko) : retirez-en. Rien n’a été enregistré.',
    tooLongReps:
      'Les commerciaux qui reçoivent leur propre résumé prennent trop de place pour être enregistrés ({kb} Ko, au plus 9 Ko) : retirez-en. Rien n’a été enregistré.',
    noEmail:
      'Google ne communique pas votre adresse e-mail au module, qui ne peut donc pas envoyer de résumés en votre nom : demandez à un éditeur dont l’adresse est visible de les activer. Rien n’a été enregistré.',
    triggerQuota:
      'Les résumés restent désactivés : Google autorise 20 déclencheurs par utilisateur, et tous les vôtres sont pris (chaque classeur dont les alertes ou résumés Sales KPI sont actifs en a un). Désactivez-les dans un classeur qui n’en a plus besoin, puis réessayez.',
    triggerFailed:
      'Rien n’a été enregistré : le déclencheur horaire qui envoie les résumés n’a pas pu être mis en place ({detail}).',
  },
};

export type MessageKey = keyof (typeof TEXT)['en'];

export const say: Say<MessageKey> = textsOf(TEXT);
