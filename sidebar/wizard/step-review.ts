// Step 6, Review: the objective as one SMART sentence (from the server, in the user's language),
// its owner, and the proposed alert rule with its corrective action and owner, all editable.
import { h } from '../shared/dom';
import { MAX_ACTION, MAX_TEXT } from '../../src/addon/objectives/rules';
import { selectField, textArea, textInput, type View } from './view';

export function reviewStep(v: View): HTMLElement[] {
  const unit = v.kpi?.unit ?? 'count';
  const relative = v.form.alertMode === 'relative';
  const enabled = h('input', {
    id: 'f-alert-enabled',
    'data-path': 'alert.enabled',
    type: 'checkbox',
    checked: v.form.alertEnabled,
    on: { change: () => v.set({ alertEnabled: enabled.checked }, true) },
  });
  const alertFields = v.form.alertEnabled
    ? [
        selectField(
          v,
          'alert.direction',
          v.t('f.alertDirection'),
          [
            { value: 'down', label: v.t('dir.down') },
            { value: 'up', label: v.t('dir.up') },
          ],
          v.form.alertDirection,
          (d) => ({ alertDirection: d as 'down' | 'up' }),
        ),
        selectField(
          v,
          'alert.mode',
          v.t('f.alertMode'),
          [
            { value: 'relative', label: v.t('alertMode.relative') },
            { value: 'points', label: v.t('alertMode.points') },
          ],
          v.form.alertMode,
          (m) => ({ alertMode: m as 'relative' | 'points' }),
          { redraw: true },
        ),
        textInput(v, 'alert.threshold', 'alertThreshold', v.t('f.alertThreshold'), {
          inputmode: 'decimal',
          suffix: relative || unit === 'rate' ? '%' : v.t(`unit.${unit}`),
          hint: relative
            ? v.t('f.alertThreshold.hint.relative')
            : v.t('f.alertThreshold.hint.points', { unit: v.t(`unit.${unit}`) }),
        }),
        textInput(v, 'alert.minVolume', 'alertMinVolume', v.t('f.alertMinVolume'), {
          inputmode: 'numeric',
          hint: v.t('f.alertMinVolume.hint'),
        }),
        textArea(v, 'alert.action', 'alertAction', v.t('f.alertAction'), { maxlength: MAX_ACTION }),
        textInput(v, 'alert.owner', 'alertOwner', v.t('f.alertOwner'), {
          list: 'owners',
          maxlength: MAX_TEXT,
        }),
      ]
    : [];
  return [
    h(
      'section',
      { class: 'sentence-box' },
      h('h4', null, v.t('v.sentence')),
      h('p', { class: 'sentence', id: 'sentence' }, v.check?.sentence ?? ''),
    ),
    textInput(v, 'owner', 'owner', v.t('f.owner'), {
      hint: v.t('f.owner.hint'),
      list: 'owners',
      maxlength: MAX_TEXT,
    }),
    h(
      'datalist',
      { id: 'owners' },
      v.init.owners.map((o) => h('option', { value: o })),
    ),
    h(
      'fieldset',
      { class: 'alert-rule' },
      h('legend', null, v.t('v.alert')),
      h(
        'div',
        { class: 'check-line' },
        enabled,
        h('label', { for: 'f-alert-enabled' }, v.t('f.alertEnabled')),
      ),
      ...alertFields,
    ),
  ];
}
