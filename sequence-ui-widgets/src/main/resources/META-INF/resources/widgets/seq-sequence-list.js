// <seq-sequence-list token api-base>: the caller's sequences (all of them for admins) with activate and pause, each
// with its schedule (time zone mode, holidays, daily ramp) and, for one its guardrails paused, why.
// Events: seq-sequence-select ({id}) to edit one, seq-sequence-create to start a new one, seq-sequence-activate
// and seq-sequence-pause ({sequence}), seq-sequence-copy ({sequence}: the new draft), seq-sequence-delete ({id},
// after the confirmation the list asks for), seq-sequence-run ({sequence, run}: a run started with Run now ended).
import { SeqElement, defineElement } from './shared/seq-element.js';
import { h, label, replace, when } from './shared/dom.js';
import { pausedReasonText, scheduleSummary } from './shared/careful-sending.js';
import { confirmAction } from './shared/confirm.js';

const RUN_POLL_MS = 500;

export class SeqSequenceList extends SeqElement {
  static get observedAttributes() { return ['token', 'api-base']; }

  async refresh() {
    const sequences = await this.attempt(() => this.api.get('/sequences?size=100'));
    if (!sequences) return;
    replace(this.main,
      h('div', { class: 'row' }, h('h2', { style: 'flex:1' }, 'Sequences'),
        h('button', { type: 'button', class: 'primary', 'data-action': 'create',
          onclick: () => this.emit('seq-sequence-create', {}) }, 'New sequence')),
      sequences.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'responsive sequences' },
        h('thead', null, h('tr', null, ['Name', 'Type', 'Status', 'Schedule', 'Steps', 'Next run', 'Actions']
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, sequences.map((s) => this.row(s)))))
        : h('p', { class: 'muted' }, 'No sequences yet.'));
  }

  row(s) {
    const toggle = s.status === 'ACTIVE' ? 'PAUSED' : 'ACTIVE';
    return h('tr', { 'data-sequence-id': s.id },
      h('td', { 'data-label': 'Name', class: 'name' }, s.name),
      h('td', { 'data-label': 'Type' }, label(s.type)),
      h('td', { 'data-label': 'Status' }, h('span', { class: `badge ${s.status}` }, label(s.status)),
        pausedReasonText(s) ? h('p', { class: 'paused-notice', 'data-paused-reason': s.pausedReason },
          `Paused by its guardrails: ${pausedReasonText(s)}. Resume it when you are ready.`) : null),
      h('td', { 'data-label': 'Schedule', class: 'schedule' }, scheduleSummary(s)),
      h('td', { 'data-label': 'Steps' }, String((s.steps || []).length)),
      h('td', { 'data-label': 'Next run' }, when(s.nextRunAt) || '—'),
      h('td', { 'data-label': 'Actions' }, h('div', { class: 'actions' },
        h('button', { type: 'button', 'data-action': 'edit', 'aria-label': `Edit ${s.name}`,
          onclick: () => this.emit('seq-sequence-select', { id: s.id }) }, 'Edit'),
        h('button', { type: 'button', 'data-action': 'copy', 'aria-label': `Copy ${s.name}`,
          onclick: () => this.copy(s) }, 'Copy'),
        h('button', { type: 'button', 'data-action': toggle === 'ACTIVE' ? 'activate' : 'pause',
          'aria-label': `${toggle === 'ACTIVE' ? 'Activate' : 'Pause'} ${s.name}`,
          onclick: () => this.setStatus(s, toggle) }, toggle === 'ACTIVE' ? 'Activate' : 'Pause'),
        s.status === 'ACTIVE' ? h('button', { type: 'button', 'data-action': 'run', 'aria-label': `Run ${s.name} now`,
          onclick: () => this.runNow(s) }, 'Run now') : null,
        h('button', { type: 'button', 'data-action': 'delete', 'aria-label': `Delete ${s.name}`,
          onclick: () => this.remove(s) }, 'Delete'))));
  }

  /** Starts a run at once (instead of at the schedule's time) and tells how it went when it ends. */
  async runNow(s) {
    const started = await this.attempt(() => this.api.post(`/sequences/${encodeURIComponent(s.id)}/runs`));
    if (!started) return;
    this.status(`${s.name}: run started.`);
    let run = started;
    while (!['COMPLETED', 'FAILED'].includes(run.status)) {
      await new Promise((resolve) => { setTimeout(resolve, RUN_POLL_MS); });
      run = await this.attempt(() => this.api.get(`/runs/${encodeURIComponent(started.id)}`));
      if (!run) return;
    }
    this.emit('seq-sequence-run', { sequence: s, run });
    await this.refresh();
    this.status(run.status === 'COMPLETED'
      ? `${s.name}: run finished: ${run.enrolled} enrolled, ${run.executed} steps executed, ${run.deferred} deferred.`
      : `${s.name}: the run failed${run.failure ? `: ${run.failure}` : ''}.`, run.status !== 'COMPLETED');
  }

  async remove(s) {
    if (!await confirmAction(this.shadowRoot, `Delete ${s.name}? Its contacts leave it and its steps stop; `
      + 'this cannot be undone.', 'Delete sequence')) return;
    const done = await this.attempt(async () => { await this.api.delete(`/sequences/${encodeURIComponent(s.id)}`); return true; });
    if (!done) return;
    this.emit('seq-sequence-delete', { id: s.id });
    await this.refresh();
    this.status(`${s.name} deleted.`);
  }

  async copy(s) {
    const copy = await this.attempt(() => this.api.post(`/sequences/${encodeURIComponent(s.id)}/copy`));
    if (!copy) return;
    this.emit('seq-sequence-copy', { sequence: copy });
    await this.refresh();
    this.status(`Copied as ${copy.name} (a draft).`);
  }

  /** PUT takes the whole definition; the one just read carries its version, so a concurrent edit is refused. */
  async setStatus(s, status) {
    const saved = await this.attempt(async () => {
      const current = await this.api.get(`/sequences/${encodeURIComponent(s.id)}`);
      return this.api.put(`/sequences/${encodeURIComponent(s.id)}`, { ...current, status });
    });
    if (!saved) return;
    this.emit(status === 'ACTIVE' ? 'seq-sequence-activate' : 'seq-sequence-pause', { sequence: saved });
    await this.refresh();
    this.status(`${saved.name} is ${label(saved.status).toLowerCase()}.`);
  }
}

defineElement('seq-sequence-list', SeqSequenceList);
