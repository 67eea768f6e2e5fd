// <seq-sequence-builder sequence-id? token api-base>: creates or edits a sequence with every field of the model:
// name, type, status, exclusivity; audience (saved views, conditions, duplicates); schedule; steps of the five
// types with conditions and email settings; exit criteria; careful sending (each contact's time zone, holidays, the
// daily ramp, guardrails, account and meeting exits, the caller's mailbox limits, why the sequence paused itself). The API's validation errors appear next to their
// fields. Events: seq-sequence-save, seq-sequence-activate, seq-sequence-pause ({sequence}), seq-builder-cancel.
import { SeqElement, defineElement } from './shared/seq-element.js';
import { h, label, options, replace, uid } from './shared/dom.js';
import { control } from './shared/form.js';
import { conditionsEditor, FIELD_SUGGESTIONS } from './shared/conditions.js';
import { confirmAction } from './shared/confirm.js';
import { insertIntoField, placeholderPicker } from './shared/placeholders.js';
import { richTextEditor } from './shared/rich-text.js';
import { contactPicker } from './shared/contact-picker.js';
import { exitControls, guardrailsFieldset, mailboxLimitsNote, pausedNotice, rampControl, scheduleControls,
  withCarefulDefaults } from './shared/careful-sending.js';

const STEP_TYPES = ['EMAIL', 'EMAIL_REMINDER', 'FOLLOW_UP', 'CALL_REMINDER', 'SMS'];
const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

function blankSequence() {
  return withCarefulDefaults({
    name: '', type: 'CLASSIC', status: 'DRAFT', exclusive: false,
    audience: { recordType: 'CONTACT', savedViewIds: [], conditions: [], match: 'ALL', preventDuplicateEmails: true },
    schedule: { time: '09:00', timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      excludeWeekends: true, intervalDays: null },
    steps: [],
    exitCriteria: { allStepsExecuted: true, replied: true, unsubscribed: true, bounced: true, conditions: [], match: 'ALL' }
  });
}

function settingsFor(type) {
  if (type === 'EMAIL' || type === 'EMAIL_REMINDER') {
    return { email: { subject: '', body: '', threading: type === 'EMAIL' ? 'NEW_THREAD' : 'REPLY_TO_PREVIOUS',
      from: null, replyTo: null, cc: [], bcc: [], trackOpens: true, trackClicks: true, unsubscribeLink: true },
    task: null, sms: null };
  }
  if (type === 'SMS') return { email: null, task: null, sms: { body: '' } };
  return { email: null, task: { title: '', note: '' }, sms: null };
}

export class SeqSequenceBuilder extends SeqElement {
  static get observedAttributes() { return ['sequence-id', 'token', 'api-base']; }

  attributeChangedCallback(name, oldValue, newValue) {
    // save() names the sequence it just created: that is no reason to load it again.
    if (name === 'sequence-id' && this.model && newValue === this.model.id) return;
    super.attributeChangedCallback(name, oldValue, newValue);
  }

  async refresh() {
    // Only the latest load draws, and the form it replaces goes at once: a load still on its way (the page's first,
    // say) must not redraw the form over what the user has begun to type into the new one.
    const generation = this.generation = (this.generation || 0) + 1;
    replace(this.main, h('p', { class: 'muted', 'aria-busy': 'true' }, 'Loading…'));
    const id = this.getAttribute('sequence-id');
    const [sequence, views, mailbox] = await Promise.all([
      id ? this.attempt(() => this.api.get(`/sequences/${encodeURIComponent(id)}`)) : blankSequence(),
      this.api.get('/views').catch(() => []),
      this.api.get('/me/mailbox').catch(() => null)
    ]);
    if (generation !== this.generation) return;
    if (!sequence) {
      replace(this.main, h('p', { class: 'muted' }, 'The sequence could not be loaded.'));
      return;
    }
    this.model = withCarefulDefaults(sequence);
    this.htmlSteps = new WeakSet();
    this.views = views;
    this.mailbox = mailbox;
    this.render();
  }

