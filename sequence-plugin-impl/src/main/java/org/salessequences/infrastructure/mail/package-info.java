/**
 * The email channel: renders step emails for a contact, adds threading, tracking and unsubscribe, and sends them
 * through the owner's mailbox ({@link org.salessequences.infrastructure.mail.SmtpEmailChannel}).
 */
package org.salessequences.infrastructure.mail;
