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
import type { AuthModeName } from '../runtime/context';

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
} as const;
