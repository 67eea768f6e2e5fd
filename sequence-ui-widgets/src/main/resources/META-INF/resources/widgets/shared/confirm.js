// A destructive action asks first, inside the widget: a modal <dialog> in the widget's shadow root rather than
// window.confirm, which a host page in a sandboxed frame may have switched off (it then answers "no" silently) and
// which cannot name the action on its button. Cancel has the focus, so Enter or Escape never destroys anything.
import { h } from './dom.js';

/**
 * Shows `message` with Cancel and `confirmLabel`; resolves true only when the confirming button was pressed.
 * `root` is the shadow root the dialog lives in while open.
 */
export function confirmAction(root, message, confirmLabel) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', role: 'alertdialog', 'aria-label': confirmLabel },
      h('form', { method: 'dialog' },
        h('p', { class: 'confirm-message' }, message),
        h('div', { class: 'actions' },
          h('button', { value: 'cancel', 'data-action': 'cancel', autofocus: true }, 'Cancel'),
          h('button', { value: 'confirm', class: 'danger', 'data-action': 'confirm' }, confirmLabel))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    root.append(dialog);
    dialog.showModal();
  });
}
