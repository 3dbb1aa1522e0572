// The typed contract between the email-summaries settings page and its server functions
// (google.script.run). JSON-safe data only: times travel as ISO texts, days as "2026-11-16".
// The page imports these types only.
import type { Language } from '../addon/i18n';
import type { Busy } from './busy-contract';

export type SummaryFrequencyKey = 'daily' | 'weekly' | 'monthly';

/** The settings as the page edits them. */
export interface SummarySettingsInput {
  enabled: boolean;
  frequency: SummaryFrequencyKey;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1–31; the last day in shorter months. */
  monthDay: number;
  /** 0–23, in the spreadsheet's time zone. */
  hour: number;
  includeLeads: boolean;
  /** Lead languages that differ from the default, by email. */
  leadLanguages: Record<string, Language>;
  company: Array<{ email: string; language: Language }>;
  /** Reps who opted in to their own summary: their name as the data writes it. */
  reps: Array<{ name: string; email: string; language: Language }>;
  defaultLanguage: Language;
}

export interface RecipientView {
  /** The delivery's id (preview asks for it). */
  id: string;
  email: string;
  kind: 'lead' | 'company' | 'rep';
  /** The lead's or rep's name ('' for company recipients). */
  name: string;
  team?: string;
  language: Language;
  /** approved: mailed; awaiting: mailed nothing until the trigger owner approves. */
  approval: 'approved' | 'awaiting';
  /** True when this period's summary already reached them. */
  sentThisPeriod: boolean;
}

export interface RecipientProblemView {
  team: string;
  reason: 'no email' | 'invalid email' | 'too many';
  text: string;
}

export interface RunView {
  at: string;
  period: string;
  trigger: 'scheduled' | 'manual';
  sent: number;
  deferred: number;
  awaiting: number;
  error?: string;
}

export interface SummariesView {
  /** The page's language (the user's locale). */
  language: Language;
  user: string;
  timeZone: string;
  settings: SummarySettingsInput;
  trigger: { installed: boolean; owner?: string; mine: boolean };
  /** The current user may approve recipients and send now (owns the trigger, or none exists). */
  canApprove: boolean;
  recipients: RecipientView[];
  problems: RecipientProblemView[];
  /** The current summary period (its scheduled day) and the next scheduled time, wall clock. */
  period: string;
  next: string | null;
  runs: RunView[];
  /** The last hourly run of any scheduled job, as the tick recorded it. */
  tick: { at: string; outcome: string; summaries?: string } | null;
  reauthorizationNeeded: boolean;
  /** Emails the current user may still send today. */
  quota: number;
  /** The Teams sheet exists (else the page offers nothing but setting up). */
  workbookReady: boolean;
}

export interface SummaryPreview {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** 'sent': the run's record when one was due; Busy (with the view) when the lock was held. */
export type SendNowResult =
  { outcome: 'sent'; view: SummariesView; run?: RunView } | (Busy & { view: SummariesView });

/** The server functions the settings page calls (top-level functions in dist/Code.js). */
export interface SummariesServer {
  summariesInit: () => SummariesView;
  /** Busy when another save or run held the lock: nothing was stored. */
  summariesSave: (settings: SummarySettingsInput) => SummariesView | Busy;
  /** With `unsaved` (the edited form), saves it first as summariesSave does, then approves. */
  summariesApprove: (emails: string[], unsaved?: SummarySettingsInput) => SummariesView | Busy;
  summariesPreview: (recipientId: string) => SummaryPreview;
  summariesSendNow: () => SendNowResult;
}
