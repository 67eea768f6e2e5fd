package org.salessequences.application.mail;

/**
 * Renders the plain-text templates of task and SMS steps with the same placeholders and sandbox as emails
 * ({@code $contact.firstName}, {@code $account.name}, {@code $sender.name}, ...).
 */
public interface TextTemplates {

    /**
     * @param template  the template text
     * @param ownerId   the sequence owner (the sender)
     * @param contactId the host contact
     * @throws org.salessequences.application.EffectException when the contact cannot be resolved, a
     *         {@link org.salessequences.application.TemplateFailedException} when rendering fails
     */
    String render(String template, String ownerId, String contactId);
}
