// The scheduled jobs the hourly trigger runs, in order. Each feature adds its job here.
// The registry sits above the jobs, not in schedule/: each job uses schedule/tick.ts, the
// registry imports each job, so no folder imports a folder that imports it back.
import type { ScheduledJob } from '../schedule/tick';
import { ALERTS_JOB } from '../alerts/job';
import { EXPERIMENTS_JOB } from '../experiments/job';
import { summariesJob } from '../summaries/job';
import { HISTORY_JOB } from '../history/job';
import { CRM_SYNC_JOB } from '../crm/sync-job';
import { REVIEW_DECISIONS_JOB } from '../review/job';
import { RELEVANCE_JOB } from '../relevance/job';

// The alert check runs first, so that a summary sent in the same tick reports its alerts. The
// experiments' job runs only on the first tick after an experiment's end day (see its file).
// The CRM sync runs after them: a summary or an alert of this tick reads the rows as they were.
const FEATURE_JOBS: ScheduledJob[] = [ALERTS_JOB, summariesJob, EXPERIMENTS_JOB, CRM_SYNC_JOB];

// The Pipeline history rides on the trigger the features keep: it runs on the first tick of each
// day while one of them is on, and never keeps the trigger alive by itself (turning the features
// off still removes it).
const HISTORY_WITH_FEATURES: ScheduledJob = {
  ...HISTORY_JOB,
  enabled: () => HISTORY_JOB.enabled() && FEATURE_JOBS.some((job) => job.enabled()),
};

// The review pack's decisions become Actions rows on the features' trigger too (a Review sheet
// alone never installs or keeps it); the page's "Record decisions" button does it at once.
const REVIEW_WITH_FEATURES: ScheduledJob = {
  ...REVIEW_DECISIONS_JOB,
  enabled: () => REVIEW_DECISIONS_JOB.enabled() && FEATURE_JOBS.some((job) => job.enabled()),
};

// The quarterly KPI relevance review rides on it the same way (once a quarter, see its file), on
// a tick of the day when the Pipeline history has nothing left to do, so that the two never add
// their Sheets calls up in one run.
const RELEVANCE_WITH_FEATURES: ScheduledJob = {
  ...RELEVANCE_JOB,
  enabled: () =>
    FEATURE_JOBS.some((job) => job.enabled()) && !HISTORY_JOB.enabled() && RELEVANCE_JOB.enabled(),
};

export const SCHEDULED_JOBS: ScheduledJob[] = [
  ...FEATURE_JOBS,
  HISTORY_WITH_FEATURES,
  REVIEW_WITH_FEATURES,
  RELEVANCE_WITH_FEATURES,
];
