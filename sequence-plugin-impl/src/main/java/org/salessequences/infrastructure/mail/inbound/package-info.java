/**
 * What comes back: replies and bounces read from reps' IMAP inboxes, and signed inbound events from the host.
 */
package org.salessequences.infrastructure.mail.inbound;
