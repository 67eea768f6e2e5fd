package org.salessequences.infrastructure.templating.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.salessequences.application.TemplateChecker.TemplateProblem;

class VelocityTemplateCheckerTest {

    private final VelocityTemplateChecker checker = new VelocityTemplateChecker();

    @Test
    void acceptsPlaceholdersAndDirectives() {
        assertTrue(checker.check("Hi $!{contact.firstName},\n#if($account.name)at $account.name#end").isEmpty());
    }

    @Test
    void reportsTheLineAndColumnOfASyntaxError() {
        TemplateProblem problem = checker.check("line one\nline two #end").orElseThrow();
        assertEquals(2, problem.line());
        assertTrue(problem.column() > 0, problem.toString());
    }
}
