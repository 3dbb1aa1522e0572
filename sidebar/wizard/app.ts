// The wizard's controller: loads the init data, shows the list of objectives or the six SMART
// steps, moves between steps (validating each step on the client, then asking the server's
// wizardMeasure and wizardCheck), saves, edits and deletes. State lives here; the step views
// only read it and report edits through View.set.
import type {
  CheckResult,
  MeasureResult,
  ObjectiveSummary,
  ReviewDecision,
  WizardInit,
  WizardReviews,
  WizardServer,
} from '../../src/server/wizard-contract';
import { byId, h, replace } from '../shared/dom';
import type { Language } from '../shared/i18n';
import { closeSidebar, createServer, serverMessage } from '../shared/server';
import { isBusy, SidebarPage, type Framing } from '../shared/page';
import { confirmDialog } from './confirm';
import { formatDay } from './dates';
import { targetFromInput, targetToInput } from './units';
import {
  baselineOf,
  changedPaths,
  fieldId,
  fromDraft,
  kpiOf,
  measureKey,
  newForm,
  normalizePath,
  STEPS,
  stepOfPath,
  STEP_FIELDS,
  toDraft,
  type FormState,
  type StepName,
} from './model';
import { achievableStep, measurableStep } from './step-measure';
import { realisticStep, timeboundStep } from './step-plan';
import { forecastLine, reviewPanel } from './review';
import { reviewStep } from './step-review';
import { specificStep } from './step-specific';
import type { TextKey } from './texts';
import { validateStep, type FieldErrors } from './validate';
import { errorLine, showError, type View } from './view';

const STEP_VIEWS: Record<StepName, (v: View) => HTMLElement[]> = {
  specific: specificStep,
  measurable: measurableStep,
  achievable: achievableStep,
  realistic: realisticStep,
  timebound: timeboundStep,
  review: reviewStep,
};

type Focus = 'heading' | 'keep' | { path: string };

export class WizardApp extends SidebarPage<TextKey> {
  private init: WizardInit | null = null;
  private mode: 'list' | 'wizard' = 'list';
  private form!: FormState;
  private step = 0;
  private errors: Record<string, string> = {};
  /** Server messages for fields no step shows (shown above the current step's fields). */
  private general: string[] = [];
  private readonly measures = new Map<string, MeasureResult>();
  private check: CheckResult | null = null;
  /** The draft (as JSON) the last check answered for: a changed draft is checked again. */
  private checkedDraft = '';
  /** The proposed targets and forecasts (loaded after the list shows; null until then). */
  private reviews: WizardReviews | null = null;
  /** The list's objectives changed since the reviews were computed: compute them again. */
  private reviewsStale = true;
  /** The review whose "another target" field is open. */
  private editing: { id: string; text: string; error?: string } | null = null;

  private readonly server = createServer<WizardServer>();

  // ---- start -------------------------------------------------------------------------------

  async start(): Promise<void> {
    document.title = this.t('title');
    let failure = '';
    const init = await this.open(
      () => this.server.wizardInit(),
      (message) => (failure = this.t('app.loadFailed', { message })),
    );
    if (!init) return this.renderLoadFailed(failure);
    this.init = init;
    this.ready();
    if (!init.workbookReady) return this.renderNotReady();
    if (init.objectives.length > 0) this.showList('none');
    else this.newObjective('none');
  }

  /** The page's title in the user's language too (Sheets shows it above the sidebar). */
  protected override speak(language: Language): void {
    super.speak(language);
    document.title = this.t('title');
  }

  /** The page's heading, for screen readers (the sidebar's title shows above the page). */
  private heading(): HTMLElement {
    return h('h1', { id: 'app-title', class: 'sr-only' }, this.t('title'));
  }

  private renderLoadFailed(message: string): void {
    this.ready();
    const retry = h(
      'button',
      { type: 'button', on: { click: () => void this.start() } },
      this.t('app.retry'),
    );
    replace(this.root, this.heading(), h('p', { class: 'error' }, message), retry);
  }

