package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.application.TemplateChecker.TemplateProblem;

/**
 * Templates written to break the sandbox: each is refused when the sequence is saved, or renders inertly (text as
 * written, or a {@link TemplateRenderException}) within the rendering budget, without an {@link Error} and without
 * leaving anything behind for the next template. Run by its own surefire execution on a small heap (-Xmx96m), so
 * that a payload that materialises something large fails here as it would take a server down.
 */
class AdversarialTemplatesTest {

    /** The rendering budget's time, and slack for a shared 2-core machine collecting garbage on a small heap. */
    private static final Duration WITHIN_BUDGET = VelocityTemplateRenderer.MAX_TIME.plusSeconds(4);
    /** Rendered after every payload by the same renderer: it must show as its own text, calling nothing defined. */
    private static final String PROBE = "#leak()#m()#d()";

    private static final VelocityTemplateChecker CHECKER = new VelocityTemplateChecker();

    /** A model list whose text would be longer than any budget: it must be measured, never turned into text. */
    private static final List<String> HUGE = new AbstractList<>() {
        @Override
        public String get(int index) {
            return "xxxxxxxxxx";
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    };

    private static Map<String, Object> model() {
        Map<String, Object> contact = new HashMap<>();
        contact.put("firstName", "Ada");
        contact.put("lastName", "Lovelace");
        contact.put("city", "Berlin");
        contact.put("fields", Map.of("plan", "Gold", "Team size", "12"));
        return Map.of("contact", contact, "account", Map.of("name", "Acme"),
                "sender", Map.of("name", "Rita Rep", "signature", "-- Rita"), "huge", HUGE);
    }

    /** Must be refused at save: there is no harmless way to render it. */
    private static Arguments refused(String name, String template) {
        return Arguments.of(name, template, true, null);
    }

    /** Refused at save, or rendered without ever showing {@code evidence} (what only running it would print). */
    private static Arguments inert(String name, String template, String evidence) {
        return Arguments.of(name, template, false, evidence);
    }

    private static final String EEE = "#foreach($i in [1..3])E#end";
    private static final String DOUBLING_LIST = "#set($a = ['x'])#foreach($i in [1..60])#set($a = [$a, $a])#end";
    private static final String DOUBLING_MAP = "#set($a = {'k': 'v'})#foreach($i in [1..60])#set($a = {'l': $a, "
            + "'r': $a})#end";
    private static final String DEEP_LOOPS = "#foreach($a in [1..100])#foreach($b in [1..100])#foreach($c in "
            + "[1..100])#foreach($d in [1..100])#end#end#end#end";

    static Stream<Arguments> payloads() {
        return Stream.of(
                // Reflection, in every spelling a template can write it.
                refused("getClass() call", "$contact.getClass()"),
                refused("class property", "$contact.class"),
                refused("braced class chain", "${contact.class.name}"),
                refused("quiet class", "$!contact.class"),
                refused("quiet braced class", "$!{contact.class}"),
                refused("upper-case CLASS", "$contact.CLASS"),
                refused("mixed-case ClAsS", "$contact.ClAsS.ClassLoader"),
                refused("classLoader", "$contact.classLoader"),
                refused("forName chain", "$contact.firstName.getClass().forName('java.lang.Runtime')"),
                refused("getRuntime", "$contact.getRuntime().exec('id')"),
                refused("runtime property", "$contact.runtime"),
                refused("protectionDomain", "$contact.protectionDomain"),
                refused("module", "$contact.module.classLoader"),
                refused("newInstance", "$contact.newInstance"),
                refused("declaredFields", "$contact.declaredFields"),
                refused("get method on a map", "$contact.fields.get('plan')"),
                refused("toString method", "#if($contact.toString())x#end"),
                refused("class in #set", "#set($c = $contact.class)$c"),
                refused("class in #foreach", "#foreach($m in $contact.class.declaredMethods)$m#end"),
                refused("class as range bound", "#foreach($i in [1..$contact.class])$i#end"),
                refused("class as fallback", "${contact.firstName|$contact.class}"),
                refused("class of the loop scope", "#foreach($i in [1])$foreach.class#end"),
                refused("getClass of the loop scope", "#foreach($i in [1])$foreach.getClass()#end"),
                refused("JSON \\u0024 decodes to a method call", "\u0024contact.getClass()"),
                inert("class as an index key", "$!contact['class']$!contact.firstName['class']", "java."),
                inert("backslash-u escaped name", "$contact.\\u0063lass", "java."),
                inert("full-width letters", "$!contact.\uFF43\uFF4C\uFF41\uFF53\uFF53", "java."),
                inert("zero-width space inside class", "$!contact.cl\u200Bass", "java."),
                inert("HTML entity inside class", "$!contact.&#99;lass", "java."),
                inert("escaped reference", "\\$contact.getClass()", "java."),
                inert("getClass in a single-quoted string", "#set($x = '$contact.getClass()')$x", "java."),
                inert("getClass in a double-quoted string", "#set($x = \"${contact.getClass().getName()}\")$x",
                        "java."),
                inert("unicode escapes in a string", "#set($x = \"\\u0024contact.getClass()\")$x", "java."),
                // Directives that evaluate, load or define.
                refused("#evaluate", "#evaluate('#set($x = 1)')"),
                refused("bracketed #{evaluate}", "#{evaluate}('x')"),
                refused("#parse", "#parse('other')"),
                refused("#include", "#include('other')"),
                refused("#define", "#define($d)DEFINED#end$d"),
                refused("#macro", "#macro(leak)LEAKED#end#leak()"),
                refused("bracketed #{macro}", "#{macro}(m)LEAKED#{end}#m()"),
                inert("escaped #evaluate and #macro", "\\#evaluate('x')\\#macro(leak)LEAKED\\#end#leak()",
                        "#endLEAKED"),
                inert("undefined block macro call", "#@leak()body#end", "LEAKED"),
                // Directives inside string literals, which Velocity would parse only when rendering.
                inert("#foreach in a string", "#set($x = \"" + EEE + "\")$x", "EEE"),
                inert("#evaluate in a string", "#set($x = \"#evaluate('" + EEE + "')\")$x", "EEE"),
                inert("#macro in a string", "#set($x = \"#macro(leak)LEAKED#end\")#leak()", "LEAKED"),
                inert("#define in a string", "#set($x = \"#define($d)DEFINED#end\")$!d", "DEFINED"),
                inert("#parse in a string", "#set($x = \"#parse('other')\")$x", "PARSED"),
                inert("#include in a string", "#set($x = \"#include('other')\")$x", "INCLUDED"),
                inert("deep loops in a string", "#set($x = \"" + DEEP_LOOPS + "\")$x", "EEE"),
                inert("huge range in a string", "#set($x = \"#set($r = [1..2000000000])$r\")$x", "1, 2, 3"),
                inert("doubling string in a string", "#set($a = 'xxxxxxxxxx')#foreach($i in [1..30])"
                        + "#set($a = \"$a$a\")#end$a", "xxxxxxxxxxxxxxxxxxxx"),
                inert("#set of the model in a string", "#set($x = \"#set($contact = 'EVIL')\")$contact.firstName",
                        "EVIL"),
                inert("directive in a string compared", "#if(\"" + EEE + "\" == 'EEE')EVALUATED#end", "EVALUATED"),
                inert("directive in a string fallback", "${contact.lastName|\"" + EEE + "\"}", "EEE"),
                inert("directive in a string list item", "#foreach($s in [\"" + EEE + "\"])$s#end", "EEE"),
                inert("directive in a string index", "$!contact.fields[\"" + EEE + "\"]", "EEE"),
                inert("directive in a single-quoted string", "#set($x = '" + EEE + "')$x", "EEE"),
                inert("directive in a text block", "#[[" + EEE + "]]#", "EEE"),
                // Collections that grow themselves.
                inert("doubling list printed", DOUBLING_LIST + "$a", "x, x, x"),
                inert("doubling list compared", DOUBLING_LIST + "#if($a == 'x')SAME#end", "SAME"),
                inert("doubling list hashed", DOUBLING_LIST + "#set($m = {$a: 1})hashed", null),
                inert("doubling list as a truth value", DOUBLING_LIST + "#if($a)true#end", null),
                inert("doubling map printed", DOUBLING_MAP + "$a", "k=v, k=v"),
                inert("doubling list in nested loops", "#set($a = ['x'])#foreach($i in [1..10])#foreach($j in "
                        + "[1..10])#set($a = [$a, $a])#end#end$a", "x, x, x"),
                inert("list of a list's copies", "#set($a = ['xxxxxxxxxx'])#set($a = [$a, $a, $a, $a, $a, $a, $a, "
                        + "$a, $a, $a])#set($a = [$a, $a, $a, $a, $a, $a, $a, $a, $a, $a])$a", "x, x"),
                inert("model list printed", "$huge", "xxxxxxxxxx, xxxxxxxxxx"),
                inert("model list quietly printed", "$!{huge}", "xxxxxxxxxx, xxxxxxxxxx"),
                inert("model list set and printed", "#set($h = $huge)$h", "xxxxxxxxxx, xxxxxxxxxx"),
                inert("model list looped over", "#foreach($x in $huge)$x#end", null),
                inert("model list compared", "#if($huge == 'x')SAME#end", "SAME"),
                refused("reference in a map literal", "#set($m = {'k': $contact})#set($m = {'l': $m, 'r': $m})$m"),
                refused("list of 101 literal items", "#foreach($x in [" + "'x', ".repeat(100) + "'x'])$x#end"),
                inert("#set into the model", "#set($contact.firstName = 'EVE')$contact.firstName", "EVE"),
                // Loops, ranges and arithmetic.
                refused("three nested loops", "#foreach($a in [1..2])#foreach($b in [1..2])#foreach($c in [1..2])"
                        + "x#end#end#end"),
                refused("huge literal range", "#foreach($i in [1..2000000000])#end"),
                refused("range printed whole", "#set($r = [-2147483648..2147483647])$r"),
                refused("range with a reference bound", "#set($n = 1000000000)#foreach($i in [1..$n])#end"),
                refused("string doubling with +", "#set($a = 'x')#foreach($i in [1..60])#set($a = $a + $a)#end$a"),
                inert("two full loops of output", "#foreach($a in [1..99])#foreach($b in [1..99])"
                        + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx#end#end", null),
                inert("two full loops of silent comparisons", "#foreach($a in [1..100])#foreach($b in [1..100])"
                        + "#if($contact == $account)#end#end#end", null),
                inert("squaring a number", "#set($n = 2)#foreach($i in [1..99])#set($n = $n * $n)#end$n", null),
                inert("squaring in nested loops", "#set($n = 3)#foreach($i in [1..99])#foreach($j in [1..99])"
                        + "#set($n = $n * $n)#end#end#if($n > 1)big#end", null),
                inert("dividing by zero", "#set($n = 1 / 0)$!n", null),
                // Deep nesting and sheer size.
                refused("nesting just over the limit", "#if(" + "(".repeat(150) + "true" + ")".repeat(150)
                        + ")x#end"),
                inert("deeply nested parentheses", "#if(" + "(".repeat(20_000) + "true" + ")".repeat(20_000)
                        + ")x#end", null),
                inert("deeply nested #if", "#if(true)".repeat(3_000) + "x" + "#end".repeat(3_000), null),
                inert("deeply nested list literals", "#set($l = " + "[".repeat(20_000) + "]".repeat(20_000) + ")",
                        null),
                inert("long reference chain", "$!contact" + ".a".repeat(30_000), null),
                inert("many insertions of the whole contact", "$contact".repeat(20_000), null),
                inert("many insertions of the signature", "$sender.signature".repeat(6_000), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void isRefusedAtSaveOrRendersInertlyWithinBudget(String name, String template, boolean mustBeRefused,
                                                     String evidence) {
        Optional<TemplateProblem> problem = assertTimeoutPreemptively(WITHIN_BUDGET, () -> CHECKER.check(template),
                name + ": checking took longer than the budget");
        if (mustBeRefused) {
            assertTrue(problem.isPresent(), name + ": accepted at save");
            assertTrue(problem.get().line() > 0, name + ": no position in " + problem.get());
        }
        // Also rendered when it was refused: a template saved before a rule existed reaches the renderer. Each payload
        // has a renderer of its own, so that what one leaves behind shows in its probe and not in all that follow.
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
        for (boolean html : new boolean[] {false, true}) {
            Optional<String> output = renderWithinBudget(name, renderer, template, html);
            if (problem.isPresent()) {
                assertTrue(output.isEmpty(), name + ": refused at save but rendered: " + output.orElse(""));
            }
            output.ifPresent(text -> {
                assertTrue(text.length() <= VelocityTemplateRenderer.MAX_OUTPUT_CHARS,
                        name + ": output of " + text.length());
                if (evidence != null) {
                    assertFalse(text.contains(evidence), name + ": it ran: " + abbreviated(text));
                }
            });
        }
        assertEquals(PROBE, renderer.render(PROBE, model()), name + ": the payload left something behind");
    }

    /** The rendered text, or empty when the renderer refused it; anything else (an Error, a timeout) fails. */
    private static Optional<String> renderWithinBudget(String name, VelocityTemplateRenderer renderer, String template,
                                                       boolean html) {
        return assertTimeoutPreemptively(WITHIN_BUDGET, () -> {
            try {
                return Optional.of(html ? renderer.renderHtml(template, model(), Set.of("sender.signature"))
                        : renderer.render(template, model()));
            } catch (TemplateRenderException refused) {
                return Optional.empty();
            } catch (Error e) {
                return fail(name + ": rendering threw " + e, e);
            }
        }, name + ": rendering took longer than the budget");
    }

    @Test
    void hasAtLeastSixtyNamedPayloads() {
        assertTrue(payloads().count() >= 60);
    }

    /** A macro defined while one template renders must not be callable from another, whoever wrote either. */
    @Test
    void aMacroDefinedInOneTemplateIsNotUsableInAnother() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
        for (String definition : List.of("#set($x = \"#macro(firstName)LEAKED#end\")",
                "#set($x = \"#macro(leak)LEAKED#end\")#set($y = \"#leak()\")$y", "#macro(leak)LEAKED#end")) {
            try {
                renderer.render(definition, model());
            } catch (TemplateRenderException refused) {
                // refused is fine: the point is what the next template sees
            }
            assertEquals("Hi #leak() #firstName()", renderer.render("Hi #leak() #firstName()", model()), definition);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " characters)";
    }
}
