package org.salessequences.application.engine;

import org.salessequences.domain.model.schedule.PublicHolidays;
import org.salessequences.domain.model.shared.StoredDocuments;

/** The engine's CDI beans wired by hand, for unit tests of the services that use them. */
public final class EngineParts {

    private EngineParts() {
    }

    public static SequenceAssembler assembler(StoredDocuments json) {
        SequenceAssembler assembler = new SequenceAssembler();
        assembler.json = json;
        return assembler;
    }

    public static SequenceCompiler compiler(SequenceAssembler assembler, PublicHolidays holidays) {
        SequenceCompiler compiler = new SequenceCompiler();
        compiler.assembler = assembler;
        compiler.holidays = holidays;
        return compiler;
    }
}
