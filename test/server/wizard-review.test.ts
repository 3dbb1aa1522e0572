// The wizard's objective review on the built add-on (issue 14): the proposed targets it lists,
// and accept, edit and dismiss as the sidebar sends them. Each decision writes the objective's
// row (its target only: formulas and the cells a user typed stay) and the Objective log once, a
// second decision for the same period writes nothing, a typed target is checked like any target,
// and an answered proposal is not listed again in its period.
import type { AddonHarness } from '../../local/harness/addon-runtime';
import { columnIndexes, headers } from '../../src/addon/schema';
import type {
  DecisionResult,
  ReviewDecision,
  SaveResult,
  WizardReviews,
} from '../../src/server/wizard-contract';
import { draft, smallWorkbook } from '../addon/objectives/workbook';

const O = columnIndexes('objectives');
const WIDTH = headers('objectives', 'en').length;
const LOG = 'Objective log';
const USER = { email: 'nora@example.com', locale: 'en' };

let h: AddonHarness;
let first: WizardReviews;

const decide = (decision: ReviewDecision) =>
  h.runtime.run('wizardDecide', [decision], { user: USER }) as DecisionResult;
const reviews = () => h.runtime.run('wizardReviews', [], { user: USER }) as WizardReviews;
/** The objective's row as typed (formulas as their text). */
const objectiveRow = (n: number) => h.workbook.getInputs('Objectives', n, 0, 1, WIDTH)[0];
const logRows = () => {
  const last = h.workbook.findSheet(LOG) ? h.workbook.getLastRow(LOG) : 0;
  return last <= 1 ? [] : h.workbook.getValues(LOG, 1, 0, last - 1, 9);
};

beforeAll(() => {
  h = smallWorkbook();
  // Three objectives for North's lead → opportunity conversion (75 % in March), 80 % to 90 %
  // by June: a third of the window gone, and April's conversion not there yet.
  for (const target of [0.8, 0.85, 0.9]) {
    const saved = h.runtime.run('wizardSave', [draft({ target })], { user: USER }) as SaveResult;
    expect(saved.check.ok).toBe(true);
  }
  // A typed cell between the managed columns' texts: the decisions must leave it.
  h.workbook.setInputs('Objectives', 1, O.owner, [['Nora (typed)']]);
  first = reviews();
});

test('each objective far behind its pace gets a proposal for this month, with its reasons', () => {
  expect(first.reviews.map((r) => [r.id, r.reason, r.period])).toEqual([
    ['OBJ-0001', 'farBehind', '2026-04-01'],
    ['OBJ-0002', 'farBehind', '2026-04-01'],
    ['OBJ-0003', 'farBehind', '2026-04-01'],
  ]);
  expect(first.reviews[0]).toMatchObject({ target: '80%', unit: 'rate' });
  expect(Object.keys(first.reviews[0].basis)).toEqual(expect.arrayContaining(['best', 'median']));
  // No revenue objective: no forecast.
  expect(first.forecasts).toEqual({});
  expect(h.workbook.findSheet(LOG)).toBeUndefined();
});

test('accept: the target becomes the proposal, logged once with the original target', () => {
  const proposal = first.reviews.find((r) => r.id === 'OBJ-0001')!;
  const before = objectiveRow(1);
  const result = decide({ id: 'OBJ-0001', period: proposal.period, action: 'accept' });
  expect(result.written).toBe(true);
  expect(result.message).toMatch(/^Objective OBJ-0001: target changed from 80% to .+; logged\.$/);
  const after = objectiveRow(1);
  expect(after[O.target]).toBe(proposal.proposedValue);
  // Every other cell as it was: the formulas (current, progress, pace) and the typed owner.
  expect(after.filter((_, i) => i !== O.target)).toEqual(before.filter((_, i) => i !== O.target));
  expect(String(after[O.progress])).toMatch(/^=/);
  expect(after[O.owner]).toBe('Nora (typed)');
  expect(logRows().map((r) => [r[0], r[2], r[4], r[5], r[7]])).toEqual([
    ['OBJ-0001', 'nora@example.com', 'Original target', 0.8, 0.8],
    ['OBJ-0001', 'nora@example.com', 'Proposal accepted', 0.8, proposal.proposedValue],
  ]);
  expect(String(logRows()[1][8])).toMatch(/^far behind its pace; .*best .*median /);
  // The summaries show the new target.
  expect(result.objectives.find((o) => o.id === 'OBJ-0001')?.target).toBe(proposal.proposedValue);
});

