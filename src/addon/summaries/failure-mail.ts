// Tells the trigger owner that a scheduled run failed, by email, at most once a day (a broken
// sheet would otherwise mail them every hour). Plain text only; the error and the spreadsheet's
// name are the only variable parts, and the subject is one line.
import {
  activeSpreadsheet,
  activeUserEmail,
  remainingMailQuota,
  sendMail,
} from '../adapters/services';
import { format, type Language } from '../i18n';
import { oneLine } from '../workbook/email-escape';
import { lastFailureMailDay, setFailureMailDay } from './store';

const TEXT = {
  en: {
    subject: 'Sales KPI: the email summaries of "{name}" failed',
    body: 'The scheduled email summaries of the spreadsheet "{name}" could not be sent:\n\n{error}\n\nThe next hourly run tries again; the settings page (Extensions › Sales KPI › Email summaries…) and the Summary log sheet show each run.\n{url}',
  },
  fr: {
    subject: 'Sales KPI : échec des résumés par e-mail de « {name} »',
    body: 'Les résumés par e-mail planifiés du classeur « {name} » n’ont pas pu être envoyés :\n\n{error}\n\nLa prochaine exécution horaire réessaiera ; la page de réglages (Extensions › Sales KPI › Résumés par e-mail…) et la feuille Journal des résumés montrent chaque exécution.\n{url}',
  },
};

/** Emails the owner unless already done today; true when an email went out. */
export function notifyOwnerOfFailure(error: string, dayKey: string, language: Language): boolean {
  if (lastFailureMailDay() === dayKey) return false;
  const owner = activeUserEmail();
  if (!owner || remainingMailQuota() < 1) return false;
  const spreadsheet = activeSpreadsheet();
  const params = { name: spreadsheet.getName(), error, url: spreadsheet.getUrl() };
  sendMail({
    to: owner,
    subject: oneLine(format(TEXT[language].subject, params, language)),
    body: format(TEXT[language].body, params, language),
  });
  setFailureMailDay(dayKey);
  return true;
}
