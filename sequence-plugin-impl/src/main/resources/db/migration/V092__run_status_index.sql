-- Every member looks, at each scheduler tick (10 s), for runs under way that went silent and stamps the runs queued
-- on it; both read runs by status, which without this index meant reading every run ever made.
CREATE INDEX seq_run_status ON seq_run (status, node_id);
