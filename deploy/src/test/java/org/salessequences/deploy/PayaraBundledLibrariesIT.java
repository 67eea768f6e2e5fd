package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * Payara Micro loads its own copy of a library before the WAR's (parent-first class loading), so for a library both
 * carry, the version the unit tests ran against must be the one Payara ships. Reads the built artifacts only: no
 * server is started.
 */
class PayaraBundledLibrariesIT {

    @Test
    void theWarCarriesTheNimbusJoseJwtThatPayaraLoads() throws IOException {
        String pinned = System.getProperty("nimbus-jose-jwt.version");
        try (JarFile micro = new JarFile(System.getProperty("payara.microJar"))) {
            ZipEntry bundled = micro.getEntry("MICRO-INF/runtime/nimbus-jose-jwt.jar");
            assertTrue(bundled != null,
                    "Payara Micro no longer bundles Nimbus, so the WAR's copy is the one loaded: this check can go");
            try (InputStream in = micro.getInputStream(bundled); JarInputStream jar = new JarInputStream(in)) {
                assertEquals(pinned, jar.getManifest().getMainAttributes().getValue("Implementation-Version"),
                        "set nimbus-jose-jwt.version in the parent pom to the version Payara Micro bundles");
            }
        }
        try (JarFile warFile = new JarFile(System.getProperty("it.war"))) {
            assertTrue(warFile.getEntry("WEB-INF/lib/nimbus-jose-jwt-" + pinned + ".jar") != null,
                    "the WAR carries Nimbus for the token minter, which runs outside the server");
        }
    }
}
