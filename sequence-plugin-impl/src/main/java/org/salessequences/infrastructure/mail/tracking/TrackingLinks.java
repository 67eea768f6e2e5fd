package org.salessequences.infrastructure.mail.tracking;

import java.util.Optional;

import org.salessequences.infrastructure.security.SignedTokens;

/**
 * The signed links of a sent email: {@code {public.url}/t/o/{token}} (open pixel), {@code /t/c/{token}} (a
 * tracked link: the token names the step execution and the link's position, never the target, which is looked
 * up among the links stored for the email) and {@code /u/{token}} (unsubscribe).
 */
public final class TrackingLinks {

    private static final String OPEN = "open";
    private static final String CLICK = "click";
    private static final String UNSUBSCRIBE = "unsubscribe";

    /** A tracked link's place: which email, which of its links. */
    public record LinkRef(String executionId, int index) {
    }

    private final String publicUrl;
    private final SignedTokens tokens;

    public TrackingLinks(String publicUrl, SignedTokens tokens) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.tokens = tokens;
    }

    public String openUrl(String executionId) {
        return publicUrl + "/t/o/" + tokens.sign(OPEN, executionId);
    }

    public String clickUrl(String executionId, int index) {
        return publicUrl + "/t/c/" + tokens.sign(CLICK, executionId + ":" + index);
    }

    public String unsubscribeUrl(String executionId) {
        return publicUrl + "/u/" + tokens.sign(UNSUBSCRIBE, executionId);
    }

    public Optional<String> openedExecution(String token) {
        return tokens.verify(OPEN, token);
    }

    public Optional<String> unsubscribingExecution(String token) {
        return tokens.verify(UNSUBSCRIBE, token);
    }

    public Optional<LinkRef> clickedLink(String token) {
        return tokens.verify(CLICK, token).flatMap(value -> {
            int colon = value.lastIndexOf(':');
            try {
                return colon <= 0 ? Optional.empty()
                        : Optional.of(new LinkRef(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
