// The manifest's oauthScopes are enforced: a method whose reference page lists scopes, none of
// which the manifest grants, throws Google's "You do not have permission to call X. Required
// permissions: …", in every authorisation mode, and the runtime records the refusal even when
// the script catches it.
import { join } from 'node:path';
import { Clock, type RuntimeContext } from '../../local/runtime/context';
import { createRuntime, type RuntimeOptions } from '../../local/runtime/loader';
import { SCOPES } from '../../local/services/access';
import { createMailApp } from '../../local/services/mail';
import { createSession } from '../../local/services/session';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { LocalState } from '../../local/runtime/state';
import { LocalWorkbook } from '../../local/workbook';
import { tinySpreadsheetApp } from './tiny-spreadsheet';
import { testContext } from './services/context';

const FIXTURE = join(__dirname, '../fixtures/local-runtime/Code.js');
const ALL_BUT_EMAIL = [
  SCOPES.spreadsheetsCurrentOnly,
  SCOPES.containerUi,
  SCOPES.scriptApp,
  SCOPES.sendMail,
];

function granted(scopes: readonly string[]): Partial<RuntimeContext> {
  return { grantedScopes: new Set(scopes), scopeRefusals: [] };
}

describe('services refuse a method whose scope the manifest lacks', () => {
  test('Session.getActiveUser / getEffectiveUser need userinfo.email', () => {
    const ctx = testContext(granted(ALL_BUT_EMAIL));
    const session = createSession(ctx, 'Europe/Paris');
    expect(() => session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => session.getEffectiveUser()).toThrow(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    // Methods without a documented scope still work.
    expect(session.getActiveUserLocale()).toBe('en');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(ctx.scopeRefusals).toEqual([
      { method: 'Session.getActiveUser', scopes: [SCOPES.email] },
      { method: 'Session.getEffectiveUser', scopes: [SCOPES.email] },
    ]);
    const withEmail = createSession(testContext(granted([SCOPES.email])), 'Europe/Paris');
    expect(withEmail.getActiveUser().getEmail()).toBe('ann@example.com');
  });

  test('MailApp needs script.send_mail', () => {
    const mail = createMailApp(testContext(granted([SCOPES.email])), new LocalState());
    expect(() => mail.getRemainingDailyQuota()).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  test('SpreadsheetApp needs spreadsheets(.currentonly); its Ui needs script.container.ui', () => {
    const wb = new LocalWorkbook({ timeZone: 'Europe/Paris' });
    const onlyUi = createSpreadsheetApp(
      wb,
      testContext(granted([SCOPES.containerUi])),
      new UiLog(),
    );
    expect(() => onlyUi.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    const full = createSpreadsheetApp(wb, testContext(granted([SCOPES.spreadsheets])), new UiLog());
    expect(full.getActiveSpreadsheet().getSheets().length).toBeGreaterThan(0);
    expect(() => full.getUi().alert('hello')).toThrow(
      'You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  test('without a granted list (no oauthScopes in the manifest) nothing is refused for a scope', () => {
    const session = createSession(testContext(), 'Europe/Paris');
    expect(session.getActiveUser().getEmail()).toBe('ann@example.com');
  });
});

describe('the loader takes the granted scopes from the manifest', () => {
  function runtime(options: Partial<RuntimeOptions>) {
    return createRuntime({
      bundlePath: FIXTURE,
      spreadsheetApp: tinySpreadsheetApp({ name: 'Book', menus: [] }),
      clock: new Clock(new Date('2024-03-04T09:00:00Z')),
      user: { email: 'ann@example.com', locale: 'fr' },
      addOnRules: false,
      ...options,
    });
  }

  test('the add-on manifest (dist/appsscript.json) is read next to the bundle', () => {
    // The fixture's manifest lists no scopes: Apps Script would detect and grant them all.
    expect(runtime({}).run('WHO')).toBe('ann@example.com');
    const rt = runtime({ oauthScopes: ALL_BUT_EMAIL });
    expect(() => rt.run('whoAmI')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => rt.run('installDailyTrigger')).not.toThrow();
    expect(() => runtime({ oauthScopes: [SCOPES.email] }).run('installDailyTrigger')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  test('a refusal the script catches is still recorded', () => {
    const rt = runtime({
      oauthScopes: [],
      bundleSource:
        'function who() { try { return Session.getActiveUser().getEmail(); } catch (e) { return ""; } }',
    });
    expect(rt.run('who')).toBe('');
    expect(rt.scopeRefusals).toEqual([{ method: 'Session.getActiveUser', scopes: [SCOPES.email] }]);
  });
});
