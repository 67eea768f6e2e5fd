-- The execute stage of a large run, split into ranges of its enrollments (by id) that any member of a cluster may
-- claim, so that one big run is worked by every member. after_id is the range's exclusive lower bound (NULL: from the
-- first enrollment), last_id its inclusive upper bound (NULL: to the last); progress_id is the last enrollment handled,
-- written in the same transaction as that chunk's executions, so a range given back by a member that stopped goes on
-- after it. status: PENDING, CLAIMED (by claimed_by since claimed_at, epoch milliseconds) or DONE (by done_by).
CREATE TABLE seq_run_range (
    run_id      VARCHAR(36) NOT NULL,
    range_no    INTEGER     NOT NULL,
    after_id    VARCHAR(36),
    last_id     VARCHAR(36),
    progress_id VARCHAR(36),
    status      VARCHAR(10) NOT NULL,
    claimed_by  VARCHAR(64),
    claimed_at  BIGINT,
    done_by     VARCHAR(64),
    CONSTRAINT seq_run_range_pk PRIMARY KEY (run_id, range_no)
);
-- Members look for runs with ranges to claim at every tick.
CREATE INDEX seq_run_range_status ON seq_run_range (status, run_id);
