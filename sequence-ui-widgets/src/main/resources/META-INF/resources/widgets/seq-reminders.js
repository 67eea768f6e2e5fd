// <seq-reminders token api-base contact-id? sequence-id?>: the activities dashboard. Every filter of
// GET /reminders (type, status, sequence, contact, due from/to, text), paging, and in-place actions: open an
// email reminder, edit and send it; complete a follow-up or a call with an outcome.
// Events: seq-reminder-send, seq-reminder-complete ({reminder}), seq-reminders-filter ({query}).
import { SeqElement, defineElement } from './shared/seq-element.js';
import { query } from './shared/api.js';
import { h, label, options, replace, uid, when } from './shared/dom.js';
import { contactPicker } from './shared/contact-picker.js';

const TYPES = [['', 'All types'], ['EMAIL_REMINDER', 'Email reminder'], ['FOLLOW_UP', 'Follow-up'],
  ['CALL_REMINDER', 'Call reminder']];
const STATUSES = [['', 'Any status'], ['OPEN', 'Open'], ['DONE', 'Done']];
const OUTCOMES = {
  CALL_REMINDER: ['CONNECTED', 'NO_ANSWER', 'LEFT_VOICEMAIL', 'BUSY', 'WRONG_NUMBER'],
  FOLLOW_UP: ['DONE']
};

export class SeqReminders extends SeqElement {
  static get observedAttributes() { return ['token', 'api-base', 'contact-id', 'sequence-id']; }

  constructor() {
    super();
    this.filters = { type: '', status: 'OPEN', sequenceId: '', contactId: '', dueFrom: '', dueTo: '', q: '', size: 10 };
    this.page = 0;
    // The cursor each page starts after (its previous page's nextCursor): pages are read by keyset, not by number.
    this.cursors = [''];
    this.list = h('div', { class: 'list' });
  }

  async refresh() {
    this.filters.contactId = this.getAttribute('contact-id') || this.filters.contactId;
    this.filters.sequenceId = this.getAttribute('sequence-id') || this.filters.sequenceId;
    const sequences = await this.api.get('/sequences?size=100').catch(() => []);
    replace(this.main, h('h2', null, 'Reminders'), this.filterForm(sequences), this.list);
    await this.load();
  }

