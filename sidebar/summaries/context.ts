// What the page's sections read and how they act: the server's view, the form being edited, the
// texts, and the app's actions. Sections build DOM with sidebar/shared/dom (text nodes only).
import type {
  SummariesView,
  SummaryPreview,
  SummarySettingsInput,
} from '../../src/server/summaries-contract';
import type { Language, Translate } from '../shared/i18n';
import type { TextKey } from './texts';

export interface Ctx {
  readonly view: SummariesView;
  readonly form: SummarySettingsInput;
  readonly lang: Language;
  readonly t: Translate<TextKey>;
  readonly busy: boolean;
  /** True when the form differs from what is saved. */
  readonly dirty: boolean;
  /** Company recipient index → error message, from the last save attempt. */
  readonly errors: Readonly<Record<number, string>>;
  /** The recipient chosen for the preview, and the last email previewed. */
  readonly previewId: string;
  readonly previewed: SummaryPreview | null;
  /** Changes the form; `redraw` redraws the page (a choice that shows other fields). */
  set(patch: Partial<SummarySettingsInput>, redraw?: boolean): void;
  save(): void;
  approve(emails: string[]): void;
  sendNow(): void;
  preview(recipientId: string): void;
  choosePreview(recipientId: string): void;
}
