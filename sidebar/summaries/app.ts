// The email-summaries page's controller: loads the view, keeps the form being edited, and runs
// the server actions (save, approve, preview, send now), one at a time, reporting each outcome
// in the live regions.
import type {
  SummariesServer,
  SummariesView,
  SummaryPreview,
  SummarySettingsInput,
} from '../../src/server/summaries-contract';
import { byId, h, replace } from '../shared/dom';
import { languageOf, translator, type Language, type Translate } from '../shared/i18n';
import type { Busy } from '../../src/server/busy-contract';
import { isBusy } from '../shared/page';
import { createServer, serverMessage, type Promisified } from '../shared/server';
import type { Ctx } from './context';
import { previewSection } from './preview-view';
import { recipientsSection } from './recipients-view';
import { runsSection } from './runs-view';
import { scheduleSection, statusSection } from './schedule-view';
import { MESSAGES, type TextKey } from './texts';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export class SummariesApp {
  private view: SummariesView | null = null;
  private form!: SummarySettingsInput;
  private lang: Language;
  private t: Translate<TextKey>;
  private busy = false;
  private errors: Record<number, string> = {};
  private previewId = '';
  private previewed: SummaryPreview | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Promisified<SummariesServer> = createServer<SummariesServer>(),
  ) {
    this.lang = languageOf(navigator.language);
    this.t = translator(MESSAGES, this.lang);
  }

  async start(): Promise<void> {
    this.say(this.t('app.loading'));
    try {
      this.load(await this.server.summariesInit());
      this.say('');
    } catch (error) {
      this.say('');
      this.alert(this.t('app.loadFailed', { message: serverMessage(error) }));
    }
  }

  private load(view: SummariesView): void {
    this.view = view;
    this.lang = view.language;
    this.t = translator(MESSAGES, this.lang);
    document.documentElement.lang = this.lang;
    byId('app-title').textContent = this.t('app.title');
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
    if (!view.workbookReady) {
      replace(this.root, h('p', { class: 'note' }, this.t('app.notReady')));
      return;
    }
    const ctx = this.ctx();
    replace(
      this.root,
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
    await this.act(
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
      await this.act(() => this.server.summariesApprove(emails), 'approve.done');
      return;
    }
    const form = this.trimmedForm();
    if (!form) return;
    await this.act(
      () => this.server.summariesApprove(emails, form),
      'approve.savedAndDone',
      'actions.saving',
    );
  }

  private async sendNow(): Promise<void> {
    if (this.ctx().dirty) return this.alert(this.t('actions.unsaved'));
    await this.run(async () => {
      const result = await this.server.summariesSendNow();
      this.load(result.view);
      if (isBusy(result)) this.alert(result.message);
      else if (result.run?.error)
        this.alert(this.t('actions.failed', { message: result.run.error }));
      else if (result.run) this.say(this.t('actions.sent', { ...result.run }));
    }, 'actions.sending');
  }

  private async preview(id: string): Promise<void> {
    await this.run(async () => {
      this.previewId = id;
      this.previewed = await this.server.summariesPreview(id);
      this.say('');
    }, 'preview.loading');
  }

  /** A server call that answers a new view. */
  private async act(
    call: () => Promise<SummariesView | Busy>,
    done: TextKey | ((view: SummariesView) => TextKey),
    doing?: TextKey,
  ) {
    await this.run(async () => {
      const view = await call();
      if (isBusy(view)) return this.alert(view.message);
      this.load(view);
      this.say(this.t(typeof done === 'function' ? done(view) : done));
    }, doing);
  }

  /** One action at a time: buttons disabled while it runs, its failure shown. */
  private async run(action: () => Promise<void>, doing?: TextKey): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.alert('');
    if (doing) this.say(this.t(doing));
    this.render();
    try {
      await action();
    } catch (error) {
      this.say('');
      this.alert(this.t('actions.failed', { message: serverMessage(error) }));
    } finally {
      this.busy = false;
      this.render();
    }
  }

  private say(text: string): void {
    byId('status').textContent = text;
  }

  private alert(text: string): void {
    byId('alerts').textContent = text;
  }
}
