// The editor of a condition list ({field, operator, value} rows, at most 8) and its ALL/ANY match, used for the
// audience, each step and the exit criteria. `path` is the list's contract name (steps[1].conditions).
import { h } from './dom.js';
import { control, getPath, setPath } from './form.js';

export const OPERATORS = ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'NOT_CONTAINS', 'STARTS_WITH', 'IS_EMPTY',
  'IS_NOT_EMPTY', 'GREATER_THAN', 'LESS_THAN', 'IN'];
export const MAX_CONDITIONS = 8;
export const FIELD_SUGGESTIONS = ['firstName', 'lastName', 'email', 'city', 'state', 'country', 'jobTitle',
  'account.name', 'account.domain', 'email.opened', 'email.clicked', 'email.replied', 'email.bounced'];

/** matchPath is where ALL/ANY lives; redraw re-renders the owner after rows were added or removed. */
export function conditionsEditor(model, path, matchPath, legend, redraw, listId) {
  if (!Array.isArray(getPath(model, path))) setPath(model, path, []);
  const list = getPath(model, path);
  return h('fieldset', { class: 'conditions', 'data-field': path, tabindex: '-1' },
    h('legend', null, legend),
    list.map((_, i) => h('div', { class: 'row condition' },
      control(model, `${path}[${i}].field`, 'Field', { list: listId, hint: i === 0 ? 'e.g. city, fields.plan, email.opened' : null }),
      control(model, `${path}[${i}].operator`, 'Operator', { kind: 'select', choices: OPERATORS.map((o) => [o, o.replace(/_/g, ' ').toLowerCase()]) }),
      control(model, `${path}[${i}].value`, 'Value'),
      h('button', { type: 'button', 'aria-label': `Remove condition ${i + 1} of ${legend}`,
        onclick: () => { list.splice(i, 1); redraw(`${path}`); } }, 'Remove'))),
    list.length > 1 ? control(model, matchPath, 'Match', { kind: 'select', choices: [['ALL', 'All conditions'], ['ANY', 'Any condition']] }) : null,
    h('button', { type: 'button', disabled: list.length >= MAX_CONDITIONS, 'data-action': 'add-condition',
      onclick: () => {
        list.push({ field: '', operator: 'EQUALS', value: '' });
        redraw(`${path}[${list.length - 1}].field`);
      } }, 'Add condition'));
}
