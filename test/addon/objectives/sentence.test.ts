// The SMART sentence built from its parts, pure: the whole sentence in English and French, then
// every subset of the optional parts in both languages (no double spaces, no dangling
// punctuation, a capital first letter, the user's words kept, names never lowercased, and no
// word of the other language's connectors).
import { smartSentence, type SentenceParts } from '../../../src/addon/objectives/sentence';
import type { Language } from '../../../src/addon/i18n';
import { dayFromYmd } from '../../../src/kpi/days';

const FULL: SentenceParts = {
  kpi: 'lead_to_opportunity',
  scope: { type: 'team', name: 'Lyon' },
  who: 'The Lyon team (Thomas Richard)',
  what: 'Convert more qualified leads into opportunities',
  where: 'SMB accounts in the south',
  how: 'Weekly pipeline reviews and call coaching.',
  baseline: 0.269,
  target: 0.31,
  start: dayFromYmd(2026, 12, 1),
  deadline: dayFromYmd(2027, 3, 31),
  frequency: 'weekly',
  pairedKpi: 'win_rate',
  alert: { mode: 'relative', threshold: 0.1, direction: 'down', owner: 'Thomas Richard' },
};
const FR_ANSWERS = {
  who: 'L’équipe de Lyon (Thomas Richard)',
  what: 'Convertir plus de leads qualifiés en opportunités',
  where: 'Les PME du Sud',
  how: 'Des revues hebdomadaires du pipeline et du coaching d’appels',
};
const NBSP = '\u00a0';

test('the whole sentence in English: who will do what, where and how, so that the KPI moves', () => {
  expect(smartSentence(FULL, 'en')).toBe(
    'The Lyon team (Thomas Richard) will convert more qualified leads into opportunities for SMB ' +
      'accounts in the south, with weekly pipeline reviews and call coaching, so that the lead → ' +
      'opportunity conversion for team Lyon goes from 26.9% to 31% between 1 December 2026 and ' +
      '31 March 2027, tracked weekly alongside the win rate, with an alert to Thomas Richard if it ' +
      'falls by 10% or more from one week to the next.',
  );
});

test('the whole sentence in French', () => {
  expect(smartSentence({ ...FULL, ...FR_ANSWERS }, 'fr')).toBe(
    'L’équipe de Lyon (Thomas Richard) va convertir plus de leads qualifiés en opportunités pour ' +
      'les PME du Sud, avec des revues hebdomadaires du pipeline et du coaching d’appels, pour que ' +
      `l’indicateur «${NBSP}Conversion lead → opportunité${NBSP}» pour l’équipe Lyon passe de ` +
      `26,9${NBSP}% à 31${NBSP}% du 1er décembre 2026 au 31 mars 2027, suivi chaque semaine avec ` +
      `l’indicateur associé «${NBSP}Taux de réussite${NBSP}», avec une alerte à Thomas Richard ` +
      `s’il baisse de 10${NBSP}% ou plus d’une semaine à l’autre.`,
  );
});

test('a cumulative KPI reaches a total; a plural one agrees; points and a rise are told', () => {
  const calls: SentenceParts = {
    kpi: 'calls',
    who: 'Chloé',
    target: 600,
    baseline: 52,
    frequency: 'weekly',
    alert: { mode: 'points', threshold: 5, direction: 'down' },
  };
  expect(smartSentence(calls, 'en')).toBe(
    'Chloé will act, so that the calls reach 600 in total (baseline: 52 a week), tracked weekly, ' +
      'with an alert if they fall by 5 or more from one week to the next.',
  );
  expect(smartSentence({ kpi: 'cycle_days', target: 30 }, 'en')).toBe(
    'The sales cycle length will reach 30 days.',
  );
  expect(
    smartSentence(
      {
        kpi: 'win_rate',
        alert: { mode: 'points', threshold: 0.05, direction: 'up', owner: 'Léa' },
      },
      'fr',
    ),
  ).toBe(
    `L’indicateur «${NBSP}Taux de réussite${NBSP}» s’améliorera, avec une alerte à Léa s’il ` +
      'augmente de 5 points ou plus d’une période à l’autre.',
  );
  // A disabled rule alerts nobody: the sentence does not promise it.
  expect(smartSentence({ ...FULL, alert: { ...FULL.alert!, enabled: false } }, 'en')).not.toMatch(
    /alert/,
  );
});

test('names and acronyms keep their capitals; ordinary first words are lowercased', () => {
  const s = smartSentence(
    { kpi: 'nps', who: 'the Nantes team', what: 'Call Nantes detractors', where: 'Lyon' },
    'en',
  );
  expect(s).toBe(
    'The Nantes team will call Nantes detractors for Lyon, so that the Net Promoter Score improves.',
  );
  expect(smartSentence({ kpi: 'revenue', what: 'SMB upsell', how: 'By calling' }, 'en')).toBe(
    'SMB upsell, by calling, so that the revenue improves.',
  );
  expect(
    smartSentence({ kpi: 'revenue', where: 'Paris accounts', how: 'iPhone demos' }, 'en'),
  ).toBe('Act for Paris accounts with iPhone demos, so that the revenue improves.');
});

const OPTIONAL = [
  'scope',
  'who',
  'what',
  'where',
  'how',
  'baseline',
  'target',
  'start',
  'deadline',
  'frequency',
  'pairedKpi',
  'alert',
] as const;
const OTHER_LANGUAGE: Record<Language, RegExp> = {
  en: /\b(va|pour|avec|suivi|indicateur|alerte|passe|d’ici|du|au)\b/,
  fr: /\b(will|so that|for|with|tracked|alert|goes|reaches|improves|between|by|from)\b/,
};

describe.each(['en', 'fr'] as const)('every subset of the optional parts (%s)', (language) => {
  const answers = language === 'fr' ? { ...FULL, ...FR_ANSWERS } : FULL;
  const subsets = Array.from({ length: 1 << OPTIONAL.length }, (_, mask) => {
    const parts: Record<string, unknown> = { kpi: answers.kpi };
    OPTIONAL.forEach((key, i) => {
      if (mask & (1 << i)) parts[key] = answers[key];
    });
    return parts as unknown as SentenceParts;
  });

  test.each(['lead_to_opportunity', 'revenue'] as const)('%s reads', (kpi) => {
    for (const parts of subsets) {
      const s = smartSentence({ ...parts, kpi }, language);
      const where = `${JSON.stringify(parts)} → ${s}`;
      const problems: unknown[] = [
        /\s{2}/.test(s) && 'double space',
        /\s[,.]/.test(s) && 'space before punctuation',
        /[,.:;]\s*[,.]/.test(s) && 'dangling punctuation',
        !/^\p{Lu}/u.test(s) && 'no capital',
        !/[^.]\.$/.test(s) && 'not one final period',
        /undefined|null|NaN|\(\s*\)/.test(s) && 'a missing value shows',
        OTHER_LANGUAGE[language].test(s) && 'the other language',
        /lyon/.test(s) && 'a name lowercased',
      ].filter(Boolean);
      for (const key of ['where', 'how'] as const)
        if (parts[key] && !s.includes(answers[key]!.replace(/\.$/, '').slice(1)))
          problems.push(`${key} not kept`);
      // One expect per failure only: 4,096 sentences stay quick.
      if (problems.length) expect({ where, problems }).toEqual({ where, problems: [] });
    }
  });
});
