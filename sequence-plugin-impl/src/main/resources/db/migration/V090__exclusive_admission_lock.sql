-- Admission to exclusive sequences is serialised through one row of this table. A transaction that admits contacts
-- to an exclusive sequence locks the row (SELECT ... FOR UPDATE) before it looks for the contacts' other exclusive
-- sequences and holds it until it commits the enrollments it made; otherwise two runs, or a run and a manual
-- enrollment, could each see the contact free and admit it to two exclusive sequences at once. Admission to
-- sequences that are not exclusive never takes the lock.
CREATE TABLE seq_admission_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO seq_admission_lock (name) VALUES ('exclusive');
