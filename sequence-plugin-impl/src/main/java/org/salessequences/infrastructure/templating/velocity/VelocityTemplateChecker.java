package org.salessequences.infrastructure.templating.velocity;

import java.io.StringReader;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.velocity.Template;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.salessequences.application.TemplateChecker;

/**
 * Parses templates with the same sandboxed Velocity configuration that renders them, and reports where they break
 * or what they try that a template must not do.
 */
@ApplicationScoped
public class VelocityTemplateChecker implements TemplateChecker {

    private final RuntimeInstance velocity = SandboxedVelocity.newRuntime();

    /**
     * Parses the template and walks its tree: a syntax error, a method call, reflection access ({@code
     * $contact.class}), a directive that loads or evaluates other text, a placeholder inside double quotes, a list
     * or map built of other values, or unbounded work is reported with its line and column.
     */
    @Override
    public Optional<TemplateProblem> check(String text) {
        Template template = new Template();
        template.setName("template");
        try {
            return TemplateSandbox.firstViolation(velocity.parse(new StringReader(text), template));
        } catch (ParseException e) {
            ParseErrorException error = new ParseErrorException(e, "template");
            return Optional.of(new TemplateProblem(error.getLineNumber(), error.getColumnNumber(), firstLine(e)));
        } catch (StackOverflowError e) {
            // Velocity's parser recurses once per level of nesting: a template thousands of levels deep is refused
            // here, not answered with a server error.
            return Optional.of(new TemplateProblem(0, 0, TemplateSandbox.TOO_DEEP));
        }
    }

    private static String firstLine(ParseException e) {
        String message = e.getMessage() == null ? "the template does not parse" : e.getMessage();
        int end = message.indexOf('\n');
        return "the template does not parse: " + (end < 0 ? message : message.substring(0, end)).strip();
    }
}
