package org.salessequences.interfaces.rest.limit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which limit a resource method's request body is read under; a method without one is read under
 * {@link Kind#REQUEST}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    Kind value();

    /** The kinds of request body, each with the configuration key of its limit in bytes. */
    enum Kind {
        /** The JSON of every other endpoint. */
        REQUEST("sequences.limits.request-bytes"),
        /** A CSV file of contacts, imported as it streams in. */
        IMPORT("sequences.limits.import-bytes"),
        /** An inbound event of the host, read whole for its signature. */
        EVENT("sequences.limits.event-bytes");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
