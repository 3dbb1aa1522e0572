// The only file that assigns globals. It exposes; it holds no logic. In sections: custom
// functions, menu, each page's server functions (from the page's <PAGE>_SERVER object, which the
// compiler checks against the page's contract), triggers. The build turns each
// `global.NAME = (a, b) => …` below into a top-level `function NAME(a, b)` with its JSDoc (and
// writes those of the =KPI_* functions from their declarations), which is what Apps Script needs
// to list a function.
import { KPI_FUNCTIONS } from './functions/kpi-functions';
import { onInstall, onOpen, setWarehouseModeCheck } from './addon/lifecycle';
import { runTickFromTrigger } from './addon/schedule/tick';
import { SCHEDULED_JOBS } from './addon/jobs/registry';
import { runApplyAlerts } from './addon/alerts/commands';
import { runRefreshDashboard } from './addon/dashboard/command';
import { ALERTS_SERVER, showAlertSettings } from './server/alerts';
import { CONTEXT_SERVER, showContextSidebar } from './server/context';
import { EXPERIMENTS_SERVER, showExperiments } from './server/experiments';
import { IMPORT_SERVER, showImport } from './server/import';
import { RELEVANCE_SERVER, showRelevanceSidebar } from './server/relevance';
import { REVIEW_SERVER, showReviewSidebar } from './server/review';
import { SETUP_SERVER, showSetupPage } from './server/setup';
import { showSummariesSidebar, SUMMARIES_SERVER } from './server/summaries';
import { showWizard, WIZARD_SERVER } from './server/wizard';
import { showWarehouseSidebar, WAREHOUSE_SERVER } from './server/warehouse';
import {
  connectedSheetsOffered,
  runExploreInConnectedSheets,
} from './addon/warehouse/connected-sheets';
import { setMetricSourceProvider } from './addon/metrics';
import { warehouseMetricSource } from './addon/warehouse/metric-source';

// Where KPI values come from: the warehouse in warehouse mode, else the sheets (asked lazily,
// once per workbook snapshot; no service call at load).
setMetricSourceProvider(warehouseMetricSource);
// The menu offers its warehouse-mode items (Connected Sheets) only in warehouse mode.
setWarehouseModeCheck(connectedSheetsOffered);

// Apps Script's global object; the name `global` is what the entry generator looks for.
const global = globalThis as unknown as Record<string, unknown>;

// ── Custom functions: the =KPI_* functions, each under its name. Their top-level stubs with the
// JSDoc Sheets reads are written by the build from the declarations (src/functions/declare.ts).
// Not a `global[name] = …` loop: the entry generator would take it for a function named
// "undefined".
Object.assign(global, Object.fromEntries(KPI_FUNCTIONS.map((f) => [f.declaration.name, f])));

// ── Menu: the add-on menu and the commands it runs. The menu itself is built in
// src/addon/lifecycle.ts; each item names one of these globals.

/**
 * Builds the add-on menu when the spreadsheet opens (in every authorisation mode).
 *
 * @param {Object} e The open event.
 */
global.onOpen = (e?: GoogleAppsScript.Events.SheetsOnOpen) => onOpen(e);

/**
 * Builds the add-on menu right after the add-on is installed.
 *
 * @param {Object} e The install event.
 */
global.onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall) => onInstall(e);

/** Menu: opens the set-up page, which creates or completes the KPI sheets. */
global.menuSetupWorkbook = () => {
  showSetupPage(false);
};

/** Menu: opens the set-up page, which also fills the empty sheets with sample data. */
global.menuSetupWorkbookWithSample = () => {
  showSetupPage(true);
};

/** Menu: checks the alert rules, logs new alerts in Actions and colours the sheets. */
global.menuApplyAlerts = () => {
  runApplyAlerts();
};

/** Menu: rebuilds the Dashboard sheet (scope selector, KPI tiles, charts, analysis tables). */
global.menuRefreshDashboard = () => {
  runRefreshDashboard();
};

/** Menu: opens the alert settings page (hourly check, trigger owner, apply now) in the sidebar. */
global.menuShowAlertSettings = () => {
  showAlertSettings();
};

