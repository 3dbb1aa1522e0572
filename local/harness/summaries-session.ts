// The built add-on on the demo workbook (sample data ending Monday 16 November 2026, set up once
// per test file), with a fresh runtime state (properties, triggers, outbox, clock) per test, and
// the settings page's calls as the owner or another editor make them.
import type { LocalUser } from '../runtime/context';
import type { SentEmail } from '../runtime/state';
import { LocalWorkbook } from '../workbook';
import type {
  SendNowResult,
  SummariesView,
  SummarySettingsInput,
} from '../../src/server/summaries-contract';
import { addonHarness, type AddonHarness } from './addon-runtime';
import { runSetupPage } from './setup-page';

/** Monday 16 November 2026, 07:30 in Paris: half an hour before the default 8 o'clock. */
export const START = new Date('2026-11-16T06:30:00Z');
export const OWNER: LocalUser = { email: 'manager@example.com', locale: 'en' };
export const EDITOR: LocalUser = { email: 'editor@example.com', locale: 'fr_FR' };
export const LEADS = [
  'thomas.richard@example.com',
  'emma.simon@example.com',
  'camille.martin@example.com',
];

let shared: LocalWorkbook | undefined;

/** The demo workbook, set up with sample data once (it takes seconds). */
export function demoWorkbook(): LocalWorkbook {
  if (!shared) {
    const h = addonHarness();
    h.runtime.clock.set(START);
    runSetupPage(h.runtime, true);
    shared = h.workbook;
  }
  return shared;
}

export interface Session extends AddonHarness {
  view(user?: LocalUser): SummariesView;
  save(patch: Partial<SummarySettingsInput>, user?: LocalUser): SummariesView;
  approveAll(user?: LocalUser): SummariesView;
  /** The Approve button of each of these addresses. */
  approve(emails: string[], user?: LocalUser): SummariesView;
  sendNow(user?: LocalUser): SendNowResult;
  /** Moves the clock an hour at a time, firing the triggers that come due (as Google would). */
  hours(count: number): void;
  outbox(): SentEmail[];
}

export function session(workbook: LocalWorkbook = demoWorkbook()): Session {
  const h = addonHarness({ workbook });
  h.runtime.clock.set(START);
  const run = <T>(fn: string, args: unknown[], user = OWNER): T =>
    h.runtime.run(fn, args, { user }) as T;
  const s: Session = {
    ...h,
    view: (user) => run<SummariesView>('summariesInit', [], user),
    save(patch, user) {
      const current = s.view(user).settings;
      return run<SummariesView>('summariesSave', [{ ...current, ...patch }], user);
    },
    approveAll(user) {
      const pending = s.view(user).recipients.filter((r) => r.approval === 'awaiting');
      return run<SummariesView>('summariesApprove', [pending.map((r) => r.email)], user);
    },
    approve: (emails, user) => {
      let view = s.view(user);
      for (const email of emails) view = run<SummariesView>('summariesApprove', [[email]], user);
      return view;
    },
    sendNow: (user) => run<SendNowResult>('summariesSendNow', [], user),
    hours(count) {
      for (let i = 0; i < count; i++) {
        h.runtime.clock.advanceMinutes(60);
        for (const firing of h.runtime.fireDueTriggers())
          if (firing.error) throw new Error(`${firing.handler}: ${firing.error}`);
      }
    },
    outbox: () => h.runtime.state.outbox,
  };
  return s;
}

/** Emails sent to each address. */
export function countByRecipient(emails: readonly SentEmail[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of emails) for (const to of e.to) out[to] = (out[to] ?? 0) + 1;
  return out;
}