  private renderNotReady(): void {
    replace(
      this.root,
      this.heading(),
      h('p', { class: 'note' }, this.t('app.notReady')),
      h('button', { type: 'button', on: { click: () => closeSidebar() } }, this.t('app.close')),
    );
  }

  // ---- live regions --------------------------------------------------------------------------

  private readonly timers: Record<string, ReturnType<typeof setTimeout>> = {};

  /**
   * Puts a message in a live region. Emptied first and filled in a later frame, so the same
   * message is read again; a pending message is dropped when another (or none) replaces it.
   */
  private announce(regionId: 'status' | 'alerts', message: string): void {
    clearTimeout(this.timers[regionId]);
    const region = byId(regionId);
    region.textContent = '';
    if (message) this.timers[regionId] = setTimeout(() => (region.textContent = message), 30);
  }

  /** Polite news (progress, success), read by screen readers and shown under the page. */
  protected override status(message: string): void {
    this.announce('status', message);
  }

  protected override alert(message: string): void {
    this.announce('alerts', message);
  }

  /**
   * One server call with the page busy (`working` beside a spinner and in #status), a failure
   * said in the words of `failed`. Undefined when it failed.
   */
  private work<R>(working: string, run: () => Promise<R>, failed: TextKey): Promise<R | undefined> {
    return this.call(working, run, (busy) => this.setBusy(busy, working), this.framed(failed));
  }

  /** A failure's words: the server's sentence in one of the page's sentences. */
  private framed(key: TextKey): Framing {
    return (message) => this.t(key, { message });
  }

  /** Marks the page busy while a server call runs: buttons refuse clicks, Save is disabled. */
  private setBusy(busy: boolean, message: string): void {
    this.markBusy(busy);
    this.root.classList.toggle('busy', busy);
    this.root.querySelectorAll<HTMLButtonElement>('button[data-busy]').forEach((b) => {
      if (busy) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    });
    const save = document.getElementById('save') as HTMLButtonElement | null;
    if (save) {
      save.disabled = busy;
      save.textContent = busy ? this.t('btn.saving') : this.t('btn.save');
    }
    const indicator = document.getElementById('busy');
    if (indicator) {
      indicator.hidden = !busy;
      indicator.lastChild!.textContent = message;
    }
  }

  // ---- list ----------------------------------------------------------------------------------

  private get objectives(): ObjectiveSummary[] {
    return this.init?.objectives ?? [];
  }

