// The panels under the grid: emails the script sent (HTML bodies rendered in a sandboxed iframe
// with no scripts), time-driven triggers with a control that advances the simulated clock and
// fires what comes due, and the service call counts with the latest executions.
import { api, type TriggersInfo } from './api';
import { byId, el } from './dom';
import { toast } from './dialogs';

type Trigger = TriggersInfo['triggers'][number];
// Sunday first, as getUTCDay counts (the trigger schedules store that index).
/** Times are shown in the spreadsheet's time zone, as Sheets and Apps Script show them. */
let zone: string | undefined;
export const setTimeZone = (timeZone: string): void => {
  zone = timeZone;
};
const when = (time: string | number): string =>
  new Date(time).toLocaleString('en-US', {
    timeZone: zone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class Panels {
  constructor(private readonly afterClock: () => void) {
    const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('#panel-tabs [role=tab]'));
    for (const tab of tabs) {
      tab.addEventListener('click', () => {
        for (const t of tabs) {
          const selected = t === tab;
          t.setAttribute('aria-selected', String(selected));
          byId(t.getAttribute('aria-controls') as string).hidden = !selected;
        }
        void this.refresh();
      });
    }
    byId<HTMLFormElement>('clock-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.advance(Number(byId<HTMLInputElement>('clock-minutes').value));
    });
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-advance]'))) {
      b.addEventListener('click', () => void this.advance(Number(b.dataset.advance)));
    }
    byId('stats-reset').addEventListener(
      'click',
      () => void api.resetStats().then(() => this.refresh()),
    );
  }

  /** Reloads every panel (after anything ran). */
  async refresh(): Promise<void> {
    try {
      await Promise.all([this.outbox(), this.triggers(), this.stats()]);
    } catch (error) {
      toast((error as Error).message, 'error');
    }
  }

  private async outbox(): Promise<void> {
    const { emails, dailyLimit } = await api.outbox();
    byId('outbox-count').textContent = String(emails.length);
    const list = byId('outbox-list');
    if (emails.length === 0) {
      list.replaceChildren(
        el('p', {
          class: 'empty',
          text: `No email sent yet (daily quota: ${dailyLimit} recipients).`,
        }),
      );
      return;
    }
    list.replaceChildren(
      ...[...emails].reverse().map((m) => {
        const body = m.htmlBody
          ? el('iframe', {
              sandbox: '',
              srcdoc: m.htmlBody,
              title: `Email: ${m.subject}`,
              class: 'email-html',
            })
          : el('pre', { class: 'email-text', text: m.body });
        return el(
          'details',
          { class: 'email' },
          el(
            'summary',
            {},
            el('strong', { text: m.subject || '(no subject)' }),
            ` to ${[...m.to, ...m.cc].join(', ')} · ${when(m.sentAt)}`,
          ),
          el('p', {
            class: 'meta',
            text: `From ${m.name ? `${m.name} <${m.from}>` : m.from}${m.bcc.length ? ` · Bcc ${m.bcc.join(', ')}` : ''}${m.attachments.length ? ` · ${m.attachments.length} attachment(s)` : ''}`,
          }),
          body,
        );
      }),
    );
  }

  private async triggers(): Promise<void> {
    const info = await api.triggers();
    zone = info.timeZone;
    byId('clock-now').textContent = `${when(info.now)} (${info.timeZone})`;
    byId('triggers-count').textContent = String(info.triggers.length);
    const rows = info.triggers.map((t) =>
      el(
        'tr',
        {},
        el('td', { text: t.handler }),
        el('td', { text: describe(t) }),
        el('td', { text: t.nextFire ? when(t.nextFire) : '—' }),
        el('td', { text: t.lastFired ? when(t.lastFired) : '—' }),
        el('td', { text: t.owner.email }),
      ),
    );
    byId('triggers-body').replaceChildren(
      ...(rows.length
        ? rows
        : [el('tr', {}, el('td', { colspan: 5, class: 'empty', text: 'No trigger installed.' }))]),
    );
  }

  private async advance(minutes: number): Promise<void> {
    try {
      const answer = await api.advanceClock(minutes);
      const lines = answer.fired.map((f) =>
        el('li', {
          class: f.error ? 'failed' : '',
          text: `${when(f.firedAt)} ${f.handler}: ${f.error ? `failed: ${f.error}` : 'ran'}`,
        }),
      );
      byId('clock-result').replaceChildren(
        el('p', {
          text: `Clock moved to ${when(answer.now)}; ${answer.fired.length} trigger run(s)${answer.truncated ? ' (stopped at the limit)' : ''}.`,
        }),
        el('ul', {}, ...lines),
      );
      this.afterClock();
      await this.refresh();
    } catch (error) {
      toast((error as Error).message, 'error');
    }
  }

  private async stats(): Promise<void> {
    const stats = await api.stats();
    byId('stats-total').textContent = String(stats.total);
    byId('stats-body').replaceChildren(
      ...Object.entries(stats.calls).map(([op, n]) =>
        el('tr', {}, el('td', { text: op }), el('td', { class: 'num', text: String(n) })),
      ),
    );
    byId('executions-list').replaceChildren(
      ...[...stats.executions].reverse().map((x) =>
        el('li', {
          class: x.error ? 'failed' : '',
          text: `${x.functionName} (${x.authMode})${x.error ? `: ${x.error}` : ''}${x.log.length ? ` — ${x.log.join(' | ')}` : ''}`,
        }),
      ),
    );
  }
}

function describe(t: Trigger): string {
  const s = t.schedule;
  const at = (h: number, m: number): string =>
    `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  switch (s.kind) {
    case 'minutes':
      return `every ${s.every} minute(s)`;
    case 'hours':
      return `every ${s.every} hour(s)`;
    case 'days':
      return `every ${s.every} day(s) at ${at(s.hour, s.minute)}`;
    case 'weeks':
      return `every ${s.every} week(s) on ${WEEKDAYS[s.weekday] ?? s.weekday} at ${at(s.hour, s.minute)}`;
    case 'monthDay':
      return `monthly on day ${s.day} at ${at(s.hour, s.minute)}`;
    case 'once':
      return `once at ${when(s.atMs)}`;
  }
}
