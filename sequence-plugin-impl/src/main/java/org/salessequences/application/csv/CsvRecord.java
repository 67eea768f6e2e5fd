package org.salessequences.application.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line   the line of the file it starts on, from 1
 * @param fields its fields, unquoted
 * @param error  why the record is malformed, or {@code null} when it is well formed
 */
public record CsvRecord(long line, List<String> fields, String error) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public boolean isMalformed() {
        return error != null;
    }
}
