import fc from 'fast-check';
import { contentProgression, InteractionRule, interactionPoints } from '../../src/kpi/activity';
import { compareNames } from '../../src/kpi/names';

describe('interactionPoints', () => {
  const rules: InteractionRule[] = [
    { types: new Set(['call']), minMinutes: 15, outcomes: null, points: 1 },
    {
      types: new Set(['email']),
      minMinutes: null,
      outcomes: new Set(['positive reply']),
      points: 2,
    },
    // Reached only by calls that the first rule did not take.
    { types: new Set(['call']), minMinutes: null, outcomes: null, points: 0.5 },
  ];

  it('gives each activity the points of its first matching rule, others 0', () => {
    const types = ['call', 'call', 'call', 'email', 'email', 'meeting', ''];
    const minutes = Float64Array.from([20, 5, NaN, NaN, 3, 60, 30]);
    const outcomes = ['', '', '', 'positive reply', 'no reply', '', 'positive reply'];
    // call 20 → 1 (not 1.5); call 5 → 0.5; call blank → 0.5; email positive → 2;
    // email no reply → 0; meeting → 0; blank type → 0. Total 4.
    expect(interactionPoints(types, minutes, outcomes, rules)).toBe(4);
  });

  it('treats the minimum as inclusive and a blank duration as failing it', () => {
    const only: InteractionRule[] = [rules[0]];
    expect(interactionPoints(['call'], Float64Array.from([15]), [''], only)).toBe(1);
    expect(interactionPoints(['call'], Float64Array.from([14.99]), [''], only)).toBe(0);
    expect(interactionPoints(['call'], Float64Array.from([NaN]), [''], only)).toBe(0);
  });

  it('does not depend on the order of the activities', () => {
    const activity = fc.tuple(
      fc.constantFrom('call', 'email', 'meeting', ''),
      fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 60 })),
      fc.constantFrom('', 'positive reply', 'no reply'),
    );
    fc.assert(
      fc.property(fc.array(activity), (acts) => {
        const run = (list: typeof acts) =>
          interactionPoints(
            list.map((a) => a[0]),
            Float64Array.from(list.map((a) => a[1])),
            list.map((a) => a[2]),
            rules,
          );
        const total = run(acts);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(2 * acts.length);
        expect(run([...acts].reverse())).toBeCloseTo(total, 9);
      }),
    );
  });
});

describe('contentProgression', () => {
  it('groups without case, keeps the first spelling, sorts by rate, leads, then name', () => {
    const names = [
      'Webinar',
      'webinar',
      'Case study',
      'Blog',
      'blog',
      'BLOG',
      '',
      'Ebook',
      'guide',
      'Guide',
    ];
    const progressed = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 1, 1, 1]);
    expect(contentProgression(names, progressed)).toEqual([
      { name: 'guide', leads: 2, progressed: 2 }, // rate 1, 2 leads
      { name: 'Case study', leads: 1, progressed: 1 }, // rate 1, 1 lead, C before E
      { name: 'Ebook', leads: 1, progressed: 1 },
      { name: 'Webinar', leads: 2, progressed: 1 }, // 0.5
      { name: 'Blog', leads: 3, progressed: 1 }, // 1/3
    ]);
  });

  it('ties equal rates exactly (1/3 = 2/6), then puts more leads first', () => {
    const names = ['X', 'X', 'X', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'];
    const progressed = Uint8Array.from([1, 0, 0, 1, 1, 0, 0, 0, 0]);
    expect(contentProgression(names, progressed).map((r) => r.name)).toEqual(['Y', 'X']);
  });

  it('orders names alphabetically ignoring accents and case, numbers by value', () => {
    const names = ['Fiche', 'étude', 'ebook', 'Webinar 10', 'Webinar 2'];
    const rows = contentProgression(names, new Uint8Array(5));
    expect(rows.map((r) => r.name)).toEqual(['ebook', 'étude', 'Fiche', 'Webinar 2', 'Webinar 10']);
  });

  /** The plain way: a Map of groups and one comparison sort. */
  const reference = (names: string[], progressed: Uint8Array) => {
    const groups = new Map<string, { name: string; leads: number; progressed: number }>();
    names.forEach((name, i) => {
      if (name === '') return;
      const key = name.toLowerCase();
      const row = groups.get(key) ?? { name, leads: 0, progressed: 0 };
      groups.set(key, row);
      row.leads++;
      if (progressed[i]) row.progressed++;
    });
    return [...groups.values()].sort(
      (a, b) =>
        b.progressed * a.leads - a.progressed * b.leads ||
        b.leads - a.leads ||
        compareNames(a.name, b.name),
    );
  };

  it('gives the table of the plain Map-and-sort way, for a few groups and for hundreds', () => {
    const name = fc.oneof(
      fc.constantFrom('', 'A', 'a', 'B', 'Étude', 'étude', 'Webinar 2', 'webinar 10', '中文'),
      fc.integer({ min: 0, max: 400 }).map((n) => `Type ${n}`),
      fc.integer({ min: 0, max: 400 }).map((n) => `type ${n}`),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.boolean()), { maxLength: 1500 }), (rows) => {
        const names = rows.map((r) => r[0]);
        const progressed = Uint8Array.from(rows.map((r) => (r[1] ? 1 : 0)));
        expect(contentProgression(names, progressed)).toEqual(reference(names, progressed));
      }),
      { numRuns: 200 },
    );
  });

  it('gives rates in [0, 1], sorted from highest, leads adding up to the non-blank rows', () => {
    const row = fc.tuple(fc.constantFrom('', 'A', 'a', 'B', 'C', 'd'), fc.boolean());
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const out = contentProgression(
          rows.map((r) => r[0]),
          Uint8Array.from(rows.map((r) => (r[1] ? 1 : 0))),
        );
        let leads = 0;
        out.forEach((r, i) => {
          leads += r.leads;
          expect(r.progressed / r.leads).toBeGreaterThanOrEqual(0);
          expect(r.progressed / r.leads).toBeLessThanOrEqual(1);
          if (i > 0) {
            const prev = out[i - 1];
            expect(prev.progressed / prev.leads).toBeGreaterThanOrEqual(r.progressed / r.leads);
          }
        });
        expect(leads).toBe(rows.filter((r) => r[0] !== '').length);
      }),
    );
  });
});
