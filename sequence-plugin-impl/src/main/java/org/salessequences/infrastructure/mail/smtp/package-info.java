/** SMTP through Jakarta Mail: pooled, reused connections per mailbox, and what a refusal means for retrying. */
package org.salessequences.infrastructure.mail.smtp;
