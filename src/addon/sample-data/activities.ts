// The activity log: what each rep does on each working day. Deal milestones leave their trace (a
// first call on the lead's day, a meeting when it becomes an opportunity, the proposal), and the
// rest of the day is calls, emails, a few meetings and webinars, most of them about a deal the rep
// is working on. Volumes follow the season and each rep's pace.
import { ACTIVITY_TYPES, OUTCOMES, OUTCOMES_BY_TYPE, type ActivityTypeKey } from '../schema';
import { isWorkday } from './calendar';
import { Deal } from './pipeline';
import { Random, Weighted } from './random';
import { type SampleRun, startGenerator } from './run';

export interface Activity {
  readonly day: number;
  readonly rep: number;
  /** Indexes into ACTIVITY_TYPES and OUTCOMES. */
  readonly type: number;
  readonly outcome: number;
  /** Minutes. */
  readonly duration: number;
  readonly deal: Deal | undefined;
}

/** Everyday activities per rep and working day at scale 1 (before season and pace). */
const ACTIVITIES_PER_REP_DAY = 6.9;
/** Days a lead stays worked on when it has not become an opportunity. */
const LEAD_ATTENTION_DAYS = 21;
/** How far back a rep's deals are still worked on (the longest cycles). */
const DEAL_ATTENTION_DAYS = 90;

const typeIndex = (key: ActivityTypeKey) => ACTIVITY_TYPES.findIndex((t) => t.key === key);
const outcomeIndex = (key: string) => OUTCOMES.findIndex((o) => o.key === key);
const CALL = typeIndex('call');
const MEETING = typeIndex('meeting');
const PROPOSAL = typeIndex('proposal');

interface Habit {
  /** Share of the everyday activities. */
  weight: number;
  /** Outcome weights, in OUTCOMES_BY_TYPE order. */
  outcomes: Weighted;
  /** Minutes for an outcome index (into the type's list) from a random draw. */
  minutes: (outcome: number, random: Random) => number;
  /** Chance that the activity is about one of the rep's open deals. */
  aboutDeal: number;
}

// Everyday habits by type. Half of connected calls last 15 minutes or more (the default
// "significant interaction" threshold of KPI_INTERACTION_SCORE).
const HABITS: Readonly<Record<ActivityTypeKey, Habit>> = {
  call: {
    weight: 0.55,
    outcomes: new Weighted([0.42, 0.33, 0.25]), // connected, voicemail, no answer
    minutes: (o, r) =>
      o === 0 ? Math.min(60, Math.max(3, Math.round(r.logNormal(15, 0.55)))) : o === 1 ? 2 : 1,
    aboutDeal: 0.6,
  },
  email: {
    weight: 0.37,
    outcomes: new Weighted([0.14, 0.06, 0.8]), // positive reply, negative reply, no reply
    minutes: (_o, r) => r.int(2, 12),
    aboutDeal: 0.5,
  },
  meeting: {
    weight: 0.04,
    outcomes: new Weighted([0.82, 0.11, 0.07]), // held, rescheduled, no-show
    minutes: (o, r) => (o === 0 ? r.pick([30, 45, 60, 60, 90]) : 0),
    aboutDeal: 0.8,
  },
  proposal: {
    // Proposals come from deals only (see generateActivities).
    weight: 0,
    outcomes: new Weighted([1, 0, 0]),
    minutes: (_o, r) => 15 * r.int(2, 8),
    aboutDeal: 1,
  },
  webinar: {
    weight: 0.04,
    outcomes: new Weighted([0.62, 0.38]), // attended, registered only
    minutes: (o, r) => (o === 0 ? r.pick([45, 60]) : 0),
    aboutDeal: 0.3,
  },
};
const HABIT_LIST = ACTIVITY_TYPES.map((t) => HABITS[t.key]);
const OUTCOME_OF = ACTIVITY_TYPES.map((t) => OUTCOMES_BY_TYPE[t.key].map(outcomeIndex));
const TYPE_MIX = new Weighted(HABIT_LIST.map((h) => h.weight));

