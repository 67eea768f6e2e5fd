package org.salessequences.infrastructure.mail;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.salessequences.infrastructure.mail.sink.MailTransportChoice;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.application.EffectException;
import org.salessequences.application.TemplateFailedException;
import org.salessequences.application.mail.EmailBatch;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.EmailPreview;
import org.salessequences.application.mail.EmailRequest;
import org.salessequences.application.mail.RecipientUnsubscribedException;
import org.salessequences.application.mail.RenderedEmail;
import org.salessequences.application.mail.SentEmail;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailboxHealth;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.infrastructure.mail.sink.JdbcDevMailbox;
import org.salessequences.infrastructure.mail.smtp.SmtpConnectionPool;
import org.salessequences.infrastructure.mail.smtp.SmtpFailures;
import org.salessequences.infrastructure.mail.tracking.TrackedHtml;
import org.salessequences.infrastructure.mail.tracking.TrackingLinks;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEmailLinkStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSentEmailLookup;
import org.salessequences.infrastructure.security.SignedTokens;
import org.salessequences.infrastructure.templating.velocity.TemplateRenderException;
import org.salessequences.infrastructure.templating.velocity.VelocityTemplateRenderer;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * Sends step emails with Jakarta Mail through the owner's SMTP mailbox (the default mailbox when they have none),
 * or keeps them in the built-in sink instead when the {@link MailTransportChoice} says so,
 * over connections kept open and reused ({@link SmtpConnectionPool}); an owner's own server only where the
 * {@link MailHostPolicy} allows, and as an address the {@link SenderAddresses} allow. Thread-safe: one instance
 * serves every batch thread.
 */
@ApplicationScoped
public class SmtpEmailChannel implements EmailChannel {

    private static final Logger LOG = Logger.getLogger(SmtpEmailChannel.class.getName());
    private static final String REPLY_TO_PREVIOUS = "REPLY_TO_PREVIOUS";
    private static final Set<String> TRUSTED_HTML = Set.of("sender.signature");

    private VelocityTemplateRenderer templates;
    private JdbcEmailLinkStore links;
    private MailSettings settings;
    private TrackingLinks tracking;
    private ApplicationClock clock;
    private SmtpConnectionPool connections;
    private ContactTemplateModels models;
    private JdbcDevMailbox sink;
    private boolean sinking;
    private MailboxHealth health;

    protected SmtpEmailChannel() {
        // for the CDI proxy
    }

    @Inject
    public SmtpEmailChannel(HostCrm host, MailboxRepository mailboxes, VelocityTemplateRenderer templates,
                            JdbcEmailLinkStore links, JdbcSentEmailLookup sentEmails, MailSettings settings,
                            SignedTokens trackingTokens, ApplicationClock clock, MailHostPolicy hosts,
                            SenderAddresses senderAddresses, JdbcDevMailbox sink, MailTransportChoice transport,
                            MailboxHealth health) {
        MailStreamProviderPin.pin();
        this.templates = templates;
        this.links = links;
        this.settings = settings;
        this.tracking = new TrackingLinks(settings.publicUrl(), trackingTokens);
        this.clock = clock;
        this.connections = new SmtpConnectionPool(settings.connectionsPerMailbox(), settings.idleTimeout(), hosts);
        this.models = new ContactTemplateModels(host, mailboxes, settings, sentEmails, senderAddresses);
        this.sink = sink;
        this.sinking = transport.sink();
        this.health = health;
    }

    @Override
    public RenderedEmail render(EmailRequest request) {
        HostContact contact = models.contact(request.contactId());
        return render(request, models, contact, models.sender(request.ownerId()));
    }

    @Override
    public EmailPreview preview(EmailRequest request) {
        HostContact contact = models.contact(request.contactId());
        RenderedEmail rendered = render(request, models, contact, models.sender(request.ownerId()));
        TrackedHtml body = TrackedHtml.of(rendered.body(), request.executionId(), tracking, false, false, false);
        return new EmailPreview(rendered.subject(), body.html(), body.text());
    }

    @Override
    public String sendTest(String ownerId, String to, EmailPreview email) {
        Sender sender = models.sender(ownerId);
        String from = sender.from(null);
        String messageId = settings.messageIdOf("test-" + UUID.randomUUID());
        OutgoingEmail test = new OutgoingEmail(messageId, from, sender.name(), to, List.of(),
                List.of(), null, "[Test] " + email.subject(), email.html(), email.text(), null, null,
                clock.now());
        String what = "the test email to " + to;
        transmit(test, ownerId, sender, what);
        return test.subject();
    }

    @Override
    public SentEmail send(EmailRequest request) {
        return send(request, models);
    }

    @Override
    public EmailBatch readAhead(Collection<String> contactIds, Collection<String> ownerIds) {
        ReadAheadEmailLookups lookups = new ReadAheadEmailLookups(models, contactIds, ownerIds);
        return request -> send(request, lookups);
    }

