// DOM building without innerHTML: every value from contacts, templates or the API goes in as a text node or an
// attribute value, so markup in a contact's name is shown, never parsed.

let counter = 0;

/** A unique id inside one shadow root, for label/aria-describedby pairs. */
export function uid(prefix = 'seq') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * Creates an element. `props`: `on<event>` adds a listener, `class`/`for`/`aria-*`/`data-*`/`role` and other
 * strings become attributes, booleans toggle boolean attributes, and `value`/`checked` are set as properties.
 * Children are nodes or values shown as text; null and false children are left out.
 */
export function h(tag, props, ...children) {
  const el = tag.includes(':') ? document.createElementNS('http://www.w3.org/2000/svg', tag.split(':')[1])
    : document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked' || key === 'selected') el[key] = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An option list for a select: [value, label] pairs or plain values. */
export function options(list, selected) {
  return list.map((item) => {
    const [value, label] = Array.isArray(item) ? item : [item, item];
    return h('option', { value, selected: String(value) === String(selected ?? '') }, label);
  });
}

/** A local date and time for people; empty for none. */
export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString(undefined,
    { dateStyle: 'medium', timeStyle: 'short' });
}

/** SOME_ENUM_VALUE as "Some enum value". */
export function label(value) {
  if (!value) return '';
  const text = String(value).replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
