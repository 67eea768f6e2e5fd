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
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The job XML refers to artifacts by bean name; a typo there only shows when the job runs. This checks every
 * reference against the artifacts of this module, and the order of the stages.
 */
class SequenceRunJobDefinitionTest {

    private static final List<Class<?>> ARTIFACTS = List.of(SequenceRunJobListener.class, AudienceItemReader.class,
            EnrollmentItemWriter.class, ExitSweepBatchlet.class, LiveEnrollmentItemReader.class,
            ExitConditionsItemWriter.class, DueEnrollmentItemReader.class, ExecuteStepsItemWriter.class,
            AwaitRangesBatchlet.class, RecordMetricsBatchlet.class);

    @Test
    void everyReferenceNamesARunJobArtifact() throws Exception {
        Document job = load();
        assertEquals("SequenceRunJob", job.getDocumentElement().getAttribute("id"));
        List<String> refs = new ArrayList<>();
        collectRefs(job.getDocumentElement(), refs);
        assertFalse(refs.isEmpty());
        List<String> names = ARTIFACTS.stream().map(type -> {
            assertNotNull(type.getAnnotation(RunJobArtifact.class), type + " must be a @RunJobArtifact");
            return type.getAnnotation(Named.class).value();
        }).toList();
        for (String ref : refs) {
            assertTrue(names.contains(ref), "no artifact named " + ref);
        }
        assertTrue(refs.containsAll(names), "every artifact is used: " + refs);
    }

    /** The stereotype is what makes each artifact its own, unshared transactional boundary (see its comment). */
    @Test
    void aRunJobArtifactIsDependentAndJoinsTheChunksTransactionWithoutStartingOne() {
        assertNotNull(RunJobArtifact.class.getAnnotation(Stereotype.class));
        assertNotNull(RunJobArtifact.class.getAnnotation(Dependent.class));
        assertEquals(Transactional.TxType.SUPPORTS, RunJobArtifact.class.getAnnotation(Transactional.class).value());
    }

    @Test
    void stagesRunInTheOrderOfTheDayRules() throws Exception {
        NodeList steps = load().getElementsByTagName("step");
        List<String> order = new ArrayList<>();
        String next = ((Element) steps.item(0)).getAttribute("id");
        while (!next.isEmpty()) {
            order.add(next);
            String current = next;
            next = "";
            for (int i = 0; i < steps.getLength(); i++) {
                Element step = (Element) steps.item(i);
                if (step.getAttribute("id").equals(current)) {
                    next = step.getAttribute("next");
                }
            }
        }
        assertEquals(List.of("enroll", "exit", "exitOnConditions", "execute", "awaitRanges", "record"), order);
    }

    @Test
    void theRunIdIsAJobProperty() throws Exception {
        Element properties = (Element) load().getDocumentElement().getElementsByTagName("properties").item(0);
        NodeList list = properties.getElementsByTagName("property");
        boolean found = false;
        for (int i = 0; i < list.getLength(); i++) {
            Element property = (Element) list.item(i);
            if ("runId".equals(property.getAttribute("name"))) {
                assertEquals("#{jobParameters['runId']}", property.getAttribute("value"));
                found = true;
            }
        }
        assertTrue(found);
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
