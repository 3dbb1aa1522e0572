// The one way a page server answers that the document lock could not be had: the Busy shape of
// busy-contract.ts, with the page's sentence for "busy" (the common one unless the page says
// what it did not do) and the add-on's sentence for "no document". Every page that writes under
// the lock returns this, and the sidebar shows it with SidebarPage.showBusy.
import { say, type Language } from '../addon/i18n';
import { noDocumentMessage, type LockRefusal } from '../addon/workbook/lock';
import type { Busy } from './busy-contract';

export function busyAnswer(
  reason: LockRefusal,
  language: Language,
  busyMessage: string = say(language, 'page.busy'),
): Busy {
  return reason === 'busy'
    ? { outcome: 'busy', message: busyMessage }
    : { outcome: 'no document', message: noDocumentMessage(language) };
}
