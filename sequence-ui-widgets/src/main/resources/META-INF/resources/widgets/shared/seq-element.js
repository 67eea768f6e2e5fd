// The base of every seq-* element: shadow DOM (nothing leaks into or out of the host page), the API client from
// the token and api-base attributes, a polite live region for status, composed events, and field errors.
import { Api, ApiError } from './api.js';
import { h, replace, uid } from './dom.js';
import { styles } from './styles.js';

export class SeqElement extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.liveRegion = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', part: 'status' });
    this.main = h('div', { class: 'body' });
    const style = document.createElement('style');
    style.textContent = styles;
    this.shadowRoot.append(style, this.main, this.liveRegion);
  }

  get api() {
    return new Api(this.getAttribute('token'), this.getAttribute('api-base'));
  }

  // Nothing is fetched before the host has given a token; several attribute changes in one task coalesce into one
  // refresh.
  connectedCallback() {
    this.connected = true;
    this.scheduleRefresh();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.scheduleRefresh();
  }

  scheduleRefresh() {
    if (!this.connected || !this.getAttribute('token') || this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.refresh();
    });
  }

  /** Loads and draws everything again; subclasses implement it. */
  async refresh() {}

  /** Announces a status message to screen readers and shows it. */
  status(message, isError = false) {
    this.liveRegion.classList.toggle('error', isError);
    this.liveRegion.setAttribute('role', isError ? 'alert' : 'status');
    replace(this.liveRegion, message || '');
  }

  /** Dispatches seq-<name>-<verb>, bubbling out of the shadow root to the host page. */
  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Runs an API call, showing its failure in the live region; returns undefined on failure. */
  async attempt(action, form) {
    if (form) clearErrors(form);
    try {
      return await action();
    } catch (e) {
      if (e instanceof ApiError && form && e.errors.length) {
        showErrors(form, e.errors);
        this.status(`Please correct ${e.errors.length === 1 ? 'the field' : `${e.errors.length} fields`}: ${e.message}`, true);
      } else {
        this.status(e.message || String(e), true);
      }
      return undefined;
    }
  }
}

/** Removes the field errors a previous attempt showed. */
export function clearErrors(root) {
  root.querySelectorAll('.field-error').forEach((el) => el.remove());
  root.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const describedBy = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.startsWith('err-'));
    if (describedBy.length) el.setAttribute('aria-describedby', describedBy.join(' '));
    else el.removeAttribute('aria-describedby');
  });
}

/**
 * Shows each {field,message} next to the control whose data-field is the field, or the nearest enclosing one
 * (steps[2].conditions[0].value falls back to steps[2].conditions, then steps[2]); others go to the form's top.
 * Focus moves to the first invalid control so keyboard and screen reader users land on it.
 */
export function showErrors(root, errors) {
  let first = null;
  for (const { field, message } of errors) {
    const target = closestField(root, field || '');
    const id = uid('err');
    const error = h('p', { class: 'field-error', id, 'data-error-for': field || '' }, message || 'is invalid');
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') || ''} ${id}`.trim());
      const anchor = target.closest('.field') || target;
      anchor.after(error);
      first = first || target;
    } else {
      const top = root.querySelector('.form-errors') || root;
      top.append(h('p', { class: 'field-error', id, 'data-error-for': field || '' },
        field ? `${field}: ${message}` : message));
    }
  }
  if (first && typeof first.focus === 'function') first.focus();
}

function closestField(root, field) {
  let path = field;
  while (path) {
    const found = [...root.querySelectorAll('[data-field]')].find((el) => el.dataset.field === path);
    if (found) return found;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return null;
}

/**
 * Defines a widget's element once. A host page may load the same module twice (two bundles, or a URL with another
 * query string), and a second `customElements.define` of a tag throws, which would stop the rest of that page's script.
 */
export function defineElement(tag, elementClass) {
  if (!customElements.get(tag)) {
    customElements.define(tag, elementClass);
  }
}