  private showList(focus: 'heading' | 'none', saved?: string): void {
    this.mode = 'list';
    const t = this.t;
    const items = this.objectives.map((o) => {
      const name = `${o.kpiName} · ${o.scopeLabel}`;
      return h(
        'li',
        { class: o.id === saved ? 'objective saved' : 'objective', 'data-id': o.id },
        h('h3', null, name),
        h(
          'p',
          { class: 'meta' },
          h('span', { class: 'id' }, o.id),
          ' · ',
          t('list.target', { target: o.targetLabel, deadline: formatDay(o.deadline, this.lang) }),
          ' ',
          h('span', { class: 'status-badge' }, o.status),
        ),
        h('p', { class: 'sentence' }, o.sentence),
        h('div', { class: 'review-slot', 'data-slot': o.id }, this.reviewParts(o, name)),
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-busy': '',
              'aria-label': t('list.editLabel', { name: `${o.id} ${name}` }),
              on: { click: () => void this.edit(o) },
            },
            t('list.edit'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary danger-text',
              'data-busy': '',
              'aria-label': t('list.deleteLabel', { name: `${o.id} ${name}` }),
              on: { click: () => void this.remove(o) },
            },
            t('list.delete'),
          ),
        ),
      );
    });
    replace(
      this.root,
      this.heading(),
      h(
        'div',
        { class: 'view-head' },
        h('h2', { id: 'view-heading', tabindex: '-1' }, t('list.heading')),
        h(
          'button',
          {
            type: 'button',
            id: 'new-objective',
            'data-busy': '',
            on: { click: () => this.busy || this.newObjective('heading') },
          },
          t('list.new'),
        ),
      ),
      this.busyIndicator(),
      items.length === 0
        ? h('p', { class: 'note' }, t('list.empty'))
        : h('ul', { class: 'objectives' }, items),
    );
    if (focus === 'heading') byId('view-heading').focus();
    if (this.reviewsStale && this.objectives.length > 0) void this.loadReviews();
  }

  // ---- objective review (issue 14) -------------------------------------------------------------

  /** The forecast beside a revenue objective, and the proposed target when there is one. */
  private reviewParts(o: ObjectiveSummary, name: string): HTMLElement[] {
    const forecast = this.reviews?.forecasts[o.id];
    const review = this.reviews?.reviews.find((r) => r.id === o.id);
    const out: HTMLElement[] = [];
    if (forecast) out.push(forecastLine(forecast, this.t, this.lang));
    if (!review) return out;
    const editing = this.editing?.id === o.id ? this.editing : undefined;
    out.push(
      reviewPanel({
        review,
        name: `${o.id} ${name}`,
        t: this.t,
        lang: this.lang,
        ...(editing ? { editing } : {}),
        onAccept: () => void this.decide({ id: o.id, period: review.period, action: 'accept' }),
        onEdit: () => {
          if (this.busy) return;
          const text = targetToInput(review.proposedValue, 'value', review.unit, this.lang);
          this.editing = { id: o.id, text };
          this.redrawList(`review-${o.id}-target`);
        },
        onDismiss: () => void this.decide({ id: o.id, period: review.period, action: 'dismiss' }),
        onTyped: (text) => {
          if (this.editing?.id === o.id) this.editing = { id: o.id, text };
        },
        onSave: () => {
          if (!this.editing || this.editing.id !== o.id) return;
          const target = targetFromInput(this.editing.text, 'value', review.unit, this.lang);
          if (target === null) {
            this.editing = { ...this.editing, error: this.t('err.number', { example: '1000' }) };
            return this.redrawList(`review-${o.id}-target`);
          }
          void this.decide({ id: o.id, period: review.period, action: 'edit', target });
        },
        onCancel: () => {
          this.editing = null;
          this.redrawList(`review-${o.id}-heading`);
        },
      }),
    );
    return out;
  }

  /** Draws the list again and puts the focus on an element of it. */
  private redrawList(focusId?: string): void {
    if (this.mode !== 'list') return;
    this.showList('none');
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el) {
      if (!el.hasAttribute('tabindex') && el.tagName === 'H4') el.setAttribute('tabindex', '-1');
      el.focus();
    }
  }

  private async loadReviews(): Promise<void> {
    this.reviewsStale = false;
    try {
      this.reviews = await this.server.wizardReviews();
    } catch (error) {
      this.reviews = null;
      this.status(this.t('review.loadFailed', { message: serverMessage(error) }));
      return;
    }
    this.editing = null;
    if (this.mode !== 'list') return;
    // Into each objective's slot only: the rest of the list (and the focus) stays as it is.
    for (const o of this.objectives) {
      const slot = this.root.querySelector(`[data-slot="${o.id}"]`);
      if (slot) replace(slot, this.reviewParts(o, `${o.kpiName} · ${o.scopeLabel}`));
    }
  }

  private async decide(decision: ReviewDecision): Promise<void> {
    if (this.busy || !this.init) return;
    const result = await this.work(
      this.t('review.saving', { id: decision.id }),
      () => this.server.wizardDecide(decision),
      'list.failed',
    );
    if (!result) return;
    if (result.error) {
      // A refused proposal (accept) opens the field with it, to adjust it.
      const review = this.reviews?.reviews.find((r) => r.id === decision.id);
      const text =
        this.editing?.id === decision.id
          ? this.editing.text
          : review
            ? targetToInput(review.proposedValue, 'value', review.unit, this.lang)
            : '';
      this.editing = { id: decision.id, text, error: result.error };
      this.redrawList(`review-${decision.id}-target`);
      this.alert(result.error);
      return;
    }
    this.init.objectives = result.objectives;
    this.editing = null;
    if (this.reviews)
      this.reviews = {
        ...this.reviews,
        reviews: this.reviews.reviews.filter((r) => r.id !== decision.id),
      };
    this.showList('none');
    const item = this.root.querySelector<HTMLElement>(`li[data-id="${decision.id}"] h3`);
    if (item) {
      item.setAttribute('tabindex', '-1');
      item.focus();
    }
    this.status(result.message);
  }

  private busyIndicator(): HTMLElement {
    return h(
      'p',
      { class: 'busy-line', id: 'busy', hidden: true },
      h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      h('span', null, ''),
    );
  }

  private async edit(o: ObjectiveSummary): Promise<void> {
    if (this.busy || !this.init) return;
    const draft = await this.work(
      this.t('list.opening', { id: o.id }),
      () => this.server.wizardLoad(o.id),
      'list.failed',
    );
    if (!draft) return;
    this.form = fromDraft(draft, this.init, this.lang);
    this.startWizard();
  }

  private async remove(o: ObjectiveSummary): Promise<void> {
    if (this.busy || !this.init) return;
    const name = `${o.kpiName} · ${o.scopeLabel}`;
    const yes = await confirmDialog({
      title: this.t('confirm.title'),
      body: this.t('confirm.body', { name: `${o.id} (${name})` }),
      confirm: this.t('confirm.delete'),
      cancel: this.t('confirm.cancel'),
    });
    if (!yes) return;
    const objectives = await this.work(
      this.t('list.deleting', { id: o.id }),
      () => this.server.wizardDelete(o.id),
      'list.failed',
    );
    if (!objectives) return;
    if (isBusy(objectives)) return this.showBusy(objectives, this.framed('list.failed'));
    this.init.objectives = objectives;
    this.showList('heading');
    this.status(this.t('list.deleted', { id: o.id }));
  }

  // ---- wizard --------------------------------------------------------------------------------

  private newObjective(focus: 'heading' | 'none'): void {
    if (!this.init) return;
    this.form = newForm(this.init);
    this.startWizard(focus);
  }

  private startWizard(focus: 'heading' | 'none' = 'heading'): void {
    this.mode = 'wizard';
    this.step = 0;
    this.errors = {};
    this.general = [];
    this.check = null;
    this.checkedDraft = '';
    this.renderWizard(focus === 'heading' ? 'heading' : 'keep');
  }

  private view(): View {
    const init = this.init!;
    return {
      init,
      lang: this.lang,
      t: this.t,
      form: this.form,
      kpi: kpiOf(init, this.form.kpi),
      errors: this.errors,
      measure: this.measures.get(measureKey(this.form)) ?? null,
      check: this.check,
      set: (patch, redraw) => {
        const before = this.form;
        this.form = { ...before, ...patch };
        for (const path of changedPaths(before, this.form)) {
          if (this.errors[path] === undefined) continue;
          delete this.errors[path];
          if (!redraw) showError(path, undefined);
        }
        if (Object.keys(this.errors).length === 0 && this.general.length === 0) this.alert('');
        if (redraw) this.renderWizard('keep');
      },
    };
  }

  private renderWizard(focus: Focus): void {
    const keep = focusedControl();
    const v = this.view();
    const t = this.t;
    const name = STEPS[this.step];
    const stepButtons = STEPS.map((s, i) =>
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'step-button',
            'data-busy': '',
            'aria-current': i === this.step ? 'step' : null,
            on: { click: () => void this.goTo(i) },
          },
          `${i + 1}. ${t(`step.${s}`)}`,
        ),
      ),
    );
    const last = this.step === STEPS.length - 1;
    const form = h(
      'form',
      {
        id: 'step-form',
        novalidate: true,
        'aria-labelledby': 'step-heading',
        on: {
          submit: (e: Event) => {
            e.preventDefault();
            void (last ? this.save() : this.goTo(this.step + 1));
          },
        },
      },
      h(
        'h3',
        { id: 'step-heading', tabindex: '-1' },
        t('step.heading', { n: this.step + 1, total: STEPS.length, name: t(`step.${name}`) }),
      ),
      h('p', { class: 'intro' }, t(`intro.${name}`)),
      this.general.length > 0
        ? h(
            'ul',
            { class: 'error general', id: 'general-errors' },
            this.general.map((m) => h('li', null, m)),
          )
        : null,
      name === 'measurable' && this.errors.baseline ? errorLine(v, 'baseline') : null,
      ...STEP_VIEWS[name](v),
      h(
        'div',
        { class: 'actions nav-actions' },
        this.step > 0
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                id: 'back',
                'data-busy': '',
                on: { click: () => void this.goTo(this.step - 1) },
              },
              t('btn.back'),
            )
          : null,
        last
          ? h('button', { type: 'submit', id: 'save', class: 'primary' }, t('btn.save'))
          : h(
              'button',
              { type: 'submit', id: 'next', class: 'primary', 'data-busy': '' },
              t('btn.next'),
            ),
      ),
    );
    replace(
      this.root,
      this.heading(),
      h(
        'div',
        { class: 'view-head' },
        h(
          'h2',
          { id: 'view-heading' },
          this.form.id ? t('wizard.edit', { id: this.form.id }) : t('wizard.new'),
        ),
        this.objectives.length > 0
          ? h(
              'button',
              {
                type: 'button',
                class: 'link',
                id: 'to-list',
                'data-busy': '',
                on: { click: () => this.busy || this.showList('heading') },
              },
              t('wizard.toList', { count: this.objectives.length }),
            )
          : null,
      ),
      h('nav', { 'aria-label': t('nav.label') }, h('ol', { class: 'steps' }, stepButtons)),
      this.busyIndicator(),
      form,
    );
    if (focus === 'heading') byId('step-heading').focus();
    else if (focus === 'keep') restoreFocus(keep);
    else focusField(focus.path);
  }

  /** Client checks of the steps from `from` up to (not including) `to`: the first with errors. */
  private firstInvalid(from: number, to: number): { step: number; errors: FieldErrors } | null {
    const ctx = { init: this.init!, measure: this.view().measure, lang: this.lang };
    for (let s = from; s < to; s++) {
      const errors = validateStep(STEPS[s], this.form, ctx);
      if (Object.keys(errors).length > 0) return { step: s, errors };
    }
    return null;
  }

  /** Shows errors (already translated, by field path) on their step and focuses the first. */
  private showErrors(step: number, errors: Record<string, string>, general: string[] = []): void {
    this.step = step;
    this.errors = errors;
    this.general = general;
    const paths = STEP_FIELDS[STEPS[step]].filter((p) => errors[p] !== undefined);
    this.renderWizard(paths.length > 0 ? { path: paths[0] } : 'heading');
    const count = Object.keys(errors).length + general.length;
    this.alert(count === 1 ? this.t('err.fixOne') : this.t('err.fixMany', { count }));
  }

  private translate(errors: FieldErrors): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [path, m] of Object.entries(errors)) out[path] = this.t(m.key, m.params);
    return out;
  }

  /**
   * Splits the server's errors into those of fields on steps before `limit` (by step) and those
   * no step shows. Returns the first step holding errors, or -1.
   */
  private serverErrors(
    check: CheckResult,
    limit: number,
  ): { step: number; errors: Record<string, string>; general: string[] } {
    const errors: Record<string, string> = {};
    const general: string[] = [];
    let step = -1;
    for (const [raw, message] of Object.entries(check.errors ?? {})) {
      const path = normalizePath(raw, this.form);
      const s = stepOfPath(path);
      if (s === -1) general.push(message);
      else if (s < limit) {
        errors[path] = message;
        if (step === -1 || s < step) step = s;
      }
    }
    return { step, errors, general };
  }

  private async ensureMeasure(): Promise<MeasureResult> {
    const key = measureKey(this.form);
    const known = this.measures.get(key);
    if (known) return known;
    const { kpi, frequency } = this.form;
    const measure = await this.server.wizardMeasure({ kpi, scope: JSON.parse(key)[1], frequency });
    this.measures.set(key, measure);
    return measure;
  }

  private draft() {
    const v = this.view();
    return toDraft(this.form, v.kpi, v.measure, this.lang);
  }

  /** Moves to a step: forward only through valid steps (client, then server); back freely. */
  async goTo(target: number): Promise<void> {
    if (this.busy || target === this.step || target < 0 || target >= STEPS.length) return;
    this.alert('');
    const forward = target > this.step;
    if (forward) {
      const invalid = this.firstInvalid(this.step, target);
      if (invalid) return this.showErrors(invalid.step, this.translate(invalid.errors));
    }
    this.errors = {};
    this.general = [];
    const needsCheck =
      forward || (target >= 2 && JSON.stringify(this.draft()) !== this.checkedDraft);
    if (target >= 1 || needsCheck) {
      const checked = await this.work(
        target >= 1 && !this.view().measure ? this.t('busy.measuring') : this.t('busy.checking'),
        async () => {
          if (target >= 1 || this.step >= 1) await this.ensureMeasure();
          // Without a baseline, a % change has nothing to apply to: the target becomes a value.
          if (
            this.form.targetMode === 'change' &&
            baselineOf(this.form, this.view().measure) === null
          ) {
            this.form = { ...this.form, targetMode: 'value' };
          }
          if (needsCheck) {
            const draft = this.draft();
            this.check = await this.server.wizardCheck(draft);
            this.checkedDraft = JSON.stringify(draft);
          }
          return true;
        },
        'v.checkFailed',
      );
      if (!checked) return;
      if (forward && this.check) {
        const found = this.serverErrors(this.check, target);
        if (found.step !== -1) return this.showErrors(found.step, found.errors, found.general);
        this.general = found.general;
      }
    }
    this.step = target;
    // Focus on the step's heading is what screen readers announce.
    this.renderWizard('heading');
  }

  /** Saves after checking every step; the server checks again and its errors are shown. */
  async save(): Promise<void> {
    if (this.busy || !this.init) return;
    const invalid = this.firstInvalid(0, STEPS.length);
    if (invalid) return this.showErrors(invalid.step, this.translate(invalid.errors));
    const result = await this.work(
      this.t('btn.saving'),
      async () => {
        await this.ensureMeasure();
        return this.server.wizardSave(this.draft());
      },
      'v.saveFailed',
    );
    if (!result || isBusy(result)) {
      if (result) this.showBusy(result, this.framed('v.saveFailed'));
      document.getElementById('save')?.focus();
      return;
    }
    const check = result.check;
    if (!result.id || (check && (!check.ok || Object.keys(check.errors ?? {}).length > 0))) {
      this.check = check ?? this.check;
      const found = this.serverErrors(check, STEPS.length);
      const step = found.step === -1 ? STEPS.length - 1 : found.step;
      this.showErrors(step, found.errors, found.general);
      this.alert(this.t('v.fixServer'));
      return;
    }
    this.init.objectives = result.objectives;
    this.reviewsStale = true;
    this.showList('heading', result.id);
    this.status(this.t('v.saved', { id: result.id }));
  }
}

