// <seq-contact-panel contact-id token api-base>: a contact's sequences (status, current step, next step, exit
// reason) with pause, resume and remove; enrolling into one of the caller's sequences; the sequence timeline with
// the reasons of skipped and deferred steps; and the contact's Last contacted mode and Last activity type.
// Events: seq-enrollment-add, seq-enrollment-pause, seq-enrollment-resume, seq-enrollment-remove ({enrollmentId,
// sequenceId, contactId}).
import { SeqElement, defineElement } from './shared/seq-element.js';
import { h, label, options, replace, uid, when } from './shared/dom.js';
import { confirmAction } from './shared/confirm.js';

const ACTIONS = { ACTIVE: ['pause', 'remove'], PAUSED: ['resume', 'remove'] };

export class SeqContactPanel extends SeqElement {
  static get observedAttributes() { return ['contact-id', 'token', 'api-base']; }

  async refresh() {
    const contactId = this.getAttribute('contact-id');
    if (!contactId) {
      replace(this.main, h('p', { class: 'muted' }, 'No contact selected.'));
      return;
    }
    const id = encodeURIComponent(contactId);
    const [fields, enrollments, activities, sequences] = await Promise.all([
      this.api.get(`/contacts/${id}/fields`).catch(() => null),
      this.api.get(`/contacts/${id}/enrollments?size=100`).catch((e) => { this.status(e.message, true); return []; }),
      this.api.get(`/contacts/${id}/activities?size=100`).catch(() => []),
      this.api.get('/sequences?size=100').catch(() => [])
    ]);
    replace(this.main,
      h('section', { 'aria-labelledby': 'contact-heading' }, this.header(fields)),
      this.enrollmentsSection(enrollments),
      this.enrollForm(sequences, enrollments),
      this.timeline(activities));
  }

  header(fields) {
    const name = fields ? [fields.firstName, fields.lastName].filter(Boolean).join(' ') || fields.email || fields.id
      : this.getAttribute('contact-id');
    return [
      h('h2', { id: 'contact-heading', class: 'contact-name' }, name),
      fields ? h('dl', { class: 'cards contact-fields' },
        h('div', { class: 'card' }, h('dt', null, 'Last contacted mode'),
          h('dd', { class: 'last-contacted-mode' }, fields.lastContactedMode || 'Not yet contacted')),
        h('div', { class: 'card' }, h('dt', null, 'Last activity type'),
          h('dd', { class: 'last-activity-type' }, fields.lastActivityType || '—')))
        : h('p', { class: 'muted' }, 'Contact details are not available to you.')
    ];
  }

