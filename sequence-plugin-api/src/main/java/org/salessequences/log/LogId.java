package org.salessequences.log;

/**
 * Every id a log line or a failure message of the plugin and its bundled host adapters starts with, written here once
 * so that no id means two things. A message is written as {@code LogId.RUN_RESUMED + " run " + id + ...}: the
 * constant stands for its id ({@link #toString()}), so the text an operator greps for stays {@code SEQ-0105 run ...}.
 *
 * <p>Ids are grouped by hundreds: {@code 00xx} start-up and schema, {@code 01xx} runs and ranges, {@code 02xx}
 * authentication, {@code 03xx} host CRM, {@code 04xx} owners, {@code 05xx} engine, outbox and scheduler,
 * {@code 06xx} email, {@code 07xx} SMS, {@code 09xx} internal failures, {@code 10xx} the dev mailbox,
 * {@code 11xx} host-call budget and Tryton, {@code 12xx} inbound mail, {@code 13xx} holidays and guardrails.
 * An id once shipped keeps its meaning; a retired one is not reused. {@code docs/logging.md} lists them all.
 */
public enum LogId {

    SCHEMA_NOT_UPDATED("SEQ-0001", "the database schema could not be brought up to date"),
    SCHEMA_MIGRATION_APPLIED("SEQ-0002", "a schema migration was applied"),
    DEV_SECRETS_TOLERATED("SEQ-0003", "dev mode lets the plugin start on development or short secrets"),
    REMINDER_WORDS_BACKFILLED("SEQ-0004", "search words were written for reminders made before them"),
    SECRETS_REFUSED("SEQ-0005", "the plugin refuses to start on development or short secrets"),
    MIGRATION_INVALID("SEQ-0006", "a schema migration is missing, of an unknown kind or out of order"),
    PRE_FLYWAY_SCHEMA_ADOPTED("SEQ-0007", "a schema made before Flyway was adopted at its version"),

    RUN_JOB_NOT_STARTED("SEQ-0101", "the batch job of a run could not be started"),
    RUN_STEP_FAILED("SEQ-0102", "a run failed in one of its job steps"),
    RUN_NOT_RESTARTED("SEQ-0103", "a run could not be restarted"),
    RUN_SILENT_FAILED("SEQ-0104", "a run stopped reporting progress and was failed"),
    RUN_RESUMED("SEQ-0105", "a run interrupted on another member resumes here"),
    RUN_NOT_RESUMED("SEQ-0106", "an interrupted run could not be resumed"),
    MEMBER_ID_NOT_KEPT("SEQ-0107", "the member id could not be written to its file"),
    H2_DELAYED_COMMITS("SEQ-0109", "the H2 database writes commits with a delay"),
    STATISTICS_NO_THREAD("SEQ-0150", "no thread was free to refresh planner statistics"),
    STATISTICS_NOT_REFRESHED("SEQ-0151", "planner statistics of a table could not be refreshed"),
    RANGE_TAKEN_AWAY("SEQ-0152", "a range this member worked was given back as silent"),
    RUN_SPLIT("SEQ-0153", "a run was split into ranges any member may work"),
    RANGE_GIVEN_BACK("SEQ-0154", "a range failed its tries here and was given back"),
    FOREIGN_RANGE_FAILED("SEQ-0155", "working a range of another member's run failed"),
    RETENTION_DONE("SEQ-0156", "a retention pass compacted and removed old records"),
    RETENTION_FAILED("SEQ-0157", "a retention pass failed"),

    REQUEST_REJECTED("SEQ-0201", "a request was rejected by authentication"),

    HOST_ADAPTER_CHOSEN("SEQ-0300", "the host adapter in use"),
    HOST_ADAPTER_UNKNOWN("SEQ-0301", "the configured host adapter is not on the class path"),
    EMBEDDED_HOST_FAILED("SEQ-0310", "the embedded host database failed"),
    HOST_ACCOUNTS_CREATED("SEQ-0320", "accounts were created in the embedded host"),
    HOST_CONTACTS_CREATED("SEQ-0321", "contacts were created in the embedded host"),
    CONTACTS_IMPORTED("SEQ-0322", "a CSV of contacts was imported into the embedded host"),
    CSV_UNREADABLE("SEQ-0323", "an imported CSV could not be read"),
    IMPORT_BATCH_FAILED("SEQ-0324", "a batch of an import failed"),
    FRESHSALES_RETRYING("SEQ-0330", "Freshsales answered with a failure that is retried"),
    FRESHSALES_KEY_REFUSED("SEQ-0332", "Freshsales refused the API key"),
    FRESHSALES_UNAVAILABLE("SEQ-0333", "Freshsales asked to wait or kept failing"),
    FRESHSALES_NOT_FOUND("SEQ-0334", "Freshsales has no such record"),
    FRESHSALES_REFUSED("SEQ-0335", "Freshsales refused a request"),
    FRESHSALES_INTERRUPTED("SEQ-0336", "a call to Freshsales was interrupted"),
    FRESHSALES_NOT_JSON("SEQ-0337", "Freshsales answered with something other than a JSON object"),
    FRESHSALES_TASK_WITHOUT_ID("SEQ-0338", "Freshsales created a task without telling its id"),
    FRESHSALES_NOT_SET_UP("SEQ-0339", "Freshsales lacks a view or activity type the plugin needs"),
    DEMO_DATA_SKIPPED("SEQ-0340", "the embedded host already holds data, no demo data loaded"),
    DEMO_DATA_LOADED("SEQ-0341", "demo data was loaded into the embedded host"),

