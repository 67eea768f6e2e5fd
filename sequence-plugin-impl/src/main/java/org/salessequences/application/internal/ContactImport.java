package org.salessequences.application.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

import org.salessequences.api.host.ImportRejection;
import org.salessequences.api.host.ImportResult;
import org.salessequences.application.ValidationException;
import org.salessequences.application.validation.HostInputReader;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.host.ContactImportBatch;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.application.csv.CsvReader;
import org.salessequences.application.csv.CsvRecord;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostContact;

/**
 * One CSV import: reads records one at a time, validates each, and writes them in batches of {@value #BATCH_SIZE},
 * each batch in its own transaction. Only one batch and the rejections are ever held. A batch the database refuses
 * as a whole (e.g. another import created one of its emails meanwhile) is written again row by row, so that one bad
 * row is rejected alone.
 */
final class ContactImport {

    static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(ContactImport.class.getName());

    /** A validated row and the line it came from. */
    private record Row(long line, HostContact contact) {
    }

    private final HostDataRepository repository;
    private final String importName;
    private final List<ImportRejection> rejected = new ArrayList<>();
    private long imported;

    ContactImport(HostDataRepository repository, String importName) {
        this.repository = repository;
        this.importName = importName;
    }

    static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    ImportResult run(CsvReader csv) throws IOException {
        CsvRecord header = csv.next();
        if (header == null) {
            throw ValidationException.of("header", "the file is empty: it needs a header row");
        }
        if (header.isMalformed()) {
            throw ValidationException.of("header", header.error());
        }
        ContactCsvColumns columns = ContactCsvColumns.of(header.fields());
        List<Row> batch = new ArrayList<>(BATCH_SIZE);
        for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
            Row row = read(record, columns);
            if (row != null) {
                batch.add(row);
            }
            if (batch.size() == BATCH_SIZE) {
                write(batch, columns);
                batch.clear();
            }
        }
        write(batch, columns);
        // Rows refused for their account are found a batch later than those refused as they are read.
        rejected.sort(Comparator.comparingLong(ImportRejection::line));
        return new ImportResult(imported, rejected);
    }

    private Row read(CsvRecord record, ContactCsvColumns columns) {
        if (record.isMalformed()) {
            reject(record.line(), record.error());
            return null;
        }
        if (record.fields().size() != columns.size()) {
            reject(record.line(), "has " + record.fields().size() + " fields where the header has " + columns.size());
            return null;
        }
        Violations violations = new Violations();
        HostContact contact = HostInputReader.readContact("", columns.input(record.fields()), violations, null, true);
        if (contact == null) {
            reject(record.line(), HostInputReader.summary(violations.errors()));
            return null;
        }
        return new Row(record.line(), contact);
    }

    private void write(List<Row> rows, ContactCsvColumns columns) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> accounts = repository.existingAccountIds(rows.stream().map(row -> row.contact().accountId())
                .filter(Objects::nonNull).toList());
        // The last row of an email wins, as if the rows were imported one after the other.
        Map<String, Row> byEmail = new LinkedHashMap<>();
        long accepted = 0;
        for (Row row : rows) {
            String accountId = row.contact().accountId();
            if (accountId != null && !accounts.contains(accountId)) {
                reject(row.line(), "accountId: no account has the id " + accountId);
                continue;
            }
            byEmail.remove(emailKey(row.contact().email()));
            byEmail.put(emailKey(row.contact().email()), row);
            accepted++;
        }
        List<Row> unique = new ArrayList<>(byEmail.values());
        try {
            upsert(unique, columns);
            imported += accepted;
        } catch (RuntimeException batchFailure) {
            LOG.warning(() -> LogId.IMPORT_BATCH_FAILED + " an import batch from line " + unique.get(0).line()
                    + " was refused as a whole; writing its rows one by one: " + batchFailure.getMessage());
            imported += accepted - unique.size();
            for (Row row : unique) {
                try {
                    upsert(List.of(row), columns);
                    imported++;
                } catch (RuntimeException rowFailure) {
                    reject(row.line(), "could not be stored: " + rowFailure.getMessage());
                }
            }
        }
    }

    private void upsert(List<Row> rows, ContactCsvColumns columns) {
        if (!rows.isEmpty()) {
            repository.upsertContacts(new ContactImportBatch(rows.stream().map(Row::contact).toList(),
                    columns.builtIns(), columns.customFields(), importName));
        }
    }

    private void reject(long line, String reason) {
        rejected.add(new ImportRejection(line, reason));
    }
}
