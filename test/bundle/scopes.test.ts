// The manifest's oauthScopes cover every service method the built add-on calls. Google refuses a
// method whose scope the manifest leaves out ("You do not have permission to call X. Required
// permissions: …"), and the add-on catches some of those refusals (the user's email reads as
// ''), so a missing scope would not show as a failing flow. Two checks: the service calls found
// in dist/Code.js mapped to the scopes their reference pages list, and the main flows run in the
// local runtime (which enforces the manifest) with no refusal recorded, caught or not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime/loader';
import { SCOPES } from '../../local/services/access';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { LocalWorkbook } from '../../local/workbook';
import { BUNDLE_PATH, bundleSource, DIST } from '../../local/harness/bundle';
import { runSetupPage } from '../../local/harness/setup-page';

const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};
const SPREADSHEET = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const warehouseManifest = JSON.parse(
  readFileSync(join(__dirname, '../../appsscript.warehouse.json'), 'utf8'),
) as { oauthScopes: string[] };

/**
 * Calls made only in warehouse mode (src/addon/warehouse): their scopes are in the warehouse
 * manifest, not the default one (enableBigQueryExecution's reference page lists only
 * bigquery.readonly).
 */
const WAREHOUSE_ONLY: Readonly<Record<string, readonly string[]>> = {
  'SpreadsheetApp.enableBigQueryExecution': ['https://www.googleapis.com/auth/bigquery.readonly'],
};

/**
 * The scopes each service global's reference page lists for its methods ([] for none; one of the
 * listed scopes is enough). SpreadsheetApp.getUi's Ui methods (menus, sidebars) need
 * script.container.ui. Enum properties (ScriptApp.AuthMode…) need nothing.
 */
function requiredScopes(service: string, member: string): readonly string[] | undefined {
  if (/^[A-Z]/.test(member)) return [];
  switch (service) {
    case 'SpreadsheetApp':
      return member === 'getUi' ? [SCOPES.containerUi] : SPREADSHEET;
    case 'Session':
      return member === 'getActiveUser' || member === 'getEffectiveUser' ? [SCOPES.email] : [];
    case 'MailApp':
      return [SCOPES.sendMail];
    case 'UrlFetchApp':
      return ['https://www.googleapis.com/auth/script.external_request'];
    case 'ScriptApp':
      return member === 'getAuthorizationInfo' ? [] : [SCOPES.scriptApp];
    case 'HtmlService':
    case 'PropertiesService':
    case 'CacheService':
    case 'LockService':
    case 'Utilities':
    case 'Logger':
    case 'Charts':
      return [];
    default:
      return undefined;
  }
}

const SERVICE_CALL =
  /\b(SpreadsheetApp|Session|MailApp|UrlFetchApp|ScriptApp|HtmlService|PropertiesService|CacheService|LockService|Utilities|Logger|Charts)\.([A-Za-z]+)/g;

describe('the manifest covers the service methods the bundle calls', () => {
  const calls = [...new Set([...bundleSource().matchAll(SERVICE_CALL)].map((m) => m[0]))].sort();

  test('the bundle calls the services the add-on is known to use', () => {
    expect(calls).toEqual(
      expect.arrayContaining([
        'Session.getActiveUser',
        'Session.getEffectiveUser',
        'MailApp.sendEmail',
        'ScriptApp.newTrigger',
        'SpreadsheetApp.getActiveSpreadsheet',
        'SpreadsheetApp.getUi',
      ]),
    );
  });

  test.each(calls)('%s', (call) => {
    const warehouse = WAREHOUSE_ONLY[call];
    if (warehouse) {
      expect(warehouse.filter((s) => warehouseManifest.oauthScopes.includes(s))).not.toEqual([]);
      expect(warehouse.filter((s) => manifest.oauthScopes.includes(s))).toEqual([]);
      return;
    }
    const [service, member] = call.split('.');
    const required = requiredScopes(service, member);
    expect(required).toBeDefined();
    if (required!.length > 0)
      expect(required!.filter((s) => manifest.oauthScopes.includes(s))).not.toEqual([]);
  });
});

describe('the main flows run without a scope refusal', () => {
  function runtime(oauthScopes?: readonly string[]) {
    const workbook = new LocalWorkbook({ timeZone: 'Europe/Paris', locale: 'en_US' });
    const rt = createRuntime({
      bundlePath: BUNDLE_PATH,
      spreadsheetApp: (ctx) =>
        createSpreadsheetApp(
          workbook,
          ctx,
          new UiLog(),
        ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      user: { email: 'manager@example.com', locale: 'en' },
      ...(oauthScopes ? { oauthScopes } : {}),
    });
    rt.clock.set(new Date('2026-11-16T06:30:00Z'));
    return rt;
  }

  test('menus, setup, wizard, alerts, summaries and the hourly trigger', () => {
    const rt = runtime();
    rt.invoke('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    // The empty workbook: the sample data takes seconds and calls no other service.
    runSetupPage(rt);
    rt.invoke('menuShowWizard');
    const wizard = rt.run('wizardInit') as { user: string; owners: string[] };
    // The wizard proposes the user as the objective's owner.
    expect(wizard.user).toBe('manager@example.com');
    expect(wizard.owners[0]).toBe('manager@example.com');
    rt.invoke('menuShowAlertSettings');
    rt.run('setHourlyAlerts', [true]);
    rt.invoke('menuEmailSummaries');
    const view = rt.run('summariesInit') as { settings: object; user: string };
    expect(view.user).toBe('manager@example.com');
    rt.run('summariesSave', [{ ...view.settings, enabled: true }]);
    rt.run('summariesSendNow');
    rt.clock.advanceMinutes(120);
    const firings = rt.fireDueTriggers();
    expect(firings.length).toBeGreaterThan(0);
    expect(firings.filter((f) => f.error)).toEqual([]);
    expect(rt.scopeRefusals).toEqual([]);
  });

  test('without userinfo.email (the manifest before) the email lookups are refused', () => {
    const rt = runtime(manifest.oauthScopes.filter((s) => s !== SCOPES.email));
    runSetupPage(rt);
    const wizard = rt.run('wizardInit') as { user: string };
    expect(wizard.user).toBe('');
    expect(rt.scopeRefusals.map((r) => r.method)).toContain('Session.getActiveUser');
  });
});
