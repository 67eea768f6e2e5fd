package org.salessequences.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void lowerCasesAndSplitsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("send", "the", "q3", "deck", "to", "zoë", "example", "com"),
                SearchWords.of("Send the Q3 deck to Zoë (zoë@example.com)"));
        assertEquals(List.of("re", "offer", "2026", "03", "02", "v2", "final"),
                SearchWords.of("RE: offer_2026-03-02/v2...final!"));
    }

    @Test
    void keepsEachWordOnceAcrossAllTexts() {
        assertEquals(List.of("call", "anna", "about", "the", "deck"),
                SearchWords.of("Call Anna", null, "about the deck, call ANNA"));
    }

    @Test
    void findsWordsOfEveryScriptWithTheirMarks() {
        assertEquals(List.of("müller", "straße", "ελένη", "дмитрий", "東京", "नमस्ते", "٣٤"),
                SearchWords.of("MÜLLER Straße · Ελένη, Дмитрий/東京 नमस्ते ٣٤"));
    }

    @Test
    void treatsComposedAndDecomposedLettersAlike() {
        assertEquals(SearchWords.of("Caf\u00e9"), SearchWords.of("Cafe\u0301"));
        assertEquals(List.of("caf\u00e9"), SearchWords.of("CAFE\u0301"));
    }

    @Test
    void textWithoutLettersOrDigitsHasNoWords() {
        assertTrue(SearchWords.of("  -- %_\\ !? ").isEmpty());
        assertTrue(SearchWords.of((String) null).isEmpty());
        assertTrue(SearchWords.of().isEmpty());
    }

    @Test
    void cutsLongWordsToTheColumnWithoutSplittingACharacter() {
        String longWord = "a".repeat(SearchWords.MAX_LENGTH + 20);
        assertEquals(List.of("a".repeat(SearchWords.MAX_LENGTH)), SearchWords.of(longWord, longWord + "b"));

        // U+1D400 (mathematical bold A) is a letter outside the BMP: two UTF-16 characters.
        String astral = "a".repeat(SearchWords.MAX_LENGTH - 1) + "\uD835\uDC00" + "b";
        String cut = SearchWords.of(astral).get(0);
        assertEquals(SearchWords.MAX_LENGTH - 1, cut.length());
        assertTrue(SearchWords.of("x\uD835\uDC00y").contains("x\uD835\uDC00y"), "a letter outside the BMP is a letter");
    }
}
