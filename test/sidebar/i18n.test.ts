import { interpolate, languageOf, placeholders, translator } from '../../sidebar/shared/i18n';
import { MESSAGES } from '../../sidebar/wizard/texts';

describe('i18n helper', () => {
  it('speaks French for French tags only', () => {
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf('fr-CA')).toBe('fr');
    expect(languageOf('fr_FR')).toBe('fr');
    expect(languageOf('FR')).toBe('fr');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('fy')).toBe('en');
    expect(languageOf('french')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Step {n} of {total}', { n: 2, total: 6 })).toBe('Step 2 of 6');
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
    expect(interpolate('Hello {name}')).toBe('Hello {name}');
    // A parameter value is inserted as is, never re-read as a template.
    expect(interpolate('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });

  it('takes plurals by the rule of the language, as the add-on does (one format for both sides)', () => {
    expect(interpolate('{n} {n|row|rows}', { n: 1 }, 'en')).toBe('1 row');
    expect(interpolate('{n} {n|row|rows}', { n: 0 }, 'en')).toBe('0 rows');
    expect(interpolate('{n} {n|ligne|lignes}', { n: 0 }, 'fr')).toBe('0 ligne');
    expect(placeholders('{n} {n|ligne|lignes} in {sheet}')).toEqual(['n', 'n', 'sheet']);
  });

  it('translates from the table of the language', () => {
    const fr = translator(MESSAGES, 'fr');
    const en = translator(MESSAGES, 'en');
    expect(en('btn.next')).toBe('Next');
    expect(fr('btn.next')).toBe('Suivant');
    expect(fr('step.heading', { n: 1, total: 6, name: 'Spécifique' })).toBe(
      'Étape 1 sur 6\u00a0: Spécifique',
    );
  });
});

describe('the wizard texts', () => {
  const en = MESSAGES.en;
  const fr = MESSAGES.fr;

  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect([key, placeholders(fr[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('are really translated (only a few words are the same in both)', () => {
    const same = Object.keys(en).filter(
      (k) => en[k as keyof typeof en] === fr[k as keyof typeof en],
    );
    expect(same.sort()).toEqual(
      ['a.verdict', 'f.scopeName.segment', 'unit.points', 'unit.rate', 'unit.score'].sort(),
    );
  });

  it('write French punctuation with a no-break space', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect([key, /[^\u00a0\u202f][:;?!»]/.test(text.replace(/›/g, ''))]).toEqual([key, false]);
    }
  });
});
