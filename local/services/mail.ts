// MailApp: every form of sendEmail, recorded in LocalState's outbox instead of sent, with Google's
// daily recipient quota (100 per user for consumer accounts; each to/cc/bcc address counts). The
// quotas page says quotas are "per user and reset 24 hours after the first request": a calendar
// day would let a script send 100 at 23:59 and 100 more at 00:01, so the quota counts the
// recipients of the last 24 hours, a rolling window (never kinder than either reading).
import type { RuntimeContext } from '../runtime/context';
import type { LocalState, SentAttachment, SentEmail } from '../runtime/state';
import { SCOPES } from './access';
import { localBlobOf } from './blob';
import { service } from './unimplemented';

type MailApp = GoogleAppsScript.Mail.MailApp;
type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
const ACCESS = { min: 'FULL', scopes: [SCOPES.sendMail] } as const;
// "Name <address>" or a bare address; deliberately loose, like Gmail's own check.
const ADDRESS =
  /^(?:[^<>]*<\s*([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)\s*>|([^\s<>@,]+@[^\s<>@]+\.[^\s<>@,]+))$/;

/** Normalises the four sendEmail forms to one message. */
function messageOf(args: unknown[]): Message {
  const [a, b, c, d] = args;
  if (args.length === 1 && typeof a === 'object' && a !== null) return { ...(a as Message) };
  if (args.length === 4 && [a, b, c, d].every((x) => typeof x === 'string')) {
    return { to: a as string, replyTo: b as string, subject: c as string, body: d as string };
  }
  const options = (typeof d === 'object' && d !== null ? d : {}) as Message;
  return { ...options, to: a as string, subject: b as string, body: c as string };
}

function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = ADDRESS.exec(entry);
      if (!m) throw new Error(`Invalid email: ${entry}`);
      return entry;
    });
}

function attachment(source: unknown): SentAttachment {
  let blob = localBlobOf(source);
  if (!blob && typeof (source as { getBlob?: unknown })?.getBlob === 'function') {
    blob = localBlobOf((source as GoogleAppsScript.Base.BlobSource).getBlob());
  }
  if (!blob)
    throw new Error(
      'not implemented in the local runtime: MailApp attachments other than Utilities.newBlob blobs',
    );
  const data = blob.buffer();
  return {
    name: blob.getName(),
    contentType: blob.getContentType(),
    size: data.length,
    base64: data.toString('base64'),
  };
}

const WINDOW_MS = 24 * 3_600_000;

/** The ledger key of one send: "<email>|<epoch ms>". */
function sendKey(email: string, atMs: number): string {
  return `${email}|${atMs}`;
}

/** Recipients the user mailed in the 24 hours before `nowMs`; drops older ledger entries. */
function usedInWindow(state: LocalState, email: string, nowMs: number): number {
  let used = 0;
  for (const [key, count] of state.mail.used) {
    const cut = key.lastIndexOf('|');
    const atMs = Number(key.slice(cut + 1));
    if (!Number.isFinite(atMs) || atMs <= nowMs - WINDOW_MS) {
      state.mail.used.delete(key);
    } else if (key.slice(0, cut) === email && atMs <= nowMs) {
      used += count;
    }
  }
  return used;
}

export function createMailApp(ctx: RuntimeContext, state: LocalState): MailApp {
  const remaining = (): number =>
    Math.max(0, state.mail.dailyLimit - usedInWindow(state, ctx.user.email, ctx.clock.nowMs()));

  const impl = {
    getRemainingDailyQuota: remaining,
    sendEmail(...args: unknown[]): void {
      const m = messageOf(args);
      const to = addresses(m.to);
      const cc = addresses(m.cc);
      const bcc = addresses(m.bcc);
      const count = to.length + cc.length + bcc.length;
      if (count === 0) throw new Error('Failed to send email: no recipient');
      const subject = String(m.subject ?? '');
      if (/[\r\n]/.test(subject))
        throw new Error('Invalid argument: subject (line breaks are not allowed)');
      if (count > remaining()) throw new Error(QUOTA_EXCEEDED);
      const sent: SentEmail = {
        id: state.nextMailId(),
        sentAt: ctx.clock.now().toISOString(),
        from: ctx.user.email,
        noReply: Boolean(m.noReply),
        to,
        cc,
        bcc,
        subject,
        body: String(m.body ?? ''),
        attachments: (m.attachments ?? []).map(attachment),
        inlineImages: Object.fromEntries(
          Object.entries(m.inlineImages ?? {}).map(([key, source]) => [key, attachment(source)]),
        ),
      };
      if (m.name !== undefined) sent.name = String(m.name);
      if (m.replyTo !== undefined) sent.replyTo = addresses(m.replyTo).join(', ');
      if (m.htmlBody !== undefined) sent.htmlBody = String(m.htmlBody);
      state.outbox.push(sent);
      const key = sendKey(ctx.user.email, ctx.clock.nowMs());
      state.mail.used.set(key, (state.mail.used.get(key) ?? 0) + count);
    },
  } satisfies Pick<MailApp, 'getRemainingDailyQuota'> & { sendEmail(...args: unknown[]): void };
  return service<MailApp>('MailApp', impl, { ctx, defaultAccess: ACCESS });
}
