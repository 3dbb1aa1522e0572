// One summary email for one recipient: subject (one line), HTML and plain text, in the
// recipient's language, all from the same view of the model.
import type { Language } from '../i18n';
import type { SummaryModel } from './model';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { emailView, type Recipientish } from './view';

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export function renderSummary(
  model: SummaryModel,
  language: Language,
  recipient: Recipientish,
  spreadsheetUrl: string,
): RenderedEmail {
  const view = emailView(model, language, recipient, spreadsheetUrl);
  return { subject: view.subject, html: renderHtml(view), text: renderText(view) };
}
