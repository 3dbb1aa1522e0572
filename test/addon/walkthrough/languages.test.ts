// One language per reader, through the whole loop on the built add-on: wizard save → Apply
// alerts → dashboard → a team lead's summary email. In a French spreadsheet run by a French
// manager every screen is French; in an English one run by an English manager every screen is
// English; and the rows one reader's action stores (the Actions log) reach a reader of the other
// language in theirs: the French lead of an English spreadsheet gets a French email (scope,
// status, corrective action), and a French manager applying alerts there writes English rows.
// On the small workbook (today 10 April 2026): South's conversion fell from 100 % (February) to
// 50 % (March), the one alert the rule below raises.
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import type { SaveResult } from '../../../src/server/wizard-contract';
import type { SummaryPreview, SummariesView } from '../../../src/server/summaries-contract';
import { useScriptTimeZone } from '../../../local/playground/script-zone';
import { smallWorkbook } from '../objectives/workbook';
import { columnIndexes } from '../../../src/addon/schema';

useScriptTimeZone();

type Language = 'en' | 'fr';
const USERS = {
  en: { email: 'manager@example.com', locale: 'en' },
  fr: { email: 'manager@example.com', locale: 'fr_FR' },
};
const LEAD = 'sam@example.com';

const DRAFT = {
  en: {
    who: 'the South team (Sam South)',
    what: 'Qualify every inbound lead within a day',
    where: 'Enterprise accounts',
    how: 'A shared qualification checklist',
    action: 'Review lead quality and the qualification criteria; coach the reps.',
  },
  fr: {
    who: 'l’équipe South (Sam South)',
    what: 'Qualifier chaque lead entrant sous un jour',
    where: 'les comptes Enterprise',
    how: 'une grille de qualification partagée',
    action:
      'Analyser la qualité des leads et les critères de qualification ; former les commerciaux.',
  },
};

function draft(lang: Language) {
  const d = DRAFT[lang];
  return {
    goal: 'marketShare',
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: 'South' },
    who: d.who,
    what: d.what,
    where: d.where,
    how: d.how,
    baseline: null,
    targetMode: 'value',
    target: 0.6,
    start: '2026-04-01',
    deadline: '2026-06-30',
    frequency: 'monthly',
    owner: LEAD,
    alert: {
      mode: 'relative',
      threshold: 0.1,
      direction: 'down',
      minVolume: 1,
      action: d.action,
      owner: LEAD,
      enabled: true,
    },
  };
}

/**
 * Words of the other language that must never reach a reader (labels, statuses, months, joins,
 * the headings of the funnel, the trends and the segment and content tables).
 */
const FOREIGN: Record<Language, RegExp> = {
  en: /\b(équipe|Équipe|Ouverte|Statut|Périmètre|Semaine|semaine|pour que|suivi|Alerte|Précédent|Objectif|janv|févr|mars|avr|juin|juil|août|sept|déc|Analyser|commerciaux|règles?|vérifiées?|Étape|Atteinte|Somme|Moyenne|Variation|Marge|Progressé)\b/u,
  fr: /\b(team|Team|Open|Status|Scope|Week|week|so that|tracked|Alert|Previous|Objective|January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Review|coach|rules?|Checked|checked|Stage|Reached|Period start|Sum|Mean|Change|previous|moving average|Revenue|margin|Progressed)\b/u,
};

function foreign(lang: Language, texts: readonly string[]): string[] {
  return texts.filter((t) => FOREIGN[lang].test(t));
}

interface Walk {
  h: AddonHarness;
  saved: SaveResult;
  dialog: string;
  actions: unknown[][];
  dashboard: string[];
  leads: string[];
  charts: string[];
  toast: string;
  emails: Record<Language, SummaryPreview>;
}

