// Labelled form controls bound to a path in a plain object (the request body being edited). data-field carries
// the contract's name of the field (steps[0].email.subject), which is how API errors find their control.
import { h, options, uid } from './dom.js';

const TOKEN = /[^.[\]]+/g;

export function getPath(model, path) {
  return (path.match(TOKEN) || []).reduce((node, key) => (node == null ? undefined : node[key]), model);
}

export function setPath(model, path, value) {
  const keys = path.match(TOKEN) || [];
  let node = model;
  keys.slice(0, -1).forEach((key, i) => {
    if (node[key] == null) node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key];
  });
  node[keys[keys.length - 1]] = value;
}

/**
 * A labelled control for model[path]. kind: text (default), number, time, date, textarea, checkbox, select (with
 * choices), list (comma-separated strings). onChange runs after the model changed (e.g. to redraw).
 */
export function control(model, path, text, { kind = 'text', choices = [], onChange, hint, required, list } = {}) {
  const id = uid('f');
  const value = getPath(model, path);
  const common = { id, 'data-field': path, required };
  let input;
  const update = (v) => { setPath(model, path, v); if (onChange) onChange(v); };
  if (kind === 'checkbox') {
    input = h('input', { ...common, type: 'checkbox', checked: value === true, onchange: (e) => update(e.target.checked) });
    return h('div', { class: 'field inline' }, input, h('label', { for: id }, text));
  }
  if (kind === 'select') {
    input = h('select', { ...common, onchange: (e) => update(e.target.value || null) }, options(choices, value));
  } else if (kind === 'textarea') {
    input = h('textarea', { ...common, value: value ?? '', oninput: (e) => update(e.target.value) });
  } else if (kind === 'list') {
    input = h('input', { ...common, type: 'text', value: (value || []).join(', '),
      oninput: (e) => update(e.target.value.split(',').map((s) => s.trim()).filter(Boolean)) });
  } else if (kind === 'number') {
    input = h('input', { ...common, type: 'number', value: value ?? '', inputmode: 'numeric',
      oninput: (e) => update(e.target.value === '' ? null : Number(e.target.value)) });
  } else {
    input = h('input', { ...common, type: kind, value: value ?? '', list,
      oninput: (e) => update(e.target.value === '' ? null : e.target.value) });
  }
  const hintEl = hint ? h('span', { class: 'muted', id: `${id}-hint` }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { for: id }, text), input, hintEl);
}
