package org.salessequences.infrastructure.templating.velocity;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Takes the place of one of Velocity's directives that evaluate text as a template, load other templates or define
 * something that outlives the rendering ({@code #evaluate}, {@code #parse}, {@code #include}, {@code #define},
 * {@code #macro}), so that the runtime itself cannot do any of it, whatever reaches it. Each keeps the directive's
 * shape (a line, or a block closed by {@code #end}), so a template using one still parses and the checker can name
 * the directive; rendering it fails.
 */
abstract class RefusedDirective extends Directive {

    /** Registered over Velocity's own directives of the same names ({@code runtime.custom_directives}). */
    static final List<Class<? extends RefusedDirective>> ALL = List.of(Evaluate.class, Parse.class, Include.class,
            Define.class, Macro.class);
    /** The directives' names: each class is named after the directive it stands in for. */
    static final Set<String> NAMES = ALL.stream().map(RefusedDirective::nameOf).collect(Collectors.toUnmodifiableSet());

    private final String name = nameOf(getClass());
    private final int type;

    RefusedDirective(int type) {
        this.type = type;
    }

    private static String nameOf(Class<?> directive) {
        return directive.getSimpleName().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public boolean isScopeProvided() {
        return false;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        throw new TemplateRenderException("#" + name + " is not allowed in templates");
    }

    /** Velocity creates directives by their class's public no-argument constructor, hence one class per name. */
    public static final class Evaluate extends RefusedDirective {
        public Evaluate() {
            super(LINE);
        }
    }

    public static final class Parse extends RefusedDirective {
        public Parse() {
            super(LINE);
        }
    }

    public static final class Include extends RefusedDirective {
        public Include() {
            super(LINE);
        }
    }

    public static final class Define extends RefusedDirective {
        public Define() {
            super(BLOCK);
        }
    }

    public static final class Macro extends RefusedDirective {
        public Macro() {
            super(BLOCK);
        }
    }
}
