package org.salessequences.application.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("email,note\r\n\"a@x.example\",\"Says \"\"hi\"\", then, leaves\"\r\n"
                + "b@x.example,\"two\r\nlines\"\nc@x.example,\n");
        assertEquals(List.of("email", "note"), records.get(0).fields());
        assertEquals(List.of("a@x.example", "Says \"hi\", then, leaves"), records.get(1).fields());
        assertEquals(List.of("b@x.example", "two\nlines"), records.get(2).fields());
        assertEquals(List.of("c@x.example", ""), records.get(3).fields());
        assertEquals(List.of(1L, 2L, 3L, 5L), records.stream().map(CsvRecord::line).toList());
        assertTrue(records.stream().noneMatch(CsvRecord::isMalformed));
    }

    @Test
    void skipsBlankLinesAndAByteOrderMarkAndReadsALastLineWithoutBreak() throws IOException {
        List<CsvRecord> records = read("\uFEFFemail\n\na@x.example\n\n\nb@x.example");
        assertEquals(List.of(List.of("email"), List.of("a@x.example"), List.of("b@x.example")),
                records.stream().map(CsvRecord::fields).toList());
        assertEquals(List.of(1L, 3L, 6L), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void reportsStrayQuotesAndGoesOn() throws IOException {
        List<CsvRecord> records = read("a,b\nx\"y,1\n\"x\"y,2\nok,3\n");
        assertEquals("a quote inside an unquoted field", records.get(1).error());
        assertEquals("text follows a closing quote", records.get(2).error());
        assertNull(records.get(3).error());
        assertEquals(List.of("ok", "3"), records.get(3).fields());
        assertEquals(4L, records.get(3).line());
    }

    @Test
    void anUnclosedQuoteCostsOnlyItsOwnRecord() throws IOException {
        List<CsvRecord> records = read("a,b\n\"never closed,1\nb@x.example,2\nc@x.example,3\n");
        assertEquals(4, records.size(), records.toString());
        assertEquals(2L, records.get(1).line());
        assertEquals("a quoted field is not closed", records.get(1).error());
        assertEquals(List.of("b@x.example", "2"), records.get(2).fields());
        assertEquals(3L, records.get(2).line());
        assertEquals(List.of("c@x.example", "3"), records.get(3).fields());
        assertEquals(4L, records.get(3).line());
    }

    @Test
    void rejectsAnOverlongRecordAndResumesOnTheNextLine() throws IOException {
        String longLine = "x".repeat(CsvReader.MAX_RECORD_CHARS + 10);
        List<CsvRecord> records = read("a\n" + longLine + "\nafter\n");
        assertEquals(3, records.size());
        assertTrue(records.get(1).isMalformed());
        assertEquals(2L, records.get(1).line());
        assertEquals(List.of("after"), records.get(2).fields());
        assertEquals(3L, records.get(2).line());
    }

    private static List<CsvRecord> read(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
