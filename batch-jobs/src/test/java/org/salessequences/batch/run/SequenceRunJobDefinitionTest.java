package org.salessequences.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The job XML refers to artifacts by bean name; a typo there only shows when the job runs. This checks every
 * reference against the artifacts of this module.
 */
class SequenceRunJobDefinitionTest {

    private static final List<Class<?>> ARTIFACTS = List.of(SequenceRunJobListener.class, RecordMetricsBatchlet.class);

    @Test
    void everyReferenceNamesADependentArtifact() throws Exception {
        Document job = load();
        assertEquals("SequenceRunJob", job.getDocumentElement().getAttribute("id"));
        List<String> refs = new ArrayList<>();
        collectRefs(job.getDocumentElement(), refs);
        assertFalse(refs.isEmpty());
        List<String> names = ARTIFACTS.stream().map(type -> {
            assertNotNull(type.getAnnotation(Dependent.class), type + " must be @Dependent");
            return type.getAnnotation(Named.class).value();
        }).toList();
        for (String ref : refs) {
            assertTrue(names.contains(ref), "no artifact named " + ref);
        }
    }

    @Test
    void everyArtifactGetsTheRunId() throws Exception {
        NodeList properties = load().getElementsByTagName("property");
        int runIds = 0;
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if ("runId".equals(property.getAttribute("name"))) {
                assertEquals("#{jobParameters['runId']}", property.getAttribute("value"));
                runIds++;
            }
        }
        assertEquals(ARTIFACTS.size(), runIds);
    }

    private static void collectRefs(Element element, List<String> refs) {
        if (element.hasAttribute("ref")) {
            refs.add(element.getAttribute("ref"));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectRefs(child, refs);
            }
        }
    }

    private static Document load() throws Exception {
        try (InputStream xml = SequenceRunJobDefinitionTest.class.getResourceAsStream(
                "/META-INF/batch-jobs/SequenceRunJob.xml")) {
            assertNotNull(xml, "the job XML is on the classpath");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(xml);
        }
    }
}
