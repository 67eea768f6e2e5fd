package org.salessequences.api.host;

/**
 * A CSV row that was not imported.
 *
 * @param line   the line of the file the row starts on (the header is line 1)
 * @param reason why, for a person to read
 */
public record ImportRejection(long line, String reason) {
}