// Milestone events, packed as deal index × 4 + kind.
const FIRST_CALL = 0;
const FIRST_MEETING = 1;
const PROPOSAL_SENT = 2;

export function generateActivities(run: SampleRun, deals: readonly Deal[]): Activity[] {
  const { calendar, people, volume, startDay, endDay, random } = startGenerator(run, 'activities');
  const milestones: number[][] = Array.from({ length: calendar.days }, () => []);
  const repDeals: number[][] = people.reps.map(() => []);
  deals.forEach((d, i) => {
    milestones[d.lead - startDay].push(4 * i + FIRST_CALL);
    if (!isNaN(d.opportunity)) milestones[d.opportunity - startDay].push(4 * i + FIRST_MEETING);
    if (!isNaN(d.proposal)) milestones[d.proposal - startDay].push(4 * i + PROPOSAL_SENT);
    repDeals[d.rep].push(i); // deals are in lead order, so each list is too
  });
  // Per rep, the window [from, to) of its deals whose lead is recent enough to be worked on.
  const from = new Int32Array(people.reps.length);
  const to = new Int32Array(people.reps.length);

  const activities: Activity[] = [];
  for (let day = startDay; day <= endDay; day++) {
    for (const event of milestones[day - startDay])
      activities.push(milestone(deals, event, day, random));
    if (!isWorkday(day)) continue;
    const season = calendar.volumeOn(day);
    for (let r = 0; r < people.reps.length; r++) {
      const mine = repDeals[r];
      while (from[r] < mine.length && deals[mine[from[r]]].lead < day - DEAL_ATTENTION_DAYS)
        from[r]++;
      while (to[r] < mine.length && deals[mine[to[r]]].lead <= day) to[r]++;
      const n = random.count(ACTIVITIES_PER_REP_DAY * season * people.reps[r].activity * volume);
      for (let k = 0; k < n; k++) {
        const type = TYPE_MIX.draw(random);
        const habit = HABIT_LIST[type];
        const o = habit.outcomes.draw(random);
        const duration = habit.minutes(o, random);
        let deal: Deal | undefined;
        if (to[r] > from[r] && random.chance(habit.aboutDeal)) {
          const candidate = deals[mine[random.int(from[r], to[r] - 1)]];
          if (isOpenOn(candidate, day)) deal = candidate;
        }
        activities.push({ day, rep: r, type, outcome: OUTCOME_OF[type][o], duration, deal });
      }
    }
  }
  return activities;
}

/** A deal is worked on until it closes; a lead that never qualified, for a few weeks. */
function isOpenOn(deal: Deal, day: number): boolean {
  if (deal.won < day || deal.lost < day) return false; // NaN compares false: still open
  if (isNaN(deal.opportunity)) return day - deal.lead <= LEAD_ATTENTION_DAYS;
  return true;
}

function milestone(deals: readonly Deal[], event: number, day: number, random: Random): Activity {
  const deal = deals[event >> 2];
  const kind = event & 3;
  const base = { day, rep: deal.rep, deal };
  if (kind === FIRST_CALL) {
    // The first call on a fresh lead usually gets through.
    const o = random.chance(0.7) ? 0 : 1;
    return {
      ...base,
      type: CALL,
      outcome: OUTCOME_OF[CALL][o],
      duration: HABITS.call.minutes(o, random),
    };
  }
  if (kind === FIRST_MEETING) {
    return {
      ...base,
      type: MEETING,
      outcome: OUTCOME_OF[MEETING][0],
      duration: random.pick([45, 60, 90]),
    };
  }
  // The proposal's outcome as the log shows it on the end date: accepted, rejected or still sent.
  const o = !isNaN(deal.won) ? 1 : !isNaN(deal.lost) ? 2 : 0;
  return {
    ...base,
    type: PROPOSAL,
    outcome: OUTCOME_OF[PROPOSAL][o],
    duration: HABITS.proposal.minutes(0, random),
  };
}
