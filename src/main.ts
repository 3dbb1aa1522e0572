// The only file that assigns globals. It exposes; it holds no logic. The build turns each
// `global.NAME = (a, b) => …` below into a top-level `function NAME(a, b)` with its JSDoc (and
// writes those of the =KPI_* functions from their declarations), which is what Apps Script needs
// to list a function.
import { KPI_FUNCTIONS } from './functions/kpi-functions';
import { onInstall, onOpen } from './addon/lifecycle';
import { setupStep, showSetupPage } from './server/setup';
import {
  showWizard,
  wizardCheck,
  wizardDelete,
  wizardInit,
  wizardLoad,
  wizardMeasure,
  wizardSave,
} from './server/wizard';
import { wizardDecide, wizardReviews } from './server/wizard-review';
import { runTickFromTrigger } from './addon/schedule/tick';
import { SCHEDULED_JOBS } from './addon/jobs/registry';
import { runApplyAlerts } from './addon/alerts/commands';
import { runRefreshDashboard } from './addon/dashboard/command';
import {
  experimentsInit,
  experimentsPlan,
  experimentsRefresh,
  experimentsStart,
  showExperiments,
} from './server/experiments';
import { setConversionWindows, setHourlyAlerts } from './server/alerts-settings';
import { alertsApplyNow, alertsPageInit, showAlertSettings } from './server/alerts';
import { addContextNote, contextPageInit, showContextSidebar } from './server/context';
import {
  reviewBuild,
  reviewPageInit,
  reviewRecordDecisions,
  reviewSend,
  showReviewSidebar,
} from './server/review';
import {
  relevanceDecide,
  relevancePageInit,
  relevanceRestore,
  showRelevanceSidebar,
} from './server/relevance';
import {
  summariesApprove,
  summariesInit,
  summariesPreview,
  summariesSave,
  summariesSendNow,
  showSummariesSidebar,
} from './server/summaries';
import type { SummarySettingsInput } from './server/summaries-contract';
import { importChunk, importInit, importPreview, showImport } from './server/import';
import type { ChunkRequest, PreviewRequest } from './server/import-contract';
import { crmSyncNow, crmSyncSaveToken, crmSyncSetHourly, crmSyncStatus } from './server/crm-sync';

// Apps Script's global object; the name `global` is what the entry generator looks for.
const global = globalThis as unknown as Record<string, unknown>;

// The =KPI_* custom functions, each under its name. Their top-level stubs with the JSDoc Sheets
// reads are written by the build from the declarations (src/functions/declare.ts). Not a
// `global[name] = …` loop: the entry generator would take it for a function named "undefined".
Object.assign(global, Object.fromEntries(KPI_FUNCTIONS.map((f) => [f.declaration.name, f])));

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

/**
 * Set-up page: runs one step of the set-up (a few sheets) and says what the next one does.
 *
 * @param {Object} request The step and what the previous steps returned.
 * @return {Object} What this step did.
 */
global.setupStep = (request: unknown) => setupStep(request);

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

/** Menu: checks the alert rules, logs new alerts in Actions and colours the sheets. */
global.menuApplyAlerts = () => {
  runApplyAlerts();
};

/**
 * Settings page: switches the hourly alert check on or off.
 *
 * @param {boolean} enabled True to check the alerts every hour.
 */
global.setHourlyAlerts = (enabled: boolean) => setHourlyAlerts(enabled);

/**
 * Settings page: sets (days) or clears (null) the conversion windows of the KPIs given.
 *
 * @param {Object} changes The days by KPI key, e.g. {"lead_to_opportunity": 21}.
 */
global.setConversionWindows = (changes: Record<string, number | null>) =>
  setConversionWindows(changes);

/** Menu: opens the alert settings page (hourly check, trigger owner, apply now) in the sidebar. */
global.menuShowAlertSettings = () => {
  showAlertSettings();
};

/** Alert settings page: the user's language and the hourly check's settings. */
global.alertsPageInit = () => alertsPageInit();

/** Alert settings page: applies the alerts as the menu item does and returns a summary. */
global.alertsApplyNow = () => alertsApplyNow();

