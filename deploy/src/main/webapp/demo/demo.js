// The demo host: keeps the token (from #token=… or the form) in this tab's sessionStorage, hands it to every
// widget as an attribute, switches pages, and wires the widgets' events the way a CRM would. It never mints
// tokens and holds no secret.
import { Api } from '../widgets/shared/api.js';
import { contactPicker } from '../widgets/shared/contact-picker.js';

const $ = (selector) => document.querySelector(selector);
const widgets = () => document.querySelectorAll('seq-contact-panel, seq-reminders, seq-sequence-list, seq-sequence-builder, seq-sequence-metrics, seq-mailbox-settings');

function readFragment() {
  const params = new URLSearchParams(location.hash.replace(/^#/, '').replace(/^[a-z]+&/, ''));
  if (params.get('contact')) sessionStorage.setItem('seq-demo-contact', params.get('contact'));
  if (params.get('token')) {
    sessionStorage.setItem('seq-demo-token', params.get('token'));
    // The token leaves the address bar (and the history) as soon as it is read.
    history.replaceState(null, '', `${location.pathname}#${params.get('page') || 'contact'}`);
    return true;
  }
  return Boolean(params.get('contact'));
}

function useToken(token) {
  $('#no-token').hidden = Boolean(token);
  widgets().forEach((w) => w.setAttribute('token', token || ''));
  loadContactPicker(token);
  loadMailbox(token);
}

function showPage() {
  const page = (location.hash.replace(/^#/, '').split('&')[0]) || 'contact';
  document.querySelectorAll('main > section[data-page]').forEach((s) => { s.hidden = s.dataset.page !== page; });
  document.querySelectorAll('nav a[data-page]').forEach((a) => {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
}

function openContact(id) {
  sessionStorage.setItem('seq-demo-contact', id);
  $('#contact-panel').setAttribute('contact-id', id);
}

/**
 * The widgets' own contact picker (GET /api/v1/contacts?q=), for admins and reps alike: it offers people by name or
 * email and shows the one chosen by name; the first one found is opened when none was chosen before.
 */
function loadContactPicker(token) {
  const host = $('#contact-picker');
  if (!token) { host.replaceChildren(); return; }
  const picker = contactPicker(new Api(token), { text: 'Contact (type a name or email)', name: 'contactId',
    initialId: sessionStorage.getItem('seq-demo-contact'), first: true,
    onChoose: (contact) => { if (contact) openContact(contact.id); } });
  picker.element.querySelector('input[type=search]').id = 'contact-search';
  picker.element.querySelector('label').htmlFor = 'contact-search';
  host.replaceChildren(picker.element);
}

/** The built-in mail sink's mailbox (admins, where mail is sunk): the emails, one rendered, its headers, a reply. */
async function loadMailbox(token) {
  const list = $('#mailbox-list');
  const headers = { Authorization: `Bearer ${token}` };
  const response = token ? await fetch('/api/v1/dev-mailbox?size=50', { headers }).catch(() => null) : null;
  $('#nav-mailbox').hidden = !(response && response.ok);
  if (!response || !response.ok) return;
  const page = await response.json();
  $('#mailbox-total').textContent = `${page.total} email${page.total === 1 ? '' : 's'} kept instead of sent.`;
  list.replaceChildren(...page.items.map((m) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'mailbox-item';
    button.dataset.emailId = m.id;
    button.textContent = `${m.subject} — to ${m.to}`;
    button.addEventListener('click', () => showEmail(m, headers));
    const item = document.createElement('li');
    item.append(button);
    return item;
  }));
}

function showEmail(m, headers) {
  const view = $('#mailbox-view');
  view.hidden = false;
  $('#mailbox-subject').textContent = m.subject;
  $('#mailbox-meta').textContent = `From ${m.from} to ${m.to}, ${new Date(m.sentAt).toLocaleString()}`;
  // The email's own HTML, in a sandboxed frame: no script runs, links open in a new tab (so tracked clicks count).
  $('#mailbox-html').srcdoc = `<base target="_blank">${m.html || ''}`;
  $('#mailbox-text').textContent = m.text || '';
  $('#mailbox-headers').textContent = (m.headers || []).map((x) => `${x.name}: ${x.value}`).join('\n');
  $('#mailbox-reply').onclick = async () => {
    const reply = await fetch(`/api/v1/dev-mailbox/${encodeURIComponent(m.id)}/reply`, { method: 'POST', headers });
    $('#mailbox-status').textContent = reply.ok ? `${m.to} replied: the enrollment ends as replied.`
      : `The reply was not applied (${reply.status}).`;
  };
}

function log(event) {
  $('#event-log').textContent = `${event.type} ${JSON.stringify(event.detail && (event.detail.id || event.detail.sequence?.id || event.detail.reminder?.id || event.detail.enrollmentId || ''))}`;
}

readFragment();
window.addEventListener('hashchange', () => {
  if (readFragment()) {
    useToken(sessionStorage.getItem('seq-demo-token'));
    if (sessionStorage.getItem('seq-demo-contact')) openContact(sessionStorage.getItem('seq-demo-contact'));
  }
  showPage();
});
showPage();
useToken(sessionStorage.getItem('seq-demo-token'));
if (sessionStorage.getItem('seq-demo-contact')) openContact(sessionStorage.getItem('seq-demo-contact'));

$('#token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  sessionStorage.setItem('seq-demo-token', $('#token').value.trim());
  $('#token').value = '';
  useToken(sessionStorage.getItem('seq-demo-token'));
});
$('#mailbox-refresh').addEventListener('click', () => loadMailbox(sessionStorage.getItem('seq-demo-token')));
$('#contact-form').addEventListener('submit', (e) => e.preventDefault());

const builder = $('#builder');
const metrics = $('#metrics');
document.addEventListener('seq-sequence-create', () => {
  // One load: removing the attribute schedules one already when it was set, and the two coalesce.
  builder.removeAttribute('sequence-id'); builder.hidden = false; metrics.hidden = true; builder.scheduleRefresh();
});
document.addEventListener('seq-sequence-select', (e) => {
  builder.setAttribute('sequence-id', e.detail.id); builder.hidden = false;
  metrics.setAttribute('sequence-id', e.detail.id); metrics.hidden = false;
});
document.addEventListener('seq-sequence-save', () => $('#sequence-list').refresh());
document.addEventListener('seq-builder-cancel', () => { builder.hidden = true; metrics.hidden = true; });
['seq-sequence-create', 'seq-sequence-select', 'seq-sequence-save', 'seq-sequence-activate', 'seq-sequence-pause',
  'seq-enrollment-add', 'seq-enrollment-pause', 'seq-enrollment-resume', 'seq-enrollment-remove',
  'seq-reminder-send', 'seq-reminder-complete', 'seq-reminders-filter'].forEach((t) => document.addEventListener(t, log));
