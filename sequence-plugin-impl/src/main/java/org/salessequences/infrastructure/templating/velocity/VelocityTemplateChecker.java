package org.salessequences.infrastructure.templating.velocity;

import java.io.StringReader;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.velocity.Template;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.salessequences.application.TemplateChecker;

/** Parses templates with the same Velocity configuration that renders them, and reports where they break. */
@ApplicationScoped
public class VelocityTemplateChecker implements TemplateChecker {

    private final RuntimeInstance velocity = newRuntime();

    static RuntimeInstance newRuntime() {
        Properties properties = new Properties();
        properties.setProperty("runtime.strict_mode.enable", "false");
        properties.setProperty("resource.loaders", "string");
        properties.setProperty("resource.loader.string.class",
                "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        RuntimeInstance runtime = new RuntimeInstance();
        runtime.init(properties);
        return runtime;
    }

    @Override
    public Optional<TemplateProblem> check(String text) {
        Template template = new Template();
        template.setName("template");
        try {
            velocity.parse(new StringReader(text), template);
            return Optional.empty();
        } catch (ParseException e) {
            ParseErrorException error = new ParseErrorException(e, "template");
            return Optional.of(new TemplateProblem(error.getLineNumber(), error.getColumnNumber(), firstLine(e)));
        }
    }

    private static String firstLine(ParseException e) {
        String message = e.getMessage() == null ? "the template does not parse" : e.getMessage();
        int end = message.indexOf('\n');
        return "the template does not parse: " + (end < 0 ? message : message.substring(0, end)).strip();
    }
}
