--
-- PostgreSQL database dump
--

\restrict jlikMNHmwh4Hx84gBNgnQVSXSp4sgx2xaqnBoMnxOO2bhWeGg1iwYAXdbENm2BN

-- Dumped from database version 15.19
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: host_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_account (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    domain character varying(255),
    city character varying(255),
    country character varying(255),
    industry character varying(255),
    created_at bigint NOT NULL
);


--
-- Name: host_account_field; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_account_field (
    account_id character varying(36) NOT NULL,
    name character varying(64) NOT NULL,
    field_value character varying(1000) NOT NULL,
    num_value numeric(31,12)
);


--
-- Name: host_activity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_activity (
    id character varying(36) NOT NULL,
    contact_id character varying(36) NOT NULL,
    activity_type character varying(100) NOT NULL,
    title character varying(500),
    note text,
    outcome character varying(255),
    owner_id character varying(255),
    occurred_at bigint NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: host_contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_contact (
    id character varying(36) NOT NULL,
    email character varying(320),
    email_key character varying(320),
    first_name character varying(255),
    last_name character varying(255),
    phone character varying(255),
    timezone character varying(64),
    owner_id character varying(255),
    account_id character varying(36),
    city character varying(255),
    state character varying(255),
    country character varying(255),
    job_title character varying(255),
    import_name character varying(255),
    last_contacted_mode character varying(255) NOT NULL,
    last_activity_type character varying(255),
    active_sequences text,
    completed_sequences text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: host_contact_field; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_contact_field (
    contact_id character varying(36) NOT NULL,
    name character varying(64) NOT NULL,
    field_value character varying(1000) NOT NULL,
    num_value numeric(31,12)
);


--
-- Name: host_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_task (
    id character varying(36) NOT NULL,
    contact_id character varying(36) NOT NULL,
    owner_id character varying(255),
    kind character varying(20) NOT NULL,
    title character varying(500),
    note text,
    due_at bigint,
    status character varying(10) NOT NULL,
    outcome character varying(255),
    completed_at bigint,
    created_at bigint NOT NULL
);


--
-- Name: host_view; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.host_view (
    id character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    record_type character varying(10) NOT NULL,
    match_kind character varying(3) NOT NULL,
    conditions text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: seq_admission_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_admission_lock (
    name character varying(40) NOT NULL
);


--
-- Name: seq_email_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_email_link (
    execution_id character varying(36) NOT NULL,
    link_index integer NOT NULL,
    url character varying(4000) NOT NULL
);


--
-- Name: seq_enrollment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_enrollment (
    id character varying(36) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    contact_id character varying(255) NOT NULL,
    account_id character varying(255),
    email character varying(320),
    status character varying(10) NOT NULL,
    exit_reason character varying(20),
    source character varying(10) NOT NULL,
    enrolled_by character varying(255),
    enrolled_at bigint NOT NULL,
    current_step_position integer,
    next_step_at bigint,
    paused_at bigint,
    ended_at bigint,
    updated_at bigint NOT NULL,
    day_one integer,
    steps_done boolean DEFAULT false NOT NULL,
    host_synced boolean DEFAULT false NOT NULL
);


--
-- Name: seq_host_field_write; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_host_field_write (
    contact_id character varying(255) NOT NULL,
    field_name character varying(40) NOT NULL,
    recorded_at bigint NOT NULL
);


--
-- Name: seq_inbound_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_inbound_event (
    event_id character varying(255) NOT NULL,
    event_type character varying(20) NOT NULL,
    received_at bigint NOT NULL
);


--
-- Name: seq_mailbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_mailbox (
    owner_id character varying(255) NOT NULL,
    from_name character varying(200),
    from_address character varying(320),
    signature text,
    smtp_host character varying(255),
    smtp_port integer,
    smtp_username character varying(320),
    smtp_password character varying(1000),
    smtp_starttls boolean,
    imap_host character varying(255),
    imap_port integer,
    imap_username character varying(320),
    imap_password character varying(1000),
    imap_ssl boolean,
    updated_at bigint NOT NULL
);


--
-- Name: seq_mailbox_poll; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_mailbox_poll (
    owner_id character varying(255) NOT NULL,
    uid_validity bigint,
    last_uid bigint,
    claimed_by character varying(64),
    claimed_until bigint,
    polled_at bigint,
    last_error character varying(1000)
);


--
-- Name: seq_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_outbox (
    id character varying(36) NOT NULL,
    kind character varying(20) NOT NULL,
    execution_id character varying(36),
    contact_id character varying(255),
    payload text,
    status character varying(10) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at bigint NOT NULL,
    claimed_by character varying(64),
    claimed_at bigint,
    last_error character varying(2000),
    created_at bigint NOT NULL,
    done_at bigint
);


--
-- Name: seq_owner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_owner (
    owner_id character varying(255) NOT NULL,
    sequence_count integer NOT NULL
);


--
-- Name: seq_reminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_reminder (
    id character varying(36) NOT NULL,
    type character varying(20) NOT NULL,
    status character varying(10) NOT NULL,
    owner_id character varying(255) NOT NULL,
    contact_id character varying(255) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    step_id character varying(36) NOT NULL,
    enrollment_id character varying(36) NOT NULL,
    execution_id character varying(36) NOT NULL,
    due_at bigint NOT NULL,
    subject character varying(1000),
    body text,
    title character varying(255),
    note character varying(10000),
    host_task_id character varying(255),
    outcome character varying(100),
    outcome_note character varying(2000),
    created_at bigint NOT NULL,
    done_at bigint
);


--
-- Name: seq_reminder_word; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_reminder_word (
    reminder_id character varying(36) NOT NULL,
    word character varying(100) NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: seq_run; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_run (
    id character varying(36) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    trigger_kind character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    job_execution_id bigint,
    enrolled bigint DEFAULT 0 NOT NULL,
    exited bigint DEFAULT 0 NOT NULL,
    executed bigint DEFAULT 0 NOT NULL,
    skipped bigint DEFAULT 0 NOT NULL,
    deferred bigint DEFAULT 0 NOT NULL,
    failed bigint DEFAULT 0 NOT NULL,
    failure character varying(2000),
    created_at bigint NOT NULL,
    started_at bigint,
    recorded_at bigint,
    ended_at bigint,
    run_at bigint,
    node_id character varying(64),
    heartbeat_at bigint
);


--
-- Name: seq_schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_schema_version (
    version integer NOT NULL,
    name character varying(200) NOT NULL,
    applied_at bigint NOT NULL
);


--
-- Name: seq_sequence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_sequence (
    id character varying(36) NOT NULL,
    owner_id character varying(255) NOT NULL,
    name character varying(200) NOT NULL,
    type character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    exclusive_audience boolean NOT NULL,
    schedule_time character varying(5) NOT NULL,
    timezone character varying(64) NOT NULL,
    exclude_weekends boolean NOT NULL,
    interval_days integer,
    definition text NOT NULL,
    version integer NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    next_run_at bigint,
    current_run_id character varying(36),
    deleted_at bigint,
    last_run_date integer
);


--
-- Name: seq_sequence_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_sequence_version (
    id character varying(36) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    version integer NOT NULL,
    changed_by character varying(255) NOT NULL,
    changed_at bigint NOT NULL,
    changes text NOT NULL,
    snapshot text NOT NULL
);


--
-- Name: seq_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_step (
    id character varying(36) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    "position" integer NOT NULL,
    type character varying(20) NOT NULL,
    day_number integer,
    definition text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    removed_at bigint
);


--
-- Name: seq_step_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_step_execution (
    id character varying(36) NOT NULL,
    enrollment_id character varying(36) NOT NULL,
    sequence_id character varying(36) NOT NULL,
    step_id character varying(36) NOT NULL,
    step_type character varying(20) NOT NULL,
    step_position integer NOT NULL,
    contact_id character varying(255) NOT NULL,
    owner_id character varying(255) NOT NULL,
    status character varying(10) NOT NULL,
    reason character varying(60),
    detail character varying(1000),
    run_id character varying(36),
    attempts integer DEFAULT 0 NOT NULL,
    created_at bigint NOT NULL,
    status_at bigint NOT NULL,
    message_id character varying(255),
    subject character varying(1000),
    sent_at bigint,
    opened_at bigint,
    clicked_at bigint,
    replied_at bigint,
    bounced_at bigint,
    unsubscribed_at bigint
);


--
-- Name: seq_unsubscribe; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seq_unsubscribe (
    email character varying(320) NOT NULL,
    contact_id character varying(255),
    source character varying(20) NOT NULL,
    unsubscribed_at bigint NOT NULL
);


--
-- Data for Name: host_account; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: host_account_field; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: host_activity; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: host_contact; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.host_contact VALUES ('c-1', 'anna@example.com', 'anna@example.com', 'Anna', 'Tester', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'fixture', 'No reply', NULL, NULL, NULL, 1700000000000, 1700000000000);


--
-- Data for Name: host_contact_field; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: host_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: host_view; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_admission_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_admission_lock VALUES ('exclusive');


--
-- Data for Name: seq_email_link; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_enrollment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_enrollment VALUES ('en-1', 'sq-1', 'c-1', NULL, 'anna@example.com', 'COMPLETED', NULL, 'AUDIENCE', NULL, 1700000000000, NULL, NULL, NULL, 1700000500000, 1700000000000, NULL, true, true);
INSERT INTO public.seq_enrollment VALUES ('en-2', 'sq-1', 'c-2', NULL, 'ben@example.com', 'ACTIVE', NULL, 'AUDIENCE', NULL, 1700000000000, NULL, NULL, NULL, NULL, 1700000000000, NULL, false, true);


--
-- Data for Name: seq_host_field_write; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_inbound_event; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_mailbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_mailbox_poll; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_outbox VALUES ('o-1', 'EMAIL', 'x-1', 'c-1', '{}', 'DONE', 1, 1700000100000, NULL, NULL, NULL, 1700000100000, 1700000100000);


--
-- Data for Name: seq_owner; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_reminder; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_reminder_word; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_run; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_schema_version VALUES (1, 'V001__sequences_and_runs.sql', 1796160369505);
INSERT INTO public.seq_schema_version VALUES (10, 'V010__host_tables.sql', 1796160369530);
INSERT INTO public.seq_schema_version VALUES (20, 'V020__steps_versions_enrollments.sql', 1796160369546);
INSERT INTO public.seq_schema_version VALUES (30, 'V030__engine.sql', 1796160369620);
INSERT INTO public.seq_schema_version VALUES (60, 'V060__mail.sql', 1796160369647);
INSERT INTO public.seq_schema_version VALUES (70, 'V070__reminder_words.sql', 1796160369656);
INSERT INTO public.seq_schema_version VALUES (71, 'V071__reminder_words_backfill', 1796160369665);
INSERT INTO public.seq_schema_version VALUES (72, 'V072__reminder_dashboard_indexes.sql', 1796160369688);
INSERT INTO public.seq_schema_version VALUES (80, 'V080__outbox_claim_order.sql', 1796160369692);
INSERT INTO public.seq_schema_version VALUES (90, 'V090__exclusive_admission_lock.sql', 1796160369706);
INSERT INTO public.seq_schema_version VALUES (91, 'V091__host_field_writes.sql', 1796160369709);
INSERT INTO public.seq_schema_version VALUES (92, 'V092__run_status_index.sql', 1796160369712);
INSERT INTO public.seq_schema_version VALUES (93, 'V093__reminder_emails_sent_index.sql', 1796160369714);
INSERT INTO public.seq_schema_version VALUES (94, 'V094__enrollment_unsynced_by_sequence.sql', 1796160369717);


--
-- Data for Name: seq_sequence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_sequence VALUES ('sq-1', 'rita', 'Outbound', 'CLASSIC', 'ACTIVE', false, '09:00', 'Europe/Berlin', true, NULL, '{"name":"Outbound"}', 1, 1700000000000, 1700000000000, NULL, NULL, NULL, NULL);


--
-- Data for Name: seq_sequence_version; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: seq_step; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_step VALUES ('st-1', 'sq-1', 0, 'EMAIL', 1, '{}', 1700000000000, 1700000000000, NULL);


--
-- Data for Name: seq_step_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seq_step_execution VALUES ('x-1', 'en-1', 'sq-1', 'st-1', 'EMAIL', 0, 'c-1', 'rita', 'EXECUTED', NULL, NULL, NULL, 0, 1700000100000, 1700000100000, '<x-1@localhost>', NULL, 1700000100000, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: seq_unsubscribe; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: host_account_field host_account_field_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_account_field
    ADD CONSTRAINT host_account_field_pkey PRIMARY KEY (account_id, name);


--
-- Name: host_account host_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_account
    ADD CONSTRAINT host_account_pkey PRIMARY KEY (id);


--
-- Name: host_activity host_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_activity
    ADD CONSTRAINT host_activity_pkey PRIMARY KEY (id);


--
-- Name: host_contact_field host_contact_field_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_contact_field
    ADD CONSTRAINT host_contact_field_pkey PRIMARY KEY (contact_id, name);


--
-- Name: host_contact host_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_contact
    ADD CONSTRAINT host_contact_pkey PRIMARY KEY (id);


--
-- Name: host_task host_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_task
    ADD CONSTRAINT host_task_pkey PRIMARY KEY (id);


--
-- Name: host_view host_view_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.host_view
    ADD CONSTRAINT host_view_pkey PRIMARY KEY (id);


--
-- Name: seq_admission_lock seq_admission_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_admission_lock
    ADD CONSTRAINT seq_admission_lock_pkey PRIMARY KEY (name);


--
-- Name: seq_email_link seq_email_link_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_email_link
    ADD CONSTRAINT seq_email_link_pk PRIMARY KEY (execution_id, link_index);


--
-- Name: seq_enrollment seq_enrollment_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_enrollment
    ADD CONSTRAINT seq_enrollment_once UNIQUE (contact_id, sequence_id);


--
-- Name: seq_enrollment seq_enrollment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_enrollment
    ADD CONSTRAINT seq_enrollment_pkey PRIMARY KEY (id);


--
-- Name: seq_host_field_write seq_host_field_write_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_host_field_write
    ADD CONSTRAINT seq_host_field_write_pk PRIMARY KEY (contact_id, field_name);


--
-- Name: seq_inbound_event seq_inbound_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_inbound_event
    ADD CONSTRAINT seq_inbound_event_pkey PRIMARY KEY (event_id);


--
-- Name: seq_mailbox seq_mailbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_mailbox
    ADD CONSTRAINT seq_mailbox_pkey PRIMARY KEY (owner_id);


--
-- Name: seq_mailbox_poll seq_mailbox_poll_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_mailbox_poll
    ADD CONSTRAINT seq_mailbox_poll_pkey PRIMARY KEY (owner_id);


--
-- Name: seq_outbox seq_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_outbox
    ADD CONSTRAINT seq_outbox_pkey PRIMARY KEY (id);


--
-- Name: seq_owner seq_owner_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_owner
    ADD CONSTRAINT seq_owner_pkey PRIMARY KEY (owner_id);


--
-- Name: seq_reminder seq_reminder_execution; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_reminder
    ADD CONSTRAINT seq_reminder_execution UNIQUE (execution_id);


--
-- Name: seq_reminder seq_reminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_reminder
    ADD CONSTRAINT seq_reminder_pkey PRIMARY KEY (id);


--
-- Name: seq_reminder_word seq_reminder_word_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_reminder_word
    ADD CONSTRAINT seq_reminder_word_pk PRIMARY KEY (reminder_id, word);


--
-- Name: seq_run seq_run_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_run
    ADD CONSTRAINT seq_run_pkey PRIMARY KEY (id);


--
-- Name: seq_schema_version seq_schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_schema_version
    ADD CONSTRAINT seq_schema_version_pkey PRIMARY KEY (version);


--
-- Name: seq_sequence seq_sequence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_sequence
    ADD CONSTRAINT seq_sequence_pkey PRIMARY KEY (id);


--
-- Name: seq_sequence_version seq_sequence_version_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_sequence_version
    ADD CONSTRAINT seq_sequence_version_number UNIQUE (sequence_id, version);


--
-- Name: seq_sequence_version seq_sequence_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_sequence_version
    ADD CONSTRAINT seq_sequence_version_pkey PRIMARY KEY (id);


--
-- Name: seq_step_execution seq_step_execution_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_step_execution
    ADD CONSTRAINT seq_step_execution_once UNIQUE (enrollment_id, step_id);


--
-- Name: seq_step_execution seq_step_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_step_execution
    ADD CONSTRAINT seq_step_execution_pkey PRIMARY KEY (id);


--
-- Name: seq_step seq_step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_step
    ADD CONSTRAINT seq_step_pkey PRIMARY KEY (id);


--
-- Name: seq_unsubscribe seq_unsubscribe_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seq_unsubscribe
    ADD CONSTRAINT seq_unsubscribe_pkey PRIMARY KEY (email);


--
-- Name: host_activity_contact; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_activity_contact ON public.host_activity USING btree (contact_id, occurred_at);


--
-- Name: host_contact_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_contact_account ON public.host_contact USING btree (account_id, id);


--
-- Name: host_contact_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_contact_email ON public.host_contact USING btree (email_key, created_at);


--
-- Name: host_task_contact; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX host_task_contact ON public.host_task USING btree (contact_id);


--
-- Name: seq_enrollment_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_enrollment_email ON public.seq_enrollment USING btree (email, sequence_id);


--
-- Name: seq_enrollment_keyset; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_enrollment_keyset ON public.seq_enrollment USING btree (sequence_id, id);


--
-- Name: seq_enrollment_unsynced; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_enrollment_unsynced ON public.seq_enrollment USING btree (host_synced, sequence_id, contact_id);


--
-- Name: seq_outbox_execution; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_outbox_execution ON public.seq_outbox USING btree (execution_id);


--
-- Name: seq_outbox_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_outbox_pending ON public.seq_outbox USING btree (status, next_attempt_at, id);


--
-- Name: seq_reminder_contact; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_contact ON public.seq_reminder USING btree (contact_id);


--
-- Name: seq_reminder_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_due ON public.seq_reminder USING btree (due_at, id);


--
-- Name: seq_reminder_owner_due_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_owner_due_id ON public.seq_reminder USING btree (owner_id, due_at, id);


--
-- Name: seq_reminder_owner_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_owner_status ON public.seq_reminder USING btree (owner_id, status, due_at, id);


--
-- Name: seq_reminder_owner_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_owner_type ON public.seq_reminder USING btree (owner_id, type, status, due_at, id);


--
-- Name: seq_reminder_word_word; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_reminder_word_word ON public.seq_reminder_word USING btree (word, reminder_id);


--
-- Name: seq_run_sequence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_run_sequence ON public.seq_run USING btree (sequence_id, created_at);


--
-- Name: seq_run_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_run_status ON public.seq_run USING btree (status, node_id);


--
-- Name: seq_sequence_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_sequence_due ON public.seq_sequence USING btree (status, next_run_at);


--
-- Name: seq_sequence_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_sequence_owner ON public.seq_sequence USING btree (owner_id);


--
-- Name: seq_step_execution_contact; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_contact ON public.seq_step_execution USING btree (contact_id, status_at);


--
-- Name: seq_step_execution_message; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_message ON public.seq_step_execution USING btree (message_id);


--
-- Name: seq_step_execution_reminder_sent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_reminder_sent ON public.seq_step_execution USING btree (owner_id, step_type, sent_at);


--
-- Name: seq_step_execution_run; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_run ON public.seq_step_execution USING btree (run_id, status);


--
-- Name: seq_step_execution_sent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_sent ON public.seq_step_execution USING btree (owner_id, step_type, status_at);


--
-- Name: seq_step_execution_step; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_execution_step ON public.seq_step_execution USING btree (sequence_id, step_id);


--
-- Name: seq_step_sequence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seq_step_sequence ON public.seq_step USING btree (sequence_id, "position");


--
-- PostgreSQL database dump complete
--

\unrestrict jlikMNHmwh4Hx84gBNgnQVSXSp4sgx2xaqnBoMnxOO2bhWeGg1iwYAXdbENm2BN

