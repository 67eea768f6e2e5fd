package org.salessequences.application.mail;

/** An email rendered as it would be sent, untracked: subject, HTML body and its plain-text alternative. */
public record EmailPreview(String subject, String html, String text) {
}
