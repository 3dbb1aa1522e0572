import {
  ADD_ON_HOURLY,
  ADD_ON_ONE_CLOCK_TRIGGER,
  createScriptApp,
  TOO_MANY_TRIGGERS,
} from '../../../local/services/script-app';
import { LocalState } from '../../../local/runtime/state';
import { Clock, type AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

const SPREADSHEET = {
  getId: () => 'local-spreadsheet',
} as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function setup(
  opts: {
    authMode?: AuthModeName;
    email?: string;
    addOnRules?: boolean;
    zone?: string;
    at?: string;
  } = {},
  shared?: { state: LocalState; clock: Clock },
) {
  const state = shared?.state ?? new LocalState();
  const clock = shared?.clock ?? new Clock(new Date(opts.at ?? '2024-03-01T10:00:00Z'));
  const ctx = testContext({
    clock,
    authMode: opts.authMode ?? 'FULL',
    user: { email: opts.email ?? 'ann@example.com', locale: 'en' },
    timeZone: opts.zone ?? 'Europe/Paris',
  });
  const app = createScriptApp(ctx, {
    state,
    documentId: 'local-spreadsheet',
    addOnRules: opts.addOnRules ?? false,
  });
  return { state, clock, ctx, app };
}

describe('ScriptApp enums and authorisation info', () => {
  test('enum values are their names', () => {
    const { app } = setup();
    expect(String(app.AuthMode.FULL)).toBe('FULL');
    expect(String(app.AuthMode.NONE)).toBe('NONE');
    expect(String(app.AuthorizationStatus.REQUIRED)).toBe('REQUIRED');
    expect(String(app.WeekDay.MONDAY)).toBe('MONDAY');
    expect(String(app.EventType.CLOCK)).toBe('CLOCK');
  });

  test('getAuthorizationInfo follows the per-user re-authorisation flag', () => {
    const { app, state } = setup();
    const ok = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(String(ok.getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(ok.getAuthorizationUrl()).toBeNull();
    state.setNeedsReauthorization('ann@example.com', true);
    const needed = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(String(needed.getAuthorizationStatus())).toBe('REQUIRED');
    expect(needed.getAuthorizationUrl()).toContain('authorize');
    const bob = setup({ email: 'bob@example.com' }, { state, clock: new Clock() }).app;
    expect(String(bob.getAuthorizationInfo(bob.AuthMode.FULL).getAuthorizationStatus())).toBe(
      'NOT_REQUIRED',
    );
    state.setNeedsReauthorization('ann@example.com', false);
    expect(String(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus())).toBe(
      'NOT_REQUIRED',
    );
  });

  test('getAuthorizationInfo works from LIMITED up; triggers need FULL', () => {
    const limited = setup({ authMode: 'LIMITED' }).app;
    expect(
      String(limited.getAuthorizationInfo(limited.AuthMode.LIMITED).getAuthorizationStatus()),
    ).toBe('NOT_REQUIRED');
    expect(() => limited.newTrigger('f')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() => limited.getProjectTriggers()).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers',
    );
    const custom = setup({ authMode: 'CUSTOM_FUNCTION' }).app;
    expect(() => custom.getAuthorizationInfo(custom.AuthMode.FULL)).toThrow(
      'You do not have permission to call ScriptApp.getAuthorizationInfo',
    );
    // Enum reads are not calls: the documented onOpen pattern works in NONE.
    expect(String(setup({ authMode: 'NONE' }).app.AuthMode.NONE)).toBe('NONE');
  });

  test('other methods are not silently faked', () => {
    const { app } = setup();
    expect(() => app.getOAuthToken()).toThrow(
      'not implemented in the local runtime: ScriptApp.getOAuthToken',
    );
    expect(() => app.newTrigger('f').forSpreadsheet(SPREADSHEET)).toThrow(
      'not implemented in the local runtime: TriggerBuilder.forSpreadsheet',
    );
  });
});

describe('time-driven triggers', () => {
  test('a daily 08:00 trigger in Paris fires at 08:00 local across the DST change', () => {
    // Saturday 30 March 2024, 13:00 in Paris; clocks go forward that night.
    const { app, state } = setup({ at: '2024-03-30T12:00:00Z' });
    const trigger = app.newTrigger('sendSummary').timeBased().everyDays(1).atHour(8).create();
    expect(trigger.getHandlerFunction()).toBe('sendSummary');
    expect(String(trigger.getEventType())).toBe('CLOCK');
    expect(String(trigger.getTriggerSource())).toBe('CLOCK');
    expect(trigger.getTriggerSourceId()).toBeNull();
    const stored = state.triggers[0];
    expect(stored.id).toBe(trigger.getUniqueId());
    expect(stored.owner.email).toBe('ann@example.com');
    expect(stored.timeZone).toBe('Europe/Paris');
    // 31 March 08:00 CEST (UTC+2) = 06:00 UTC.
    expect(new Date(stored.nextFireMs!).toISOString()).toBe('2024-03-31T06:00:00.000Z');
  });

  test('inTimezone overrides the spreadsheet zone', () => {
    const { app, state } = setup({ at: '2024-03-01T10:00:00Z' });
    app.newTrigger('f').timeBased().everyDays(1).atHour(9).inTimezone('Asia/Tokyo').create();
    // 09:00 in Tokyo (UTC+9) on 2 March is 00:00 UTC.
    expect(new Date(state.triggers[0].nextFireMs!).toISOString()).toBe('2024-03-02T00:00:00.000Z');
    expect(() => app.newTrigger('f').timeBased().inTimezone('Mars/Olympus')).toThrow(
      'Invalid argument: timezone',
    );
  });

  test('weekly on a weekday, hourly with nearMinute, every minutes, once after and at', () => {
    // Wednesday 6 March 2024, 05:00 in New York.
    const { app, state } = setup({ at: '2024-03-06T10:00:00Z', zone: 'America/New_York' });
    app.newTrigger('w').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    app.newTrigger('h').timeBased().everyHours(2).nearMinute(30).create();
    app.newTrigger('m').timeBased().everyMinutes(15).create();
    app.newTrigger('a').timeBased().after(90_000).create();
    app.newTrigger('t').timeBased().at(new Date('2024-04-01T12:34:00Z')).create();
    const next = state.triggers.map((t) => new Date(t.nextFireMs!).toISOString());
    expect(next).toEqual([
      // Monday 11 March 09:00 EDT (DST began on the 10th): 13:00 UTC.
      '2024-03-11T13:00:00.000Z',
      // Two hours after creation, at minute 30 of that hour.
      '2024-03-06T12:30:00.000Z',
      '2024-03-06T10:15:00.000Z',
      '2024-03-06T10:01:30.000Z',
      '2024-04-01T12:34:00.000Z',
    ]);
  });

  test('onMonthDay(31) fires on the last day of shorter months', () => {
    const { app, state } = setup({ at: '2024-04-10T10:00:00Z', zone: 'UTC' });
    app.newTrigger('f').timeBased().onMonthDay(31).atHour(6).create();
    expect(new Date(state.triggers[0].nextFireMs!).toISOString()).toBe('2024-04-30T06:00:00.000Z');
  });

  test('invalid schedules are refused with a reason', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow(
      'everyMinutes must be one of 1, 5, 10, 15, 30',
    );
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow(
      'everyHours must be one of 1, 2, 4, 6, 8, 12',
    );
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow(
      'atHour must be a whole number from 0 to 23',
    );
    expect(() => app.newTrigger('f').timeBased().create()).toThrow('needs a frequency');
    expect(() => app.newTrigger('f').timeBased().everyHours(1).atHour(3).create()).toThrow(
      'atHour can only be used',
    );
    expect(() => app.newTrigger('f').timeBased().everyDays(1).everyHours(1)).toThrow(
      'already has a frequency',
    );
  });

  test("20 triggers per user per script, with Google's error text", () => {
    const { app, state, clock } = setup();
    for (let i = 0; i < 20; i += 1) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    // Another user has their own 20.
    const bob = setup({ email: 'bob@example.com' }, { state, clock }).app;
    bob.newTrigger('b').timeBased().everyHours(1).create();
    // Deleting one makes room again.
    app.deleteTrigger(app.getProjectTriggers()[0]);
    app.newTrigger('f20').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers()).toHaveLength(20);
  });

  test('triggers belong to their creator: listing and deleting see only your own', () => {
    const { app, state, clock } = setup();
    app.newTrigger('annJob').timeBased().everyDays(1).create();
    const bob = setup({ email: 'bob@example.com' }, { state, clock }).app;
    bob.newTrigger('bobJob').timeBased().everyDays(1).create();
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['annJob']);
    expect(bob.getUserTriggers(SPREADSHEET).map((t) => t.getHandlerFunction())).toEqual(['bobJob']);
    // Ann cannot delete Bob's trigger even with its object.
    app.deleteTrigger(bob.getProjectTriggers()[0]);
    expect(state.triggers.map((t) => t.handler)).toEqual(['annJob', 'bobJob']);
    bob.deleteTrigger(bob.getProjectTriggers()[0]);
    expect(state.triggers.map((t) => t.handler)).toEqual(['annJob']);
  });

  test('add-on rules: one time-driven trigger per user per document, none more than hourly', () => {
    const { app, state, clock } = setup({ addOnRules: true });
    expect(() => app.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(ADD_ON_HOURLY);
    app
      .newTrigger('summary')
      .timeBased()
      .everyWeeks(1)
      .onWeekDay(app.WeekDay.MONDAY)
      .atHour(7)
      .create();
    expect(() => app.newTrigger('alerts').timeBased().everyHours(1).create()).toThrow(
      ADD_ON_ONE_CLOCK_TRIGGER,
    );
    const bob = setup({ email: 'bob@example.com', addOnRules: true }, { state, clock }).app;
    bob.newTrigger('summary').timeBased().everyDays(1).create();
    expect(state.triggers).toHaveLength(2);
  });
});
