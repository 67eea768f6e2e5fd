package org.salessequences.infrastructure.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.spi.host.HostCrm;

/**
 * The adapter the application injects stands in for the configured one, so it must hand on every method of the port,
 * the default ones too: one left out answers with the port's default (no contacts found, say) whatever the adapter
 * can do. A method added to {@link HostCrm} fails here until it is handed on.
 */
class DeferredHostCrmTest {

    @Test
    void handsOnEveryMethodOfThePort() {
        List<String> missing = Arrays.stream(HostCrm.class.getMethods()).filter(method -> !declared(method))
                .map(Method::getName).sorted().toList();
        assertEquals(List.of(), missing);
    }

    private static boolean declared(Method method) {
        try {
            DeferredHostCrm.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
