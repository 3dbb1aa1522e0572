// The only file that assigns globals. It exposes; it holds no logic. The build turns each
// `global.NAME = (a, b) => …` below into a top-level `function NAME(a, b)` with this JSDoc, which
// is what Sheets reads for autocomplete. The first paragraph of each JSDoc is also the English
// text of KPI_EXPLAIN (a test keeps them equal).
import {
  kpiConversion,
  kpiCycleDays,
  kpiFunnel,
  kpiSalesVelocity,
  kpiWinRate,
} from './functions/funnel';
import {
  kpiAov,
  kpiCac,
  kpiCltv,
  kpiGrossMargin,
  kpiSegmentProfitability,
} from './functions/results';
import {
  kpiCohortRetention,
  kpiCsat,
  kpiNps,
  kpiReferralRate,
  kpiRetention,
} from './functions/customers';
import { kpiContentProgression, kpiInteractionScore } from './functions/activity';
import {
  kpiAlert,
  kpiAnomalies,
  kpiCorrelation,
  kpiExperiment,
  kpiSampleSize,
  kpiTrend,
} from './functions/analysis';
import { kpiProgress } from './functions/objectives';
import { kpiExplain } from './functions/explain';
import type { Arg } from './functions/cells';
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
import { runTickFromTrigger } from './addon/schedule/tick';
import { SCHEDULED_JOBS } from './addon/schedule/jobs';
import { runApplyAlerts } from './addon/alerts/commands';
import { runRefreshDashboard } from './addon/dashboard/command';
import {
  experimentsInit,
  experimentsPlan,
  experimentsRefresh,
  experimentsStart,
  showExperiments,
} from './server/experiments';
import { setConversionWindows, setHourlyAlerts } from './addon/alerts/settings';
import { alertsApplyNow, alertsPageInit, showAlertSettings } from './server/alerts';
import { addContextNote, contextPageInit, showContextSidebar } from './server/context';
import {
  relevanceDecide,
  relevancePageInit,
  relevanceRestore,
  showRelevanceSidebar,
} from './server/relevance';
import { showSummariesSidebar } from './addon/summaries/sidebar';
import {
  summariesApprove,
  summariesInit,
  summariesPreview,
  summariesSave,
  summariesSendNow,
} from './server/summaries';
import type { SummarySettingsInput } from './server/summaries-contract';
import { importChunk, importInit, importPreview, showImport } from './server/import';
import type { ChunkRequest, PreviewRequest } from './server/import-contract';
import { crmSyncNow, crmSyncSaveToken, crmSyncSetHourly, crmSyncStatus } from './server/crm-sync';

// Apps Script's global object; the name `global` is what the entry generator looks for.
const global = globalThis as unknown as Record<string, unknown>;

/**
 * Conversion rate between two funnel stages: reached_to / reached_from as a fraction. Give two counts, or two parallel ranges of "reached" markers (dates, TRUE, non-zero numbers, words other than no), in which case it is the share of rows reaching the first stage that also reach the second.
 *
 * @param {number|Array<Array<*>>} reached_from The count, or the range of markers, of the earlier stage (e.g. Lead date).
 * @param {number|Array<Array<*>>} reached_to The count, or the range of markers, of the later stage (e.g. Opportunity date).
 * @return {number} The conversion rate, from 0 to 1.
 * @customfunction
 */
global.KPI_CONVERSION = (reached_from: Arg, reached_to: Arg) =>
  kpiConversion(reached_from, reached_to);

/**
 * Funnel table: for each stage, how many rows reached it, the conversion from the previous stage and from the first stage. The first row of the block names the stages; mode "any" counts a stage whenever it is reached, "strict" only when every earlier stage is reached too.
 *
 * @param {Array<Array<*>>} stage_columns A block with one column per stage in funnel order, stage names in its first row, "reached" markers below.
 * @param {string} mode Optional: "any" (default) or "strict".
 * @return A table: stage, reached, conversion from previous, conversion from first.
 * @customfunction
 */
global.KPI_FUNNEL = (stage_columns: Arg, mode?: Arg) => kpiFunnel(stage_columns, mode);

/**
 * Win rate: won deals / (won + lost deals), ignoring open deals. Default labels: Won (Gagné) and Lost (Perdu).
 *
 * @param {Array<Array<string>>} outcomes The deal outcomes.
 * @param {string|Array<Array<string>>} won_labels Optional: the outcome label(s) that mean won.
 * @param {string|Array<Array<string>>} lost_labels Optional: the outcome label(s) that mean lost.
 * @return {number} The win rate, from 0 to 1.
 * @customfunction
 */