    private SentEmail send(EmailRequest request, EmailLookups lookups) {
        HostContact contact = lookups.contact(request.contactId());
        String to = contact.email();
        if (to == null || to.isBlank()) {
            throw new EffectException(LogId.CONTACT_WITHOUT_EMAIL + " contact " + contact.id()
                    + " has no email address", false);
        }
        if (lookups.unsubscribed(to.strip())) {
            throw new RecipientUnsubscribedException(LogId.CONTACT_UNSUBSCRIBED + " contact " + contact.id()
                    + " unsubscribed from all sequence email");
        }
        Sender sender = lookups.sender(request.ownerId());
        RenderedEmail rendered = render(request, lookups, contact, sender);
        EmailSettings step = request.settings();
        TrackedHtml body = TrackedHtml.of(rendered.body(), request.executionId(), tracking,
                enabled(step.trackClicks()), enabled(step.trackOpens()), enabled(step.unsubscribeLink()));
        // Stored before sending, so that a click on the email finds its link however fast it comes.
        links.replace(request.executionId(), body.links());
        String messageId = settings.messageIdOf(request.executionId());
        String from = sender.from(step.from());
        OutgoingEmail email = new OutgoingEmail(messageId, from, sender.name(), to.strip(), step.cc(), step.bcc(),
                sender.replyTo(step.replyTo(), from), rendered.subject(), body.html(), body.text(),
                threaded(request) ? request.inReplyTo() : null,
                enabled(step.unsubscribeLink()) ? tracking.unsubscribeUrl(request.executionId()) : null, clock.now());
        String what = "the email of step execution " + request.executionId();
        transmit(email, request.ownerId(), sender, what);
        LOG.fine(() -> LogId.EMAIL_SENT + " sent " + what + " as " + messageId);
        return new SentEmail(messageId, rendered.subject());
    }

    /** Sends the email through the sender's server, or keeps it in the sink instead. */
    private void transmit(OutgoingEmail email, String ownerId, Sender sender, String what) {
        boolean ownServer = !sinking && !sender.viaDefault();
        try {
            MimeMessage message = email.toMime();
            if (sinking) {
                sink.keep(message, clock.now());
            } else {
                connections.send(sender.server(), !sender.viaDefault(), message, message.getAllRecipients());
            }
        } catch (AddressException e) {
            throw new EffectException(LogId.ADDRESS_INVALID + " an address of " + what + " is not valid: "
                    + e.getMessage(), false, e);
        } catch (MessagingException e) {
            EffectException failure = SmtpFailures.toEffectFailure(e, what, sender.server());
            if (ownServer && SmtpFailures.isMailboxFailure(e)) {
                health.failed(ownerId, SmtpFailures.inWords(failure), clock.now());
            }
            throw failure;
        }
        if (ownServer) {
            health.sent(ownerId);
        }
    }

    /** Closes SMTP connections unused for the idle timeout; called on a schedule. */
    public void closeIdleConnections() {
        connections.closeIdle();
    }

    /** Connections opened since start, for tests and the benchmark. */
    public long connectionsOpened() {
        return connections.connectionsOpened();
    }

    @PreDestroy
    void closeConnections() {
        connections.close();
    }

    private RenderedEmail render(EmailRequest request, EmailLookups lookups, HostContact contact, Sender sender) {
        EmailSettings step = request.settings();
        try {
            var model = lookups.model(contact, sender);
            String subject = request.subjectOverride() != null ? request.subjectOverride()
                    : subject(request, templates.render(step.subject(), model));
            String body = request.bodyOverride() != null ? request.bodyOverride()
                    : templates.renderHtml(step.body(), model, TRUSTED_HTML);
            // A header cannot span lines: a template that renders line breaks into the subject gets spaces.
            return new RenderedEmail(subject.replaceAll("[\\r\\n]+", " ").strip(), body);
        } catch (TemplateRenderException e) {
            throw new TemplateFailedException(LogId.STEP_TEMPLATE_FAILED + " the email of step " + request.stepId()
                    + " could not be rendered: " + e.getMessage(), e);
        }
    }

    /**
     * A reply in the previous email's thread takes "Re: " and the previous subject, whatever subject its step has:
     * Gmail and Outlook start a new thread for a reply whose subject differs.
     */
    private static String subject(EmailRequest request, String rendered) {
        if (!threaded(request) || request.previousSubject() == null) {
            return rendered;
        }
        String previous = request.previousSubject().strip();
        return previous.toLowerCase(Locale.ROOT).startsWith("re:") ? previous : "Re: " + previous;
    }

    private static boolean threaded(EmailRequest request) {
        return REPLY_TO_PREVIOUS.equals(request.settings().threading()) && request.inReplyTo() != null;
    }

    /** Tracking options default to on, as the sequence validator stores them. */
    private static boolean enabled(Boolean option) {
        return option == null || option;
    }
}
