package org.salessequences.interfaces.rest.limit;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/** The limit of each kind of request body, read once from configuration (defaults in microprofile-config). */
@ApplicationScoped
public class RequestBodyLimits {

    private final Map<BodyLimit.Kind, Long> bytes = new EnumMap<>(BodyLimit.Kind.class);

    protected RequestBodyLimits() {
        // for the CDI proxy
    }

    @Inject
    public RequestBodyLimits(Config config) {
        this(kind -> config.getValue(kind.key(), Long.class));
    }

    RequestBodyLimits(ToLongFunction<BodyLimit.Kind> configured) {
        for (BodyLimit.Kind kind : BodyLimit.Kind.values()) {
            long limit = configured.applyAsLong(kind);
            if (limit < 1) {
                throw new IllegalArgumentException(kind.key() + " must be 1 or more (bytes), not " + limit);
            }
            bytes.put(kind, limit);
        }
    }

    public long bytes(BodyLimit.Kind kind) {
        return bytes.get(kind);
    }
}