global.KPI_WIN_RATE = (outcomes: Arg, won_labels?: Arg, lost_labels?: Arg) =>
  kpiWinRate(outcomes, won_labels, lost_labels);

/**
 * Sales cycle length in calendar days from start date to end date, the median (default) or mean over rows where both dates are filled.
 *
 * @param {Array<Array<Date>>} start_dates The start dates (e.g. Lead date).
 * @param {Array<Array<Date>>} end_dates The end dates (e.g. Won date), parallel to start_dates.
 * @param {string} statistic Optional: "median" (default) or "mean".
 * @return {number} The cycle length in days.
 * @customfunction
 */
global.KPI_CYCLE_DAYS = (start_dates: Arg, end_dates: Arg, statistic?: Arg) =>
  kpiCycleDays(start_dates, end_dates, statistic);

/**
 * Sales velocity, the revenue the pipeline produces per day: open opportunities × win rate × average deal size / cycle length in days.
 *
 * @param {number} open_opportunities The number of open opportunities.
 * @param {number} win_rate The win rate, a fraction from 0 to 1.
 * @param {number} avg_deal_size The average deal size.
 * @param {number} cycle_days The sales cycle length in days.
 * @return {number} The revenue per day.
 * @customfunction
 */
global.KPI_SALES_VELOCITY = (
  open_opportunities: Arg,
  win_rate: Arg,
  avg_deal_size: Arg,
  cycle_days: Arg,
) => kpiSalesVelocity(open_opportunities, win_rate, avg_deal_size, cycle_days);

/**
 * Average order value: the mean (default) or median of the order amounts.
 *
 * @param {Array<Array<number>>} amounts The order amounts.
 * @param {string} statistic Optional: "mean" (default) or "median".
 * @return {number} The average order value.
 * @customfunction
 */
global.KPI_AOV = (amounts: Arg, statistic?: Arg) => kpiAov(amounts, statistic);

/**
 * Gross margin rate: (total revenue − total cost) / total revenue. Rows with a blank revenue are skipped; a blank cost counts as 0.
 *
 * @param {number|Array<Array<number>>} revenue The revenue, a number or a range.
 * @param {number|Array<Array<number>>} cost The cost, parallel to revenue.
 * @return {number} The gross margin rate.
 * @customfunction
 */
global.KPI_GROSS_MARGIN = (revenue: Arg, cost: Arg) => kpiGrossMargin(revenue, cost);

/**
 * Customer acquisition cost: total spend / new customers, where new customers is the sum of a range of counts or the number of distinct customer identifiers.
 *
 * @param {number|Array<Array<number>>} spend The acquisition spend.
 * @param {number|Array<Array<*>>} new_customers The number of new customers, a range of counts, or a range of customer identifiers (a whole column such as Customers!A:A skips its Customer ID heading).
 * @return {number} The cost per new customer.
 * @customfunction
 */
global.KPI_CAC = (spend: Arg, new_customers: Arg) => kpiCac(spend, new_customers);

/**
 * Customer lifetime value: average order value × purchase frequency × gross margin × lifespan (frequency and lifespan in the same period unit).
 *
 * @param {number} avg_order_value The average order value.
 * @param {number} purchase_frequency Purchases per customer per period.
 * @param {number} gross_margin The gross margin rate, a fraction from 0 to 1.
 * @param {number} lifespan The customer lifespan in periods.
 * @return {number} The lifetime value of a customer.
 * @customfunction
 */
global.KPI_CLTV = (
  avg_order_value: Arg,
  purchase_frequency: Arg,
  gross_margin: Arg,
  lifespan: Arg,
) => kpiCltv(avg_order_value, purchase_frequency, gross_margin, lifespan);

/**
 * Profitability by segment: revenue, gross margin, margin rate and share of total gross margin for each segment, largest gross margin first.
 *
 * @param {Array<Array<string>>} segments The segment of each row.
 * @param {Array<Array<number>>} revenue The revenue of each row.
 * @param {Array<Array<number>>} cost The cost of each row.
 * @return A table: segment, revenue, gross margin, margin rate, share of gross margin.
 * @customfunction
 */
global.KPI_SEGMENT_PROFITABILITY = (segments: Arg, revenue: Arg, cost: Arg) =>
  kpiSegmentProfitability(segments, revenue, cost);

/**
 * Customer retention rate: with three counts, (customers at end − new customers) / customers at start; with two ranges of customer identifiers, the share of the start customers still present at the end.
 *
 * @param {number|Array<Array<*>>} start Customers at the start of the period: a count or a range of identifiers.
 * @param {number|Array<Array<*>>} end Customers at the end of the period: a count or a range of identifiers.
 * @param {number} new_customers Optional, counts form only: customers acquired during the period.
 * @return {number} The retention rate, from 0 to 1.
 * @customfunction
 */
