// The demo host: keeps the token (from #token=… or the form) in this tab's sessionStorage, hands it to every
// widget as an attribute, switches pages, and wires the widgets' events the way a CRM would. It never mints
// tokens and holds no secret.
const $ = (selector) => document.querySelector(selector);
const widgets = () => document.querySelectorAll('seq-contact-panel, seq-reminders, seq-sequence-list, seq-sequence-builder, seq-sequence-metrics');

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
  loadContactChoices(token);
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
  $('#contact-id').value = id;
  $('#contact-panel').setAttribute('contact-id', id);
}

/** The embedded host's contacts are the CRM's own data: an admin token can list some to pick from. */
async function loadContactChoices(token) {
  const list = $('#contact-choices');
  list.replaceChildren();
  if (!token) return;
  const headers = { Authorization: `Bearer ${token}` };
  try {
    const views = await (await fetch('/api/v1/host/views', { headers })).json();
    const view = Array.isArray(views) && views.find((v) => v.recordType === 'CONTACT');
    if (!view) return;
    const page = await (await fetch(`/api/v1/host/views/${encodeURIComponent(view.id)}/contacts?size=50`, { headers })).json();
    for (const c of page.items || []) {
      const option = document.createElement('option');
      option.value = c.id;
      option.label = `${c.firstName || ''} ${c.lastName || ''} <${c.email || ''}>`;
      list.append(option);
    }
    if (!$('#contact-id').value && page.items && page.items[0]) openContact(page.items[0].id);
  } catch (e) {
    // a rep token may not read host data: the contact id is typed instead
  }
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
$('#contact-form').addEventListener('submit', (e) => { e.preventDefault(); openContact($('#contact-id').value.trim()); });

const builder = $('#builder');
const metrics = $('#metrics');
document.addEventListener('seq-sequence-create', () => {
  builder.removeAttribute('sequence-id'); builder.hidden = false; metrics.hidden = true; builder.refresh();
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
