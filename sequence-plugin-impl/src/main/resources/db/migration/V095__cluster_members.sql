-- Every member stamps its row at each scheduler tick (real time, epoch milliseconds). A member whose stamp is older
-- than the member timeout has stopped: another member takes over its runs, from their checkpoints, and gives its
-- outbox claims back. A member keeps its id across restarts, so a restarted member finds its own row again.
CREATE TABLE seq_member (
    node_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    started_at BIGINT      NOT NULL,
    seen_at    BIGINT      NOT NULL
);
-- Claims of a stopped member are found through seq_outbox_pending (status first): only a few entries are CLAIMED at
-- any time, so no index of their own.