/** The focused control's id and caret, to put them back after a redraw. */
function focusedControl(): { id: string; start: number | null; end: number | null } | null {
  const el = document.activeElement as HTMLInputElement | null;
  if (!el || !el.id) return null;
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = el.selectionStart ?? null;
    end = el.selectionEnd ?? null;
  } catch {
    // Date, checkbox and radio inputs have no caret.
  }
  return { id: el.id, start, end };
}

function restoreFocus(keep: ReturnType<typeof focusedControl>): void {
  if (!keep) return;
  const el = document.getElementById(keep.id) as HTMLInputElement | null;
  if (!el) return;
  el.focus();
  if (keep.start !== null && typeof el.setSelectionRange === 'function') {
    try {
      el.setSelectionRange(keep.start, keep.end);
    } catch {
      // Not a text control any more.
    }
  }
}

/** Focuses a field's control: the element with its id, else the checked (or first) of its group. */
function focusField(path: string): void {
  const direct = document.getElementById(fieldId(path));
  if (direct) return direct.focus();
  const group = Array.from(document.querySelectorAll<HTMLInputElement>('[data-path]')).filter(
    (c) => c.getAttribute('data-path') === path,
  );
  (group.find((c) => c.checked) ?? group[0] ?? byId('step-heading')).focus();
}
