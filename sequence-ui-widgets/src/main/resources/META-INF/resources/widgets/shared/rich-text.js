// The email body editor for reps who do not write HTML: a contenteditable area with a few formatting buttons, which
// reads and writes the step's HTML; "Edit HTML" shows the HTML itself. Whatever comes in (the stored body, a paste)
// is sanitised first: parsed in an inert document (DOMParser: no script runs, no image loads) and rebuilt from a
// small set of elements and attributes, so a body from anywhere cannot run script inside the builder.
import { h, uid } from './dom.js';

const KEPT = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'A', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3',
  'BLOCKQUOTE', 'DIV', 'SPAN']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'svg', 'math',
  'HEAD', 'TITLE', 'META', 'LINK']);
// Links to the web, mail addresses, or a template placeholder (a link the template fills in).
const SAFE_HREF = /^(https?:|mailto:|\$)/i;

/** The safe copy of `html` as nodes of this document. */
export function sanitize(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copyChildren(parsed.body, out);
  return out;
}

function copyChildren(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED.has(node.tagName)) {
      if (!KEPT.has(node.tagName)) {
        copyChildren(node, to);
      } else {
        const copy = document.createElement(node.tagName.toLowerCase());
        const href = node.getAttribute('href');
        if (node.tagName === 'A' && href && SAFE_HREF.test(href.trim())) copy.setAttribute('href', href.trim());
        copyChildren(node, copy);
        to.append(copy);
      }
    }
  }
}

/** The HTML of what the editor holds, sanitised again (the browser adds markup of its own while one types). */
function htmlOf(area) {
  const holder = document.createElement('div');
  holder.append(sanitize(area.innerHTML));
  return holder.innerHTML;
}

/**
 * The editor of `value`, calling onInput(html) on each change. `field` is its contract name (data-field, so that API
 * errors land on it); `root` the shadow root (for the selection); `onFocus` is told it is the insertion target.
 */
export function richTextEditor({ value, field, label: text, root, onInput, onFocus }) {
  let range = null;
  const labelId = uid('rt');
  const area = h('div', { class: 'rich-text', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true',
    'aria-labelledby': labelId, 'data-field': field, tabindex: '0' });
  area.append(sanitize(value));
  const selection = () => (root.getSelection ? root.getSelection() : document.getSelection());
  const remember = () => {
    const s = selection();
    if (s && s.rangeCount && area.contains(s.getRangeAt(0).commonAncestorContainer)) range = s.getRangeAt(0).cloneRange();
  };
  const changed = () => { remember(); onInput(htmlOf(area)); };
  ['keyup', 'mouseup', 'focusout'].forEach((type) => area.addEventListener(type, remember));
  area.addEventListener('input', changed);
  area.addEventListener('focusin', () => onFocus && onFocus(editor));
  area.addEventListener('paste', (e) => {
    const html = e.clipboardData.getData('text/html');
    if (!html) return;
    e.preventDefault();
    insertNodes(sanitize(html));
  });
  const insertNodes = (nodes) => {
    const at = range && area.contains(range.commonAncestorContainer) ? range : null;
    const last = nodes.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? nodes.lastChild : nodes;
    if (at) {
      at.deleteContents();
      at.insertNode(nodes);
    } else {
      area.append(nodes);
    }
    if (last) {
      range = document.createRange();
      range.setStartAfter(last);
      range.collapse(true);
    }
    changed();
  };
  const format = (command, argument) => () => {
    area.focus();
    if (range) { const s = selection(); s.removeAllRanges(); s.addRange(range); }
    document.execCommand(command, false, argument);
    changed();
  };
  const link = () => {
    const href = window.prompt('Link address (https://…)');
    if (href && SAFE_HREF.test(href.trim())) format('createLink', href.trim())();
  };
  const editor = {
    element: h('div', { class: 'field' }, h('span', { id: labelId, class: 'label' }, text),
      h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': `${text}: formatting` },
        h('button', { type: 'button', 'data-action': 'bold', 'aria-label': 'Bold', onclick: format('bold') }, h('b', null, 'B')),
        h('button', { type: 'button', 'data-action': 'italic', 'aria-label': 'Italic', onclick: format('italic') }, h('i', null, 'I')),
        h('button', { type: 'button', 'data-action': 'list', 'aria-label': 'Bulleted list', onclick: format('insertUnorderedList') }, '• List'),
        h('button', { type: 'button', 'data-action': 'link', 'aria-label': 'Link', onclick: link }, 'Link')),
      area),
    /** Puts text where the cursor was (or at the end). */
    insert: (textToInsert) => insertNodes(document.createTextNode(textToInsert))
  };
  return editor;
}
