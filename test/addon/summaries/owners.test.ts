// Who sends and to whom: one trigger per document owned by the user who enabled the summaries,
// seen (not duplicated) by other editors; recipients another editor adds get nothing until the
// owner approves them; re-authorisation stops the runs cleanly; a failure mails the owner at most
// once a day.
import { LocalWorkbook } from '../../../local/workbook';
import {
  countByRecipient,
  EDITOR,
  LEADS,
  OWNER,
  session,
} from '../../../local/harness/summaries-session';
import { runSetupPage } from '../../../local/harness/setup-page';
import { repsAndRelevanceTests } from './reps-relevance';

const CEO = 'ceo@example.com';
const OUTSIDER = 'outsider@elsewhere.example';

describe('one trigger per document', () => {
  test('enabling twice keeps one trigger; another editor sees the owner and adds none', () => {
    const s = session();
    s.save({ enabled: true });
    s.save({ enabled: true, hour: 9 });
    expect(s.runtime.state.triggers).toHaveLength(1);
    expect(s.runtime.state.triggers[0]).toMatchObject({
      handler: 'onScheduleTick',
      owner: { email: OWNER.email },
      schedule: { kind: 'hours', every: 1 },
    });
    const editor = s.save({ hour: 10 }, EDITOR);
    expect(editor.language).toBe('fr');
    expect(editor.trigger).toEqual({ installed: true, owner: OWNER.email, mine: false });
    expect(editor.canApprove).toBe(false);
    expect(s.runtime.state.triggers).toHaveLength(1);
    expect(s.view().trigger).toEqual({ installed: true, owner: OWNER.email, mine: true });
  });

  test('disabling removes the owner’s trigger; an editor’s disabling lets it remove itself', () => {
    const s = session();
    s.save({ enabled: true });
    s.save({ enabled: false });
    expect(s.runtime.state.triggers).toHaveLength(0);
    expect(s.view().trigger).toEqual({ installed: false, mine: false });

    s.save({ enabled: true });
    s.save({ enabled: false }, EDITOR);
    expect(s.runtime.state.triggers).toHaveLength(1);
    s.hours(1);
    expect(s.runtime.state.triggers).toHaveLength(0);
    expect(s.outbox()).toHaveLength(0);
  });
});

test('disabling the summaries keeps the trigger while another job (hourly alerts) needs it', () => {
  const s = session();
  s.save({ enabled: true });
  s.runtime.state.propertyStore('document', '').set('salesKpi.alerts.hourly', 'true');
  s.save({ enabled: false });
  expect(s.runtime.state.triggers).toHaveLength(1);
  expect(s.view().trigger.installed).toBe(true);
});

describe('approval by the trigger owner', () => {
  test('a recipient another editor adds gets nothing until the owner approves', () => {
    const s = session();
    s.save({ enabled: true, company: [{ email: CEO, language: 'en' }] });
    s.approveAll();
    // Another editor adds an address of their own choosing.
    const editor = s.save(
      {
        company: [
          { email: CEO, language: 'en' },
          { email: OUTSIDER, language: 'en' },
        ],
      },
      EDITOR,
    );
    expect(editor.recipients.find((r) => r.email === OUTSIDER)?.approval).toBe('awaiting');
    expect(() => s.approveAll(EDITOR)).toThrow(
      `Seul ${OWNER.email}, propriétaire du déclencheur des résumés de ce classeur, peut approuver`,
    );
    expect(() => s.sendNow(EDITOR)).toThrow(
      'peut approuver les destinataires et envoyer maintenant',
    );

    s.hours(2);
    expect(countByRecipient(s.outbox())).toEqual(
      Object.fromEntries([...LEADS, CEO].map((e) => [e, 1])),
    );
    const owner = s.view();
    expect(owner.runs[0]).toMatchObject({ sent: 4, awaiting: 1 });
    expect(owner.recipients.filter((r) => r.approval === 'awaiting').map((r) => r.email)).toEqual([
      OUTSIDER,
    ]);
    s.hours(24);
    expect(s.outbox().some((e) => e.to.includes(OUTSIDER))).toBe(false);

    // The owner approves: the next hourly run sends this week's summary to them, once.
    s.approveAll();
    s.hours(1);
    expect(s.outbox().filter((e) => e.to.includes(OUTSIDER))).toHaveLength(1);
    s.hours(24);
    expect(s.outbox()).toHaveLength(5);
  });

  test('team leads need the owner’s approval too (the Teams sheet is anyone’s to edit)', () => {
    const s = session();
    s.save({ enabled: true });
    s.hours(2);
    expect(s.outbox()).toHaveLength(0);
    expect(s.view().runs[0]).toMatchObject({ sent: 0, awaiting: 3 });
    expect(s.workbook.getValues('Summary log', 1, 3, 1, 3)[0]).toEqual([0, 0, 3]);
  });
});

describe('re-authorisation', () => {
  test('while the owner must authorise again, nothing is sent and the page says so', () => {
    const s = session();
    s.save({ enabled: true, company: [{ email: CEO, language: 'en' }] });
    s.approveAll();
    s.runtime.state.setNeedsReauthorization(OWNER.email, true);
    s.hours(3);
    expect(s.outbox()).toHaveLength(0);
    const view = s.view();
    expect(view.reauthorizationNeeded).toBe(true);
    expect(view.tick?.outcome).toBe('reauthorization needed');
    s.runtime.state.setNeedsReauthorization(OWNER.email, false);
    s.hours(1);
    expect(s.outbox()).toHaveLength(4);
    expect(s.view().reauthorizationNeeded).toBe(false);
  });
});

describe('failures', () => {
  test('a failed run is logged and mails the owner at most once a day', () => {
    // A small workbook of its own: the test deletes its Teams sheet.
    const s = session(new LocalWorkbook({ timeZone: 'Europe/Paris', locale: 'en_US' }));
    runSetupPage(s.runtime);
    s.workbook.setInputs('Teams', 1, 0, [['North', 'Nina', 'nina@example.com']]);
    s.save({ enabled: true });
    s.approveAll();
    s.workbook.deleteSheet('Teams');
    s.hours(40); // to Tuesday 23:30 in Paris: the failure of Monday, then of Tuesday
    const mails = s.outbox();
    expect(mails.map((m) => [m.to[0], m.subject])).toEqual([
      [OWNER.email, 'Sales KPI: the email summaries of "Untitled spreadsheet" failed'],
      [OWNER.email, 'Sales KPI: the email summaries of "Untitled spreadsheet" failed'],
    ]);
    expect(mails[0].body).toContain('The Teams sheet is missing: run "Set up KPI workbook".');
    expect(mails[0].htmlBody).toBeUndefined();
    expect(mails.map((m) => m.sentAt.slice(0, 13))).toEqual(['2026-11-16T07', '2026-11-16T23']);
    const view = s.view();
    // Logged once (the same failure each hour is not a new line); the tick says error too.
    expect(view.runs.map((r) => r.error)).toEqual([
      'The Teams sheet is missing: run "Set up KPI workbook".',
    ]);
    expect(view.tick?.outcome).toBe('error');
    expect(view.workbookReady).toBe(false);
    expect(s.workbook.getValue('Summary log', 1, 6)).toBe(
      'The Teams sheet is missing: run "Set up KPI workbook".',
    );
  });
});

// Issue 15: reps' personal summaries and the KPI relevance review, on this file's demo.
repsAndRelevanceTests();
