// The settings page's server messages (errors it shows), in English and French.
import { userLocale } from '../adapters/services';
import { languageOfLocale } from '../schema';

const TEXT = {
  en: {
    busy: 'The spreadsheet is busy (another save or summary run); try again in a moment.',
    notOwner:
      'Only {owner}, who owns the summaries trigger of this spreadsheet, can approve recipients and send summaries now.',
    unknownRecipient: 'That recipient is no longer in the list; reopen the page.',
    badRecipient: 'A recipient must be named by its id.',
    badEmails: 'The recipients to approve must be a list of email addresses.',
    noTeams: 'The Teams sheet is missing: run "Set up KPI workbook" first.',
    invalid: 'The settings are not valid: {detail}',
  },
  fr: {
    busy: 'Le classeur est occupé (un autre enregistrement ou envoi) ; réessayez dans un instant.',
    notOwner:
      'Seul {owner}, propriétaire du déclencheur des résumés de ce classeur, peut approuver les destinataires et envoyer maintenant.',
    unknownRecipient: 'Ce destinataire n’est plus dans la liste ; rouvrez la page.',
    badRecipient: 'Un destinataire se désigne par son identifiant.',
    badEmails: 'Les destinataires à approuver doivent être une liste d’adresses e-mail.',
    noTeams: 'La feuille Équipes est introuvable : lancez d’abord « Préparer le classeur KPI ».',
    invalid: 'Les réglages ne sont pas valides : {detail}',
  },
};

export type MessageKey = keyof (typeof TEXT)['en'];

export function message(key: MessageKey, params: Record<string, string> = {}): string {
  const language = languageOfLocale(userLocale());
  return TEXT[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
