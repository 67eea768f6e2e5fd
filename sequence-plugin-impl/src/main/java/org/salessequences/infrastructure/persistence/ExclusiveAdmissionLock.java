package org.salessequences.infrastructure.persistence;

/**
 * The statement that serialises admission to exclusive sequences across threads and cluster members (the row
 * V090 made). Run inside the admitting transaction, it waits for any other exclusive admission to commit and then
 * holds the row until this transaction ends, so the check for other exclusive sequences and the enrollments it
 * allows commit as one step. Both H2 and PostgreSQL take a row lock for {@code FOR UPDATE}.
 */
public final class ExclusiveAdmissionLock {

    public static final String SQL = "SELECT name FROM seq_admission_lock WHERE name = 'exclusive' FOR UPDATE";

    private ExclusiveAdmissionLock() {
    }
}
