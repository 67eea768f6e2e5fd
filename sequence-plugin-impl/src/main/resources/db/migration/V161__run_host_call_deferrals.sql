-- A run's deferrals for want of host calls (HOST_CALL_BUDGET): the chunks put off have no execution rows, so the run
-- counts them itself, and its deferred total, recomputed from the execution rows when it records, adds them.
ALTER TABLE seq_run ADD COLUMN host_calls_deferred BIGINT DEFAULT 0 NOT NULL;
