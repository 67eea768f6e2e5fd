package org.salessequences.infrastructure.templating.velocity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.velocity.runtime.parser.Token;
import org.apache.velocity.runtime.parser.node.ASTAddNode;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTFalse;
import org.apache.velocity.runtime.parser.node.ASTFloatingPointLiteral;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTIntegerLiteral;
import org.apache.velocity.runtime.parser.node.ASTIntegerRange;
import org.apache.velocity.runtime.parser.node.ASTMap;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTNegateNode;
import org.apache.velocity.runtime.parser.node.ASTObjectArray;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.ASTTrue;
import org.apache.velocity.runtime.parser.node.Node;
import org.salessequences.application.TemplateChecker.TemplateProblem;

/**
 * The rules a message template must keep, checked on its parsed tree when a sequence is saved. A template reads
 * placeholders and uses {@code #if}, {@code #set} and small {@code #foreach} loops; it never calls a method,
 * never names reflection members, never pulls in other templates, and cannot grow its output without bound.
 * {@link SandboxUberspector} enforces the first two again at render time, {@link SandboxedVelocity} has no
 * directive to pull in or evaluate other text, and {@link RenderBudget} bounds what rendering does.
 * <p>
 * The tree is the whole program: strings are never parsed as templates when rendering, so {@code "$x"} would print
 * those two characters and is refused here with a hint; lists and maps written in a template hold literal values
 * only, so no template can build a collection out of itself ({@code #set($a = [$a, $a])}).
 */
final class TemplateSandbox {

    /** Members through which a template could reach classes, class loaders or the runtime. */
    private static final Set<String> REFLECTION_MEMBERS = Set.of("class", "getclass", "classloader",
            "getclassloader", "forname", "declaredmethods", "declaredfields", "declaredconstructors", "constructors",
            "methods", "protectiondomain", "module", "runtime", "getruntime", "newinstance", "invoke");

    /** Nested loops multiply: two levels of {@link SandboxedVelocity#MAX_LOOPS} is the most work a template may ask. */
    private static final int MAX_LOOP_NESTING = 2;
    /** Most items of a list or entries of a map written in a template. */
    static final int MAX_LITERAL_ITEMS = 100;
    /**
     * Deepest nesting of the parsed tree (directives, parentheses, operators): far more than a message needs, and
     * far less than would exhaust a thread's stack when it is checked, initialised or rendered.
     */
    static final int MAX_TREE_DEPTH = 100;
    static final String TOO_DEEP = "the template is nested more than " + MAX_TREE_DEPTH + " levels deep";

    private TemplateSandbox() {
    }

    /** The first rule the template breaks, or empty. */
    static Optional<TemplateProblem> firstViolation(Node root) {
        return visit(root, 0, 0);
    }

    private static Optional<TemplateProblem> visit(Node node, int loopDepth, int treeDepth) {
        if (treeDepth > MAX_TREE_DEPTH) {
            return problem(node, TOO_DEEP);
        }
        Optional<TemplateProblem> problem = check(node, loopDepth);
        if (problem.isPresent()) {
            return problem;
        }
        int childDepth = isDirective(node, "foreach") ? loopDepth + 1 : loopDepth;
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            problem = visit(node.jjtGetChild(i), childDepth, treeDepth + 1);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<TemplateProblem> check(Node node, int loopDepth) {
        if (node instanceof ASTMethod) {
            return problem(node, "method calls are not allowed in templates (" + image(node)
                    + "(...)): use placeholders such as $contact.firstName");
        }
        if (node instanceof ASTIdentifier && REFLECTION_MEMBERS.contains(image(node).toLowerCase(Locale.ROOT))) {
            return problem(node, "'" + image(node) + "' is not allowed in templates: no class or reflection access");
        }
        if (node instanceof ASTDirective directive
                && RefusedDirective.NAMES.contains(directive.getDirectiveName())) {
            return problem(node, "#" + directive.getDirectiveName() + " is not allowed in templates");
        }
        if (isDirective(node, "foreach") && loopDepth >= MAX_LOOP_NESTING) {
            return problem(node, "#foreach may be nested at most " + MAX_LOOP_NESTING + " deep");
        }
        if (node instanceof ASTIntegerRange && !isSmallLiteralRange(node)) {
            return problem(node, "a range must have literal bounds at most " + SandboxedVelocity.MAX_LOOPS
                    + " apart, e.g. [1..3]");
        }
        if (node instanceof ASTAddNode) {
            return problem(node, "the + operator is not allowed in templates: write values side by side ($a$b)");
        }
        if (node instanceof ASTStringLiteral && isInterpolationLike(image(node))) {
            return problem(node, "placeholders and directives inside double quotes are not evaluated in templates: "
                    + "write them outside the quotes, or use single quotes for literal text");
        }
        if (node instanceof ASTObjectArray || node instanceof ASTMap) {
            return literalCollectionProblem(node);
        }
        return Optional.empty();
    }

    /** What Velocity itself would interpolate: a double-quoted string with a {@code $} or {@code #} in it. */
    private static boolean isInterpolationLike(String literal) {
        return literal.startsWith("\"") && (literal.indexOf('$') >= 0 || literal.indexOf('#') >= 0);
    }

    private static Optional<TemplateProblem> literalCollectionProblem(Node collection) {
        int items = collection instanceof ASTMap ? collection.jjtGetNumChildren() / 2 : collection.jjtGetNumChildren();
        if (items > MAX_LITERAL_ITEMS) {
            return problem(collection, "a list or map in a template may hold at most " + MAX_LITERAL_ITEMS + " items");
        }
        for (int i = 0; i < collection.jjtGetNumChildren(); i++) {
            if (!isScalarLiteral(collection.jjtGetChild(i))) {
                return problem(collection.jjtGetChild(i), "a list or map in a template may hold only literal values "
                        + "such as 'text', 12 or true");
            }
        }
        return Optional.empty();
    }

    private static boolean isScalarLiteral(Node node) {
        if (node instanceof ASTNegateNode) {
            return node.jjtGetNumChildren() == 1 && isScalarLiteral(node.jjtGetChild(0));
        }
        return node instanceof ASTStringLiteral || node instanceof ASTIntegerLiteral
                || node instanceof ASTFloatingPointLiteral || node instanceof ASTTrue || node instanceof ASTFalse;
    }

    private static boolean isDirective(Node node, String name) {
        return node instanceof ASTDirective directive && name.equals(directive.getDirectiveName());
    }

    private static boolean isSmallLiteralRange(Node range) {
        if (range.jjtGetNumChildren() != 2 || !(range.jjtGetChild(0) instanceof ASTIntegerLiteral)
                || !(range.jjtGetChild(1) instanceof ASTIntegerLiteral)) {
            return false;
        }
        try {
            long from = Long.parseLong(image(range.jjtGetChild(0)));
            long to = Long.parseLong(image(range.jjtGetChild(1)));
            return Math.abs(to - from) < SandboxedVelocity.MAX_LOOPS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Tokens, not {@code getLine()} or {@code literal()}: those are only filled in when a template is initialised. */
    private static String image(Node node) {
        Token token = node.getFirstToken();
        return token == null || token.image == null ? "" : token.image.strip();
    }

    private static Optional<TemplateProblem> problem(Node node, String message) {
        Token token = node.getFirstToken();
        return Optional.of(token == null ? new TemplateProblem(0, 0, message)
                : new TemplateProblem(token.beginLine, token.beginColumn, message));
    }
}