/** Menu: opens the "Add a context note" page (an event behind the numbers) in the sidebar. */
global.menuAddContextNote = () => {
  showContextSidebar();
};

/** Context note page: the user's language, today, the choices and the teams to suggest. */
global.contextPageInit = () => contextPageInit();

/**
 * Context note page: checks the note and appends it to the Context sheet under the lock.
 *
 * @param {Object} form The page's fields (start, end, scopeType, scope, kind, note).
 */
global.addContextNote = (form: unknown) => addContextNote(form);

/** Menu: opens the "Build review pack" page (a team's review sheet, its decisions, its email). */
global.menuBuildReviewPack = () => {
  showReviewSidebar();
};

/** Review pack page: the user's language, the teams and the default periods. */
global.reviewPageInit = () => reviewPageInit();

/**
 * Review pack page: builds the Review sheet of a team (or the company) and a period.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewBuild = (request: unknown) => reviewBuild(request);

/**
 * Review pack page: turns the filled decision rows of the Review sheet into Actions rows, once.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewRecordDecisions = (request: unknown) => reviewRecordDecisions(request);

/**
 * Review pack page: emails the pack to the scope's approved members.
 *
 * @param {Object} request The team ('' for the company), the kind of period, a day in it.
 */
global.reviewSend = (request: unknown) => reviewSend(request);

/** Menu: opens the email summaries' settings page. */
global.menuEmailSummaries = () => {
  showSummariesSidebar();
};

/** Summaries page: the settings, recipients, trigger owner and recent runs. */
global.summariesInit = () => summariesInit();

/**
 * Summaries page: saves the settings and installs or removes the document's trigger.
 *
 * @param {Object} settings The settings as the page edits them.
 */
global.summariesSave = (settings: SummarySettingsInput) => summariesSave(settings);

/**
 * Summaries page: the trigger owner approves recipients, saving the page's unsaved edits first.
 *
 * @param {string[]} emails The addresses to approve.
 * @param {Object=} unsaved The edited settings when they differ from the saved ones.
 */
global.summariesApprove = (emails: string[], unsaved?: SummarySettingsInput) =>
  summariesApprove(emails, unsaved);

/**
 * Summaries page: the exact email one recipient would get now.
 *
 * @param {string} recipientId The recipient's id from the page.
 */
global.summariesPreview = (recipientId: string) => summariesPreview(recipientId);

/** Summaries page: sends the current period's summary to whoever has not received it. */
global.summariesSendNow = () => summariesSendNow();

/** Menu: opens the SMART objective wizard in the sidebar. */
global.menuShowWizard = () => {
  showWizard();
};

/** Wizard (sidebar): goals, KPIs, scopes, owners and saved objectives the wizard starts from. */
global.wizardInit = () => wizardInit();

/**
 * Wizard (sidebar): the baseline and history of a KPI for a scope and tracking frequency.
 *
 * @param {Object} request The KPI, scope and frequency (MeasureRequest).
 */
global.wizardMeasure = (request: unknown) => wizardMeasure(request);

/**
 * Wizard (sidebar): checks a draft objective field by field; writes nothing.
 *
 * @param {Object} draft The objective as the wizard holds it (ObjectiveDraft).
 */
global.wizardCheck = (draft: unknown) => wizardCheck(draft);

/**
 * Wizard (sidebar): checks and saves an objective and its alert rule under the document lock.
 *
 * @param {Object} draft The objective (ObjectiveDraft); with an id, the saved one is updated.
 */
global.wizardSave = (draft: unknown) => wizardSave(draft);

/**
 * Wizard (sidebar): a saved objective as a draft, to edit it.
 *
 * @param {string} id The objective's ID (OBJ-0001).
 */
global.wizardLoad = (id: unknown) => wizardLoad(id);

/**
 * Wizard (sidebar): deletes an objective and its alert rules (the sidebar asks first).
 *
 * @param {string} id The objective's ID (OBJ-0001).
 */
global.wizardDelete = (id: unknown) => wizardDelete(id);

