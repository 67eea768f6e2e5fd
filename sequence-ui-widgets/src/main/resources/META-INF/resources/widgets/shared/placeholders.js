// The placeholder picker of email steps: the values a template really reads (the plugin's template model:
// contact, account, sender; docs/email.md), inserted where the rep's cursor was in the subject or the body.
// Each goes in the quiet form $!{...}, which renders nothing for a missing value instead of the placeholder itself.
import { h, uid } from './dom.js';

export const PLACEHOLDERS = [
  ['contact.firstName', 'First name'], ['contact.lastName', 'Last name'], ['contact.email', 'Email'],
  ['contact.jobTitle', 'Job title'], ['contact.city', 'City'], ['contact.country', 'Country'],
  ['account.name', 'Company'], ['account.domain', 'Company domain'],
  ['sender.name', 'My name'], ['sender.email', 'My email'], ['sender.signature', 'My signature']];

/** How a placeholder is written into a template. */
export function placeholder(name) {
  return `$!{${name}}`;
}

/** A select that calls onPick(text) with the chosen placeholder, then returns to its prompt. */
export function placeholderPicker(onPick, text = 'Insert placeholder') {
  const id = uid('ph');
  const select = h('select', { id, 'data-action': 'insert-placeholder',
    onchange: (e) => {
      if (e.target.value) onPick(placeholder(e.target.value));
      e.target.value = '';
    } },
  h('option', { value: '' }, 'Choose…'),
  PLACEHOLDERS.map(([name, shown]) => h('option', { value: name }, `${shown} (${name})`)));
  return h('div', { class: 'field placeholder-picker' }, h('label', { for: id }, text), select);
}

/** Puts `text` at the cursor of an input or textarea (replacing a selection) and tells its listeners. */
export function insertIntoField(field, text) {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
