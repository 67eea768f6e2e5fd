package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
