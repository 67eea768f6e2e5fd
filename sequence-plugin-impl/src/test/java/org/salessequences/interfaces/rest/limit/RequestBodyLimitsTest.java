package org.salessequences.interfaces.rest.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RequestBodyLimitsTest {

    @Test
    void eachKindHasADefaultInTheConfiguration() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        RequestBodyLimits limits = new RequestBodyLimits(kind -> Long.parseLong(defaults.getProperty(kind.key())));

        assertEquals(4L << 20, limits.bytes(BodyLimit.Kind.REQUEST));
        assertEquals(20L << 20, limits.bytes(BodyLimit.Kind.IMPORT));
        assertEquals(64L << 10, limits.bytes(BodyLimit.Kind.EVENT));
    }

    @Test
    void aLimitBelowOneByteIsAConfigurationError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RequestBodyLimits(kind -> kind == BodyLimit.Kind.IMPORT ? 0 : 10));
        assertTrue(refused.getMessage().contains("sequences.limits.import-bytes"), refused.getMessage());
    }
}
