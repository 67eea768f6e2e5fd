package org.salessequences.domain.model.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return dates as out-of-office replies write them, received on Wednesday 4 March 2026. */
class ReturnDatesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 4);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I am out of the office and back on 12 March.|2026-03-12",
            "Out of office until March 12th, 2026. Regards|2026-03-12",
            "Ich bin bis zum 12.03. nicht im Büro, zurück am 12.03.2026.|2026-03-12",
            "Je suis absent, de retour le 12 mars.|2026-03-12",
            "Estoy fuera de la oficina hasta el 12 de marzo.|2026-03-12",
            "Ik ben afwezig, terug op 12 maart.|2026-03-12",
            "Estou ausente, regresso a 12 de março.|2026-03-12",
            "Sono fuori sede, rientro il 12 marzo.|2026-03-12",
            "Away until 2026-03-12.|2026-03-12",
            "Out from 5 March to 13 March|2026-03-13",
            "Back in the office 3/12/2026|2026-03-12",
            "Back on 1 June 2026|2026-04-03",
            "I am out of the office with limited access to email.|",
            "Meeting at 12.30 tomorrow|"})
    void findsTheReturnDay(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), ReturnDates.returnDate(text, RECEIVED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2026-03-12,2026-03-13", "2026-03-13,2026-03-16", "2026-03-14,2026-03-16"})
    void resumesTheNextBusinessDay(String back, String resumes) {
        assertEquals(LocalDate.parse(resumes), ReturnDates.nextBusinessDay(LocalDate.parse(back)));
    }
}
