package org.salessequences.infrastructure.mail.html;

import java.util.function.UnaryOperator;

/**
 * An email's HTML body after one pass over it, and its plain-text alternative.
 *
 * @param html the body to send: the rep's markup as written, link targets replaced where asked
 * @param text the plain-text alternative: paragraphs and line breaks kept, links written as {@code text (url)},
 *             other markup dropped and character references decoded
 */
public record EmailHtml(String html, String text) {

    private static final UnaryOperator<String> KEEP_LINKS = target -> null;

    /**
     * @param html        the rendered body
     * @param linkTargets given the target of each link in turn ({@code <a href>}, as a browser follows it), the
     *                    target to write instead, or {@code null} to keep it
     * @param appendix    markup of our own to add before the body's last {@code </body>} (at the end when it has
     *                    none); its links are kept and its text follows the body's after a {@code --} line
     */
    public static EmailHtml of(String html, UnaryOperator<String> linkTargets, String appendix) {
        PlainText text = new PlainText();
        EmailHtmlPass body = new EmailHtmlPass(html, linkTargets, text);
        StringBuilder out = body.run();
        text.blockEnd();
        text.separateWhatFollows();
        String added = new EmailHtmlPass(appendix, KEEP_LINKS, text).run().toString();
        out.insert(body.bodyEnd() < 0 ? out.length() : body.bodyEnd(), added);
        return new EmailHtml(out.toString(), text.finish());
    }
}
