package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The runtime itself, without the save-time check (Velocity's own evaluate), as a template that bypassed the checker
 * would meet it: it can neither evaluate text, load other templates nor define anything that outlives a rendering.
 */
class SandboxedVelocityTest {

    private final RuntimeInstance velocity = SandboxedVelocity.newRuntime();

    private String evaluate(String template) {
        StringWriter out = new StringWriter();
        velocity.evaluate(new VelocityContext(new HashMap<>(Map.of("contact", Map.of("firstName", "Ada")))), out,
                "unchecked", template);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#evaluate('#set($x = 1)')", "#parse('other')", "#include('other')",
            "#define($d)DEFINED#end$d", "#macro(leak)LEAKED#end#leak()"})
    void directivesThatEvaluateLoadOrDefineAreNotInTheRuntime(String template) {
        TemplateRenderException refused = assertThrows(TemplateRenderException.class, () -> evaluate(template));
        assertTrue(refused.getMessage().endsWith("is not allowed in templates"), refused.getMessage());
    }

    @Test
    void aMacroDefinedWhileOneTemplateRendersIsUnknownToTheNext() {
        assertThrows(TemplateRenderException.class, () -> evaluate("#macro(leak)LEAKED#end"));
        assertEquals("#leak()", evaluate("#leak()"));
    }

    @Test
    void doubleQuotedStringsAreTextNotTemplates() {
        assertEquals("#foreach($i in [1..3])E#end|$contact.firstName|#macro(leak)LEAKED#end#leak()",
                evaluate("#set($a = \"#foreach($i in [1..3])E#end\")#set($b = \"$contact.firstName\")"
                        + "#set($c = \"#macro(leak)LEAKED#end\")$a|$b|$c#leak()"));
    }
}
