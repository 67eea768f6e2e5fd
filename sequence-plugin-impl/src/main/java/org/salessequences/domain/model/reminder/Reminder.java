package org.salessequences.domain.model.reminder;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** Work a sequence step handed to the sequence owner. One per step execution. */
@Entity
@Table(name = "seq_reminder")
public class Reminder {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderStatus status;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "contact_id", nullable = false)
    private String contactId;

    @Column(name = "sequence_id", nullable = false, length = 36)
    private String sequenceId;

    @Column(name = "step_id", nullable = false, length = 36)
    private String stepId;

    @Column(name = "enrollment_id", nullable = false, length = 36)
    private String enrollmentId;

    @Column(name = "execution_id", nullable = false, length = 36)
    private String executionId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(length = 1000)
    private String subject;

    @Lob
    private String body;

    @Column(length = 255)
    private String title;

    @Column(length = 10000)
    private String note;

    @Column(name = "host_task_id")
    private String hostTaskId;

    @Column(length = 100)
    private String outcome;

    @Column(name = "outcome_note", length = 2000)
    private String outcomeNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    /**
     * The words of subject, title and note ({@link SearchWords}), which the dashboard's text search looks up; kept
     * with the reminder whenever those change. Loaded only when they change.
     */
    @ElementCollection
    @CollectionTable(name = "seq_reminder_word", joinColumns = @JoinColumn(name = "reminder_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> words = new HashSet<>();

    protected Reminder() {
    }

    /** An email reminder holding the rendered email. */
    public static Reminder email(String id, String ownerId, String contactId, String sequenceId, String stepId,
                                 String enrollmentId, String executionId, Instant dueAt, String subject, String body) {
        Reminder reminder = new Reminder(id, ReminderType.EMAIL_REMINDER, ownerId, contactId, sequenceId, stepId,
                enrollmentId, executionId, dueAt);
        reminder.subject = subject;
        reminder.body = body;
        reminder.indexWords();
        return reminder;
    }

    /** A follow-up or call task. */
    public static Reminder task(String id, ReminderType type, String ownerId, String contactId, String sequenceId,
                                String stepId, String enrollmentId, String executionId, Instant dueAt, String title,
                                String note) {
        Reminder reminder = new Reminder(id, type, ownerId, contactId, sequenceId, stepId, enrollmentId, executionId,
                dueAt);
        reminder.title = title;
        reminder.note = note;
        reminder.indexWords();
        return reminder;
    }

    private Reminder(String id, ReminderType type, String ownerId, String contactId, String sequenceId, String stepId,
                     String enrollmentId, String executionId, Instant dueAt) {
        this.id = id;
        this.type = type;
        this.status = ReminderStatus.OPEN;
        this.ownerId = ownerId;
        this.contactId = contactId;
        this.sequenceId = sequenceId;
        this.stepId = stepId;
        this.enrollmentId = enrollmentId;
        this.executionId = executionId;
        this.dueAt = dueAt;
        this.createdAt = dueAt;
    }

    public void linkHostTask(String taskId) {
        this.hostTaskId = taskId;
    }

    /** Closes the reminder: an email reminder when sent (with what was sent), a task with its outcome. */
    public void done(String outcome, String outcomeNote, Instant at) {
        if (status == ReminderStatus.DONE) {
            throw new IllegalStateException("the reminder is already done");
        }
        this.status = ReminderStatus.DONE;
        this.outcome = outcome;
        this.outcomeNote = outcomeNote;
        this.doneAt = at;
    }

    /** Keeps the email as the rep edited it. */
    public void edit(String subject, String body) {
        this.subject = subject;
        this.body = body;
        indexWords();
    }

    /** Changes the stored words in place, so that only the words that came or went are written. */
    private void indexWords() {
        List<String> current = SearchWords.of(subject, title, note);
        words.retainAll(current);
        words.addAll(current);
    }

    public String id() {
        return id;
    }

    public ReminderType type() {
        return type;
    }

    public ReminderStatus status() {
        return status;
    }

    public String ownerId() {
        return ownerId;
    }

    public String contactId() {
        return contactId;
    }

    public String sequenceId() {
        return sequenceId;
    }

    public String stepId() {
        return stepId;
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public String executionId() {
        return executionId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String title() {
        return title;
    }

    public String note() {
        return note;
    }

    public String hostTaskId() {
        return hostTaskId;
    }

    public String outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
