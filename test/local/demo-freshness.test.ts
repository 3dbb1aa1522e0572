// The playground's demo lives on its today: `npm start -- --clock DATE --lang fr` parse into a
// pinned clock and a French-speaking user; a new demo's data ends the day before the clock's
// today in the spreadsheet's zone; a saved demo remembers its end date, and reopened later the
// start log and the page say how old it is and how to rebuild it; rebuilding (--demo) first
// copies the saved file aside, so a user's edits are never lost silently.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  demoEndDate,
  demoFreshness,
  isoOfLocalDate,
  REBUILD_COMMAND,
} from '../../local/demo/freshness';
import { quickStartExamples } from '../../local/demo/quick-start';
import { PlaygroundSession } from '../../local/playground/session';
import { sampleDipFor } from '../../src/addon/sample-data';
import { parseClock, parseStartArgs } from '../../local/playground/start-args';

describe('the demo’s end date: the day before the clock’s today in the spreadsheet’s zone', () => {
  it.each([
    ['2026-11-18T09:00:00+01:00', 'Europe/Paris', '2026-11-17'],
    ['2026-12-01T00:30:00+01:00', 'Europe/Paris', '2026-11-30'],
    // 23:30 UTC on 30 November is already 1 December in Paris, still 30 November in New York.
    ['2026-11-30T23:30:00Z', 'Europe/Paris', '2026-11-30'],
    ['2026-11-30T23:30:00Z', 'America/New_York', '2026-11-29'],
    ['2027-03-29T09:00:00+02:00', 'Europe/Paris', '2027-03-28'],
    ['2027-03-28T01:30:00+01:00', 'Europe/Paris', '2027-03-27'],
    ['2026-11-02T09:00:00-05:00', 'America/New_York', '2026-11-01'],
    ['2026-11-02T01:00:00-05:00', 'Asia/Tokyo', '2026-11-01'],
  ])('clock %s in %s → %s', (clock, zone, end) => {
    expect(isoOfLocalDate(demoEndDate(Date.parse(clock), zone))).toBe(end);
  });
});

describe('the Quick start examples follow the end date', () => {
  it('a demo built on 11 June 2027: that year’s progress, complete months up to May', () => {
    const examples = quickStartExamples(sampleDipFor(new Date(2027, 5, 10)));
    const formula = (label: RegExp) => examples.find((e) => label.test(e.label))!.formula;
    expect(formula(/^KPI_PROGRESS: 2027 order revenue/)).toContain(
      'DATE(2027,1,1), DATE(2027,12,31), DATE(2027,6,10))',
    );
    // Complete months only: the trend and the retention year stop at the end of May.
    expect(formula(/^KPI_TREND/)).toContain('<EDATE(DATE(2027,5,1),1)');
    expect(formula(/^KPI_RETENTION/)).toContain('EDATE(DATE(2027,5,1),-11)');
    expect(formula(/NPS of team Lyon in 2027-05/)).toContain('DATE(2027,5,1)');
  });
});

describe('freshness', () => {
  const paris = (iso: string) => Date.parse(`${iso}T09:00:00+01:00`);
  const demo = { endDate: '2026-11-17', seed: 2026 };

  it('a demo ending the day before the clock and the real today is fresh', () => {
    const f = demoFreshness(demo, paris('2026-11-18'), paris('2026-11-18'), 'Europe/Paris');
    expect(f).toMatchObject({ stale: false, clockToday: '2026-11-18', today: '2026-11-18' });
    expect(f.message).toContain('Tue 17 Nov 2026');
    expect(f.message).not.toContain(REBUILD_COMMAND);
  });

  it('reopened months later: stale, with the way to rebuild it on today’s date', () => {
    // The clock resumes where the session left it; the real today is February.
    const f = demoFreshness(demo, paris('2026-11-19'), paris('2027-02-05'), 'Europe/Paris');
    expect(f.stale).toBe(true);
    expect(f.message).toBe(
      'The demo data ends on Tue 17 Nov 2026; the playground clock resumes on Thu 19 Nov 2026 ' +
        "(the saved session), today is Fri 5 Feb 2027. To rebuild it on today's date: " +
        'npm start -- --demo (the saved workbook is first copied aside, never lost).',
    );
  });

  it('a clock moved on past the data: stale, saying by how much', () => {
    const f = demoFreshness(demo, paris('2026-12-20'), paris('2026-11-18'), 'Europe/Paris');
    expect(f.stale).toBe(true);
    expect(f.message).toContain("32 days before the playground's today (Sun 20 Dec 2026)");
  });
});