/** Menu: opens the "Add a context note" page (an event behind the numbers) in the sidebar. */
global.menuAddContextNote = () => {
  showContextSidebar();
};

/** Menu: opens the "Build review pack" page (a team's review sheet, its decisions, its email). */
global.menuBuildReviewPack = () => {
  showReviewSidebar();
};

/** Menu: opens the email summaries' settings page. */
global.menuEmailSummaries = () => {
  showSummariesSidebar();
};

/** Menu: opens the SMART objective wizard in the sidebar. */
global.menuShowWizard = () => {
  showWizard();
};

/** Menu: opens the Experiments page (start an experiment, read the verdicts) in the sidebar. */
global.menuShowExperiments = () => {
  showExperiments();
};

/** Menu: opens the Import data page (CSV exports of HubSpot, Pipedrive, Salesforce). */
global.menuImportData = () => {
  showImport();
};

/** Menu: opens the "Review tracked KPIs" page (the KPI relevance review) in the sidebar. */
global.menuReviewKpis = () => {
  showRelevanceSidebar();
};

/** Menu: opens the "Warehouse (BigQuery)" settings page (tables, cost estimate) in the sidebar. */
global.menuWarehouse = () => {
  showWarehouseSidebar();
};

/** Menu (warehouse mode): asks for a KPI and inserts its BigQuery query as a Connected Sheets sheet. */
global.menuExploreInConnectedSheets = () => {
  runExploreInConnectedSheets();
};

// ── Set-up page (src/server/setup.ts, SetupServer).

/**
 * Set-up page: runs one step of the set-up (a few sheets) and says what the next one does.
 *
 * @param {Object} request The step and what the previous steps returned.
 * @return {Object} What this step did.
 */
global.setupStep = (request: unknown) => SETUP_SERVER.setupStep(request);

// ── Alert settings page (src/server/alerts.ts, AlertsPageServer).

/** Alert settings page: the user's language and the hourly check's settings. */
global.alertsPageInit = () => ALERTS_SERVER.alertsPageInit();

/** Alert settings page: applies the alerts as the menu item does and returns a summary. */
global.alertsApplyNow = () => ALERTS_SERVER.alertsApplyNow();

/**
 * Settings page: switches the hourly alert check on or off.
 *
 * @param {boolean} enabled True to check the alerts every hour.
 */
global.setHourlyAlerts = (enabled: unknown) => ALERTS_SERVER.setHourlyAlerts(enabled);

/**
 * Settings page: sets (days) or clears (null) the conversion windows of the KPIs given.
 *
 * @param {Object} changes The days by KPI key, e.g. {"lead_to_opportunity": 21}.
 */
global.setConversionWindows = (changes: unknown) => ALERTS_SERVER.setConversionWindows(changes);

// ── Context note page (src/server/context.ts, ContextPageServer).

/** Context note page: the user's language, today, the choices and the teams to suggest. */
global.contextPageInit = () => CONTEXT_SERVER.contextPageInit();

/**
 * Context note page: checks the note and appends it to the Context sheet under the lock.
 *
 * @param {Object} form The page's fields (start, end, scopeType, scope, kind, note).
 */
global.addContextNote = (form: unknown) => CONTEXT_SERVER.addContextNote(form);

// ── Review pack page (src/server/review.ts, ReviewPageServer).

/** Review pack page: the user's language, the teams and the default periods. */
global.reviewPageInit = () => REVIEW_SERVER.reviewPageInit();

/**
 * Review pack page: builds the Review sheet of a team (or the company) and a period.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewBuild = (request: unknown) => REVIEW_SERVER.reviewBuild(request);

/**
 * Review pack page: turns the filled decision rows of the Review sheet into Actions rows, once.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewRecordDecisions = (request: unknown) => REVIEW_SERVER.reviewRecordDecisions(request);

/**
 * Review pack page: emails the pack to the scope's approved members.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewSend = (request: unknown) => REVIEW_SERVER.reviewSend(request);

// ── Email summaries page (src/server/summaries.ts, SummariesServer).

/** Summaries page: the settings, recipients, trigger owner and recent runs. */
global.summariesInit = () => SUMMARIES_SERVER.summariesInit();

