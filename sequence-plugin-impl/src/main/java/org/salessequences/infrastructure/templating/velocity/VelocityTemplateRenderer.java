package org.salessequences.infrastructure.templating.velocity;

import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.velocity.Template;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.salessequences.application.TemplateChecker.TemplateProblem;

/**
 * Renders message templates in the sandbox against a model of plain maps (never beans, so no getter is ever
 * reachable). Parsed templates are cached by their text: a sequence version's templates are parsed once, however
 * many emails they render, and an edited template is a new text and so a new entry.
 */
@ApplicationScoped
public class VelocityTemplateRenderer {

    /** Most characters one rendered subject or body may have. */
    static final int MAX_OUTPUT_CHARS = 200_000;
    static final Duration MAX_TIME = Duration.ofSeconds(2);
    /** The cache is dropped when it grows past this many texts: templates of active sequences refill it quickly. */
    private static final int MAX_CACHED = 2_000;

    private final RuntimeInstance velocity = SandboxedVelocity.newRuntime();
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    private final Duration maxTime;

    public VelocityTemplateRenderer() {
        this(MAX_TIME);
    }

    /** @param maxTime how long one rendering may take (shorter in tests) */
    VelocityTemplateRenderer(Duration maxTime) {
        this.maxTime = maxTime;
    }

    /**
     * Renders text (a subject): values are inserted as they are.
     *
     * @param text  the template
     * @param model the values its references read, e.g. {@code contact} to a map of the contact's fields
     * @throws TemplateRenderException when the template does not parse, breaks the sandbox or its budget
     */
    public String render(String text, Map<String, Object> model) {
        return render(text, model, null);
    }

    /**
     * Renders HTML (a body): inserted values are HTML-escaped, except those of the references named trusted.
     *
     * @param trustedHtml reference names whose values are HTML already, e.g. {@code sender.signature}
     */
    public String renderHtml(String text, Map<String, Object> model, Set<String> trustedHtml) {
        return render(text, model, new HtmlEscapingInsertion(trustedHtml));
    }

    private String render(String text, Map<String, Object> model, HtmlEscapingInsertion escaping) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            Template template = parsed(text);
            RenderBudget budget = new RenderBudget(MAX_OUTPUT_CHARS, maxTime.toNanos());
            BudgetedContext context = new BudgetedContext(new HashMap<>(model), budget);
            EventCartridge events = new EventCartridge();
            // The budget measures an inserted value before escaping turns it into text.
            events.addEventHandler(budget);
            if (escaping != null) {
                events.addEventHandler(escaping);
            }
            events.attachToContext(context);
            template.merge(context, budget);
            return budget.toString();
        } catch (VelocityException e) {
            throw new TemplateRenderException("the template could not be rendered: " + e.getMessage(), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The budgets are meant to stop a template long before this; should one get here anyway, what it built
            // is garbage once the stack has unwound, and it fails as a template instead of taking its thread down.
            throw new TemplateRenderException("the template needs more memory or nesting than a rendering may use",
                    e);
        }
    }

    /** How many parsed templates are cached (for tests and metrics). */
    int cachedTemplates() {
        return parsed.size();
    }

    private Template parsed(String text) {
        Template cached = parsed.get(text);
        if (cached != null) {
            return cached;
        }
        if (parsed.size() >= MAX_CACHED) {
            parsed.clear();
        }
        // Parsed outside the map's lock: parsing a hostile template may end in a StackOverflowError.
        Template template = parse(text);
        Template raced = parsed.putIfAbsent(text, template);
        return raced != null ? raced : template;
    }

    private Template parse(String text) {
        Template template = new Template();
        template.setName("template");
        template.setRuntimeServices(velocity);
        SimpleNode root;
        try {
            root = velocity.parse(new StringReader(text), template);
        } catch (ParseException e) {
            throw new TemplateRenderException("the template does not parse", e);
        }
        // A template saved before the sandbox rules existed (or written to the database by hand) is refused here too.
        Optional<TemplateProblem> violation = TemplateSandbox.firstViolation(root);
        if (violation.isPresent()) {
            throw new TemplateRenderException("the template is not allowed: " + violation.get());
        }
        template.setData(root);
        template.initDocument();
        return template;
    }
}
