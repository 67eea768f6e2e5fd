package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.junit.jupiter.api.Test;

/** Renders without the save-time check (Velocity's own evaluate), as a template that bypassed it would. */
class SandboxUberspectorTest {

    private final RuntimeInstance velocity = SandboxedVelocity.newRuntime();

    private String evaluate(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        velocity.evaluate(new VelocityContext(new HashMap<>(model)), out, "unchecked", template);
        return out.toString();
    }

    @Test
    void noMethodOrGetterIsReachable() {
        Map<String, Object> model = Map.of("bean", new StringBuilder("secret"),
                "contact", Map.of("firstName", "Ada"));
        assertEquals("[$bean.length()][$bean.toString()][$contact.firstName.getClass()][$contact.firstName.bytes]",
                evaluate("[$bean.length()][$bean.toString()][$contact.firstName.getClass()][$contact.firstName.bytes]",
                        model));
    }

    @Test
    void aMapsClassIsAKeyLookupNotGetClass() {
        assertEquals("[][]", evaluate("[$!contact.class][$!contact.class.name]",
                Map.of("contact", Map.of("firstName", "Ada"))));
    }

    @Test
    void mapKeysIndexesAndListsStillWork() {
        assertEquals("Ada 12 a,b,", evaluate("$contact.firstName $contact.fields['Team size'] #foreach($x in $l)$x,#end",
                Map.of("contact", Map.of("firstName", "Ada", "fields", Map.of("Team size", "12")),
                        "l", List.of("a", "b"))));
    }

    @Test
    void setCannotWriteIntoTheModel() {
        Map<String, Object> contact = new HashMap<>(Map.of("firstName", "Ada"));
        evaluate("#set($contact.firstName = 'Eve')", Map.of("contact", contact));
        assertEquals("Ada", contact.get("firstName"));
    }
}
