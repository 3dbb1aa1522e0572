// The one text mechanism: interpolation, plurals by language, and the current user's language.
import { format, languageOfLocale } from '../../src/addon/i18n';
import { reviewWords } from '../../src/addon/review/words';

test('format fills {name} placeholders and leaves a missing one as written', () => {
  expect(format('{a} and {b}', { a: 'x', b: 2 })).toBe('x and 2');
  expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  expect(format('no placeholder')).toBe('no placeholder');
  // Only the params' own names count, and a value is never read again as a template.
  expect(format('{toString}', {})).toBe('{toString}');
  expect(format('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
});

test('format picks the plural form by the language rule: French 0 and 1 are singular', () => {
  const en = '{n} {n|row|rows}';
  expect([0, 1, 2].map((n) => format(en, { n }, 'en'))).toEqual(['0 rows', '1 row', '2 rows']);
  const fr = '{n} {n|ligne|lignes}';
  expect([0, 1, 2].map((n) => format(fr, { n }, 'fr'))).toEqual(['0 ligne', '1 ligne', '2 lignes']);
  expect(format('{n|row|rows}', {})).toBe('{n|row|rows}');
});

test('the review pack says "1 decision row kept", singular', () => {
  expect(reviewWords('en')('rebuilt', { sheet: 'Review', kept: 1 })).toBe(
    'Review pack rewritten in the sheet "Review"; 1 decision row kept.',
  );
  expect(reviewWords('en')('rebuilt', { sheet: 'Review', kept: 3 })).toMatch(
    /3 decision rows kept\.$/,
  );
  expect(reviewWords('fr')('rebuilt', { sheet: 'Revue', kept: 1 })).toMatch(
    /1 ligne de décision conservée\.$/,
  );
});

test('French for every locale starting with "fr", English otherwise', () => {
  expect(['fr', 'fr_FR', 'fr-CA', ' FR '].map(languageOfLocale)).toEqual(['fr', 'fr', 'fr', 'fr']);
  expect(['en_US', 'de', '', undefined].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en']);
});