/** Wizard (sidebar): the proposed targets to review and the forecast beside revenue objectives. */
global.wizardReviews = () => wizardReviews();

/**
 * Wizard (sidebar): accepts, edits or dismisses a proposed target; logs it in the Objective log.
 *
 * @param {Object} decision The objective ID, the period and the action (ReviewDecision).
 */
global.wizardDecide = (decision: unknown) => wizardDecide(decision);

/** Menu: rebuilds the Dashboard sheet (scope selector, KPI tiles, charts, analysis tables). */
global.menuRefreshDashboard = () => {
  runRefreshDashboard();
};

/** Menu: opens the Experiments page (start an experiment, read the verdicts) in the sidebar. */
global.menuShowExperiments = () => {
  showExperiments();
};

/** Experiments page: the KPIs, groups and logged experiments with their verdicts. */
global.experimentsInit = () => experimentsInit();

/**
 * Experiments page: the baseline, the sample size per group and the weeks it takes; writes nothing.
 *
 * @param {Object} request The KPI, groups, baseline rate and minimum lift (PlanRequest).
 */
global.experimentsPlan = (request: unknown) => experimentsPlan(request);

/**
 * Experiments page: checks and logs a new experiment in the Experiments sheet (document lock).
 *
 * @param {Object} draft The experiment (ExperimentDraft).
 */
global.experimentsStart = (draft: unknown) => experimentsStart(draft);

/** Experiments page: recounts the running experiments and returns every verdict (document lock). */
global.experimentsRefresh = () => experimentsRefresh();

/** Menu: opens the Import data page (CSV exports of HubSpot, Pipedrive, Salesforce). */
global.menuImportData = () => {
  showImport();
};

/** Import page: the CRM sources, the roles of each target sheet and the sheets' names. */
global.importInit = () => importInit();

/**
 * Import page: the detected source, the proposed (or edited) mapping and the first rows as they
 * would be written; writes nothing.
 *
 * @param {Object} request The file's start and the mapping (PreviewRequest).
 */
global.importPreview = (request: PreviewRequest) => importPreview(request);

/**
 * Import page: imports one chunk of whole records under the document lock, keyed by CRM id.
 *
 * @param {Object} request The chunk, its mapping and its place in the file (ChunkRequest).
 */
global.importChunk = (request: ChunkRequest) => importChunk(request);

/** Live sync: the masked HubSpot token of the user and the sync log. */
global.crmSyncStatus = () => crmSyncStatus();

/**
 * Live sync: stores the user's CRM token in their user properties ('' removes it).
 *
 * @param {string} crm "hubspot" or "pipedrive".
 * @param {string} token The token.
 */
global.crmSyncSaveToken = (crm: 'hubspot' | 'pipedrive', token: string) =>
  crmSyncSaveToken(crm, token);

/** Live sync: fetches the deals modified since the last run of each CRM with a token. */
global.crmSyncNow = () => crmSyncNow();

/**
 * Live sync: switches the hourly sync on or off (on installs the document's hourly trigger).
 *
 * @param {boolean} on True to sync every hour.
 */
global.crmSyncSetHourly = (on: boolean) => crmSyncSetHourly(on);

/** Menu: opens the "Review tracked KPIs" page (the KPI relevance review) in the sidebar. */
global.menuReviewKpis = () => {
  showRelevanceSidebar();
};

/** KPI review page: the findings still to decide, the retired KPIs and the latest decisions. */
global.relevancePageInit = () => relevancePageInit();

/**
 * KPI review page: keeps, pauses or retires one finding (logged), and answers the new list.
 *
 * @param {string} findingId The finding's id.
 * @param {string} decision keep, pause or retire.
 */
global.relevanceDecide = (findingId: unknown, decision: unknown) =>
  relevanceDecide(findingId, decision as never);

/**
 * KPI review page: puts a retired KPI back on the dashboard and in the emails.
 *
 * @param {string} kpi The KPI's key.
 */
global.relevanceRestore = (kpi: unknown) => relevanceRestore(kpi);
