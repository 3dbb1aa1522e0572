// What the settings page shows: the settings, the trigger and its owner, each recipient with its
// approval and whether this period's summary reached them, the recent runs, the last tick (which
// says when the owner must authorise the add-on again) and the schedule's next time.
import type { RecipientView, SummariesView, SummarySettingsInput } from './summaries-contract';
import { activeSpreadsheet, activeUserEmail, remainingMailQuota } from '../addon/adapters/services';
import { triggerStatus, type TriggerStatus } from '../addon/schedule/scheduler';
import { lastTickStatus } from '../addon/schedule/tick';
import { sameUser } from '../addon/same-user';
import { currentLanguage } from '../addon/i18n';
import type { TeamLead } from '../addon/workbook/read-data';
import { ApprovedList } from '../addon/summaries/approved';
import { wasSent } from '../addon/summaries/ledger';
import { SummarySheets } from '../addon/summaries/read';
import { recipientsOf, type Recipient } from '../addon/summaries/recipients';
import { dayKey, latestMoment, nextMoment, type WallTime } from '../addon/summaries/schedule';
import type { SummarySettings } from '../addon/summaries/settings';
import {
  readApprovedView,
  readLedger,
  readMyApproved,
  readRuns,
  readSettings,
} from '../addon/summaries/store';
import { spreadsheetTimeZone, wallTimeOf } from '../addon/summaries/wall';
import { SUMMARIES_JOB } from '../addon/summaries/job';

/**
 * The current user approves and sends when they own the trigger, or nobody does yet; never a
 * user whose email Google does not reveal (they could not be told apart from the owner).
 */
export function canApprove(
  status: TriggerStatus = triggerStatus(),
  me: string = activeUserEmail(),
): boolean {
  return status.installed ? status.mine : me.trim() !== '';
}

/**
 * The approved list that governs: the user's own when they may approve, else the owner's copy
 * (none when the copy is another user's: it was written before this owner's trigger).
 */
export function governingApproved(status: TriggerStatus, me: string): ApprovedList {
  if (canApprove(status, me)) return readMyApproved();
  const view = readApprovedView();
  return status.installed && sameUser(view.owner, status.owner)
    ? view.approved
    : ApprovedList.empty();
}

/** The settings as the page edits them: all but the schedule's start slot, lists copied. */
export function settingsInput(s: SummarySettings): SummarySettingsInput {
  const { sinceSlot: _, leadLanguages, company, reps, ...plain } = s;
  return {
    ...plain,
    leadLanguages: { ...leadLanguages },
    company: company.map((c) => ({ ...c })),
    reps: reps.map((r) => ({ ...r })),
  };
}

function wallText(day: number, hour: number): string {
  return `${dayKey(day)} ${String(hour).padStart(2, '0')}:00`;
}

/** The current recipients, from the Teams sheet (undefined when it is missing). */
export function currentRecipients(
  settings: SummarySettings,
  teams: TeamLead[] | undefined = new SummarySheets(activeSpreadsheet()).teams(),
): { recipients: Recipient[]; problems: SummariesView['problems']; ready: boolean } {
  const { recipients, problems } = recipientsOf(teams ?? [], settings);
  return { recipients, problems, ready: teams !== undefined };
}

export function pageView(now: Date, settings = readSettings()): SummariesView {
  const status = triggerStatus();
  const me = activeUserEmail();
  const wall: WallTime = wallTimeOf(now);
  const period = latestMoment(settings, wall);
  const { recipients, problems, ready } = currentRecipients(settings);
  const approved = governingApproved(status, me);
  const ledger = readLedger();
  const views: RecipientView[] = recipients.map((r) => ({
    id: r.id,
    email: r.email,
    kind: r.kind,
    name: r.name,
    ...(r.team !== undefined ? { team: r.team } : {}),
    language: r.language,
    approval: approved.has(r.email) ? 'approved' : 'awaiting',
    sentThisPeriod: wasSent(ledger, period.key, r.id),
  }));
  const tick = lastTickStatus();
  const next = settings.enabled ? nextMoment(settings, wall) : undefined;
  return {
    language: currentLanguage(),
    user: me,
    timeZone: spreadsheetTimeZone(),
    settings: settingsInput(settings),
    trigger: {
      installed: status.installed,
      mine: status.mine,
      ...(status.owner !== undefined ? { owner: status.owner } : {}),
    },
    canApprove: canApprove(status, me),
    recipients: views,
    problems: problems.map((p) => ({ ...p })),
    period: period.key,
    next: next ? wallText(next.day, next.hour) : null,
    runs: readRuns().reverse(),
    tick: tick
      ? {
          at: tick.at,
          outcome: tick.outcome,
          ...(tick.results[SUMMARIES_JOB] ? { summaries: tick.results[SUMMARIES_JOB] } : {}),
        }
      : null,
    reauthorizationNeeded: tick?.outcome === 'reauthorization needed',
    quota: remainingMailQuota(),
    workbookReady: ready,
  };
}
