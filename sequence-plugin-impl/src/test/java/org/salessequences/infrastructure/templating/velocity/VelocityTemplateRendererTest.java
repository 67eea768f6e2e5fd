package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VelocityTemplateRendererTest {

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    private static Map<String, Object> model(String firstName) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("firstName", firstName);
        contact.put("city", "Berlin");
        contact.put("fields", Map.of("plan", "Gold", "Team size", "12"));
        return Map.of("contact", contact, "account", Map.of("name", "Acme"),
                "sender", Map.of("name", "Rita Rep", "signature", "-- Rita"));
    }

    @Test
    void rendersPlaceholdersCustomFieldsAndBuiltInProperties() {
        assertEquals("Hi Ada from Berlin at Acme (Gold, 12) -- Rita", renderer.render(
                "Hi $contact.firstName from $contact.city at $account.name ($contact.fields.plan, "
                        + "$contact.fields['Team size']) $sender.signature", model("Ada")));
    }

    @Test
    void quietReferencesAndFallbacksCoverMissingAndEmptyValues() {
        assertEquals("Hi , Hi there, Hi there", renderer.render(
                "Hi $!{contact.firstName}, Hi ${contact.firstName|'there'}, Hi ${contact.lastName|'there'}",
                model("")));
        assertEquals("Hi Ada", renderer.render("Hi ${contact.firstName|'there'}", model("Ada")));
    }

    @Test
    void refusesATemplateThatCallsAMethod() {
        TemplateRenderException refused = assertThrows(TemplateRenderException.class,
                () -> renderer.render("$contact.getClass().forName('java.lang.Runtime')", model("Ada")));
        assertTrue(refused.getMessage().contains("method calls are not allowed"), refused.getMessage());
    }

    @Test
    void placeholdersInDoubleQuotesAreRefusedAsTheyWouldNotBeEvaluated() {
        String doubling = "#set($a = 'xxxxxxxxxx')#foreach($i in [1..30])#set($a = \"$a$a\")#end$a";
        TemplateRenderException refused = assertThrows(TemplateRenderException.class,
                () -> renderer.render(doubling, model("Ada")));
        assertTrue(refused.getMessage().contains("inside double quotes are not evaluated"), refused.getMessage());
        assertEquals("Hi $a", renderer.render("#set($g = 'Hi $a')$g", model("Ada")));
    }

    @Test
    void workThatWritesNothingIsStoppedByTimeWhileItRuns() {
        // One condition that compares a 180,000-character text of the list 4,096 times, writing nothing meanwhile.
        Map<String, Object> model = Map.of("items", Collections.nCopies(20_000, "12345678"));
        String silent = "#if(" + anyOf(4_096, "$items == 'x'") + ")#end";
        VelocityTemplateRenderer impatient = new VelocityTemplateRenderer(Duration.ofMillis(20));
        // Parsed (and cached) by a first rendering, so that what is timed below is the rendering alone.
        assertThrows(TemplateRenderException.class, () -> impatient.render(silent, model));
        long started = System.nanoTime();
        TemplateRenderException stopped = assertThrows(TemplateRenderException.class,
                () -> impatient.render(silent, model));
        assertEquals("rendering the template took too long", stopped.getMessage());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "stopped only after " + took);
    }

    /** {@code (c || c) || (c || c)}: many conditions, nested only as deep as their count's logarithm. */
    private static String anyOf(int count, String condition) {
        return count == 1 ? condition : "(" + anyOf(count / 2, condition) + " || " + anyOf(count / 2, condition) + ")";
    }

    @Test
    void aModelValueTooLargeToPrintIsRefusedBeforeItBecomesText() {
        List<String> huge = new AbstractList<>() {
            @Override
            public String get(int index) {
                return "x";
            }

            @Override
            public int size() {
                return 10_000_000;
            }

            @Override
            public String toString() {
                throw new AssertionError("made into text");
            }
        };
        for (String template : List.of("$huge", "#set($h = $huge)", "#foreach($x in $huge)$x#end")) {
            TemplateRenderException refused = assertThrows(TemplateRenderException.class,
                    () -> renderer.renderHtml(template, Map.of("huge", huge), Set.of()), template);
            assertTrue(refused.getMessage().contains("longer than"), refused.getMessage());
        }
    }

    @Test
    void anErrorWhileRenderingIsATemplateFailureNotTheThreadsEnd() {
        for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"))) {
            Map<String, Object> failing = new HashMap<>() {
                @Override
                public Object get(Object key) {
                    throw error;
                }
            };
            TemplateRenderException failed = assertThrows(TemplateRenderException.class,
                    () -> renderer.render("Hi $contact.firstName", Map.of("contact", failing)));
            assertEquals(error, failed.getCause());
        }
    }

    @Test
    void numbersCannotGrowWithoutBound() {
        TemplateRenderException refused = assertThrows(TemplateRenderException.class,
                () -> renderer.render("#set($n = 2)#foreach($i in [1..99])#set($n = $n * $n)#end$n", model("Ada")));
        assertTrue(refused.getMessage().contains("longer than"), refused.getMessage());
        assertEquals("256", renderer.render("#set($n = 2)#foreach($i in [1..3])#set($n = $n * $n)#end$n",
                model("Ada")));
    }

    @Test
    void loopsStopAtTheLoopLimit() {
        Map<String, Object> model = Map.of("items", List.of(new ArrayList<>(Collections.nCopies(500, "x"))));
        String out = renderer.render("#foreach($l in $items)#foreach($i in $l)y#end#end", model);
        assertEquals(SandboxedVelocity.MAX_LOOPS, out.length());
    }

    @Test
    void parsesEachTemplateTextOnce() {
        for (int i = 0; i < 50; i++) {
            renderer.render("Hi $contact.firstName", model("n" + i));
        }
        renderer.render("Bye $contact.firstName", model("Ada"));
        assertEquals(2, renderer.cachedTemplates());
    }

    @Test
    void htmlBodiesEscapeContactValuesButNotTheSignature() {
        Map<String, Object> model = Map.of("contact", Map.of("firstName", "<a href=\"https://evil\">Ada</a> & co"),
                "sender", Map.of("signature", "<b>Rita</b>"));
        assertEquals("Hi &lt;a href=&quot;https://evil&quot;&gt;Ada&lt;/a&gt; &amp; co, <b>Rita</b> <b>Rita</b>",
                renderer.renderHtml("Hi $contact.firstName, $sender.signature $!{sender.signature}", model,
                        Set.of("sender.signature")));
    }
}
