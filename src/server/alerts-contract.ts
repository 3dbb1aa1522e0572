// The typed contract between a settings page and the hourly alert check's server functions
// (google.script.run). JSON-safe data only: times travel as ISO texts. The pages import these
// types only.
import type { Busy } from './busy-contract';

export interface AlertsSettings {
  /** True when the hourly check is on (a document property: every editor sees the same). */
  hourly: boolean;
  /** The document's one hourly trigger, shared by every scheduled job, and whose account runs it. */
  trigger: { installed: boolean; owner: string; mine: boolean };
  /** The last hourly run's outcome for the alerts (ISO time and one line), when there was one. */
  lastCheck: { at: string; result: string } | null;
  /** The conversion windows (days), one per KPI that has one: see ConversionWindow. */
  windows: ConversionWindow[];
}

/**
 * A conversion KPI's window: how long its leads get to convert before their period is judged.
 * measured: at the last Apply alerts (null before the first), from `sample` conversions, or the
 * default when too few; override: the days the user set (null: the measured window is used).
 */
export interface ConversionWindow {
  kpi: string;
  name: string;
  measured: { days: number; basis: 'measured' | 'default'; sample: number } | null;
  override: number | null;
  /** The bounds of a window a user may set, in days. */
  min: number;
  max: number;
}

/**
 * The server functions the page calls (names of top-level functions in dist/Code.js). Only what
 * a page calls is exposed: the settings themselves come with alertsPageInit.
 */
export interface AlertsServer {
  setHourlyAlerts: (enabled: boolean) => AlertsSettings;
  /** Sets (days) or clears (null) the windows of the KPIs given. */
  setConversionWindows: (changes: Record<string, number | null>) => AlertsSettings;
}

/** What the settings page opens with: the user's language and the current settings. */
export interface AlertsPageInit {
  language: 'en' | 'fr';
  settings: AlertsSettings;
}

/** "Apply alerts now" from the settings page: the menu item's work, told as data. */
export interface AlertsApplySummary {
  /** 'no sheets': the workbook is not set up (a held lock answers Busy instead). */
  outcome: 'applied' | 'no sheets';
  /** Counts (zero unless applied). */
  rules: number;
  raised: number;
  recovered: number;
  problems: number;
  /** The one-line summary (the hourly check's words) and the menu dialog's full report. */
  line: string;
  report: string;
  /** When it ran (ISO time). */
  at: string;
  settings: AlertsSettings;
}

/** The settings page's own server functions (src/server/alerts.ts). */
export interface AlertsPageServer extends AlertsServer {
  alertsPageInit: () => AlertsPageInit;
  /** Busy when another save or check held the lock, or no document lock could be had. */
  alertsApplyNow: () => AlertsApplySummary | Busy;
}