describe('npm start -- flags', () => {
  it('--clock DATE pins the clock at 09:00 that day (or the time given), in the script’s zone', () => {
    expect(parseClock('2026-11-18')).toEqual(new Date(2026, 10, 18, 9, 0));
    expect(parseClock('2026-11-18T14:30')).toEqual(new Date(2026, 10, 18, 14, 30));
    for (const bad of ['2026-02-30', '18/11/2026', '2026-11-18T24:00', '2026-11-18T09:60', ''])
      expect(parseClock(bad)).toBeUndefined();
    const parsed = parseStartArgs(['--clock', '2026-11-18'], undefined);
    expect(parsed).toMatchObject({ ok: true, options: { pinClock: new Date(2026, 10, 18, 9) } });
    expect(parseStartArgs(['--clock=2026-12-01'], undefined)).toMatchObject({
      ok: true,
      options: { pinClock: new Date(2026, 11, 1, 9) },
    });
    expect(parseStartArgs(['--clock', 'tomorrow'], undefined)).toMatchObject({
      ok: false,
      exitCode: 2,
      message: expect.stringContaining('--clock needs a date such as 2026-11-18'),
    });
  });

  it('--lang fr runs as a French-speaking user, and a new demo spreadsheet is French', () => {
    expect(parseStartArgs(['--lang', 'fr'], undefined)).toMatchObject({
      ok: true,
      options: { user: { locale: 'fr' }, demo: { locale: 'fr_FR' } },
    });
    expect(parseStartArgs(['--lang', 'de'], undefined)).toMatchObject({
      ok: false,
      message: expect.stringContaining('--lang must be fr or en (got "de")'),
    });
  });

  it('the other flags and PORT as before', () => {
    expect(parseStartArgs(['--demo'], '3001')).toMatchObject({
      ok: true,
      options: { fresh: true, port: 3001 },
    });
    expect(parseStartArgs(['--workbook=a.json'], undefined)).toMatchObject({
      ok: true,
      options: { workbookFile: 'a.json' },
    });
    expect(parseStartArgs(['--demo', '--workbook', 'a.json'], undefined)).toMatchObject({
      ok: false,
    });
    expect(parseStartArgs(['--help'], undefined)).toMatchObject({ ok: false, exitCode: 0 });
    expect(parseStartArgs(['--nope'], undefined)).toMatchObject({ ok: false, exitCode: 2 });
    expect(parseStartArgs([], 'eighty')).toMatchObject({ ok: false, exitCode: 2 });
  });
});

describe('a saved demo reopened later', () => {
  let dir: string;
  let saveFile: string;
  // A tiny demo (data sheets only): what is tested is the session, not the data.
  const small = { scale: 0.05, quickStart: false };
  const open = (options: ConstructorParameters<typeof PlaygroundSession>[0]) =>
    new PlaygroundSession({ saveFile, saveDelayMs: 5, ...options }).open();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'demo-freshness-'));
    saveFile = join(dir, 'workbook.json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is built on the pinned clock, remembers its end date, and is offered a rebuild', async () => {
    const first = await open({
      pinClock: new Date('2026-11-18T09:00:00+01:00'),
      demo: small,
      user: { email: 'owner@example.com', locale: 'fr' },
    });
    expect(first.demo).toEqual({ endDate: '2026-11-17', seed: 2026 });
    // --lang fr: the add-on speaks French to this user, from its menu on.
    expect(first.runtime.user.locale).toBe('fr');
    const captions = first.ui.menuItems().map((i) => i.caption);
    expect(
      captions.some((c) => c.endsWith('Préparer le classeur KPI avec des données d’exemple')),
    ).toBe(true);
    // The user edits a cell; the session is saved with its demo.
    first.workbook.setInput('Teams', 1, 0, 'Lyon Centre');
    first.close();
    const saved = JSON.parse(readFileSync(saveFile, 'utf8')) as { demo: unknown };
    expect(saved.demo).toEqual({ endDate: '2026-11-17', seed: 2026 });

    // Reopened: the clock resumes where it was; the real today (months later) makes it stale.
    const again = await open({ demo: small });
    expect(again.source).toBe('file');
    expect(again.workbook.getValues('Teams', 1, 0, 1, 1)).toEqual([['Lyon Centre']]);
    const later = Date.parse('2027-02-05T09:00:00+01:00');
    expect(again.demoFreshness(later)).toMatchObject({ endDate: '2026-11-17', stale: true });
    expect(again.demoFreshness(later)!.message).toContain(REBUILD_COMMAND);
    again.close();

    // --demo (ignoreSaved) with the clock of "today": the old file is copied aside first.
    const before = readFileSync(saveFile, 'utf8');
    const rebuilt = await open({
      ignoreSaved: true,
      pinClock: new Date('2027-02-05T09:00:00+01:00'),
      demo: small,
    });
    expect(rebuilt.source).toBe('demo');
    expect(rebuilt.demo?.endDate).toBe('2027-02-04');
    expect(rebuilt.demoFreshness(later)?.stale).toBe(false);
    expect(rebuilt.replacedCopy).toMatch(/workbook\.replaced-.*\.json$/);
    expect(existsSync(rebuilt.replacedCopy!)).toBe(true);
    expect(readFileSync(rebuilt.replacedCopy!, 'utf8')).toBe(before);
    rebuilt.close();
  });
});
