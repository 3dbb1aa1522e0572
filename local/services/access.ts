// Which authorisation mode a service method needs. Google's modes form a ladder
// NONE < CUSTOM_FUNCTION < LIMITED < FULL, and every service method the add-on uses has a lowest
// rung (see README-services.md for the table and the Google pages it follows):
// - NONE: only the add-on menu (SpreadsheetApp.getUi) and logging. Google: "A mode that does not
//   allow access to any services that require authorization"; its own example shows properties
//   failing there. We deny every other service here so code that works locally works at Google.
// - CUSTOM_FUNCTION: the services Google lists for custom functions (Cache, HTML, Lock, Properties
//   reads, Utilities, Session with a blank email) and read-only SpreadsheetApp.
// - LIMITED: simple triggers of an add-on used in the document: also property writes and
//   ScriptApp.getAuthorizationInfo, but no mail and no triggers.
// - FULL: everything (menu items, sidebars, installable triggers).
// On top of the mode, a method whose reference page lists OAuth scopes needs one of them among
// the manifest's `oauthScopes` (checkScopes), in every mode: Google throws "You do not have
// permission to call X. Required permissions: <scope>" when a manifest leaves it out.
import { permissionError, type AuthModeName, type RuntimeContext } from '../runtime/context';

const RANK: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 2, FULL: 3 };

/** A minimum mode, optionally with the OAuth scopes Google names in its permission error. */
export type AccessRule = AuthModeName | { min: AuthModeName; scopes: readonly string[] };

export function allows(mode: AuthModeName, rule: AccessRule): boolean {
  const min = typeof rule === 'string' ? rule : rule.min;
  return RANK[mode] >= RANK[min];
}

export const SCOPES = {
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
} as const;

/** The scopes of a rule (none for a bare mode). */
export function scopesOf(rule: AccessRule | undefined): readonly string[] | undefined {
  return typeof rule === 'object' ? rule.scopes : undefined;
}

/**
 * Throws Google's permission error, and records the refusal, when the method needs one of
 * `scopes` and the manifest grants none of them. Recorded because the script may catch the error
 * (the add-on's email lookup does): a test can still see that the manifest lacks a scope.
 */
export function checkScopes(
  ctx: RuntimeContext,
  what: string,
  scopes: readonly string[] | undefined,
): void {
  const granted = ctx.grantedScopes;
  if (!granted || !scopes?.length || scopes.some((s) => granted.has(s))) return;
  ctx.scopeRefusals?.push({ method: what, scopes: [...scopes] });
  throw permissionError(what, scopes);
}
