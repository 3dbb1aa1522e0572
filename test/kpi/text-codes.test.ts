import fc from 'fast-check';
import { TextCodes } from '../../src/kpi/text-codes';

describe('TextCodes', () => {
  it('numbers texts in order of first use, as a Map would, through its growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (list) => {
        const table = new TextCodes();
        const map = new Map<string, number>();
        for (const text of list) {
          if (!map.has(text)) map.set(text, map.size);
          expect(table.codeOf(text)).toBe(map.get(text));
        }
        expect(table.texts).toEqual([...map.keys()]);
      }),
      { numRuns: 50 },
    );
  });
});