global.KPI_RETENTION = (start: Arg, end: Arg, new_customers?: Arg) =>
  kpiRetention(start, end, new_customers);

/**
 * Net Promoter Score: 100 × (promoters − detractors) / responses, where promoters score 9–10 and detractors 0–6, from −100 to 100.
 *
 * @param {Array<Array<number>>} scores The NPS answers only, whole numbers from 0 to 10; on a sheet that mixes survey kinds, FILTER them: FILTER(Surveys!D2:D, Surveys!C2:C="NPS").
 * @return {number} The NPS in points.
 * @customfunction
 */
global.KPI_NPS = (scores: Arg) => kpiNps(scores);

/**
 * Customer satisfaction score: with method "top2" (default), the share of scores in the top two of the scale; with "mean", the average score.
 *
 * @param {Array<Array<number>>} scores The CSAT answers only, whole numbers from 1 to scale_max; on a sheet that mixes survey kinds, FILTER them: FILTER(Surveys!D2:D, Surveys!C2:C="CSAT").
 * @param {number} scale_max Optional: the top of the scale (default 5).
 * @param {string} method Optional: "top2" (default) or "mean".
 * @return {number} The CSAT.
 * @customfunction
 */
global.KPI_CSAT = (scores: Arg, scale_max?: Arg, method?: Arg) =>
  kpiCsat(scores, scale_max, method);

/**
 * Referral rate: the share of non-blank lead sources that are spontaneous referrals. Default labels: Referral (Recommandation, Bouche-à-oreille).
 *
 * @param {Array<Array<string>>} sources The lead or customer sources (a whole column such as Customers!F:F skips its Source heading).
 * @param {string|Array<Array<string>>} referral_labels Optional: the source label(s) that mean a referral.
 * @return {number} The referral rate, from 0 to 1.
 * @customfunction
 */
global.KPI_REFERRAL_RATE = (sources: Arg, referral_labels?: Arg) =>
  kpiReferralRate(sources, referral_labels);

/**
 * Cohort retention table: customers grouped by the period of their first order, and for each cohort the share active (at least one order) in each following period.
 *
 * @param {Array<Array<*>>} customer_ids The customer of each order.
 * @param {Array<Array<Date>>} order_dates The date of each order.
 * @param {string} period Optional: "month" (default), "week" or "quarter".
 * @return A table: cohort start, cohort size, share active in period 0, 1, 2, …
 * @customfunction
 */
global.KPI_COHORT_RETENTION = (customer_ids: Arg, order_dates: Arg, period?: Arg) =>
  kpiCohortRetention(customer_ids, order_dates, period);

/**
 * Significant interactions score: the points of the first matching rule for each activity. Default rules, 1 point each: a Call of 15 minutes or more, an Email with a Positive reply, a Webinar Attended.
 *
 * @param {Array<Array<string>>} types The activity types.
 * @param {Array<Array<number>>} durations The durations in minutes.
 * @param {Array<Array<string>>} outcomes The outcomes.
 * @param {Array<Array<*>>} rules Optional: a range of rules with four columns: type, minimum minutes, outcome, points.
 * @return {number} The total points.
 * @customfunction
 */
global.KPI_INTERACTION_SCORE = (types: Arg, durations: Arg, outcomes: Arg, rules?: Arg) =>
  kpiInteractionScore(types, durations, outcomes, rules);

/**
 * Content progression table: for each content type leads consumed, how many leads, how many progressed, and the progression rate, best rate first.
 *
 * @param {Array<Array<string>>} content_types The content each lead consumed.
 * @param {Array<Array<*>>} progressed Whether each lead progressed ("reached" markers).
 * @return A table: content type, leads, progressed, progression rate.
 * @customfunction
 */
global.KPI_CONTENT_PROGRESSION = (content_types: Arg, progressed: Arg) =>
  kpiContentProgression(content_types, progressed);

/**
 * Alert test: TRUE when the move from previous to current breaches the threshold (a move of exactly the threshold alerts). Mode "relative" (default) compares the change as a fraction, "points" in the KPI's units; direction "down" (default) or "up".
 *
 * @param {number} current The current value of the KPI.
 * @param {number} previous The previous value of the KPI.
 * @param {number} threshold The threshold: a fraction in relative mode (0.1 = 10 %), KPI units in points mode.
 * @param {string} mode Optional: "relative" (default) or "points".
 * @param {string} direction Optional: "down" (default) or "up".
 * @return {boolean} TRUE when the threshold is breached.
 * @customfunction
 */