/** The loop, by a manager of `lang` in a spreadsheet set up in `lang`. */
function walk(lang: Language): Walk {
  const h = smallWorkbook(lang === 'fr' ? { locale: 'fr_FR' } : {});
  const user = { user: USERS[lang] };
  const saved = h.runtime.run('wizardSave', [draft(lang)], user) as SaveResult;
  h.runtime.invoke('menuApplyAlerts', [], user as never);
  const dialog = h.ui.alerts.at(-1)?.prompt ?? '';
  const actionsSheet = 'Actions';
  const last = h.workbook.getLastRow(actionsSheet);
  const actions = h.workbook.getDisplayValues(actionsSheet, 1, 0, last - 1, 13);
  h.runtime.invoke('menuRefreshDashboard', [], user as never);
  const name = lang === 'fr' ? 'Tableau de bord' : 'Dashboard';
  // The whole Dashboard: title, selector, tiles, the funnel, the correlation, the chart tables,
  // the analysis tables and the trends (the funnel's and the trends' headings included).
  const rows = h.workbook.getLastRow(name);
  const grid = h.workbook.getDisplayValues(name, 0, 0, rows, 17);
  const dashboard = grid.flat().filter((c) => /\p{L}/u.test(c));
  // The funnel's first stage, as its table shows it (Leads, how many reached, the rates).
  const leads = grid.find((row) => row[0] === 'Leads')?.slice(0, 4) ?? [];
  const charts = h.workbook.getCharts(name).map((c) => String(c.options.title));
  const toast = h.ui.toasts.at(-1)?.message ?? '';
  const view = h.runtime.run('summariesInit', [], user) as SummariesView;
  const emails = {} as Record<Language, SummaryPreview>;
  for (const reader of ['en', 'fr'] as const) {
    h.runtime.run(
      'summariesSave',
      [{ ...view.settings, enabled: true, leadLanguages: { [LEAD]: reader } }],
      user,
    );
    const recipient = (h.runtime.run('summariesInit', [], user) as SummariesView).recipients.find(
      (r) => r.email === LEAD,
    )!;
    emails[reader] = h.runtime.run('summariesPreview', [recipient.id], user) as SummaryPreview;
  }
  return { h, saved, dialog, actions, dashboard, leads, charts, toast, emails };
}

/** Each walk, kept for the last test: the English one's workbook then gets a French manager. */
const walked: Partial<Record<Language, Walk>> = {};

describe.each(['fr', 'en'] as const)('the walk-through in %s', (lang) => {
  let w: Walk;
  beforeAll(() => {
    w = walked[lang] = walk(lang);
  });

  test('the wizard saves the objective and tells it in one grammatical sentence', () => {
    expect(w.saved.id).toBe('OBJ-0001');
    const sentence = w.saved.check.sentence;
    expect(w.saved.objectives.map((o) => o.sentence)).toEqual([sentence]);
    expect(sentence).toBe(
      lang === 'fr'
        ? 'L’équipe South (Sam South) va qualifier chaque lead entrant sous un jour pour les comptes ' +
            'Enterprise, avec une grille de qualification partagée, pour que l’indicateur ' +
            '«\u00a0Conversion lead → opportunité\u00a0» pour l’équipe South passe de 50\u00a0% à ' +
            '60\u00a0% du 1er avril 2026 au 30 juin 2026, suivi chaque mois, avec une alerte à ' +
            'sam@example.com s’il baisse de 10\u00a0% ou plus d’un mois à l’autre.'
        : 'The South team (Sam South) will qualify every inbound lead within a day for Enterprise ' +
            'accounts, with a shared qualification checklist, so that the lead → opportunity ' +
            'conversion for team South goes from 50% to 60% between 1 April 2026 and 30 June 2026, ' +
            'tracked monthly, with an alert to sam@example.com if it falls by 10% or more from one ' +
            'month to the next.',
    );
  });

  test('Apply alerts reports in the manager’s language, in the singular for one rule', () => {
    expect(w.dialog).toMatch(
      lang === 'fr'
        ? /^1 règle d’alerte active comparée sur les dernières périodes complètes/
        : /^Checked 1 active alert rule against the last complete periods/,
    );
    expect(foreign(lang, w.dialog.split('\n'))).toEqual([]);
  });

  test('the Actions row is written in the sheet’s language', () => {
    expect(w.actions).toHaveLength(1);
    const row = w.actions[0];
    expect(row.slice(2, 4)).toEqual(
      lang === 'fr'
        ? ['Conversion lead → opportunité', 'équipe South']
        : ['Lead → opportunity conversion', 'team South'],
    );
    expect(row[7]).toBe(DRAFT[lang].action);
    expect(row[9]).toBe(lang === 'fr' ? 'Ouverte' : 'Open');
    expect(foreign(lang, row.map(String))).toEqual([]);
  });

  test('the dashboard’s labels, dates, chart titles and report are in the manager’s language', () => {
    expect(w.dashboard).toContain(lang === 'fr' ? 'Semaine du 30 mars' : 'Week of 30 Mar');
    // Orders stop on 20 March, so March is partial: the revenue tile shows February, in words.
    expect(w.dashboard).toContain(lang === 'fr' ? 'février 2026' : 'February 2026');
    expect(foreign(lang, w.dashboard)).toEqual([]);
    expect(foreign(lang, w.charts)).toEqual([]);
    // The funnel and the trends under the Dashboard's own headings, over the functions' numbers.
    expect(w.dashboard).toEqual(
      expect.arrayContaining(
        lang === 'fr'
          ? [
              'Étape',
              'Atteinte',
              'Conversion depuis l’étape d’avant',
              'Variation sur le mois d’avant',
            ]
          : ['Stage', 'Reached', 'Conversion from previous', 'Change vs previous'],
      ),
    );
    expect(w.leads[1]).toMatch(/^\d+$/);
    expect(w.leads[3]).toMatch(/^100[.,]0\s?%$/);
    expect(w.toast).toBe(
      lang === 'fr'
        ? 'Tableau de bord actualisé : 6 périmètres au choix, données au 10 avril 2026.'
        : 'Dashboard refreshed: 6 scopes to choose from, data as of 10 April 2026.',
    );
  });

  test.each(['fr', 'en'] as const)('the lead’s email in %s is in that language only', (reader) => {
    const email = w.emails[reader];
    const text = `${email.subject}\n${email.text}`;
    expect(text).toContain(reader === 'fr' ? 'équipe South' : 'team South');
    expect(text).toContain(reader === 'fr' ? 'Ouverte' : 'Open');
    expect(text).toContain(DRAFT[reader].action);
    expect(foreign(reader, text.split('\n'))).toEqual([]);
  });
});

