// Session: the active user's email and locale, the script time zone. As Google documents, the
// email is blank where the script runs without the user's authorisation (simple triggers in
// LIMITED mode, custom functions); in AuthMode.NONE the call is refused.
import { createHash } from 'node:crypto';
import type { RuntimeContext } from '../runtime/context';
import { SCOPES } from './access';
import { service } from './unimplemented';

type Session = GoogleAppsScript.Base.Session;
type User = GoogleAppsScript.Base.User;

// User.getEmail's reference lists the same scope as Session.getActiveUser.
const IDENTITY = { min: 'CUSTOM_FUNCTION', scopes: [SCOPES.email] } as const;

function user(ctx: RuntimeContext, email: string): User {
  const impl: Pick<User, 'getEmail'> = { getEmail: () => email };
  return service<User>('User', impl, { ctx, defaultAccess: IDENTITY });
}

export function createSession(ctx: RuntimeContext, scriptTimeZone: string): Session {
  const visibleEmail = (): string => (ctx.authMode === 'FULL' ? ctx.user.email : '');
  const impl: Pick<
    Session,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getActiveUserLocale'
    | 'getScriptTimeZone'
    | 'getTemporaryActiveUserKey'
  > = {
    getActiveUser: () => user(ctx, visibleEmail()),
    getEffectiveUser: () => user(ctx, visibleEmail()),
    getActiveUserLocale: () => ctx.user.locale,
    getScriptTimeZone: () => scriptTimeZone,
    // Stable per user and script, and reveals nothing of the email.
    getTemporaryActiveUserKey: () =>
      createHash('sha256')
        .update(`local-script:${ctx.user.email}`)
        .digest('base64url')
        .slice(0, 43),
  };
  return service<Session>('Session', impl, {
    ctx,
    defaultAccess: 'CUSTOM_FUNCTION',
    access: { getActiveUser: IDENTITY, getEffectiveUser: IDENTITY },
  });
}