    OWNER_ROW_RACE("SEQ-0401", "another request created an owner's row first"),

    UNEXPECTED_FAILURE("SEQ-0500", "an unexpected failure answered with an incident id"),
    STORED_CONDITIONS_INVALID("SEQ-0502", "a stored sequence has invalid conditions"),
    RUN_MISSING("SEQ-0503", "a run is not in the database"),
    RUN_SEQUENCE_DELETED("SEQ-0504", "the sequence of a run was deleted"),
    CONTACT_NOT_IN_HOST("SEQ-0510", "an enrolled contact is not in the host, its steps wait"),
    EFFECT_RETRYING("SEQ-0520", "an outbox effect failed and is retried later"),
    EFFECT_GAVE_UP("SEQ-0521", "an outbox effect gave up"),
    EFFECT_READ_AHEAD_FAILED("SEQ-0522", "reading ahead for a batch of effects failed"),
    OUTBOX_CLAIMS_RELEASED("SEQ-0523", "outbox entries claimed by stopped members were given back"),
    SCHEDULER_TICK_FAILED("SEQ-0530", "a scheduler tick failed"),
    OUTBOX_DRAIN_FAILED("SEQ-0531", "draining the outbox failed"),
    CONTACT_SYNC_FAILED("SEQ-0532", "showing contacts' sequences in the host failed"),
    OUTBOX_NO_THREAD("SEQ-0533", "no thread was free to drain the outbox"),
    OUTBOX_RELEASE_FAILED("SEQ-0534", "giving back abandoned outbox claims failed"),
    MEMBER_NOT_STAMPED("SEQ-0535", "this member could not stamp the member table at start"),
    PERIODIC_WORK_FAILED("SEQ-0536", "a periodic task failed unexpectedly"),
    TRANSACTIONS_NOT_ENLISTED("SEQ-0537", "a periodic task's transactions do not take in their connections"),
    USER_EFFECT_FAILED("SEQ-0540", "an effect asked for by a user failed"),

    EMAIL_BOUNCED("SEQ-0601", "an email of an execution bounced"),
    MAILBOX_SAVED("SEQ-0610", "a user's mailbox was saved"),
    EMAIL_SENT("SEQ-0620", "an email was sent"),
    SMTP_LOGIN_REFUSED("SEQ-0621", "the mail server refused the login"),
    SMTP_REFUSED_FOR_GOOD("SEQ-0622", "the mail server refused an email for good"),
    SMTP_REFUSED_FOR_NOW("SEQ-0623", "the mail server refused an email for now or could not be reached"),
    CONTACT_WITHOUT_EMAIL("SEQ-0624", "a contact has no email address"),
    CONTACT_UNSUBSCRIBED("SEQ-0625", "a contact unsubscribed"),
    ADDRESS_INVALID("SEQ-0626", "an address of an email is not valid"),
    STEP_TEMPLATE_FAILED("SEQ-0627", "the email of a step could not be rendered"),
    CONTACT_NOT_FOUND("SEQ-0628", "a contact does not exist in the host"),
    HOST_NOT_ASKED("SEQ-0629", "the host could not be asked for contacts or an account"),
    SMTP_CONNECTION_OPENED("SEQ-0630", "an SMTP connection was opened"),
    SMTP_CONNECTION_RETRIED("SEQ-0631", "a reused SMTP connection failed and a new one is tried"),
    SMTP_CLOSE_FAILED("SEQ-0632", "closing an SMTP connection failed"),
    MAIL_STREAM_PROVIDER_PINNED("SEQ-0633", "the Jakarta Mail stream provider was pinned"),
    TEMPLATE_FAILED("SEQ-0634", "a template could not be rendered"),
    CLICK_TOKEN_REFUSED("SEQ-0640", "a click token naming no stored link was refused"),
    INBOX_POLL_REFUSED("SEQ-0650", "an inbox could not be polled (reason kept for the user)"),
    INBOX_MESSAGE_UNREADABLE("SEQ-0651", "an inbox message could not be read and was skipped"),
    INBOX_POLL_FAILED("SEQ-0652", "polling an inbox failed"),
    REPLY_READ("SEQ-0653", "a reply was read from an inbox"),
    BOUNCE_READ("SEQ-0654", "a bounce was read from an inbox"),
    INBOX_MESSAGE_IGNORED("SEQ-0655", "an inbox message was ignored"),
    INBOUND_EVENT_RECEIVED("SEQ-0660", "an inbound event was applied or matched nothing"),
    INBOUND_EVENT_DUPLICATE("SEQ-0661", "an inbound event was applied before"),
    INBOUND_SIGNATURE_REFUSED("SEQ-0662", "an inbound event with a bad or stale signature was refused"),
    MAIL_INCIDENT("SEQ-0670", "a mail server failure, with its incident id"),
    SMTP_SERVER_NOT_ALLOWED("SEQ-0671", "a mailbox's SMTP server is not allowed"),
    IMAP_SERVER_NOT_ALLOWED("SEQ-0672", "a mailbox's IMAP server is not allowed"),

