package org.salessequences.infrastructure.templating.velocity;

import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;

/**
 * The one Velocity configuration that both checks and renders templates, so that what the checker accepts is
 * exactly what renders. Nothing can be loaded from outside the template (no resource is ever found), method
 * calls and bean introspection are cut off by {@link SandboxUberspector}, and loops and nesting are bounded.
 * <p>
 * The runtime has no directive that evaluates text or keeps anything beyond one rendering ({@link RefusedDirective}
 * stands in for them), cannot define macros, and takes {@code "..."} strings as the text they are: Velocity would
 * otherwise parse and run what is inside a string only when rendering, out of sight of the save-time check, and a
 * macro defined there would be callable from every other template of the runtime.
 */
final class SandboxedVelocity {

    /** Most iterations of one {@code #foreach}. */
    static final int MAX_LOOPS = 100;

    private SandboxedVelocity() {
    }

    static RuntimeInstance newRuntime() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
        properties.setProperty("resource.loader.string.class",
                "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SandboxUberspector.class.getName());
        properties.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(MAX_LOOPS));
        properties.setProperty(RuntimeConstants.INTERPOLATE_STRINGLITERALS, "false");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, RefusedDirective.ALL.stream().map(Class::getName)
                .collect(Collectors.joining(",")));
        properties.setProperty(RuntimeConstants.VM_PERM_ALLOW_INLINE, "false");
        properties.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        properties.setProperty(RuntimeConstants.VM_LIBRARY, "");
        // An empty string counts as "no value", so that ${contact.firstName|'there'} falls back for it too.
        properties.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "true");
        RuntimeInstance runtime = new RuntimeInstance();
        runtime.init(properties);
        return runtime;
    }
}