/**
 * Summaries page: saves the settings and installs or removes the document's trigger.
 *
 * @param {Object} settings The settings as the page edits them.
 */
global.summariesSave = (settings: unknown) => SUMMARIES_SERVER.summariesSave(settings);

/**
 * Summaries page: the trigger owner approves recipients, saving the page's unsaved edits first.
 *
 * @param {string[]} emails The addresses to approve.
 * @param {Object=} unsaved The edited settings when they differ from the saved ones.
 */
global.summariesApprove = (emails: unknown, unsaved?: unknown) =>
  SUMMARIES_SERVER.summariesApprove(emails, unsaved);

/**
 * Summaries page: the exact email one recipient would get now.
 *
 * @param {string} recipientId The recipient's id from the page.
 */
global.summariesPreview = (recipientId: unknown) => SUMMARIES_SERVER.summariesPreview(recipientId);

/** Summaries page: sends the current period's summary to whoever has not received it. */
global.summariesSendNow = () => SUMMARIES_SERVER.summariesSendNow();

// ── SMART objective wizard (src/server/wizard.ts, WizardServer).

/** Wizard (sidebar): goals, KPIs, scopes, owners and saved objectives the wizard starts from. */
global.wizardInit = () => WIZARD_SERVER.wizardInit();

/**
 * Wizard (sidebar): the baseline and history of a KPI for a scope and tracking frequency.
 *
 * @param {Object} request The KPI, scope and frequency (MeasureRequest).
 */
global.wizardMeasure = (request: unknown) => WIZARD_SERVER.wizardMeasure(request);

/**
 * Wizard (sidebar): checks a draft objective field by field; writes nothing.
 *
 * @param {Object} draft The objective as the wizard holds it (ObjectiveDraft).
 */
global.wizardCheck = (draft: unknown) => WIZARD_SERVER.wizardCheck(draft);

/**
 * Wizard (sidebar): checks and saves an objective and its alert rule under the document lock.
 *
 * @param {Object} draft The objective (ObjectiveDraft); with an id, the saved one is updated.
 */
global.wizardSave = (draft: unknown) => WIZARD_SERVER.wizardSave(draft);

/**
 * Wizard (sidebar): a saved objective as a draft, to edit it.
 *
 * @param {string} id The objective's ID (OBJ-0001).
 */
global.wizardLoad = (id: unknown) => WIZARD_SERVER.wizardLoad(id);

/**
 * Wizard (sidebar): deletes an objective and its alert rules (the sidebar asks first).
 *
 * @param {string} id The objective's ID (OBJ-0001).
 */
global.wizardDelete = (id: unknown) => WIZARD_SERVER.wizardDelete(id);

/** Wizard (sidebar): the proposed targets to review and the forecast beside revenue objectives. */
global.wizardReviews = () => WIZARD_SERVER.wizardReviews();

/**
 * Wizard (sidebar): accepts, edits or dismisses a proposed target; logs it in the Objective log.
 *
 * @param {Object} decision The objective ID, the period and the action (ReviewDecision).
 */
global.wizardDecide = (decision: unknown) => WIZARD_SERVER.wizardDecide(decision);

// ── Experiments page (src/server/experiments.ts, ExperimentsServer).

/** Experiments page: the KPIs, groups and logged experiments with their verdicts. */
global.experimentsInit = () => EXPERIMENTS_SERVER.experimentsInit();

/**
 * Experiments page: the baseline, the sample size per group and the weeks it takes; writes nothing.
 *
 * @param {Object} request The KPI, groups, baseline rate and minimum lift (PlanRequest).
 */
global.experimentsPlan = (request: unknown) => EXPERIMENTS_SERVER.experimentsPlan(request);

/**
 * Experiments page: checks and logs a new experiment in the Experiments sheet (document lock).
 *
 * @param {Object} draft The experiment (ExperimentDraft).
 */