global.KPI_ALERT = (current: Arg, previous: Arg, threshold: Arg, mode?: Arg, direction?: Arg) =>
  kpiAlert(current, previous, threshold, mode, direction);

/**
 * Trend table: values aggregated per period from the first to the last date (gaps included), with the change vs the previous period and the moving average of the last 3 periods.
 *
 * @param {Array<Array<Date>>} dates The dates.
 * @param {Array<Array<number>>} values The values, parallel to dates.
 * @param {string} period Optional: "month" (default), "week", "quarter" or "day".
 * @param {string} aggregation Optional: "sum" (default), "mean" or "count".
 * @return A table: period start, value, change vs previous, 3-period moving average.
 * @customfunction
 */
global.KPI_TREND = (dates: Arg, values: Arg, period?: Arg, aggregation?: Arg) =>
  kpiTrend(dates, values, period, aggregation);

/**
 * Anomaly flags: TRUE for each value whose modified z-score (0.6745 × (x − median) / MAD) exceeds the threshold in absolute value, in the shape of the input.
 *
 * @param {Array<Array<number>>} values The values to check.
 * @param {number} threshold Optional: the modified z-score threshold (default 3.5).
 * @return TRUE or FALSE for each value, blank for each blank.
 * @customfunction
 */
global.KPI_ANOMALIES = (values: Arg, threshold?: Arg) => kpiAnomalies(values, threshold);

/**
 * Pearson correlation between x and y shifted by lag rows (y later than x), over the pairs where both are numbers, from −1 to 1.
 *
 * @param {Array<Array<number>>} x The leading series (e.g. calls per week).
 * @param {Array<Array<number>>} y The following series (e.g. meetings per week).
 * @param {number} lag Optional: how many rows y lags behind x (default 0).
 * @return {number} The correlation coefficient.
 * @customfunction
 */
global.KPI_CORRELATION = (x: Arg, y: Arg, lag?: Arg) => kpiCorrelation(x, y, lag);

/**
 * Experiment result: control and variant conversion rates, the relative lift of the variant, and the two-sided p-value of the pooled two-proportion z-test.
 *
 * @param {number} control_successes Successes in the control group.
 * @param {number} control_total Subjects in the control group.
 * @param {number} variant_successes Successes in the variant group.
 * @param {number} variant_total Subjects in the variant group.
 * @return A table: control rate, variant rate, relative lift, p-value.
 * @customfunction
 */
global.KPI_EXPERIMENT = (
  control_successes: Arg,
  control_total: Arg,
  variant_successes: Arg,
  variant_total: Arg,
) => kpiExperiment(control_successes, control_total, variant_successes, variant_total);

/**
 * Sample size per group needed to detect a relative lift of a baseline conversion rate with a two-sided two-proportion z-test.
 *
 * @param {number} baseline_rate The current conversion rate, a fraction.
 * @param {number} relative_lift The lift to detect, a fraction (0.2 = +20 %).
 * @param {number} alpha Optional: the significance level (default 0.05).
 * @param {number} power Optional: the statistical power (default 0.8).
 * @return {number} Subjects needed in each group.
 * @customfunction
 */
global.KPI_SAMPLE_SIZE = (baseline_rate: Arg, relative_lift: Arg, alpha?: Arg, power?: Arg) =>
  kpiSampleSize(baseline_rate, relative_lift, alpha, power);

/**
 * Objective progress: achieved share of the way from baseline to target, elapsed share of the time from start to deadline, projected value at the deadline, and status (ahead, on track, behind, done).
 *
 * @param {number} actual The current value of the KPI.
 * @param {number} target The target value.
 * @param {Date} start_date The start of the objective.
 * @param {Date} deadline The deadline of the objective.
 * @param {Date} as_of Optional: the day to measure at (default today).
 * @param {number} baseline Optional: the starting value (default 0).
 * @return A table: achieved share, elapsed share, projected value, status.
 * @customfunction
 */
global.KPI_PROGRESS = (
  actual: Arg,
  target: Arg,
  start_date: Arg,
  deadline: Arg,
  as_of?: Arg,
  baseline?: Arg,
) => kpiProgress(actual, target, start_date, deadline, as_of, baseline);

/**
 * Explains a KPI function in words: what it measures, its formula and its variants, in English ("en", default) or French ("fr").
 *
 * @param {string} function_name The function's name, e.g. "KPI_NPS".
 * @param {string} language Optional: "en" (default) or "fr".
 * @return {string} The definition.
 * @customfunction
 */
global.KPI_EXPLAIN = (function_name: Arg, language?: Arg) => kpiExplain(function_name, language);

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
