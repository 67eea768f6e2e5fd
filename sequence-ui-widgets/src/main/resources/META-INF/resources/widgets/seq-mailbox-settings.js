// <seq-mailbox-settings token api-base>: the rep connects their own mailbox (sender, SMTP to send, IMAP to read
// replies). Passwords are write-only: the form never shows one, it says whether one is stored, and a password left
// empty keeps the stored one. Errors come back in words next to their field. Saved, the servers can be checked
// (connect and log in) and a test email sent to the rep; a mailbox whose sending keeps failing says so at the top.
// Events: seq-mailbox-save ({mailbox}: what the server now holds, without passwords), seq-mailbox-check ({check}).
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
        h('button', { type: 'button', 'data-action': 'check', onclick: () => this.check(form, model) },
          'Save and check connection'),
        current ? h('button', { type: 'button', 'data-action': 'test-email', onclick: () => this.sendTest() },
          'Send a test email to me') : null,
        current?.updatedAt ? h('span', { class: 'muted saved-at' }, `Saved ${when(current.updatedAt)}`) : null),
      this.checkResults);
    form.querySelectorAll('input[type=password]').forEach((input) => input.setAttribute('autocomplete', 'new-password'));
    replace(this.main, h('h2', null, 'My mailbox'), failingNotice(current?.failing), form);
  }

  get checkResults() {
    if (!this.results) this.results = h('ul', { class: 'check-results', 'aria-live': 'polite' });
    return this.results;
  }

  /** Saves what the form holds, then has the plugin connect and log in to each server. */
  async check(form, model) {
    if (!await this.save(form, model)) return;
    const check = await this.attempt(() => this.api.post('/me/mailbox/check'));
    if (!check) return;
    const line = (name, result) => result && h('li', { class: `check-result ${result.ok ? 'ok' : 'error'}`,
      'data-server': name, 'data-ok': String(result.ok) },
    h('strong', null, `${name.toUpperCase()}: `), result.ok ? 'connected and logged in.' : result.error);
    replace(this.checkResults, line('smtp', check.smtp), line('imap', check.imap),
      !check.smtp ? h('li', { class: 'muted' }, 'No SMTP server: the plugin\'s default mailbox sends for you.') : null);
    this.emit('seq-mailbox-check', { check });
    const failed = [check.smtp, check.imap].filter((r) => r && !r.ok).length;
    this.status(failed ? `The check found ${failed === 1 ? 'a problem' : `${failed} problems`}: see below.`
      : 'Connection checked: everything works.', failed > 0);
  }

  async sendTest() {
    const sent = await this.attempt(() => this.api.post('/me/mailbox/test-email'));
    if (sent) this.status(`Test email sent to ${sent.sentTo} (“${sent.subject}”).`);
  }

  async save(form, model) {
    // Servers left without a host are not sent: the plugin then sends through the default mailbox.
    const body = { ...model, smtp: model.smtp.host ? model.smtp : null, imap: model.imap.host ? model.imap : null };
    const saved = await this.attempt(() => this.api.put('/me/mailbox', body), form);
    if (!saved) return undefined;
    this.emit('seq-mailbox-save', { mailbox: saved });
    replace(this.checkResults);
    this.draw(saved);
    this.status('Mailbox saved. Passwords are stored encrypted and never shown.');
    return saved;
  }
}

/** A mailbox whose own server keeps failing: what fails, since when, and that nothing is lost meanwhile. */
function failingNotice(failing) {
  if (!failing) return null;
  return h('p', { class: 'paused-notice failing-notice', role: 'alert', 'data-mailbox-failing': String(failing.failures) },
    `Sending through your mailbox keeps failing (${failing.failures} tries in a row since ${when(failing.since)}): `
    + `${failing.lastError}. Check the server settings below: its emails are tried again for a few hours before they fail.`);
}

defineElement('seq-mailbox-settings', SeqMailboxSettings);