  /** Redraws the form from the model, keeping focus on the control named `focusField` or the focused one. */
  render(focusField) {
    const active = this.shadowRoot.activeElement;
    const keep = focusField || (active && active.dataset ? active.dataset.field : null);
    const m = this.model;
    const listId = uid('fields');
    const zonesId = uid('zones');
    const redraw = (field) => this.render(field);
    this.form = h('form', { class: 'builder', novalidate: true, 'aria-labelledby': 'builder-heading',
      onsubmit: (e) => { e.preventDefault(); this.save(); } },
    h('h2', { id: 'builder-heading', tabindex: '-1' }, m.id ? `Edit sequence: ${m.name}` : 'New sequence'),
    h('div', { class: 'form-errors', role: 'group', 'aria-label': 'Errors' }),
    pausedNotice(m),
    h('datalist', { id: listId }, options(FIELD_SUGGESTIONS)),
    h('datalist', { id: zonesId }, options(ZONES)),
    h('div', { class: 'row' },
      control(m, 'name', 'Name', { required: true }),
      control(m, 'type', 'Type', { kind: 'select', choices: [['CLASSIC', 'Classic (steps on days)'], ['SMART', 'Smart (every few days)']],
        onChange: () => redraw('type') }),
      control(m, 'status', 'Status', { kind: 'select', choices: ['DRAFT', 'ACTIVE', 'PAUSED'].map((s) => [s, label(s)]) })),
    control(m, 'exclusive', 'Exclusive: a contact active here is not enrolled in other exclusive sequences', { kind: 'checkbox' }),
    this.audience(m, listId, redraw),
    h('fieldset', { 'data-field': 'schedule' }, h('legend', null, 'Schedule'),
      h('div', { class: 'row' },
        control(m, 'schedule.time', 'Time', { kind: 'time' }),
        control(m, 'schedule.timezone', 'Time zone', { list: zonesId }),
        m.type === 'SMART' ? control(m, 'schedule.intervalDays', 'Every (days)', { kind: 'number' }) : null),
      control(m, 'schedule.excludeWeekends', 'Exclude weekends', { kind: 'checkbox' }),
      scheduleControls(m, redraw),
      mailboxLimitsNote(this.mailbox)),
    h('fieldset', { 'data-field': 'steps', tabindex: '-1' }, h('legend', null, 'Steps'),
      m.steps.map((step, i) => this.step(step, i, listId, redraw)),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'new-step-type' }, 'New step type'),
          h('select', { id: 'new-step-type' }, options(STEP_TYPES.map((t) => [t, label(t)])))),
        h('button', { type: 'button', 'data-action': 'add-step', onclick: () => this.addStep() }, 'Add step'))),
    h('fieldset', { 'data-field': 'exitCriteria' }, h('legend', null, 'Exit criteria'),
      control(m, 'exitCriteria.allStepsExecuted', 'When all steps have run', { kind: 'checkbox' }),
      control(m, 'exitCriteria.replied', 'When the contact replies', { kind: 'checkbox' }),
      control(m, 'exitCriteria.unsubscribed', 'When the contact unsubscribes', { kind: 'checkbox' }),
      control(m, 'exitCriteria.bounced', 'When an email bounces', { kind: 'checkbox' }),
      exitControls(m),
      conditionsEditor(m, 'exitCriteria.conditions', 'exitCriteria.match', 'Exit when the contact matches', redraw, listId)),
    guardrailsFieldset(m),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, 'Save'),
      m.status !== 'ACTIVE' ? h('button', { type: 'button', 'data-action': 'activate', onclick: () => this.save('ACTIVE') }, 'Save and activate') : null,
      m.status === 'ACTIVE' ? h('button', { type: 'button', 'data-action': 'pause', onclick: () => this.save('PAUSED') }, 'Pause') : null,
      h('button', { type: 'button', 'data-action': 'cancel', onclick: () => this.emit('seq-builder-cancel', {}) }, 'Close')));
    replace(this.main, this.form);
    if (keep) [...this.form.querySelectorAll('[data-field]')].find((el) => el.dataset.field === keep)?.focus();
  }

  audience(m, listId, redraw) {
    const views = this.views.filter((v) => v.recordType === m.audience.recordType);
    const chosen = new Set(m.audience.savedViewIds || []);
    return h('fieldset', { 'data-field': 'audience' }, h('legend', null, 'Audience'),
      control(m, 'audience.recordType', 'Records', { kind: 'select', choices: [['CONTACT', 'Contacts'], ['ACCOUNT', 'Accounts (their contacts)']],
        onChange: () => { m.audience.savedViewIds = []; redraw('audience.recordType'); } }),
      h('fieldset', { class: 'views', 'data-field': 'audience.savedViewIds', tabindex: '-1' }, h('legend', null, 'Saved views'),
        views.length ? views.map((v) => {
          const id = uid('view');
          return h('div', { class: 'field inline' },
            h('input', { id, type: 'checkbox', value: v.id, checked: chosen.has(v.id), 'data-view-id': v.id,
              onchange: (e) => {
                const ids = new Set(m.audience.savedViewIds || []);
                if (e.target.checked) ids.add(v.id); else ids.delete(v.id);
                m.audience.savedViewIds = [...ids];
              } }),
            h('label', { for: id }, v.name));
        }) : h('p', { class: 'muted' }, 'No saved views of this kind.')),
      conditionsEditor(m, 'audience.conditions', 'audience.match', 'Audience conditions', redraw, listId),
      control(m, 'audience.preventDuplicateEmails', 'One enrollment per email address', { kind: 'checkbox' }),
      rampControl(m));
  }

  /** The saved email step rendered for a contact found by name, untracked; or sent to the caller as a test. */
  previewPane(step) {
    const picker = contactPicker(this.api, { text: 'Preview for', name: 'previewContact',
      placeholder: 'type a name or email', initialId: this.previewContactId,
      onChoose: (c) => { this.previewContactId = c ? c.id : null; } });
    const output = h('div', { class: 'preview', 'aria-live': 'polite' });
    const run = (path) => async () => {
      const shown = await this.attempt(() => this.api.post(`/sequences/${encodeURIComponent(this.model.id)}/steps/`
        + `${encodeURIComponent(step.id)}/${path}`, { contactId: picker.id() || null }));
      if (!shown) return;
      replace(output, h('p', { class: 'preview-subject' }, h('strong', null, 'Subject: '), shown.subject),
        h('pre', { class: 'preview-text' }, shown.text));
      if (path === 'test-email') this.status('Test sent to your own address.');
    };
    return h('div', { class: 'preview-pane' }, h('div', { class: 'row' }, picker.element,
      h('button', { type: 'button', 'data-action': 'preview', onclick: run('preview') }, 'Preview'),
      h('button', { type: 'button', 'data-action': 'test-email', onclick: run('test-email') }, 'Send a test to me')),
    output);
  }

  /**
   * The body: the editor for reps, or the HTML itself, with a toggle between them (remembered per step). Returns the
   * elements and the insertion target placeholders go to.
   */
  bodyEditor(step, base, setTarget) {
    const asHtml = this.htmlSteps.has(step);
    const toggle = h('button', { type: 'button', 'data-action': 'edit-html', 'aria-pressed': String(asHtml),
      onclick: () => {
        if (asHtml) this.htmlSteps.delete(step); else this.htmlSteps.add(step);
        this.render(`${base}.email.body`);
      } }, asHtml ? 'Back to the editor' : 'Edit HTML');
    if (asHtml) {
      const field = control(this.model, `${base}.email.body`, 'Body (HTML)', { kind: 'textarea' });
      const textarea = field.querySelector('textarea');
      const target = { insert: (t) => insertIntoField(textarea, t) };
      textarea.addEventListener('focusin', () => setTarget(target));
      return { elements: [field, toggle], target };
    }
    const editor = richTextEditor({ value: step.email.body, field: `${base}.email.body`, label: 'Body',
      root: this.shadowRoot, onInput: (html) => { step.email.body = html; }, onFocus: setTarget });
    return { elements: [editor.element, toggle], target: editor };
  }

  step(step, i, listId, redraw) {
    const m = this.model;
    const base = `steps[${i}]`;
    const move = (to) => { const [s] = m.steps.splice(i, 1); m.steps.splice(to, 0, s); redraw(`steps[${to}].type`); };
    const settings = [];
    if (step.email) {
      // Placeholders go where the cursor last was: the subject or the body (the body until the subject is used).
      let target = null;
      const subject = control(m, `${base}.email.subject`, 'Subject', { hint: replyHint(m.steps, i)
        || (i === 0 ? 'Velocity: $contact.firstName, ${contact.firstName|\'there\'}' : null) });
      const subjectInput = subject.querySelector('input');
      subjectInput.addEventListener('focusin', () => { target = { insert: (t) => insertIntoField(subjectInput, t) }; });
      const body = this.bodyEditor(step, base, (editor) => { target = editor; });
      target = body.target;
      settings.push(
        subject,
        placeholderPicker((text) => target.insert(text)),
        body.elements,
        m.id && step.id && step.type === 'EMAIL' ? this.previewPane(step) : null,
        h('div', { class: 'row' },
          control(m, `${base}.email.threading`, 'Threading', { kind: 'select', choices: [['NEW_THREAD', 'New thread'], ['REPLY_TO_PREVIOUS', 'Reply to previous']],
            onChange: () => redraw(`${base}.email.threading`) }),
          control(m, `${base}.email.from`, 'From (optional)'),
          control(m, `${base}.email.replyTo`, 'Reply-To (optional)')),
        h('div', { class: 'row' },
          control(m, `${base}.email.cc`, 'Cc (comma-separated)', { kind: 'list' }),
          control(m, `${base}.email.bcc`, 'Bcc (comma-separated)', { kind: 'list' })),
        h('div', { class: 'row' },
          control(m, `${base}.email.trackOpens`, 'Track opens', { kind: 'checkbox' }),
          control(m, `${base}.email.trackClicks`, 'Track clicks', { kind: 'checkbox' }),
          control(m, `${base}.email.unsubscribeLink`, 'Unsubscribe link', { kind: 'checkbox' })));
    }
    if (step.task) {
      settings.push(control(m, `${base}.task.title`, 'Task title'), control(m, `${base}.task.note`, 'Note', { kind: 'textarea' }));
    }
    if (step.sms) settings.push(control(m, `${base}.sms.body`, 'Text message', { kind: 'textarea' }));
    return h('fieldset', { class: 'step', 'data-field': base, 'data-step': i },
      h('legend', null, `Step ${i + 1}: ${label(step.type)}`),
      h('div', { class: 'row' },
        control(m, `${base}.type`, 'Step type', { kind: 'select', choices: STEP_TYPES.map((t) => [t, label(t)]),
          onChange: (t) => { Object.assign(step, settingsFor(t)); redraw(`${base}.type`); } }),
        m.type === 'CLASSIC' ? control(m, `${base}.day`, 'Day', { kind: 'number', hint: '1 to 90' }) : null),
      settings,
      conditionsEditor(m, `${base}.conditions`, `${base}.match`, `Run step ${i + 1} only when`, redraw, listId),
      h('div', { class: 'actions' },
        h('button', { type: 'button', disabled: i === 0, 'aria-label': `Move step ${i + 1} up`, onclick: () => move(i - 1) }, 'Up'),
        h('button', { type: 'button', disabled: i === m.steps.length - 1, 'aria-label': `Move step ${i + 1} down`, onclick: () => move(i + 1) }, 'Down'),
        h('button', { type: 'button', 'aria-label': `Remove step ${i + 1}`, 'data-action': 'remove-step',
          onclick: async () => {
            if (!await confirmAction(this.shadowRoot, `Remove step ${i + 1} (${label(step.type)})? `
              + 'Its content is lost once the sequence is saved.', 'Remove step')) return;
            m.steps.splice(i, 1);
            redraw('steps');
          } }, 'Remove step')));
  }

  addStep() {
    const m = this.model;
    const type = this.shadowRoot.querySelector('#new-step-type').value;
    const lastDay = m.steps.reduce((d, s) => Math.max(d, s.day || 0), 0);
    m.steps.push({ type, day: m.type === 'CLASSIC' ? lastDay + 1 || 1 : null, conditions: [], match: 'ALL', ...settingsFor(type) });
    this.render(`steps[${m.steps.length - 1}].type`);
  }

  /** The model as the API takes it: days only for classic steps, an interval only for smart sequences. */
  body(status) {
    const m = structuredClone(this.model);
    if (status) m.status = status;
    if (m.type === 'CLASSIC') m.schedule.intervalDays = null;
    m.steps.forEach((s) => { if (m.type === 'SMART') s.day = null; });
    return m;
  }

  async save(status) {
    const body = this.body(status);
    const path = body.id ? `/sequences/${encodeURIComponent(body.id)}` : '/sequences';
    const saved = await this.attempt(() => (body.id ? this.api.put(path, body) : this.api.post(path, body)), this.form);
    if (!saved) return;
    const asHtml = this.model.steps.map((s) => this.htmlSteps.has(s));
    this.model = withCarefulDefaults(saved);
    this.model.steps.forEach((s, i) => { if (asHtml[i]) this.htmlSteps.add(s); });
    this.setAttribute('sequence-id', saved.id);
    this.render();
    this.emit('seq-sequence-save', { sequence: saved });
    if (status === 'ACTIVE') this.emit('seq-sequence-activate', { sequence: saved });
    if (status === 'PAUSED') this.emit('seq-sequence-pause', { sequence: saved });
    this.status(`Saved “${saved.name}” (${label(saved.status).toLowerCase()}).`);
    this.shadowRoot.querySelector('#builder-heading')?.focus();
  }
}

/** A reply to the previous email goes as "Re: <its subject>": the builder says so at the subject. */
function replyHint(steps, i) {
  if (steps[i].email?.threading !== 'REPLY_TO_PREVIOUS') return null;
  const previous = steps.slice(0, i).reverse().find((s) => s.type === 'EMAIL' && s.email);
  return previous ? `Sent as "Re: ${previous.email.subject || '…'}" in the previous email's thread: this subject is not used.`
    : null;
}

defineElement('seq-sequence-builder', SeqSequenceBuilder);

