-- The hourly host-call budget, spent by every member of a cluster: one row, the current hour (epoch millis of its
-- start) and the calls made to the host in it. A conditional update takes calls from it, so members never overspend.
CREATE TABLE seq_host_call_budget (
    id         VARCHAR(20) NOT NULL PRIMARY KEY,
    hour_start BIGINT      NOT NULL,
    calls      BIGINT      NOT NULL
);
INSERT INTO seq_host_call_budget (id, hour_start, calls) VALUES ('host', 0, 0);
