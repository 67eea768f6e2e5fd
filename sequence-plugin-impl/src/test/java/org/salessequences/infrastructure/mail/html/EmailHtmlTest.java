package org.salessequences.infrastructure.mail.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class EmailHtmlTest {

    private final List<String> offered = new ArrayList<>();
    /** Replaces web links by numbered ones and records every target it is given. */
    private final UnaryOperator<String> numbered = target -> {
        offered.add(target);
        return target.startsWith("https://") ? "https://t.example/" + offered.size() : null;
    };

    @Test
    void theRepsMarkupIsCopiedAsWrittenExceptTheReplacedTargets() {
        String html = "<!DOCTYPE html>\r\n<HTML><Body class=x>\r\n<P align=center>Hi&nbsp;<B>Ada</B>,<br/>"
                + "<!-- <a href=\"https://in.comment\"> -->see <A class='c' HREF = 'https://a.example/?x=1&amp;y=2'"
                + " title=\"t\">this</A> or <a href=\"mailto:sales@acme.example\">mail us</a>"
                + "<a href=https://b.example/path>unquoted</a><img src=\"https://img.example/i.png\"></P>"
                + "\r\n</Body></HTML>";

        EmailHtml result = EmailHtml.of(html, numbered, "");

        assertEquals(html.replace("'https://a.example/?x=1&amp;y=2'", "'https://t.example/1'")
                .replace("href=https://b.example/path", "href=\"https://t.example/3\""), result.html());
        assertEquals(List.of("https://a.example/?x=1&y=2", "mailto:sales@acme.example", "https://b.example/path"),
                offered, "each link's target, as a browser follows it; comments and images hold no links");
    }

    @Test
    void aLinkOffersItsFirstTargetStrippedAndDecoded() {
        EmailHtml result = EmailHtml.of("<a href=\"  https://a.example/&eacute;&#233;  \" href=\"https://b.example\">"
                + "x</a><a href>none</a><a name=top>anchor</a><a href=\"#top\">up</a>", numbered, "");

        assertEquals(List.of("https://a.example/éé", "#top"), offered);
        assertTrue(result.html().startsWith("<a href=\"https://t.example/1\" href=\"https://b.example\">"),
                result.html());
    }

    @Test
    void linksInScriptsAndStylesAreNotLinks() {
        String html = "<style>a[href=\"https://s.example\"]{}</style><script>var a = '<a href=\"https://j.example\">'"
                + "</script><p>plain</p>";

        EmailHtml result = EmailHtml.of(html, numbered, "");

        assertEquals(List.of(), offered);
        assertEquals(html, result.html());
        assertEquals("plain", result.text());
    }

    @Test
    void theAppendixGoesBeforeTheLastBodyEndOrAtTheEnd() {
        assertEquals("<body><p>a</p></body><body>b<!--x--></body><p>added</p></BODY >",
                EmailHtml.of("<body><p>a</p></body><body>b<!--x--></body></BODY >", numbered, "<p>added</p>").html());
        assertEquals("<p>no body</p><p>added</p>", EmailHtml.of("<p>no body</p>", numbered, "<p>added</p>").html());
        assertEquals("<!-- </body> --><p>added</p>",
                EmailHtml.of("<!-- </body> -->", numbered, "<p>added</p>").html(), "a comment is not the body's end");
    }

    @Test
    void theTextKeepsParagraphsLineBreaksAndLinks() {
        String html = "<html><head><title>Offer</title><style>p { color: red }</style></head><body>\n"
                + "<h1>Hello   Ada,</h1>\n<p>line one<br>line\r\ntwo<br><br><br><br>after breaks</p>"
                + "<div>see <a href=\"https://a.example/x?a=1&amp;b=2\">the <b>offer</b></a>, "
                + "<a href=\"https://b.example/\">https://b.example/</a> and <a href=\"https://c.example\"></a>.</div>"
                + "<ul><li>one</li><li>two &amp; more &lt;3 &eacute;&#233;&#xE9;&nbsp;!</li></ul>"
                + "<script>alert('x')</script></body></html>";

        assertEquals("Hello Ada,\n\nline one\nline two\n\nafter breaks\n\n"
                + "see the offer (https://a.example/x?a=1&b=2), https://b.example/ and https://c.example.\n\n"
                + "one\n\ntwo & more <3 ééé !", EmailHtml.of(html, target -> null, "").text());
    }

    @Test
    void theTextShowsReplacedTargetsAndTheAppendixAfterTheBody() {
        EmailHtml result = EmailHtml.of("<body>Hello <a href=\"https://a.example\">there</a></body>", numbered,
                "<p>Bye <a href=\"https://footer.example\">here</a>.</p>");

        assertEquals("Hello there (https://t.example/1)\n\n--\nBye here (https://footer.example).", result.text());
        assertEquals(List.of("https://a.example"), offered, "the appendix's links are kept");
    }

    @Test
    void aHeadWithoutItsEndTagHidesNothingOfTheBody() {
        assertEquals("Hello", EmailHtml.of("<html><head><title>T</title><body><p>Hello</p>", target -> null, "")
                .text());
    }

    @Test
    void markupLeftOpenAtTheEndIsCopiedAndShowsNoText() {
        String html = "<p>Hi <a href=\"https://a.example\">there</a></p><a href=\"https://b.example/unclosed>";

        EmailHtml result = EmailHtml.of(html, numbered, "<p>added</p>");

        assertEquals("<p>Hi <a href=\"https://t.example/1\">there</a></p>"
                + "<a href=\"https://b.example/unclosed><p>added</p>", result.html());
        assertEquals("Hi there (https://t.example/1)\n\n--\nadded", result.text());
    }

    @Test
    void aLinkLeftOpenEndsWhereTheNextLinkStartsOrAtTheEnd() {
        assertEquals("one (https://a.example) two (https://b.example)",
                EmailHtml.of("<a href=\"https://a.example\">one <a href=\"https://b.example\">two", target -> null, "")
                        .text());
    }
}
