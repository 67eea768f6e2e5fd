-- A limited mailbox's line and its sends apart (issue 21): the sends of the last hour, the last send and the first
-- emails waiting are each a range of this index, where (owner_id, sent_at) walks past every email waiting in line
-- (hundreds for a busy mailbox) to find the sends, on every ask of every email.
CREATE INDEX seq_mailbox_send_line ON seq_mailbox_send (owner_id, projected, sent_at);
