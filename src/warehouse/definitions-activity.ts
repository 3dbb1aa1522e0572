// interaction_score (KPI_INTERACTION_SCORE with its default rules, as the add-on's
// significant_interactions): Activities by Date; 1 point for a call of 15 minutes or more, an
// email with a positive reply, a webinar attended (types and outcomes in English or French, or
// the schema's keys, any case); the first rule that matches gives the points.
// calls, emails, meetings (the add-on's activity counts): Activities of that type by Date;
// meetings leave out those rescheduled or no-show (they did not take place; a blank outcome, or
// one the schema does not know, counts as held).
import type { KpiId } from './api';
import { type Condition, groupedOn, type KpiDefinition, type Measure } from './definition';

/** The Activities sheet's grouped KPIs, by team and rep. */
const activitiesKpi = groupedOn('Activities', ['team', 'rep']);

/**
 * Activity types and outcomes as typed in English or French, or as the schema's key, in lower
 * case (src/addon/schema.ts; accented labels also without their accents, as the add-on reads them).
 */
const CALL = ['call', 'appel'];
const EMAIL = ['email'];
const MEETING = ['meeting', 'rendez-vous'];
const NOT_HELD = ['rescheduled', 'reporté', 'reporte', 'no-show', 'noshow', 'absent'];

/**
 * A count of the period's activities of one type (`where`: only those where it holds too); the
 * KPI's id is its measure and its value.
 */
function activityCount(id: KpiId, types: readonly string[], where?: Condition): KpiDefinition {
  const count: Measure = where ? { count: true, where } : { count: true };
  return activitiesKpi({
    id,
    date: 'date',
    where: { label: 'type', oneOf: types },
    measures: { [id]: count },
    value: { measure: id },
  });
}

export const calls = activityCount('calls', CALL);
export const emails = activityCount('emails', EMAIL);
export const meetings = activityCount('meetings', MEETING, {
  not: { label: 'outcome', oneOf: NOT_HELD },
});

export const interactionScore = activitiesKpi({
  id: 'interaction_score',
  date: 'date',
  measures: {
    points: {
      sum: {
        firstRule: [
          {
            when: {
              all: [
                { label: 'type', oneOf: CALL },
                { number: 'duration', atLeast: 15 },
              ],
            },
            points: 1,
          },
          {
            when: {
              all: [
                { label: 'type', oneOf: EMAIL },
                {
                  label: 'outcome',
                  oneOf: [
                    'positive reply',
                    'réponse positive',
                    'reponse positive',
                    'positivereply',
                  ],
                },
              ],
            },
            points: 1,
          },
          {
            when: {
              all: [
                { label: 'type', oneOf: ['webinar', 'webinaire'] },
                { label: 'outcome', oneOf: ['attended', 'présent', 'present'] },
              ],
            },
            points: 1,
          },
        ],
      },
    },
    activities: { count: true },
    // The deals the period's activities touched (a distinct count).
    deals: { distinct: 'dealId' },
  },
  value: { measure: 'points' },
  finish: 'trend',
});
