package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class DefinitionDiffTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void ignoresServerFields() {
        assertEquals(List.of(), DefinitionDiff.changes(
                json("{'id':'s1','name':'A','version':1,'updatedAt':'t1','steps':[]}"),
                json("{'id':'s1','name':'A','version':2,'updatedAt':'t2','steps':[]}")));
    }

    @Test
    void namesNestedFieldsThatChanged() {
        assertEquals(List.of("name", "schedule.time"), DefinitionDiff.changes(
                json("{'name':'A','schedule':{'time':'09:00','timezone':'UTC'},'steps':[]}"),
                json("{'name':'B','schedule':{'time':'10:00','timezone':'UTC'},'steps':[]}")));
    }

    @Test
    void matchesStepsByIdAcrossMovesAdditionsAndRemovals() {
        JsonObject before = json("{'steps':[{'id':'a','position':1,'day':1},{'id':'b','position':2,'day':2},"
                + "{'id':'c','position':3,'day':3}]}");
        JsonObject after = json("{'steps':[{'id':'b','position':1,'day':2},{'id':'a','position':2,'day':5},"
                + "{'id':'d','position':3,'day':6}]}");
        assertEquals(List.of("steps[0] moved from steps[1]", "steps[1] moved from steps[0]", "steps[1].day",
                "steps[2] added", "steps[2] removed"), DefinitionDiff.changes(before, after));
    }
}