    SMS_LOGGED("SEQ-0701", "an SMS was written to the log instead of being sent"),
    SMS_ADAPTER_UNKNOWN("SEQ-0702", "the configured SMS adapter is unknown"),
    TWILIO_NOT_CONFIGURED("SEQ-0703", "the Twilio SMS adapter lacks its settings"),

    STATEMENT_FAILED("SEQ-0901", "an SQL statement failed"),
    FAULT_INJECTED("SEQ-0990", "a fault injected by a test"),

    MAIL_SUNK("SEQ-1000", "outgoing mail is kept in the built-in sink"),
    MAIL_SENT_BY_SMTP("SEQ-1001", "outgoing mail is sent through SMTP"),
    TEST_EMAIL_SENT("SEQ-1002", "a rep sent a test email through their mailbox"),
    DEMO_STORY_WITHOUT_HISTORY("SEQ-1003", "the demo sequences were created without their week of history"),
    DEMO_STORY_TOLD("SEQ-1004", "the demo sequences were run through their simulated week"),
    DEMO_STORY_STOPPED("SEQ-1005", "the demo story stopped early"),

    HOST_ADAPTER_UNUSABLE("SEQ-1100", "the host adapter is not usable or failed to start"),
    HOST_CALL_BUDGET_SPENT("SEQ-1101", "the host-call budget of the hour is spent"),
    RUN_CHUNK_DEFERRED("SEQ-1102", "a run deferred a chunk for the host-call budget"),
    EFFECT_HELD("SEQ-1103", "an outbox effect waits for the host-call budget"),
    TRYTON_REFUSED("SEQ-1110", "Tryton refused the login or a call"),
    TRYTON_UNREACHABLE("SEQ-1111", "Tryton could not be reached or failed"),
    TRYTON_NO_DATABASE("SEQ-1112", "Tryton has no such database"),
    TRYTON_NOT_JSON_RPC("SEQ-1113", "Tryton answered with something other than JSON-RPC"),
    TRYTON_CALL_REFUSED("SEQ-1114", "Tryton refused a call with an error of its own"),
    TRYTON_NOT_SET_UP("SEQ-1115", "Tryton lacks a company or work status the plugin needs"),
    TRYTON_NO_SAVED_SEARCH("SEQ-1116", "Tryton has no such saved search of parties"),

    SENDER_SIDE_FAILURE("SEQ-1201", "an email failed on the sending side, the contact is not marked"),
    SOFT_BOUNCE("SEQ-1202", "an email bounced softly"),
    HARD_BOUNCE("SEQ-1203", "an address bounced hard and is suppressed"),
    COMPLAINT("SEQ-1204", "a complaint (feedback report) about an email"),
    OUT_OF_OFFICE("SEQ-1205", "an out-of-office paused enrollments"),
    OUT_OF_OFFICE_OVER("SEQ-1206", "enrollments resumed after an out-of-office"),
    INBOX_MESSAGE_SEEN("SEQ-1207", "an inbox message was read before"),
    AUTO_REPLY_READ("SEQ-1208", "an auto-reply was read from an inbox"),

    HOLIDAYS_UNREADABLE("SEQ-1300", "a country's public holidays could not be read"),
    PACE_ROW_RACE("SEQ-1301", "another member created a mailbox's pace row first"),
    OUTBOX_WAKE_NO_THREAD("SEQ-1302", "no thread was free to wake the outbox at the next email's turn"),
    SEQUENCE_PAUSED_ITSELF("SEQ-1303", "a sequence paused itself over its guardrails");

    private final String id;
    private final String meaning;

    LogId(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    /** The id as it appears in the log, {@code SEQ-} and four digits. */
    public String id() {
        return id;
    }

    /** What a line with this id reports, as {@code docs/logging.md} lists it. */
    public String meaning() {
        return meaning;
    }

    /** The id, so that {@code LOG.info(RUN_SPLIT + " run " + runId)} writes the line an operator greps for. */
    @Override
    public String toString() {
        return id;
    }
}
