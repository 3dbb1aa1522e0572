// interaction_score (KPI_INTERACTION_SCORE with its default rules, as the add-on's
// significant_interactions): Activities by Date; 1 point for a call of 15 minutes or more, an
// email with a positive reply, a webinar attended (types and outcomes in English or French, or
// the schema's keys, any case); the first rule that matches gives the points.
import { groupedOn } from './definition';

export const interactionScore = groupedOn('Activities', ['team', 'rep'])({
  id: 'interaction_score',
  date: 'date',
  measures: {
    points: {
      sum: {
        firstRule: [
          {
            when: {
              all: [
                { label: 'type', oneOf: ['call', 'appel'] },
                { number: 'duration', atLeast: 15 },
              ],
            },
            points: 1,
          },
          {
            when: {
              all: [
                { label: 'type', oneOf: ['email'] },
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