test('a French manager in the English spreadsheet reads French, writes English rows', () => {
  // Rep Cid's conversion fell as South's did (2 of 2 leads in February, 1 of 2 in March).
  const h = walked.en!.h;
  const cid = { ...draft('fr'), scope: { type: 'rep', name: 'Cid' }, who: 'Cid' };
  const saved = h.runtime.run('wizardSave', [cid], { user: USERS.fr }) as SaveResult;
  expect(saved.check.sentence).toMatch(/^Cid va qualifier chaque lead entrant /);
  const o = columnIndexes('objectives');
  const objective = h.workbook.getDisplayValues('Objectives', 2, 0, 1, o.status + 1)[0];
  expect([objective[o.id], objective[o.kpi], objective[o.frequency], objective[o.status]]).toEqual([
    'OBJ-0002',
    'Lead → opportunity conversion',
    'Monthly',
    'Active',
  ]);
  expect(objective[o.specific]).toMatch(/^Who: Cid\nWhat: Qualifier /);
  const texts = [objective[o.measurable], objective[o.achievable], objective[o.timeBound]];
  expect(texts.every((t) => t !== '')).toBe(true);
  expect(foreign('en', texts)).toEqual([]);
  const a = columnIndexes('alerts');
  expect(h.workbook.getValue('Alerts', 2, a.correctiveAction)).toBe(DRAFT.en.action);

  h.runtime.invoke('menuApplyAlerts', [], { user: USERS.fr } as never);
  expect(h.ui.alerts.at(-1)?.prompt).toMatch(/^2 règles d’alerte actives comparées/);
  const row = h.workbook.getDisplayValues('Actions', 2, 0, 1, 13)[0];
  expect([row[2], row[3], row[7], row[9]]).toEqual([
    'Lead → opportunity conversion',
    'rep Cid',
    DRAFT.en.action,
    'Open',
  ]);
  // Their dashboard tells the corrective actions' record in French.
  h.runtime.invoke('menuRefreshDashboard', [], { user: USERS.fr } as never);
  const shown = h.workbook.getDisplayValues('Dashboard', 0, 0, 200, 6).flat();
  expect(shown).toContain(DRAFT.fr.action);
  expect(shown).not.toContain(DRAFT.en.action);
});
