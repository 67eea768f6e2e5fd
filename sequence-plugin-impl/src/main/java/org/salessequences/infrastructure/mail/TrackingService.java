package org.salessequences.infrastructure.mail;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.infrastructure.mail.tracking.TrackingLinks;
import org.salessequences.application.mail.EmailEventService;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEmailLinkStore;
import org.salessequences.infrastructure.security.SignedTokens;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;

/**
 * What following a tracking link does. A token that does not verify, or names nothing the plugin sent, changes
 * nothing and is answered as unknown; a click goes only to a link stored for that email.
 */
@ApplicationScoped
@Transactional
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class.getName());

    private TrackingLinks tracking;
    private JdbcEmailLinkStore links;
    private EmailEventService events;
    private ApplicationClock clock;

    protected TrackingService() {
        // for the CDI proxy
    }

    @Inject
    public TrackingService(SignedTokens trackingTokens, MailSettings settings, JdbcEmailLinkStore links,
                           EmailEventService events, ApplicationClock clock) {
        this.tracking = new TrackingLinks(settings.publicUrl(), trackingTokens);
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** The open pixel was loaded: whether the token named a sent email. */
    public boolean open(String token) {
        return tracking.openedExecution(token).map(execution -> events.opened(execution, clock.now())).orElse(false);
    }

    /** A tracked link was followed: the original link to redirect to, or empty for an unknown token. */
    public Optional<String> click(String token) {
        Optional<TrackingLinks.LinkRef> link = tracking.clickedLink(token);
        Optional<String> target = link.flatMap(ref -> links.find(ref.executionId(), ref.index()));
        if (target.isEmpty()) {
            LOG.fine(LogId.CLICK_TOKEN_REFUSED + " a click token that names no stored link was refused");
            return Optional.empty();
        }
        events.clicked(link.get().executionId(), clock.now());
        return target;
    }

    /** Whether the unsubscribe page may be shown for this token (nothing is recorded yet). */
    public boolean isUnsubscribeToken(String token) {
        return tracking.unsubscribingExecution(token).isPresent();
    }

    /** The recipient confirmed (or a mail client posted RFC 8058's one-click): whether it named a sent email. */
    public boolean unsubscribe(String token) {
        return tracking.unsubscribingExecution(token)
                .map(execution -> events.unsubscribed(execution, clock.now())).orElse(false);
    }
}