  filterForm(sequences) {
    const f = this.filters;
    const field = (text, control) => { control.id = uid('rf'); return h('div', { class: 'field' },
      h('label', { for: control.id }, text), control); };
    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter reminders',
      onsubmit: (e) => { e.preventDefault(); this.applyFilters(form); } },
    h('div', { class: 'row' },
      field('Type', h('select', { name: 'type', 'data-field': 'type' }, options(TYPES, f.type))),
      field('Status', h('select', { name: 'status', 'data-field': 'status' }, options(STATUSES, f.status))),
      field('Sequence', h('select', { name: 'sequenceId', 'data-field': 'sequenceId' },
        options([['', 'All sequences'], ...sequences.map((s) => [s.id, s.name])], f.sequenceId))),
      contactPicker(this.api, { text: 'Contact', name: 'contactId', placeholder: 'Any contact (type a name)',
        initialId: f.contactId }).element,
      field('Due from', h('input', { name: 'dueFrom', type: 'date', 'data-field': 'dueFrom', value: f.dueFrom })),
      field('Due to', h('input', { name: 'dueTo', type: 'date', 'data-field': 'dueTo', value: f.dueTo })),
      field('Search', h('input', { name: 'q', type: 'search', 'data-field': 'q', value: f.q })),
      field('Per page', h('select', { name: 'size', 'data-field': 'size' }, options([10, 25, 50], f.size)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply filters')),
    h('div', { class: 'form-errors' }));
    return form;
  }

  applyFilters(form) {
    for (const key of Object.keys(this.filters)) this.filters[key] = form.elements[key].value;
    this.page = 0;
    this.cursors = [''];
    this.filterFormEl = form;
    this.emit('seq-reminders-filter', { query: { ...this.filters } });
    this.load();
  }

  /** Due dates are local days: from the start of dueFrom to the end of dueTo, as instants. */
  params() {
    const f = this.filters;
    const day = (d, end) => (d ? new Date(`${d}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : '');
    return query({ type: f.type, status: f.status, sequenceId: f.sequenceId, contactId: f.contactId,
      dueFrom: day(f.dueFrom, false), dueTo: day(f.dueTo, true), q: f.q, after: this.cursors[this.page] || '',
      size: f.size });
  }

  async load() {
    const result = await this.attempt(() => this.api.get(`/reminders${this.params()}`),
      this.shadowRoot.querySelector('form.filters'));
    if (!result) return;
    const size = Number(this.filters.size) || 10;
    const pages = Math.max(1, Math.ceil(result.total / size));
    // Counts stop at a bound (10,000; 1,000 for very common words): "10000+", and Next stays open while pages are full.
    const exact = result.totalExact !== false;
    const total = exact ? `${result.total}` : `${result.total}+`;
    this.cursors[this.page + 1] = result.nextCursor || '';
    const more = Boolean(result.nextCursor) && (exact ? this.page + 1 < pages : result.items.length === size);
    const pageOf = exact ? `${this.page + 1} of ${pages}` : `${this.page + 1}`;
    replace(this.list,
      result.items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'responsive reminders' },
        h('caption', { class: 'visually-hidden' }, 'Reminders'),
        h('thead', null, h('tr', null, ['Due', 'Type', 'Sequence', 'What', 'Status', 'Actions']
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, result.items.map((r) => this.row(r)))))
        : h('p', { class: 'muted empty' }, 'No reminders match these filters.'),
      h('nav', { class: 'actions paging', 'aria-label': 'Pages' },
        h('button', { type: 'button', 'data-action': 'previous', disabled: this.page <= 0,
          onclick: () => { this.page -= 1; this.load(); } }, 'Previous'),
        h('span', { class: 'page-info' }, `Page ${pageOf} · ${total} reminders`),
        h('button', { type: 'button', 'data-action': 'next', disabled: !more,
          onclick: () => { this.page += 1; this.load(); } }, 'Next')));
    this.status(`${total} reminders, page ${pageOf}.`);
  }

  row(r) {
    const what = r.type === 'EMAIL_REMINDER' ? r.subject : r.title;
    const actions = h('td', { 'data-label': 'Actions' });
    const tr = h('tr', { 'data-reminder-id': r.id },
      h('td', { 'data-label': 'Due' }, h('time', { datetime: r.dueAt }, when(r.dueAt))),
      h('td', { 'data-label': 'Type' }, label(r.type)),
      h('td', { 'data-label': 'Sequence' }, r.sequenceName || ''),
      h('td', { 'data-label': 'What', class: 'what' }, what || ''),
      h('td', { 'data-label': 'Status' }, h('span', { class: `badge ${r.status}` }, label(r.status)),
        r.outcome ? ` ${label(r.outcome)}` : ''),
      actions);
    if (r.status === 'OPEN') {
      const open = h('button', { type: 'button', 'data-action': 'open', 'aria-expanded': 'false',
        'aria-label': `${r.type === 'EMAIL_REMINDER' ? 'Open' : 'Complete'}: ${what || label(r.type)}`,
        onclick: () => this.toggle(tr, r, open) }, r.type === 'EMAIL_REMINDER' ? 'Open' : 'Complete…');
      actions.append(open);
    }
    return tr;
  }

  toggle(tr, r, opener) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains('editor-row')) {
      next.remove();
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
      return;
    }
    const editor = r.type === 'EMAIL_REMINDER' ? this.emailEditor(r, tr, opener) : this.completion(r, tr, opener);
    const row = h('tr', { class: 'editor-row' }, h('td', { colspan: '6' }, editor));
    tr.after(row);
    opener.setAttribute('aria-expanded', 'true');
    row.querySelector('input, select, textarea')?.focus();
  }

  emailEditor(r, tr, opener) {
    const subjectId = uid('subject');
    const bodyId = uid('body');
    const form = h('form', { class: 'email-editor', 'aria-label': 'Edit and send the email',
      onsubmit: async (e) => {
        e.preventDefault();
        const sent = await this.attempt(() => this.api.post(`/reminders/${encodeURIComponent(r.id)}/send`,
          { subject: form.elements.subject.value, body: form.elements.body.value }), form);
        if (sent) this.done('seq-reminder-send', sent, 'Email sent.');
      } },
    h('div', { class: 'field' }, h('label', { for: subjectId }, 'Subject'),
      h('input', { id: subjectId, name: 'subject', 'data-field': 'subject', value: r.subject || '' })),
    h('div', { class: 'field' }, h('label', { for: bodyId }, 'Body (HTML)'),
      h('textarea', { id: bodyId, name: 'body', 'data-field': 'body', value: r.body || '' })),
    h('div', { class: 'form-errors' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Send'),
      h('button', { type: 'button', onclick: () => this.toggle(tr, r, opener) }, 'Cancel')));
    return form;
  }

  completion(r, tr, opener) {
    const outcomeId = uid('outcome');
    const noteId = uid('note');
    const form = h('form', { class: 'completion', 'aria-label': 'Complete',
      onsubmit: async (e) => {
        e.preventDefault();
        const done = await this.attempt(() => this.api.post(`/reminders/${encodeURIComponent(r.id)}/complete`,
          { outcome: form.elements.outcome.value, note: form.elements.note.value || null }), form);
        if (done) this.done('seq-reminder-complete', done, 'Completed.');
      } },
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: outcomeId }, 'Outcome'),
        h('select', { id: outcomeId, name: 'outcome', 'data-field': 'outcome' },
          options((OUTCOMES[r.type] || ['DONE']).map((o) => [o, label(o)])))),
      h('div', { class: 'field' }, h('label', { for: noteId }, 'Note'),
        h('input', { id: noteId, name: 'note', 'data-field': 'note' }))),
    h('div', { class: 'form-errors' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Complete'),
      h('button', { type: 'button', onclick: () => this.toggle(tr, r, opener) }, 'Cancel')));
    return form;
  }

  async done(event, reminder, message) {
    this.emit(event, { reminder });
    await this.load();
    this.status(message);
    this.shadowRoot.querySelector('h2')?.setAttribute('tabindex', '-1');
    this.shadowRoot.querySelector('h2')?.focus();
  }
}

defineElement('seq-reminders', SeqReminders);
