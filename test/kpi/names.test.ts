import fc from 'fast-check';
import { compareNames, nameOrder } from '../../src/kpi/names';

/** The reference: every pair compared by the collator. */
const bySort = (names: string[]) => [...names].sort(compareNames);
const byOrder = (names: string[]) => Array.from(nameOrder(names), (i) => names[i]);

describe('nameOrder', () => {
  it('orders every one- and two-character name of printable ASCII and Latin letters as the collator', () => {
    const alphabet: string[] = [];
    for (let c = 0x20; c < 0x7f; c++) alphabet.push(String.fromCharCode(c));
    alphabet.push(
      'é',
      'É',
      'à',
      'ç',
      'ñ',
      'ø',
      'æ',
      'œ',
      'ß',
      'ı',
      'İ',
      'ŀ',
      '\u00a0',
      '\t',
      '\u0301',
    );
    const names = [...alphabet];
    for (const a of alphabet) for (const b of alphabet) names.push(a + b);
    expect(byOrder(names)).toEqual(bySort(names));
  });

  it('orders numbers by value, leading zeros aside, as the collator', () => {
    const names = [
      'a10',
      'a9',
      'a010',
      'a0',
      'a00',
      'a',
      'a-1',
      'a 1',
      'a1b',
      'a1-',
      'a1.5',
      'a1.10',
    ];
    names.push('x' + '9'.repeat(260), 'x' + '9'.repeat(254), 'x1' + '0'.repeat(253));
    expect(byOrder(names)).toEqual(bySort(names));
  });

  it('agrees with sorting by the collator on random names', () => {
    const char = fc.constantFrom(
      ...'aAbBzZ09 -_.,/&#(éÉèçÇñÑøÅåæß€中İ0001'.split(''),
      '0',
      '1',
      '\u00a0',
    );
    const name = fc.array(char, { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), (names) => {
        expect(byOrder(names)).toEqual(bySort(names));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the collator on many names sharing long prefixes', () => {
    const names: string[] = [];
    for (let i = 0; i < 3000; i++) names.push(`Type ${(i * 7919) % 1000}${i % 3 ? 'b' : 'B'}`);
    expect(byOrder(names)).toEqual(bySort(names));
  });
});
