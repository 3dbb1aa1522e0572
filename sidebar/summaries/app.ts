// The email-summaries page's controller: loads the view, keeps the form being edited, and runs
// the server actions (save, approve, preview, send now), one at a time, reporting each outcome
// in the live regions.
import type {
  SummariesServer,
  SummariesView,
  SummaryPreview,
  SummarySettingsInput,
} from '../../src/server/summaries-contract';
import type { Busy } from '../../src/server/busy-contract';
import { h, replace } from '../shared/dom';
import { isBusy, SidebarPage, type Framing } from '../shared/page';
import { createServer } from '../shared/server';
import type { Ctx } from './context';
import { previewSection } from './preview-view';
import { recipientsSection } from './recipients-view';
import { runsSection } from './runs-view';
import { scheduleSection, statusSection } from './schedule-view';
import type { TextKey } from './texts';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export class SummariesApp extends SidebarPage<TextKey> {
  private view: SummariesView | null = null;
  private form!: SummarySettingsInput;
  private errors: Record<number, string> = {};
  private previewId = '';
  private previewed: SummaryPreview | null = null;

  private readonly server = createServer<SummariesServer>();

  async start(): Promise<void> {
    const view = await this.open(
      () => this.server.summariesInit(),
      (message) => this.t('app.loadFailed', { message }),
    );
    if (view) this.load(view);
  }

  private load(view: SummariesView): void {
    this.view = view;
    this.speak(view.language);
    this.form = JSON.parse(JSON.stringify(view.settings)) as SummarySettingsInput;
    this.errors = {};
    this.render();
  }

  private ctx(): Ctx {
    const view = this.view!;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const app = this;
    return {
      view,
      // Read live: a handler runs after later edits than the render that made it.
      get form() {
        return app.form;
      },
      get dirty() {
        return JSON.stringify(app.form) !== JSON.stringify(view.settings);
      },
      lang: this.lang,
      t: this.t,
      busy: this.busy,
      errors: this.errors,
      previewId: this.previewId,
      previewed: this.previewed,
      set: (patch, redraw) => {
        this.form = { ...this.form, ...patch };
        if (redraw) this.render();
      },
      save: () => void this.save(),
      approve: (emails) => void this.approve(emails),
      sendNow: () => void this.sendNow(),
      preview: (id) => void this.preview(id),
      choosePreview: (id) => {
        this.previewId = id;
      },
    };
  }

  private render(): void {
    const view = this.view;
    if (!view) return;
    this.root.setAttribute('aria-busy', String(this.busy));
    const header = h(
      'header',
      { class: 'app-header' },
      h('h1', { id: 'app-title' }, this.t('title')),
    );
    if (!view.workbookReady) {
      replace(this.root, header, h('p', { class: 'note' }, this.t('app.notReady')));
      return;
    }
    const ctx = this.ctx();
    replace(
      this.root,
      header,
      statusSection(ctx),
      scheduleSection(ctx),
      recipientsSection(ctx),
      previewSection(ctx),
      runsSection(ctx),
    );
  }

  /** Client-side check of the company list; the server checks everything again. */
  private validate(): boolean {
    this.errors = {};
    this.form.company.forEach((c, i) => {
      if (!EMAIL.test(c.email.trim().toLowerCase()))
        this.errors[i] = this.t('invalid.email', { n: i + 1 });
    });
    return Object.keys(this.errors).length === 0;
  }

  private async save(): Promise<void> {
    const form = this.trimmedForm();
    if (!form) return;
    // The outcome names the state saved: "Saved." alone once hid that summaries were still off.
    await this.change(
      () => this.server.summariesSave(form),
      (view) => (view.settings.enabled ? 'actions.savedOn' : 'actions.savedOff'),
      'actions.saving',
    );
  }

  /** The form to send, company emails trimmed; null (errors shown) when it does not pass. */
  private trimmedForm(): SummarySettingsInput | null {
    const form: SummarySettingsInput = {
      ...this.form,
      company: this.form.company.map((c) => ({ ...c, email: c.email.trim() })),
      reps: this.form.reps.map((r) => ({ ...r, name: r.name.trim(), email: r.email.trim() })),
    };
    this.form = form;
    if (this.validate()) return form;
    this.render();
    this.alert(Object.values(this.errors).join(' '));
    return null;
  }

  /**
   * Approving never discards the form: unsaved edits travel with the approval and are saved
   * first (checked as Save checks them), and the outcome says so.
   */
  private async approve(emails: string[]): Promise<void> {
    if (!this.ctx().dirty) {
      await this.change(() => this.server.summariesApprove(emails), 'approve.done');
      return;
    }
    const form = this.trimmedForm();
    if (!form) return;
    await this.change(
      () => this.server.summariesApprove(emails, form),
      'approve.savedAndDone',
      'actions.saving',
    );
  }

  private async sendNow(): Promise<void> {
    if (this.ctx().dirty) return this.alert(this.t('actions.unsaved'));
    const result = await this.act(() => this.server.summariesSendNow(), 'actions.sending');
    if (!result) return;
    this.load(result.view);
    if (isBusy(result)) this.showBusy(result);
    else if (result.run?.error) this.alert(this.t('actions.failed', { message: result.run.error }));
    else if (result.run) this.status(this.t('actions.sent', { ...result.run }));
  }

  private async preview(id: string): Promise<void> {
    this.previewId = id;
    const previewed = await this.act(() => this.server.summariesPreview(id), 'preview.loading');
    if (!previewed) return;
    this.previewed = previewed;
    this.render();
  }

  /** A server call that answers a new view, then the words of what was done. */
  private async change(
    call: () => Promise<SummariesView | Busy>,
    done: TextKey | ((view: SummariesView) => TextKey),
    doing?: TextKey,
  ): Promise<void> {
    const view = await this.act(call, doing);
    if (!view) return;
    if (isBusy(view)) return this.showBusy(view);
    this.load(view);
    this.status(this.t(typeof done === 'function' ? done(view) : done));
  }

  /** One action at a time: the page redrawn with its buttons disabled while it runs. */
  private act<R>(run: () => Promise<R>, doing?: TextKey): Promise<R | undefined> {
    return this.call(doing ? this.t(doing) : '', run, this.redraw, this.failed);
  }

  private readonly redraw = (busy: boolean): void => {
    this.busy = busy;
    this.render();
  };

  private readonly failed: Framing = (message) => this.t('actions.failed', { message });
}
