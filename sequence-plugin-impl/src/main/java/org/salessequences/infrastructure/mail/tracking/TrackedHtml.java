package org.salessequences.infrastructure.mail.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds tracking to a rendered HTML body: web links rewritten through the click tracker (their originals kept, in
 * order, to be stored for the email), the open pixel, and an unsubscribe footer.
 *
 * @param html  the body to send
 * @param links the original targets of the rewritten links, by position
 */
public record TrackedHtml(String html, List<String> links) {

    private static final Pattern LINK = Pattern.compile("(<a\\b[^>]*?\\bhref\\s*=\\s*)([\"'])(.*?)\\2",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

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
        String body = html;
        if (trackClicks) {
            Matcher matcher = LINK.matcher(html);
            StringBuilder rewritten = new StringBuilder();
            while (matcher.find()) {
                String target = unescape(matcher.group(3).strip());
                String lower = target.toLowerCase(Locale.ROOT);
                String replacement = matcher.group(0);
                if (lower.startsWith("http://") || lower.startsWith("https://")) {
                    replacement = matcher.group(1) + matcher.group(2)
                            + tracking.clickUrl(executionId, links.size()) + matcher.group(2);
                    links.add(target);
                }
                matcher.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(rewritten);
            body = rewritten.toString();
        }
        StringBuilder additions = new StringBuilder();
        if (unsubscribeLink) {
            additions.append("<p style=\"font-size:12px;color:#777777\">Don't want these emails? <a href=\"")
                    .append(tracking.unsubscribeUrl(executionId)).append("\">Unsubscribe</a>.</p>");
        }
        if (trackOpens) {
            additions.append("<img src=\"").append(tracking.openUrl(executionId))
                    .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">");
        }
        return new TrackedHtml(beforeBodyEnd(body, additions.toString()), links);
    }

    private static String beforeBodyEnd(String html, String addition) {
        Matcher end = BODY_END.matcher(html);
        int at = -1;
        while (end.find()) {
            at = end.start();
        }
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    /** The link as the browser would follow it: attribute values carry {@code &amp;} for {@code &}. */
    private static String unescape(String attribute) {
        return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
