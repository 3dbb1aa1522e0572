import { createSession } from '../../../local/services/session';
import { createLogger } from '../../../local/services/logger';
import type { AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

function session(authMode: AuthModeName, email = 'ann@example.com', locale = 'fr') {
  return createSession(testContext({ authMode, user: { email, locale } }), 'America/New_York');
}

describe('Session', () => {
  test('the active user, locale and script time zone', () => {
    const s = session('FULL');
    expect(s.getActiveUser().getEmail()).toBe('ann@example.com');
    expect(s.getEffectiveUser().getEmail()).toBe('ann@example.com');
    expect(s.getActiveUserLocale()).toBe('fr');
    expect(s.getScriptTimeZone()).toBe('America/New_York');
  });

  test("the email is blank without the user's authorisation (simple triggers, custom functions)", () => {
    expect(session('LIMITED').getActiveUser().getEmail()).toBe('');
    expect(session('CUSTOM_FUNCTION').getActiveUser().getEmail()).toBe('');
    expect(session('CUSTOM_FUNCTION').getActiveUserLocale()).toBe('fr');
  });

  test('AuthMode.NONE is refused, naming the scope', () => {
    expect(() => session('NONE').getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => session('NONE').getActiveUserLocale()).toThrow(
      'You do not have permission to call Session.getActiveUserLocale',
    );
  });

  test('the temporary key is stable per user and hides the email', () => {
    const key = session('FULL').getTemporaryActiveUserKey();
    expect(session('FULL').getTemporaryActiveUserKey()).toBe(key);
    expect(session('FULL', 'bob@example.com').getTemporaryActiveUserKey()).not.toBe(key);
    expect(key).not.toContain('ann');
  });
});

describe('Logger', () => {
  test('log, %s substitution, getLog and clear; works in AuthMode.NONE', () => {
    const lines: string[] = [];
    const logger = createLogger(testContext({ authMode: 'NONE' }), lines);
    logger.log('plain').log('%s of %s', 3, 'KPIs').log({ a: 1 });
    expect(logger.getLog()).toBe('plain\n3 of KPIs\n{"a":1}');
    expect(lines).toEqual(['plain', '3 of KPIs', '{"a":1}']);
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});
