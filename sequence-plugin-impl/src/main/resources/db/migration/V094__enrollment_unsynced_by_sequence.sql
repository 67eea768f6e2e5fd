-- The host sync finds the sequences with pending enrollments by seeking through this index, one sequence at a time,
-- and leaves out those a run is under way in without reading their rows (V030's (host_synced, contact_id) made it
-- read every pending enrollment of a running sequence at every tick).
DROP INDEX seq_enrollment_unsynced;
CREATE INDEX seq_enrollment_unsynced ON seq_enrollment (host_synced, sequence_id, contact_id);
