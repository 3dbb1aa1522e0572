// The scheduled jobs the hourly trigger runs, in order. Each feature adds its job here.
import type { ScheduledJob } from './tick';

export const SCHEDULED_JOBS: ScheduledJob[] = [];
