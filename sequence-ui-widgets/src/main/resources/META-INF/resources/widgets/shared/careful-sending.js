// The careful-sending parts of a sequence, for the builder and the list: the time zone mode and public holidays of
// the schedule, the audience's daily enrollment ramp, the guardrails that pause a sequence, the account and meeting
// exits, the caller's mailbox limits, and why a sequence paused itself.
import { h } from './dom.js';
import { control } from './form.js';

/** The contract's defaults, for a new sequence and for one saved before these fields existed. */
export const DEFAULT_GUARDRAILS = { maxBounceRate: 0.05, maxComplaintRate: 0.003, minSample: 50 };

const PAUSED_REASONS = {
  BOUNCE_RATE: 'too many of its recent emails bounced (over its guardrail)',
  COMPLAINT_RATE: 'too many recipients of its recent emails reported them as spam (over its guardrail)'
};

/** Fills in what a definition may lack, so the controls have values to show. */
export function withCarefulDefaults(m) {
  m.schedule.recipientTimezone = m.schedule.recipientTimezone === true;
  m.schedule.holidays = m.schedule.holidays || [];
  if (m.audience.dailyEnrollmentLimit === undefined) m.audience.dailyEnrollmentLimit = null;
  m.guardrails = { ...DEFAULT_GUARDRAILS, ...(m.guardrails || {}) };
  m.exitCriteria.accountReplied = m.exitCriteria.accountReplied === true;
  m.exitCriteria.meetingBooked = m.exitCriteria.meetingBooked === true;
  return m;
}

/** Why a sequence paused itself, in words, or null. */
export function pausedReasonText(s) {
  return s && s.status === 'PAUSED' && s.pausedReason ? PAUSED_REASONS[s.pausedReason] || s.pausedReason : null;
}

/** The notice a sequence that paused itself shows: what happened and that resuming is the owner's call. */
export function pausedNotice(s) {
  const why = pausedReasonText(s);
  return why ? h('p', { class: 'paused-notice', role: 'alert', 'data-paused-reason': s.pausedReason },
    `Paused by its guardrails: ${why}. Check the addresses, then resume it when you are ready.`) : null;
}

/** The schedule's time zone mode and holidays. */
export function scheduleControls(m, redraw) {
  return [
    control(m, 'schedule.recipientTimezone', "Send at this time in each contact's own time zone (contacts without one: the time zone above)",
      { kind: 'checkbox', onChange: () => redraw('schedule.recipientTimezone') }),
    control(m, 'schedule.holidays', 'Skip the public holidays of (country codes, comma-separated)',
      { kind: 'list', hint: 'e.g. DE, US: no step runs on them, and days do not count them' })];
}

/** The audience's daily ramp. */
export function rampControl(m) {
  return control(m, 'audience.dailyEnrollmentLimit', 'New enrollments per day at most',
    { kind: 'number', hint: 'empty: no limit; the rest join on later days, in order' });
}

/** The two exits beyond a contact's own signals. */
export function exitControls(m) {
  return [
    control(m, 'exitCriteria.accountReplied', 'When another contact of the same account replies', { kind: 'checkbox' }),
    control(m, 'exitCriteria.meetingBooked', 'When a meeting with the contact is booked', { kind: 'checkbox' })];
}

/** The guardrails. */
export function guardrailsFieldset(m) {
  return h('fieldset', { 'data-field': 'guardrails' }, h('legend', null, 'Guardrails'),
    h('p', { class: 'muted' }, 'Over the emails of the last 7 days, the sequence pauses itself when more of them bounce or draw complaints than this.'),
    h('div', { class: 'row' },
      control(m, 'guardrails.maxBounceRate', 'Most hard bounces (0.05 = 5 %)', { kind: 'number' }),
      control(m, 'guardrails.maxComplaintRate', 'Most complaints (0.003 = 0.3 %)', { kind: 'number' }),
      control(m, 'guardrails.minSample', 'Counting from emails sent', { kind: 'number' })));
}

/** The caller's mailbox limits, read-only (they are set with the mailbox), or nothing when there are none. */
export function mailboxLimitsNote(mailbox) {
  const limits = mailbox && mailbox.limits;
  if (!limits || (limits.perHour == null && limits.minSecondsBetween == null)) return null;
  const parts = [];
  if (limits.perHour != null) parts.push(`at most ${limits.perHour} emails an hour`);
  if (limits.minSecondsBetween) parts.push(`${limits.minSecondsBetween} seconds apart`);
  return h('p', { class: 'muted', 'data-mailbox-limits': '' },
    `Your mailbox sends ${parts.join(', ')}; emails beyond wait in order and go out as soon as it allows.`);
}

/** How a sequence list row tells the schedule: time, zone mode and holidays. */
export function scheduleSummary(s) {
  const sc = s.schedule || {};
  const zone = sc.recipientTimezone ? "each contact's time zone" : sc.timezone;
  const holidays = sc.holidays && sc.holidays.length ? `, not on holidays of ${sc.holidays.join(', ')}` : '';
  const ramp = s.audience && s.audience.dailyEnrollmentLimit ? `; ${s.audience.dailyEnrollmentLimit} new a day` : '';
  return `${sc.time || ''} ${zone || ''}${holidays}${ramp}`.trim();
}
