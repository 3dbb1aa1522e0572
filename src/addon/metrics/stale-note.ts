// The plain warning for a source sheet with no new row for longer than its usual gap ("No
// activity logged since 13 Nov: is the data up to date?"), one wording per sheet and language,
// shared by the dashboard and the emails so both say it the same way.
import { format, type Language } from '../i18n';
import type { SourceSheet } from './data';

const STALE_NOTES: Readonly<Record<Language, Readonly<Record<SourceSheet, string>>>> = {
  en: {
    activities: 'No activity logged since {date}: is the data up to date?',
    pipeline: 'No lead logged since {date}: is the data up to date?',
    orders: 'No order logged since {date}: is the data up to date?',
    surveys: 'No survey answer logged since {date}: is the data up to date?',
    customers: 'No customer logged since {date}: is the data up to date?',
  },
  fr: {
    activities: 'Aucune activité saisie depuis le {date} : les données sont-elles à jour ?',
    pipeline: 'Aucun lead saisi depuis le {date} : les données sont-elles à jour ?',
    orders: 'Aucune commande saisie depuis le {date} : les données sont-elles à jour ?',
    surveys: 'Aucune réponse d’enquête saisie depuis le {date} : les données sont-elles à jour ?',
    customers: 'Aucun client saisi depuis le {date} : les données sont-elles à jour ?',
  },
};

/** The warning for `sheet`, its last row dated `date` (already written in the reader's words). */
export function staleNote(sheet: SourceSheet, date: string, language: Language): string {
  return format(STALE_NOTES[language][sheet], { date }, language);
}
