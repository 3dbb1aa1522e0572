// Sidebars and dialogs the script showed (Ui.showSidebar, showModalDialog…), each in a
// sandboxed iframe like Apps Script's, and the page's half of google.script.run: the iframe's
// shim (gas-shim.ts) posts {gas-run}, the page calls POST /api/run and posts the answer back.
// Alerts and toasts the script raised are shown too.
import { api, type UiDelta } from './api';
import { byId, el } from './dom';

/** What the page does after a script ran: show what it showed, and refresh the sheet. */
export type AfterRun = (ui: UiDelta | undefined) => void;

const SANDBOX = 'allow-scripts allow-forms allow-popups allow-modals';

export class Dialogs {
  private readonly sidebar = byId('sidebar');
  private readonly sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');
  private readonly modal = byId<HTMLDialogElement>('modal');

  constructor(private readonly afterRun: AfterRun) {
    window.addEventListener('message', (e) => void this.onMessage(e));
    byId('sidebar-close').addEventListener('click', () => this.closeSidebar());
    byId('modal-close').addEventListener('click', () => this.modal.close());
  }

  /** Shows the sidebars, dialogs, alerts and toasts of one execution. */
  show(ui: UiDelta | undefined): void {
    if (!ui) return;
    for (const d of ui.dialogs) {
      if (d.kind === 'sidebar') {
        byId('sidebar-title').textContent = d.title || 'Add-on';
        this.sidebarFrame.title = `Sidebar: ${d.title || 'add-on'}`;
        this.sidebarFrame.src = d.url;
        this.sidebar.hidden = false;
      } else {
        byId('modal-title').textContent = d.title;
        const frame = el('iframe', { sandbox: SANDBOX, src: d.url, title: `Dialog: ${d.title}` });
        byId('modal-body').replaceChildren(frame);
        if (!this.modal.open) this.modal.showModal();
      }
    }
    for (const a of ui.alerts) toast(`${a.title ? `${a.title}: ` : ''}${a.prompt}`, 'alert');
    for (const t of ui.toasts) toast(`${t.title ? `${t.title}: ` : ''}${t.message}`);
  }

  closeSidebar(): void {
    this.sidebar.hidden = true;
    this.sidebarFrame.removeAttribute('src');
  }

  private frames(): HTMLIFrameElement[] {
    return [this.sidebarFrame, ...Array.from(this.modal.querySelectorAll('iframe'))];
  }

  private async onMessage(e: MessageEvent): Promise<void> {
    const frame = this.frames().find((f) => f.contentWindow === e.source);
    const data = e.data as {
      type?: string;
      id?: number;
      functionName?: string;
      args?: unknown[];
    } | null;
    if (!frame || !data?.type) return;
    if (data.type === 'gas-close') {
      if (frame === this.sidebarFrame) this.closeSidebar();
      else this.modal.close();
      return;
    }
    if (data.type !== 'gas-run') return;
    let answer: { result?: unknown; error?: string };
    try {
      const reply = await api.run(String(data.functionName), data.args ?? [], 'client');
      answer = reply.error !== undefined ? { error: reply.error } : { result: reply.result };
      this.afterRun(reply.ui);
    } catch (error) {
      answer = { error: (error as Error).message };
    }
    frame.contentWindow?.postMessage({ type: 'gas-answer', id: data.id, ...answer }, '*');
  }
}

/** A short message at the bottom of the page (also read out by screen readers). */
export function toast(message: string, kind: 'info' | 'alert' | 'error' = 'info'): void {
  const box = byId('toasts');
  const item = el('div', {
    class: `toast ${kind}`,
    role: kind === 'info' ? 'status' : 'alert',
    text: message,
  });
  box.append(item);
  setTimeout(() => item.remove(), kind === 'info' ? 4000 : 8000);
}

export { SANDBOX };
