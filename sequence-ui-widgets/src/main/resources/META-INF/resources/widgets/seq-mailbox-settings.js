// <seq-mailbox-settings token api-base>: the rep connects their own mailbox (sender, SMTP to send, IMAP to read
// replies). Passwords are write-only: the form never shows one, it says whether one is stored, and a password left
// empty keeps the stored one. Errors come back in words next to their field.
// Events: seq-mailbox-save ({mailbox}: what the server now holds, without passwords).
import { SeqElement, defineElement } from './shared/seq-element.js';
import { h, replace, when } from './shared/dom.js';
import { control } from './shared/form.js';

export class SeqMailboxSettings extends SeqElement {
  static get observedAttributes() { return ['token', 'api-base']; }

  async refresh() {
    let current = null;
    try {
      current = await this.api.get('/me/mailbox');
    } catch (e) {
      if (e.status !== 404) { this.status(e.message, true); return; }
    }
    this.draw(current);
  }

  draw(current) {
    const model = {
      fromName: current?.fromName ?? null, fromAddress: current?.fromAddress ?? null,
      signature: current?.signature ?? null,
      smtp: { host: current?.smtp?.host ?? null, port: current?.smtp?.port ?? 587,
        username: current?.smtp?.username ?? null, password: null, starttls: current?.smtp?.starttls ?? true },
      imap: { host: current?.imap?.host ?? null, port: current?.imap?.port ?? 993,
        username: current?.imap?.username ?? null, password: null, ssl: current?.imap?.ssl ?? true },
    };
    const stored = (server) => (server?.passwordSet ? 'A password is stored; leave empty to keep it.' : 'No password stored.');
    const form = h('form', { class: 'mailbox', novalidate: true, onsubmit: (e) => { e.preventDefault(); this.save(form, model); } },
      h('div', { class: 'form-errors' }),
      h('fieldset', null, h('legend', null, 'Sender'),
        control(model, 'fromName', 'From name'),
        control(model, 'fromAddress', 'From address', { kind: 'email', required: true }),
        control(model, 'signature', 'Signature (HTML)', { kind: 'textarea' })),
      h('fieldset', null, h('legend', null, 'Sending (SMTP)'),
        control(model, 'smtp.host', 'Server'), control(model, 'smtp.port', 'Port', { kind: 'number' }),
        control(model, 'smtp.username', 'Login'),
        control(model, 'smtp.password', 'Password', { kind: 'password', hint: stored(current?.smtp) }),
        control(model, 'smtp.starttls', 'Use STARTTLS', { kind: 'checkbox' })),
      h('fieldset', null, h('legend', null, 'Replies (IMAP)'),
        control(model, 'imap.host', 'Server'), control(model, 'imap.port', 'Port', { kind: 'number' }),
        control(model, 'imap.username', 'Login'),
        control(model, 'imap.password', 'Password', { kind: 'password', hint: stored(current?.imap) }),
        control(model, 'imap.ssl', 'Use SSL', { kind: 'checkbox' })),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, 'Save mailbox'),
        current?.updatedAt ? h('span', { class: 'muted saved-at' }, `Saved ${when(current.updatedAt)}`) : null));
    form.querySelectorAll('input[type=password]').forEach((input) => input.setAttribute('autocomplete', 'new-password'));
    replace(this.main, h('h2', null, 'My mailbox'), form);
  }

  async save(form, model) {
    // Servers left without a host are not sent: the plugin then sends through the default mailbox.
    const body = { ...model, smtp: model.smtp.host ? model.smtp : null, imap: model.imap.host ? model.imap : null };
    const saved = await this.attempt(() => this.api.put('/me/mailbox', body), form);
    if (!saved) return;
    this.emit('seq-mailbox-save', { mailbox: saved });
    this.draw(saved);
    this.status('Mailbox saved. Passwords are stored encrypted and never shown.');
  }
}

defineElement('seq-mailbox-settings', SeqMailboxSettings);