global.experimentsStart = (draft: unknown) => EXPERIMENTS_SERVER.experimentsStart(draft);

/** Experiments page: recounts the running experiments and returns every verdict (document lock). */
global.experimentsRefresh = () => EXPERIMENTS_SERVER.experimentsRefresh();

// ── Import page and live CRM sync (src/server/import.ts, ImportServer).

/** Import page: the CRM sources, the roles of each target sheet and the sheets' names. */
global.importInit = () => IMPORT_SERVER.importInit();

/**
 * Import page: the detected source, the proposed (or edited) mapping and the first rows as they
 * would be written; writes nothing.
 *
 * @param {Object} request The file's start and the mapping (PreviewRequest).
 */
global.importPreview = (request: unknown) => IMPORT_SERVER.importPreview(request);

/**
 * Import page: imports one chunk of whole records under the document lock, keyed by CRM id.
 *
 * @param {Object} request The chunk, its mapping and its place in the file (ChunkRequest).
 */
global.importChunk = (request: unknown) => IMPORT_SERVER.importChunk(request);

/** Live sync: the masked HubSpot token of the user and the sync log. */
global.crmSyncStatus = () => IMPORT_SERVER.crmSyncStatus();

/**
 * Live sync: stores the user's CRM token in their user properties ('' removes it).
 *
 * @param {string} crm "hubspot" or "pipedrive".
 * @param {string} token The token.
 */
global.crmSyncSaveToken = (crm: unknown, token: unknown) =>
  IMPORT_SERVER.crmSyncSaveToken(crm, token);

/** Live sync: fetches the deals modified since the last run of each CRM with a token. */
global.crmSyncNow = () => IMPORT_SERVER.crmSyncNow();

/**
 * Live sync: switches the hourly sync on or off (on installs the document's hourly trigger).
 *
 * @param {boolean} on True to sync every hour.
 */
global.crmSyncSetHourly = (on: unknown) => IMPORT_SERVER.crmSyncSetHourly(on);

// ── KPI review page (src/server/relevance.ts, RelevancePageServer).

/** KPI review page: the findings still to decide, the retired KPIs and the latest decisions. */
global.relevancePageInit = () => RELEVANCE_SERVER.relevancePageInit();

/**
 * KPI review page: keeps, pauses or retires one finding (logged), and answers the new list.
 *
 * @param {string} findingId The finding's id.
 * @param {string} decision keep, pause or retire.
 */
global.relevanceDecide = (findingId: unknown, decision: unknown) =>
  RELEVANCE_SERVER.relevanceDecide(findingId, decision);

/**
 * KPI review page: puts a retired KPI back on the dashboard and in the emails.
 *
 * @param {string} kpi The KPI's key.
 */
global.relevanceRestore = (kpi: unknown) => RELEVANCE_SERVER.relevanceRestore(kpi);

// ── Warehouse page (src/server/warehouse.ts, WarehouseServer).

/** Warehouse page: the saved settings, the sheets a table can stand for, the assumed price. */
global.warehousePageInit = () => WAREHOUSE_SERVER.warehousePageInit();

/**
 * Warehouse page: checks and saves the project, dataset, location and tables.
 *
 * @param {Object} form The page's fields (project, dataset, location, tables).
 */
global.saveWarehouseSettings = (form: unknown) => WAREHOUSE_SERVER.saveWarehouseSettings(form);

/** Warehouse page: dry runs every KPI query: the bytes and on-demand cost of a refresh. */
global.estimateWarehouseRefresh = () => WAREHOUSE_SERVER.estimateWarehouseRefresh();

// ── Triggers: the document's one hourly trigger (src/addon/schedule/scheduler.ts installs it).

/**
 * The document's hourly trigger: runs the scheduled jobs that are enabled and due. Does nothing
 * unless the event comes from this spreadsheet's own trigger (any editor can call a top-level
 * function from a page).
 *
 * @param {Object} e The time-driven event.
 */
global.onScheduleTick = (e?: GoogleAppsScript.Events.TimeDriven) => {
  runTickFromTrigger(e, SCHEDULED_JOBS, new Date());
};
