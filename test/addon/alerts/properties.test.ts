// Properties of the evaluation on random data: a second evaluation fed the first one's rows
// raises nothing (the cooldown); a move of exactly the threshold always alerts; random rule rows
// typed by hand are either read or reported, never an exception.
import { noteText } from '../../../src/addon/alerts/note-words';
import fc from 'fast-check';
import { evaluateAlerts, judge } from '../../../src/addon/alerts/evaluate';
import { readRules } from '../../../src/addon/alerts/read-rules';
import { KnownScopes } from '../../../src/addon/alerts/resolve';
import { alertRows } from '../../../src/addon/workbook/alerts-sheet';
import type { ActionRecord } from '../../../src/addon/workbook/actions-sheet';
import type { AlertRule } from '../../../src/addon/alerts/types';
import { columnIndexes } from '../../../src/addon/schema';
import { day, leads, rule, workbook } from './fixture';

const TODAY = day(2026, 11, 18);

describe('the cooldown', () => {
  it('evaluating again with the rows just raised adds nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (months, threshold, minVolume) => {
          const data = workbook({
            pipeline: months.flatMap(([count, converted], i) =>
              leads('North', 2026, 8 + i, count, Math.min(count, converted)),
            ),
          });
          const rules: AlertRule[] = [
            rule({ threshold, minVolume }),
            rule({ id: 'ALR-0002', direction: 'up', threshold, minVolume }),
            rule({ id: 'ALR-0003', mode: 'points', threshold: threshold / 2, minVolume }),
          ];
          const input = {
            data,
            rules,
            objectives: new Map(),
            today: TODAY,
          };
          const first = evaluateAlerts({ ...input, log: [] });
          const log: ActionRecord[] = first.raised.map((a, index) => ({
            index,
            day: a.day,
            alertId: a.alertId,
            kind: a.kind,
            kpi: a.kpi,
            kpiText: a.kpi,
            scopeText: a.scope.type,
            periodStart: a.periodStart,
            previous: a.previous,
            current: a.current,
            action: a.action,
            owner: a.owner,
            status: 'open',
            statusText: '',
            recoveredDay: null,
          }));
          const second = evaluateAlerts({ ...input, log });
          expect(second.raised).toEqual([]);
          // Nothing raised now can also be recovered now.
          expect(second.recovered).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('KPI_ALERT through the guards', () => {
  it('a fall of exactly the relative threshold alerts, a fall of 99 % of it does not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.integer({ min: 1, max: 99 }),
        (previous, percent) => {
          const threshold = percent / 100;
          const r = { mode: 'relative', threshold, direction: 'down', minVolume: 1 } as const;
          const at = (value: number) =>
            judge(r, { value, volume: 5 }, { value: previous, volume: 5 });
          expect(at(previous * (1 - threshold))).toBe('alert');
          expect(at(previous * (1 - 0.99 * threshold))).toBe('within');
        },
      ),
    );
  });
});

describe('rows typed by hand', () => {
  it('random cells give rules or problems by row, never an exception', () => {
    const known = new KnownScopes({
      teams: [{ name: 'Lyon', reps: ['Ann'] }],
      reps: ['Ann'],
      segments: ['SMB'],
    });
    const width = Object.keys(columnIndexes('alerts')).length;
    const cell = fc.oneof(
      fc.constantFrom('', 'nps', 'Team', 'Lyon', 'Points', 'Down', 'Yes', 'No', '10 %', 'x'),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
        (rows) => {
          const result = readRules(
            alertRows({ rows, columns: columnIndexes('alerts'), firstRow: 2 }),
            new Map(),
            known,
          );
          for (const r of result.rules) {
            expect(r.threshold).toBeGreaterThan(0);
            expect(Number.isFinite(r.minVolume)).toBe(true);
          }
          for (const p of result.problems) expect(noteText(p.note, 'en')).toMatch(/^row \d+: /);
        },
      ),
      { numRuns: 200 },
    );
  });
});
