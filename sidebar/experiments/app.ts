// The Experiments page's controller: loads the KPIs, groups and logged experiments, plans the
// sample size as the form changes (the server proposes the control group's recent rate as the
// baseline until the user types one), starts an experiment, and updates the results.
import type {
  ExperimentsInit,
  ExperimentsServer,
  ExperimentSummary,
  GroupType,
} from '../../src/server/experiments-contract';
import { byId, h, replace } from '../shared/dom';
import { formatNumber } from '../shared/format';
import { isBusy, OpeningPage } from '../shared/page';
import { createServer } from '../shared/server';
import {
  draftOf,
  FIELDS,
  formView,
  groupOptions,
  input,
  percentOf,
  setFieldError,
  setPercent,
  type Field,
} from './form';
import { experimentList } from './list';
import type { TextKey } from './texts';

const PLAN_DELAY_MS = 300;

export class ExperimentsApp extends OpeningPage<TextKey, ExperimentsInit> {
  /** True once the user typed a baseline: the server's proposal no longer replaces it. */
  private baselineTyped = false;
  private planTimer: ReturnType<typeof setTimeout> | undefined;
  private planSeq = 0;

  private readonly server = createServer<ExperimentsServer>();

  protected load(): Promise<ExperimentsInit> {
    return this.server.experimentsInit();
  }

  protected render(): void {
    const init = this.init!;
    const t = this.t;
    if (!init.workbookReady) {
      replace(this.root, h('h1', null, t('title')), h('p', null, t('notReady')));
      return;
    }
    replace(
      this.root,
      h('h1', null, t('title')),
      h('p', { class: 'note' }, t('intro')),
      h(
        'section',
        { 'aria-labelledby': 'logged-title' },
        h(
          'div',
          { class: 'row' },
          h('h2', { id: 'logged-title' }, t('logged')),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'exp-update',
              on: { click: () => void this.update() },
            },
            t('update'),
          ),
        ),
        h('div', { id: 'list' }, experimentList(init.experiments, t, this.lang)),
      ),
      formView(init, t),
    );
    const form = byId<HTMLFormElement>('experiment-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    input('groupType').addEventListener('change', () => this.fillGroups());
    input('baselineRate').addEventListener('input', () => {
      this.baselineTyped = input('baselineRate').value.trim() !== '';
    });
    for (const name of [
      'kpi',
      'groupType',
      'control',
      'variant',
      'baselineRate',
      'minLift',
    ] as const)
      input(name).addEventListener(
        name === 'baselineRate' || name === 'minLift' ? 'input' : 'change',
        () => this.schedulePlan(),
      );
  }

  private fillGroups(): void {
    const type = input('groupType').value as GroupType;
    for (const name of ['control', 'variant'] as const) {
      const options = groupOptions(this.init!, type);
      replace(
        input(name),
        h('option', { value: '' }, this.t('choose')),
        options.map((o) => h('option', { value: o.value }, o.label)),
      );
    }
  }

  private schedulePlan(): void {
    clearTimeout(this.planTimer);
    this.planTimer = setTimeout(() => void this.plan(), PLAN_DELAY_MS);
  }

  private async plan(): Promise<void> {
    const draft = draftOf(this.lang);
    if (!draft.control || !draft.variant) return;
    const baseline = this.baselineTyped ? percentOf('baselineRate', this.lang) : null;
    if (Number.isNaN(baseline) || Number.isNaN(draft.minLift) || draft.minLift === null) return;
    const seq = ++this.planSeq;
    byId('plan-size').textContent = this.t('planning');
    const result = await this.ask(() =>
      this.server.experimentsPlan({ ...draft, baselineRate: baseline }),
    );
    if (!result) return;
    if (seq !== this.planSeq) return; // an older answer: a newer request is on its way
    // While the user types, messages appear without taking the focus away.
    const planFields: Field[] = [
      'kpi',
      'groupType',
      'control',
      'variant',
      'baselineRate',
      'minLift',
    ];
    this.showErrors(result.errors, planFields, false);
    if (!this.baselineTyped && result.baselineRate !== null)
      setPercent('baselineRate', result.baselineRate, this.lang);
    byId('plan-size').textContent =
      result.sampleSize === null
        ? ''
        : this.t('perGroup', { n: formatNumber(result.sampleSize, this.lang, 0) });
    byId('plan-summary').textContent = result.summary;
  }

  private async submit(): Promise<void> {
    const draft = draftOf(this.lang);
    const errors: Record<string, string> = {};
    for (const name of ['baselineRate', 'minLift'] as const)
      if (Number.isNaN(percentOf(name, this.lang))) errors[name] = this.t('badNumber');
    if (Object.keys(errors).length) return this.showErrors(errors, FIELDS);
    const result = await this.call(
      this.t('starting'),
      () => this.server.experimentsStart(draft),
      (busy) => this.lock('exp-submit', busy),
    );
    if (!result) return;
    if (isBusy(result)) return this.showBusy(result);
    if (!result.ok) {
      setFieldError('form', result.errors.form ?? '');
      this.showErrors(result.errors, FIELDS);
      return;
    }
    this.showErrors({}, FIELDS);
    setFieldError('form', '');
    input('technique').value = '';
    input('hypothesis').value = '';
    this.showList(result.experiments);
    this.status(this.t('started', { id: result.id }));
  }

  private async update(): Promise<void> {
    const list = await this.call(
      this.t('updating'),
      () => this.server.experimentsRefresh(),
      (busy) => this.lock('exp-update', busy),
    );
    if (!list) return;
    if (isBusy(list)) return this.showBusy(list);
    this.showList(list);
    this.status(this.t('updated'));
  }

  /** One button off while its call runs (the form stays editable). */
  private lock(button: string, busy: boolean): void {
    this.busy = busy;
    byId<HTMLButtonElement>(button).disabled = busy;
  }

  private showList(experiments: ExperimentSummary[]): void {
    this.init = { ...this.init!, experiments };
    replace(byId('list'), experimentList(experiments, this.t, this.lang));
  }

  private showErrors(errors: Record<string, string>, fields: readonly Field[], focus = true): void {
    for (const name of fields) setFieldError(name, errors[name] ?? '');
    const first = fields.find((f) => errors[f]);
    if (first && focus) input(first).focus();
  }
}
