// The typed contract between a settings page and the hourly alert check's server functions
// (google.script.run). JSON-safe data only: times travel as ISO texts. The pages import these
// types only.

export interface AlertsSettings {
  /** True when the hourly check is on (a document property: every editor sees the same). */
  hourly: boolean;
  /** The document's one hourly trigger, shared by every scheduled job, and whose account runs it. */
  trigger: { installed: boolean; owner: string; mine: boolean };
  /** The last hourly run's outcome for the alerts (ISO time and one line), when there was one. */
  lastCheck: { at: string; result: string } | null;
}

/** The server functions (names of top-level functions in dist/Code.js). */
export interface AlertsServer {
  alertsSettings(): AlertsSettings;
  setHourlyAlerts(enabled: boolean): AlertsSettings;
  /** The same as the menu item (the dialog shows the report). */
  menuApplyAlerts(): void;
}
