package org.salessequences.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.application.TemplateFailedException;
import org.salessequences.application.mail.TextTemplates;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSentEmailLookup;
import org.salessequences.infrastructure.templating.velocity.TemplateRenderException;
import org.salessequences.infrastructure.templating.velocity.VelocityTemplateRenderer;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/** Renders task titles, notes and texts with the same placeholders and sandbox as emails, as plain text. */
@ApplicationScoped
public class VelocityTextTemplates implements TextTemplates {

    @Inject
    HostCrm host;
    @Inject
    MailboxRepository mailboxes;
    @Inject
    MailSettings settings;
    @Inject
    VelocityTemplateRenderer templates;
    @Inject
    JdbcSentEmailLookup sentEmails;
    @Inject
    SenderAddresses senderAddresses;

    private ContactTemplateModels models;

    @PostConstruct
    void init() {
        models = new ContactTemplateModels(host, mailboxes, settings, sentEmails, senderAddresses);
    }

    @Override
    public String render(String template, String ownerId, String contactId) {
        HostContact contact = models.contact(contactId);
        try {
            return templates.render(template, models.model(contact, models.sender(ownerId))).strip();
        } catch (TemplateRenderException e) {
            throw new TemplateFailedException(LogId.TEMPLATE_FAILED + " a template could not be rendered: "
                    + e.getMessage(), e);
        }
    }
}
