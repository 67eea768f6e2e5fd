package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    void stopsOutputGrowthThroughInterpolatedStrings() {
        String doubling = "#set($a = 'xxxxxxxxxx')#foreach($i in [1..30])#set($a = \"$a$a\")#end$a";
        assertThrows(TemplateRenderException.class, () -> renderer.render(doubling, model("Ada")));
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
                        java.util.Set.of("sender.signature")));
    }
}