test('a second accept for the same period writes nothing', () => {
  const rowBefore = objectiveRow(1);
  const logBefore = logRows();
  const again = decide({ id: 'OBJ-0001', period: '2026-04-01', action: 'accept' });
  expect(again.written).toBe(false);
  expect(again.message).toMatch(/already answered; nothing was written/);
  expect(objectiveRow(1)).toEqual(rowBefore);
  expect(logRows()).toEqual(logBefore);
});

test('edit: a typed target is checked like any target, then written and logged once', () => {
  const logBefore = logRows().length;
  const wrong = decide({ id: 'OBJ-0002', period: '2026-04-01', action: 'edit', target: 1.5 });
  expect(wrong).toMatchObject({ written: false, error: 'A rate is between 0 % and 100 %.' });
  expect(logRows()).toHaveLength(logBefore);
  expect(objectiveRow(2)[O.target]).toBe(0.85);
  const result = decide({ id: 'OBJ-0002', period: '2026-04-01', action: 'edit', target: 0.82 });
  expect(result.written).toBe(true);
  expect(objectiveRow(2)[O.target]).toBe(0.82);
  expect(
    logRows()
      .slice(logBefore)
      .map((r) => [r[0], r[4], r[5], r[7]]),
  ).toEqual([
    ['OBJ-0002', 'Original target', 0.85, 0.85],
    ['OBJ-0002', 'Proposal edited', 0.85, 0.82],
  ]);
});

test('dismiss: the target stays, the dismissal is logged, and nothing is proposed again this month', () => {
  const logBefore = logRows().length;
  const result = decide({ id: 'OBJ-0003', period: '2026-04-01', action: 'dismiss' });
  expect(result.written).toBe(true);
  expect(objectiveRow(3)[O.target]).toBe(0.9);
  expect(
    logRows()
      .slice(logBefore)
      .map((r) => [r[0], r[4], r[5], r[7]]),
  ).toEqual([
    ['OBJ-0003', 'Original target', 0.9, 0.9],
    ['OBJ-0003', 'Proposal dismissed', 0.9, 0.9],
  ]);
  expect(reviews().reviews).toEqual([]);
});

test('a target changed by saving in the wizard is logged too; an unchanged one is not', () => {
  const logBefore = logRows().length;
  const save = (target: number) =>
    h.runtime.run('wizardSave', [draft({ id: 'OBJ-0003', target })], { user: USER }) as SaveResult;
  expect(save(0.95).id).toBe('OBJ-0003');
  expect(save(0.95).id).toBe('OBJ-0003');
  expect(
    logRows()
      .slice(logBefore)
      .map((r) => [r[0], r[4], r[5], r[7]]),
  ).toEqual([['OBJ-0003', 'Edited in the wizard', 0.9, 0.95]]);
});

test('a French manager reads French; the log keeps its own language', () => {
  const fr = { user: { email: 'sam@example.com', locale: 'fr' } };
  const saved = h.runtime.run('wizardSave', [draft({ target: 0.88 })], fr) as SaveResult;
  const listed = h.runtime.run('wizardReviews', [], fr) as WizardReviews;
  const review = listed.reviews.find((r) => r.id === saved.id)!;
  expect(review.target).toBe('88\u00a0%');
  const result = h.runtime.run(
    'wizardDecide',
    [{ id: saved.id, period: review.period, action: 'dismiss' }],
    fr,
  ) as DecisionResult;
  expect(result.message).toBe(
    `Objectif ${saved.id} : proposition écartée ; elle ne sera pas reproposée pour cette période.`,
  );
  expect(logRows().at(-1)?.slice(0, 5)).toEqual([
    saved.id,
    expect.any(Date),
    'sam@example.com',
    expect.any(Date),
    'Proposal dismissed',
  ]);
});

test('deleting ends an objective’s log: a new objective given its ID starts afresh', () => {
  const id = 'OBJ-0004';
  h.runtime.run('wizardDelete', [id], { user: USER });
  expect(logRows().at(-1)?.[0]).toBe(id);
  expect(logRows().at(-1)?.[4]).toBe('Objective deleted');
  const saved = h.runtime.run('wizardSave', [draft({ target: 0.86 })], {
    user: USER,
  }) as SaveResult;
  expect(saved.id).toBe(id);
  // The deleted objective's dismissal no longer holds: the new one is proposed this month.
  expect(reviews().reviews.map((r) => r.id)).toEqual([id]);
  decide({ id, period: '2026-04-01', action: 'dismiss' });
  expect(
    logRows()
      .slice(-2)
      .map((r) => [r[0], r[4], r[5]]),
  ).toEqual([
    [id, 'Original target', 0.86],
    [id, 'Proposal dismissed', 0.86],
  ]);
});

test('a decision that cannot be read is refused', () => {
  expect(() => decide({ id: 'OBJ-0001', period: 'soon', action: 'accept' })).toThrow(
    /could not be read/,
  );
});
