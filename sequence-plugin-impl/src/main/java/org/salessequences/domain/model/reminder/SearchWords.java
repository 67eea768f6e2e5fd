package org.salessequences.domain.model.reminder;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words reminders are found by. The same splitting serves the words kept for a reminder and the
 * words of a search, so that both sides always agree: text is normalised (NFC, so that a composed and a decomposed
 * "é" are one letter) and lower-cased ({@link Locale#ROOT}); a word is a run of letters and digits of any script,
 * together with the combining marks that belong to them; everything else separates words. Each word is kept once, in
 * order of first appearance, cut to {@link #MAX_LENGTH} characters (the column that stores it).
 *
 * <p>{@code "Send the Q3 deck to Zoë (zoë@example.com)"} gives {@code send, the, q3, deck, to, zoë, example, com}.
 */
public final class SearchWords {

    /** The longest word kept, in UTF-16 characters: the length of {@code seq_reminder_word.word}. */
    public static final int MAX_LENGTH = 100;

    private SearchWords() {
    }

    /** The distinct words of the texts, in order; {@code null} texts have none. */
    public static List<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                split(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), words);
            }
        }
        return List.copyOf(words);
    }

    private static void split(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean inWord = isWordPart(codePoint);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(cut(text.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(cut(text.substring(start)));
        }
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Never splits a surrogate pair, so a cut word is still valid text. */
    private static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
