package org.salessequences.infrastructure.mail.tracking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salessequences.infrastructure.security.SignedTokens;

class TrackedHtmlTest {

    private static final int MEGABYTE = 1 << 20;
    /**
     * A guard against a hang, not a measure of speed: one pass over a megabyte takes well under a second, the
     * quadratic regular expressions took hours, and a build machine under load can stretch the one pass many times.
     */
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final Pattern CLICK = Pattern.compile("https://seq\\.example\\.com/t/c/([A-Za-z0-9_.-]+)");

    private final TrackingLinks tracking = new TrackingLinks("https://seq.example.com", new SignedTokens("secret"));

    private TrackedHtml tracked(String html) {
        return TrackedHtml.of(html, "exec-1", tracking, true, true, true);
    }

    @Test
    void webLinksGoThroughTheClickTrackerInOrder() {
        TrackedHtml result = tracked("<p><a href=\"https://acme.example/pricing?a=1&amp;b=2\">pricing</a>"
                + " <A HREF='HTTP://old.example'>old</A> <a href=\"mailto:x@y.example\">mail</a>"
                + " <a href=\"tel:+4930123\">call</a> <a href=\"#top\">top</a> <a href=\"/relative\">rel</a></p>");

        assertEquals(List.of("https://acme.example/pricing?a=1&b=2", "HTTP://old.example"), result.links());
        Matcher click = CLICK.matcher(result.html());
        for (int index = 0; index < 2; index++) {
            assertTrue(click.find(), result.html());
            assertEquals(Optional.of(new TrackingLinks.LinkRef("exec-1", index)), tracking.clickedLink(click.group(1)));
        }
        assertAll(() -> assertFalse(result.html().contains("acme.example/pricing")),
                () -> assertTrue(result.html().contains("<A HREF='https://seq.example.com/t/c/")),
                () -> assertTrue(result.html().contains("href=\"mailto:x@y.example\"")),
                () -> assertTrue(result.html().contains("href=\"tel:+4930123\"")),
                () -> assertTrue(result.html().contains("href=\"#top\"")),
                () -> assertTrue(result.html().contains("href=\"/relative\"")));
    }

    @Test
    void theFooterAndThePixelGoBeforeTheBodyEndAndTheFooterLinkIsNotTracked() {
        TrackedHtml result = tracked("<html><body><p>Hi</p></body></html>");

        String unsubscribe = tracking.unsubscribeUrl("exec-1");
        assertEquals("<html><body><p>Hi</p><p style=\"font-size:12px;color:#777777\">Don't want these emails? "
                + "<a href=\"" + unsubscribe + "\">Unsubscribe</a>.</p><img src=\"" + tracking.openUrl("exec-1")
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\"></body></html>", result.html());
        assertEquals(List.of(), result.links());
        assertEquals("Hi\n\n--\nDon't want these emails? Unsubscribe (" + unsubscribe + ").", result.text());
    }

    @Test
    void withoutTrackingTheBodyIsSentAsWritten() {
        String html = "<p>See <a href=\"https://acme.example\">us</a></p>";

        TrackedHtml result = TrackedHtml.of(html, "exec-1", tracking, false, false, false);

        assertEquals(html, result.html());
        assertEquals(List.of(), result.links());
        assertEquals("See us (https://acme.example)", result.text());
    }

    @Test
    void aMegabyteWithThousandsOfLinksIsTrackedInOnePass() {
        String link = "<p>Item <a href=\"https://shop.example/item?id=1&amp;ref=mail\">see it</a></p>\n";
        int count = MEGABYTE / link.length();

        TrackedHtml result = assertTimeoutPreemptively(GENEROUS, () -> tracked(link.repeat(count)));

        assertEquals(count, result.links().size());
        assertEquals("https://shop.example/item?id=1&ref=mail", result.links().get(count - 1));
        assertFalse(result.html().contains("shop.example"), "every link is tracked");
        assertTrue(result.text().startsWith("Item see it (https://seq.example.com/t/c/"), result.text().substring(0, 80));
    }

    /** Shapes that made the regular expressions backtrack over the rest of the body from every {@code <a}. */
    @ParameterizedTest
    @ValueSource(strings = {"<a ", "<a", "<a href=\"x", "<a href='https://x.example/", "<a href=https://x.example/ ",
            "<a href=\"https://x.example/\">open ", "<a title=\"x\">", "<", "<!--", "<style>", "</a", "&#", "<p><b>",
            "<a href=\"https://x.example/\" b=c "})
    void aMegabyteOfBrokenMarkupIsReadInOnePass(String shape) {
        String html = shape.repeat(MEGABYTE / shape.length());

        TrackedHtml result = assertTimeoutPreemptively(GENEROUS, () -> tracked(html));

        assertTrue(result.html().length() >= html.length(), "the body is kept");
        assertTrue(result.text().endsWith("Don't want these emails? Unsubscribe (" + tracking.unsubscribeUrl("exec-1")
                + ")."), "and the footer added");
    }
}