  enrollmentsSection(enrollments) {
    const rows = enrollments.map((e) => h('tr', { 'data-enrollment-id': e.id },
      h('td', { 'data-label': 'Sequence' }, e.sequenceName),
      h('td', { 'data-label': 'Status' }, h('span', { class: `badge ${e.status}` }, label(e.status))),
      h('td', { 'data-label': 'Current step' }, e.currentStepPosition == null ? '—' : `Step ${e.currentStepPosition}`),
      h('td', { 'data-label': 'Next step' }, when(e.nextStepAt) || '—'),
      h('td', { 'data-label': 'Exit reason' }, label(e.exitReason) || '—'),
      h('td', { 'data-label': 'Actions' }, h('div', { class: 'actions' },
        (ACTIONS[e.status] || []).map((action) => h('button', {
          type: 'button', 'data-action': action, 'aria-label': `${label(action)} ${e.sequenceName}`,
          onclick: () => this.change(e, action)
        }, label(action)))))));
    return h('section', { 'aria-labelledby': 'enrollments-heading' },
      h('h3', { id: 'enrollments-heading', tabindex: '-1' }, 'Sequences'),
      enrollments.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'responsive enrollments' },
        h('thead', null, h('tr', null, ['Sequence', 'Status', 'Current step', 'Next step', 'Exit reason', 'Actions']
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows)))
        : h('p', { class: 'muted' }, 'Not in any sequence yet.'));
  }

  enrollForm(sequences, enrollments) {
    const taken = new Set(enrollments.map((e) => e.sequenceId));
    const available = sequences.filter((s) => !taken.has(s.id));
    const selectId = uid('enroll');
    const form = h('form', { class: 'enroll', onsubmit: (e) => { e.preventDefault(); this.enroll(form); } },
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: selectId }, 'Enroll in sequence'),
          h('select', { id: selectId, name: 'sequence', 'data-field': 'sequence', required: true },
            h('option', { value: '' }, available.length ? 'Choose a sequence…' : 'No other sequence available'),
            options(available.map((s) => [s.id, `${s.name} (${label(s.status)})`])))),
        h('button', { type: 'submit', class: 'primary', disabled: !available.length }, 'Enroll')),
      h('div', { class: 'form-errors' }));
    return h('section', { 'aria-label': 'Enroll' }, form);
  }

  timeline(activities) {
    return h('section', { 'aria-labelledby': 'timeline-heading' },
      h('h3', { id: 'timeline-heading' }, 'Timeline'),
      activities.length ? h('ol', { class: 'timeline' }, activities.map((a) => h('li', { class: 'timeline-item' },
        h('time', { datetime: a.at }, when(a.at)), ' · ',
        h('strong', null, a.sequenceName), ` · step ${a.stepPosition} ${label(a.type)} · `,
        h('span', { class: `badge ${a.status}` }, label(a.status)),
        a.reason ? h('span', { class: 'reason' }, ` — ${label(a.reason)}`) : null,
        a.detail ? h('span', { class: 'muted detail' }, ` (${a.detail})`) : null,
        a.delivery ? delivery(a.delivery) : null)))
        : h('p', { class: 'muted' }, 'No steps have run for this contact yet.'));
  }

  async enroll(form) {
    const sequenceId = form.elements.sequence.value;
    const contactId = this.getAttribute('contact-id');
    const outcome = await this.attempt(() => this.api.post(`/sequences/${encodeURIComponent(sequenceId)}/enrollments`,
      { recordType: 'CONTACT', ids: [contactId] }), form);
    if (!outcome) return;
    if (outcome.enrolled) {
      this.emit('seq-enrollment-add', { sequenceId, contactId, enrollmentId: outcome.enrollments[0]?.id });
      await this.refresh();
      this.status('Enrolled.');
      this.shadowRoot.querySelector('#enrollments-heading')?.focus?.();
    } else {
      this.status(`Not enrolled: ${label(outcome.skips[0]?.reason) || 'skipped'}.`, true);
    }
  }

  async change(enrollment, action) {
    // Removing ends the enrollment for good: the contact can only be enrolled again, not resumed.
    if (action === 'remove' && !await confirmAction(this.shadowRoot, `Remove this contact from ${enrollment.sequenceName}? `
      + 'Its remaining steps will not run.', 'Remove from sequence')) return;
    const path = `/enrollments/${encodeURIComponent(enrollment.id)}`;
    const done = await this.attempt(async () => {
      if (action === 'remove') await this.api.delete(path);
      else await this.api.post(`${path}/${action}`);
      return true;
    });
    if (!done) return;
    this.emit(`seq-enrollment-${action}`, { enrollmentId: enrollment.id, sequenceId: enrollment.sequenceId,
      contactId: enrollment.contactId });
    await this.refresh();
    this.status(`${enrollment.sequenceName}: ${action === 'remove' ? 'removed' : `${action}d`}.`);
  }
}

/** What became of an email: queued, sent, retrying (why, and when next) or failed (why). */
function delivery(d) {
  const parts = [`Email ${label(d.status).toLowerCase()}`];
  if (d.status === 'SENT' && d.sentAt) parts.push(`at ${when(d.sentAt)}`);
  if (d.lastError) parts.push(`: ${d.lastError}`);
  if (d.status === 'RETRYING' && d.nextAttemptAt) parts.push(`; next try ${when(d.nextAttemptAt)}`);
  return h('span', { class: `delivery badge ${d.status}`, 'data-delivery': d.status }, ' ', parts.join(' '));
}

defineElement('seq-contact-panel', SeqContactPanel);

