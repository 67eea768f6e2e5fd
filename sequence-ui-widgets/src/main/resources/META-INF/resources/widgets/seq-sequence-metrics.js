// <seq-sequence-metrics sequence-id token api-base>: the per-step funnel (sent, opened, clicked, replied, bounced,
// unsubscribed) as an SVG bar chart with a data table beside it for screen readers, and the enrollment counts.
// Event: seq-metrics-load ({metrics}).
import { SeqElement, defineElement } from './shared/seq-element.js';
import { h, label, replace } from './shared/dom.js';

const SERIES = [['sent', '#2457c5'], ['opened', '#3c9d5d'], ['clicked', '#7a4cc2'], ['replied', '#e08a00'],
  ['bounced', '#b3261e'], ['unsubscribed', '#6b7280']];

export class SeqSequenceMetrics extends SeqElement {
  static get observedAttributes() { return ['sequence-id', 'token', 'api-base']; }

  async refresh() {
    const id = this.getAttribute('sequence-id');
    if (!id) {
      replace(this.main, h('p', { class: 'muted' }, 'No sequence selected.'));
      return;
    }
    const m = await this.attempt(() => this.api.get(`/sequences/${encodeURIComponent(id)}/metrics`));
    if (!m) return;
    const exited = m.exited || {};
    const totalExited = Object.values(exited).reduce((a, b) => a + b, 0);
    replace(this.main,
      h('h2', null, 'Metrics'),
      h('dl', { class: 'cards counts' },
        [['enrolled', m.enrolled], ['active', m.active], ['completed', m.completed], ['exited', totalExited]]
          .map(([k, v]) => h('div', { class: 'card', 'data-count': k }, h('dt', null, label(k)), h('dd', null, h('strong', null, String(v)))))),
      h('h3', null, 'Exited by reason'),
      h('dl', { class: 'cards exits' }, Object.entries(exited).map(([k, v]) =>
        h('div', { class: 'card', 'data-exit': k }, h('dt', null, label(k)), h('dd', null, String(v))))),
      h('h3', null, 'Funnel by step'),
      this.chart(m.steps || []),
      this.table(m.steps || []));
    this.emit('seq-metrics-load', { metrics: m });
  }

  chart(steps) {
    const groupWidth = 20 + SERIES.length * 14;
    const width = Math.max(320, 50 + steps.length * groupWidth);
    const height = 220;
    const max = Math.max(1, ...steps.flatMap((s) => SERIES.map(([k]) => s[k] || 0)));
    const plot = height - 50;
    const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, class: 'funnel-chart', role: 'img',
      'aria-label': `Funnel by step: ${steps.map((s) => `step ${s.position} ${SERIES.map(([k]) => `${s[k]} ${k}`).join(', ')}`).join('; ') || 'no steps'}`,
      style: 'width:100%;max-width:720px;height:auto' },
    h('svg:line', { x1: 40, y1: 10, x2: 40, y2: 10 + plot, stroke: '#8a93a6' }),
    h('svg:line', { x1: 40, y1: 10 + plot, x2: width - 5, y2: 10 + plot, stroke: '#8a93a6' }),
    h('svg:text', { x: 34, y: 16, 'text-anchor': 'end', 'font-size': 11 }, String(max)),
    h('svg:text', { x: 34, y: 10 + plot, 'text-anchor': 'end', 'font-size': 11 }, '0'),
    steps.map((s, i) => {
      const x0 = 50 + i * groupWidth;
      return h('svg:g', { class: 'step-group', 'data-position': s.position },
        SERIES.map(([k, color], j) => {
          const value = s[k] || 0;
          const barHeight = Math.round((value / max) * plot);
          return h('svg:rect', { class: `bar bar-${k}`, 'data-value': value, x: x0 + j * 14, y: 10 + plot - barHeight,
            width: 12, height: Math.max(barHeight, value ? 1 : 0), fill: color },
          h('svg:title', null, `Step ${s.position}: ${value} ${k}`));
        }),
        h('svg:text', { x: x0 + (SERIES.length * 14) / 2, y: plot + 26, 'text-anchor': 'middle', 'font-size': 11 },
          `Step ${s.position}`),
        h('svg:text', { x: x0 + (SERIES.length * 14) / 2, y: plot + 40, 'text-anchor': 'middle', 'font-size': 10,
          fill: '#5b6474' }, label(s.type)));
    }));
    const legend = h('ul', { class: 'actions legend', 'aria-hidden': 'true', style: 'list-style:none;padding:0' },
      SERIES.map(([k, color]) => h('li', null, h('span', { style: `display:inline-block;width:.8em;height:.8em;background:${color}` }), ` ${label(k)}`)));
    return h('figure', { style: 'margin:0' }, svg, legend);
  }

  table(steps) {
    return h('div', { class: 'table-wrap' }, h('table', { class: 'responsive funnel' },
      h('caption', { class: 'visually-hidden' }, 'Funnel by step'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col' }, 'Type'),
        SERIES.map(([k]) => h('th', { scope: 'col' }, label(k))))),
      h('tbody', null, steps.map((s) => h('tr', { 'data-position': s.position },
        h('th', { scope: 'row', 'data-label': 'Step' }, String(s.position)),
        h('td', { 'data-label': 'Type' }, label(s.type)),
        SERIES.map(([k]) => h('td', { 'data-label': label(k), 'data-metric': k }, String(s[k] || 0))))))));
  }
}

defineElement('seq-sequence-metrics', SeqSequenceMetrics);
