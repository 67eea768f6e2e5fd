// Defines every Sales Sequences element: a host page needs only
// <script type="module" src="/widgets/index.js"></script>, or imports the one element it uses.
import './seq-contact-panel.js';
import './seq-mailbox-settings.js';
import './seq-reminders.js';
import './seq-sequence-list.js';
import './seq-sequence-builder.js';
import './seq-sequence-metrics.js';
