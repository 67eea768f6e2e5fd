package org.salessequences.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

/**
 * Every query parameter of the API is taken as text and read by the resource: JAX-RS answers 404, not 400, for a
 * number parameter whose value does not parse ({@code ?page=abc}), with nothing naming the parameter.
 */
class QueryParametersTest {

    @Test
    void everyQueryParameterIsTakenAsText() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> resources = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/salessequences/interfaces/rest"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                resources.add(name);
                for (Method method : Class.forName(name).getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        QueryParam query = parameter.getAnnotation(QueryParam.class);
                        if (query != null && parameter.getType() != String.class) {
                            typed.add(name + "." + method.getName() + "(" + query.value() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(resources.size() > 5, "the resources were found: " + resources);
        assertEquals(List.of(), typed);
    }
}
