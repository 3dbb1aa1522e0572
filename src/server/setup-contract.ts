// The typed contract between the set-up page and its server function (google.script.run).
// JSON-safe data only. The page imports these types only.
import type { Language } from '../addon/i18n';
import type { SetupReport } from '../addon/setup/setup';
import type { Busy } from './busy-contract';

/** Which step to run; the page passes back what the previous step returned. */
export interface SetupStepRequest {
  /** Fill the empty data sheets with the sample data. */
  sample: boolean;
  /** 0-based; the first call is step 0. */
  step: number;
  /** The sample's last day (yyyy-mm-dd), fixed by step 0 so every step writes the same sample. */
  sampleEnd?: string;
  /** What the steps so far did (SetupReport), merged step by step. */
  report?: SetupStepReport;
}

/** What the steps so far did: the set-up's own report, JSON-safe as it is. */
export type SetupStepReport = SetupReport;

export interface SetupStepResult {
  language: Language;
  /** The page's title and what the next step does (or did, when done). */
  title: string;
  label: string;
  /** Steps done so far and in all. */
  done: number;
  total: number;
  /** The next step to run, or null when the set-up is finished. */
  next: number | null;
  sampleEnd?: string;
  report: SetupStepReport;
  /** When finished: the summary to show (lines). */
  message?: string[];
}

export interface SetupServer {
  /** Busy when another set-up or save holds the lock (the page retries the same request). */
  setupStep: (request: SetupStepRequest) => SetupStepResult | Busy;
}
