// The scheduled jobs the hourly trigger runs, in order. Each feature adds its job here.
import type { ScheduledJob } from './tick';
import { ALERTS_JOB } from '../alerts/job';
import { EXPERIMENTS_JOB } from '../experiments/job';
import { summariesJob } from '../summaries/job';
import { CRM_SYNC_JOB } from '../crm/sync-job';

// The alert check runs first, so that a summary sent in the same tick reports its alerts. The
// experiments' job runs only on the first tick after an experiment's end day (see its file).
// The CRM sync runs last: a summary or an alert of this tick reads the rows as they were.
export const SCHEDULED_JOBS: ScheduledJob[] = [
  ALERTS_JOB,
  summariesJob,
  EXPERIMENTS_JOB,
  CRM_SYNC_JOB,
];
