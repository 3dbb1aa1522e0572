// An in-page confirmation (window.confirm is blocked in Apps Script's sandboxed iframe and is
// not styled or translated): a modal <dialog> labelled by its title and described by its text,
// Cancel focused first (the safe choice), Escape cancels, focus returns to what opened it.
import { h } from '../shared/dom';

export interface ConfirmTexts {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

export function confirmDialog(texts: ConfirmTexts): Promise<boolean> {
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const cancel = h(
      'button',
      { type: 'button', class: 'secondary', on: { click: () => dialog.close('cancel') } },
      texts.cancel,
    );
    const confirm = h(
      'button',
      {
        type: 'button',
        class: 'danger',
        id: 'confirm-yes',
        on: { click: () => dialog.close('confirm') },
      },
      texts.confirm,
    );
    const dialog = h(
      'dialog',
      {
        class: 'confirm',
        id: 'confirm-dialog',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'confirm-title',
        'aria-describedby': 'confirm-body',
        on: {
          close: () => {
            dialog.remove();
            opener?.focus();
            resolve(dialog.returnValue === 'confirm');
          },
        },
      },
      h('h2', { id: 'confirm-title' }, texts.title),
      h('p', { id: 'confirm-body' }, texts.body),
      h('div', { class: 'actions' }, cancel, confirm),
    );
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
