package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.salessequences.application.TemplateChecker.TemplateProblem;

class VelocityTemplateCheckerTest {

    private final VelocityTemplateChecker checker = new VelocityTemplateChecker();

    @Test
    void acceptsPlaceholdersAndDirectives() {
        assertTrue(checker.check("Hi $!{contact.firstName},\n#if($account.name)at $account.name#end").isEmpty());
    }

    @Test
    void acceptsFallbacksCustomFieldsSmallLoopsAndSet() {
        assertTrue(checker.check("Hi ${contact.firstName|'there'} $contact.fields.plan $contact.fields['Team size']"
                + "#set($n = 'x')#foreach($i in [1..3])$i$n#end $sender.signature").isEmpty());
    }

    @Test
    void reportsTheLineAndColumnOfASyntaxError() {
        TemplateProblem problem = checker.check("line one\nline two #end").orElseThrow();
        assertEquals(2, problem.line());
        assertTrue(problem.column() > 0, problem.toString());
    }

    @Test
    void rejectsGetClassWithItsPosition() {
        TemplateProblem problem = checker.check("Hello\n  $contact.getClass()").orElseThrow();
        assertEquals(2, problem.line());
        assertEquals(12, problem.column(), problem.toString());
        assertTrue(problem.message().contains("method calls are not allowed"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$contact.getClass()", "$contact.class", "${contact.class.name}",
            "$contact.firstName.getClass().forName('java.lang.Runtime')", "$x.class.classLoader",
            "$contact.fields.get('x')", "#set($r = $contact.class)", "#if($contact.toString())x#end",
            "$contact.firstName.length()", "$contact.declaredMethods"})
    void rejectsMethodCallsAndReflection(String template) {
        TemplateProblem problem = checker.check(template).orElseThrow(() -> new AssertionError(template));
        assertTrue(problem.message().contains("not allowed"), problem.message());
        assertTrue(problem.line() > 0, problem.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#evaluate('x')", "#parse('other')", "#include('other')", "#macro(m)x#end",
            "#define($d)x#end", "#foreach($i in [1..100000000])x#end", "#foreach($i in [1..$n])x#end",
            "#foreach($a in [1..2])#foreach($b in [1..2])#foreach($c in [1..2])x#end#end#end",
            "#set($a = \"x\")#set($a = $a + $a)"})
    void rejectsUnboundedWorkAndLoadingOtherText(String template) {
        TemplateProblem problem = checker.check(template).orElseThrow(() -> new AssertionError(template));
        assertTrue(problem.message().contains("not allowed") || problem.message().contains("at most")
                || problem.message().contains("range"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#set($x = \"Hi $contact.firstName\")$x", "#set($x = \"#foreach($i in [1..3])E#end\")",
            "#if(\"#evaluate('x')\" == 'x')#end", "${contact.lastName|\"#macro(m)x#end\"}"})
    void refusesPlaceholdersAndDirectivesInDoubleQuotesWithTheirPosition(String template) {
        TemplateProblem problem = checker.check(template).orElseThrow(() -> new AssertionError(template));
        assertTrue(problem.message().contains("inside double quotes are not evaluated"), problem.message());
        assertTrue(problem.line() == 1 && problem.column() > 1, problem.toString());
    }

    @Test
    void acceptsLiteralTextInQuotesAndListsOfLiterals() {
        assertTrue(checker.check("#set($x = \"Dear friend\")#set($y = '$5 off')$x $y "
                + "#foreach($p in ['Gold', 'Silver', 12, -1, 2.5, true])$p #end#set($m = {'a': 1, 'b': 'c'})")
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#set($a = [$a, $a])", "#set($m = {'k': $contact})", "#set($m = {$contact: 1})",
            "#foreach($x in [[1..3]])#end", "#set($l = [['nested']])", "#foreach($x in [$contact.firstName])#end"})
    void refusesListsAndMapsBuiltOfOtherValues(String template) {
        TemplateProblem problem = checker.check(template).orElseThrow(() -> new AssertionError(template));
        assertTrue(problem.message().contains("may hold only literal values"), problem.message());
    }

    @Test
    void refusesLiteralListsLongerThanTheLimit() {
        String items = String.join(", ", Collections.nCopies(TemplateSandbox.MAX_LITERAL_ITEMS + 1, "'x'"));
        TemplateProblem problem = checker.check("#foreach($x in [" + items + "])$x#end").orElseThrow();
        assertTrue(problem.message().contains("at most " + TemplateSandbox.MAX_LITERAL_ITEMS + " items"),
                problem.message());
        assertTrue(checker.check("#foreach($x in [" + String.join(", ", Collections.nCopies(
                TemplateSandbox.MAX_LITERAL_ITEMS, "'x'")) + "])$x#end").isEmpty());
    }

    @Test
    void refusesTemplatesNestedDeeperThanTheLimitAndThoseTooDeepToParse() {
        TemplateProblem deep = checker.check("#if(" + "(".repeat(150) + "true" + ")".repeat(150) + ")x#end")
                .orElseThrow();
        assertTrue(deep.message().contains("nested more than " + TemplateSandbox.MAX_TREE_DEPTH), deep.toString());
        assertTrue(deep.line() == 1, deep.toString());
        TemplateProblem tooDeep = checker.check("#if(" + "(".repeat(50_000) + "true" + ")".repeat(50_000) + ")x#end")
                .orElseThrow();
        assertTrue(tooDeep.message().contains("nested more than"), tooDeep.toString());
        assertTrue(checker.check("#if(((true)))x#end").isEmpty());
    }
}
