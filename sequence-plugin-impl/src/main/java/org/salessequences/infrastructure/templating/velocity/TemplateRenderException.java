package org.salessequences.infrastructure.templating.velocity;

/** A template could not be rendered: it breaks the sandbox, fails, or exceeds the rendering budget. */
public class TemplateRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateRenderException(String message) {
        super(message);
    }
}
