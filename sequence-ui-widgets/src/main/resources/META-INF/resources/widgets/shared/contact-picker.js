// A contact chosen by name or email, never by typing an id: the field shows "Name <email>" and searches
// GET /contacts?q= as the user types; the contact's id is only the value (a hidden input named `name`, so a form
// reads it like any other field) and what `onChoose` receives.
import { h, replace, uid } from './dom.js';

const SEARCH_DELAY_MS = 200;

/** How a contact is shown: its name and e-mail, or whichever it has. */
export function contactLabel(c) {
  if (c.name && c.email) return `${c.name} <${c.email}>`;
  return c.name || c.email || c.id;
}

/**
 * The field. `api`: the widget's client; `initialId`: a contact chosen before (its name is looked up);
 * `onChoose(contact|null)`: after a choice, or null when the field was cleared; `first`: choose the first contact
 * found when none is chosen yet (a demo page that should show someone at once).
 */
export function contactPicker(api, { text, name, placeholder, initialId, onChoose, first = false }) {
  const inputId = uid('contact');
  const listId = uid('contacts');
  const byLabel = new Map();
  const value = h('input', { type: 'hidden', name, value: initialId || '' });
  const list = h('datalist', { id: listId });
  let timer;
  const choose = (contact) => {
    value.value = contact ? contact.id : '';
    input.dataset.contactId = value.value;
    if (onChoose) onChoose(contact);
  };
  const search = async (typed) => {
    // A whole "Name <email>" (pasted, or typed faster than the search) is looked up by its email.
    const q = (typed.match(/<([^<>]+)>\s*$/) || [null, typed])[1];
    const found = await api.get(`/contacts?size=20&q=${encodeURIComponent(q)}`).catch(() => []);
    found.forEach((c) => byLabel.set(contactLabel(c), c));
    replace(list, found.map((c) => h('option', { value: contactLabel(c) },
      c.accountName ? c.accountName : null)));
    const exact = byLabel.get(input.value);
    if (exact && value.value !== exact.id) choose(exact);
    else if (first && !value.value && !input.value && found[0]) {
      input.value = contactLabel(found[0]);
      choose(found[0]);
    }
  };
  const input = h('input', { id: inputId, type: 'search', list: listId, autocomplete: 'off', placeholder,
    'data-field': name, 'data-contact-picker': '',
    oninput: (e) => {
      const typed = e.target.value;
      const chosen = byLabel.get(typed);
      if (chosen) { choose(chosen); return; }
      if (value.value) choose(null);
      clearTimeout(timer);
      timer = setTimeout(() => search(typed.trim()), SEARCH_DELAY_MS);
    } });
  if (initialId) {
    api.get(`/contacts/${encodeURIComponent(initialId)}/fields`).then((c) => {
      const contact = { id: initialId, name: [c.firstName, c.lastName].filter(Boolean).join(' '), email: c.email };
      byLabel.set(contactLabel(contact), contact);
      if (value.value === initialId) input.value = contactLabel(contact);
    }).catch(() => { input.value = initialId; });
  }
  search('');
  return {
    element: h('div', { class: 'field contact-picker' }, h('label', { for: inputId }, text), input, list, value),
    id: () => value.value
  };
}
