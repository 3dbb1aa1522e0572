// The preview: the exact email a recipient would get now, shown in a sandboxed iframe. The HTML
// is the email itself (every value already escaped by the server); it goes into `srcdoc` as a
// property, never parsed into this page, and the empty `sandbox` attribute runs no script and
// gives the frame no access to this page (a unique origin), whatever the email held.
import { h } from '../shared/dom';
import type { Ctx } from './context';

function frame(html: string, title: string): HTMLIFrameElement {
  const iframe = h('iframe', { sandbox: '', class: 'email-frame', title, id: 'preview-frame' });
  // dom.ts refuses `srcdoc` as an attribute from data; this is the one deliberate use.
  iframe.srcdoc = html;
  return iframe;
}

export function previewSection(c: Ctx): HTMLElement {
  const { view, t, busy } = c;
  const recipients = view.recipients;
  const chosen = recipients.some((r) => r.id === c.previewId) ? c.previewId : recipients[0]?.id;
  const shown = c.previewed;
  return h(
    'section',
    { 'aria-labelledby': 'preview-heading' },
    h('h2', { id: 'preview-heading' }, t('preview.heading')),
    recipients.length === 0
      ? h('p', { class: 'note' }, t('preview.none'))
      : [
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'preview-recipient' }, t('preview.recipient')),
            h(
              'select',
              {
                id: 'preview-recipient',
                disabled: busy,
                on: { change: (e) => c.choosePreview((e.target as HTMLSelectElement).value) },
              },
              recipients.map((r) =>
                h(
                  'option',
                  { value: r.id, selected: r.id === chosen },
                  r.team
                    ? `${r.team} · ${r.email}`
                    : r.kind === 'rep'
                      ? `${r.name} · ${r.email}`
                      : r.email,
                ),
              ),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              id: 'preview',
              disabled: busy,
              on: {
                click: () => {
                  const select = document.getElementById(
                    'preview-recipient',
                  ) as HTMLSelectElement | null;
                  c.preview(select?.value ?? chosen ?? '');
                },
              },
            },
            t('preview.show'),
          ),
        ],
    shown
      ? h(
          'div',
          { class: 'preview', id: 'preview-result' },
          h('p', { id: 'preview-subject' }, t('preview.subject', { subject: shown.subject })),
          frame(shown.html, t('preview.frame', { email: shown.to })),
          h(
            'details',
            null,
            h('summary', null, 'Text'),
            h('pre', { id: 'preview-text' }, shown.text),
          ),
        )
      : null,
  );
}
