package org.salessequences.infrastructure.mail.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.salessequences.infrastructure.mail.html.EmailHtml;

/**
 * Adds tracking to a rendered HTML body: web links rewritten through the click tracker (their originals kept, in
 * order, to be stored for the email), the open pixel, and an unsubscribe footer; with the plain-text alternative of
 * the result, read in the same pass.
 *
 * @param html  the body to send
 * @param text  its plain-text alternative
 * @param links the original targets of the rewritten links, by position
 */
public record TrackedHtml(String html, String text, List<String> links) {

    public TrackedHtml {
        links = List.copyOf(links);
    }

    /**
     * @param executionId     the step execution the email belongs to
     * @param trackClicks     rewrite http(s) links
     * @param trackOpens      add the pixel
     * @param unsubscribeLink add the footer (its own link is not rewritten)
     */
    public static TrackedHtml of(String html, String executionId, TrackingLinks tracking, boolean trackClicks,
                                 boolean trackOpens, boolean unsubscribeLink) {
        List<String> links = new ArrayList<>();
        UnaryOperator<String> clickTracked = target -> {
            if (!trackClicks || !isWeb(target)) {
                return null;
            }
            String tracked = tracking.clickUrl(executionId, links.size());
            links.add(target);
            return tracked;
        };
        StringBuilder additions = new StringBuilder();
        if (unsubscribeLink) {
            additions.append("<p style=\"font-size:12px;color:#777777\">Don't want these emails? <a href=\"")
                    .append(tracking.unsubscribeUrl(executionId)).append("\">Unsubscribe</a>.</p>");
        }
        if (trackOpens) {
            additions.append("<img src=\"").append(tracking.openUrl(executionId))
                    .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">");
        }
        EmailHtml body = EmailHtml.of(html, clickTracked, additions.toString());
        return new TrackedHtml(body.html(), body.text(), links);
    }

    private static boolean isWeb(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
