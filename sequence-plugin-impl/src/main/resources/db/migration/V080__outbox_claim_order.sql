-- The outbox is claimed in (next_attempt_at, id) order. Entries written by one run chunk share their
-- next_attempt_at, so an index ending at next_attempt_at left the database sorting every due entry by id on each
-- claim of 200; with id in the index the claim reads the first 200 in index order and stops.
DROP INDEX seq_outbox_pending;
CREATE INDEX seq_outbox_pending ON seq_outbox (status, next_attempt_at, id);
