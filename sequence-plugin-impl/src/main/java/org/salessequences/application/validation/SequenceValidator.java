package org.salessequences.application.validation;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.GuardrailsDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.SmsSettings;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.api.sequence.TaskSettings;
import org.salessequences.application.TemplateChecker;
import org.salessequences.domain.model.condition.Match;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * Validates a sequence definition as a whole, reporting every bad field at once, and returns it normalised:
 * defaults filled in, text trimmed, so that what is stored and echoed is exactly what will run.
 */
public final class SequenceValidator {

    public static final int MAX_STEPS = 25;
    public static final int MAX_DAY = 90;
    public static final int MAX_INTERVAL_DAYS = 90;
    public static final int MAX_NAME = 200;
    public static final int MAX_SUBJECT = 998;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_TITLE = 255;
    public static final int MAX_NOTE = 10_000;
    public static final int MAX_SMS = 1600;
    public static final int MAX_COPIES = 20;
    public static final int MAX_SAVED_VIEWS = 10;
    public static final int MAX_HOLIDAY_COUNTRIES = 10;
    public static final int MAX_DAILY_ENROLLMENTS = 1_000_000;
    public static final int MAX_GUARDRAIL_SAMPLE = 1_000_000;
    /** The guardrails a sequence has unless it says otherwise (the contract's defaults). */
    public static final GuardrailsDefinition DEFAULT_GUARDRAILS = new GuardrailsDefinition(0.05, 0.003, 50);

    /** Strict, so that 24:00 is refused rather than read as midnight. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String NEW_THREAD = "NEW_THREAD";
    private static final String REPLY_TO_PREVIOUS = "REPLY_TO_PREVIOUS";

    /**
     * What validation needs to know beyond the document.
     *
     * @param existingSteps the types of the sequence's current steps by id (empty for a new sequence): a step sent
     *                      with an id must be one of them and keep its type
     * @param savedViews    finds a host saved view by id
     * @param templates     checks message templates
     * @param senders       whether an email step may use an address as {@code from} or {@code replyTo}: the
     *                      owner's own mailbox address or one in an allowed domain
     * @param holidayCountries whether a public holiday calendar is known for an ISO 3166-1 alpha-2 code
     */
    public record Context(Map<String, StepType> existingSteps, Function<String, Optional<SavedView>> savedViews,
                          TemplateChecker templates, Predicate<String> senders, Predicate<String> holidayCountries) {

        /** A context that knows a holiday calendar for every ISO country code. */
        public Context(Map<String, StepType> existingSteps, Function<String, Optional<SavedView>> savedViews,
                       TemplateChecker templates, Predicate<String> senders) {
            this(existingSteps, savedViews, templates, senders,
                    code -> Set.of(Locale.getISOCountries()).contains(code));
        }
    }

    private final Context context;
    private final Violations violations = new Violations();

    private SequenceValidator(Context context) {
        this.context = context;
    }

    /**
     * @return the normalised definition (server-assigned fields are left for the caller to fill)
     * @throws org.salessequences.application.ValidationException with one error per bad field
     */
    public static SequenceDefinition validate(SequenceDefinition definition, Context context) {
        return new SequenceValidator(context).run(definition);
    }

    private SequenceDefinition run(SequenceDefinition definition) {
        if (definition == null) {
            violations.add("", "a sequence is required");
            violations.throwIfAny();
        }
        String name = trimmed(definition.name());
        if (name == null) {
            violations.add("name", "must not be blank");
        } else if (name.length() > MAX_NAME) {
            violations.add("name", "must be at most " + MAX_NAME + " characters");
        }
        SequenceType type = named(SequenceType.values(), definition.type());
        if (type == null) {
            violations.add("type", "must be CLASSIC or SMART");
        }
        String status = definition.status() == null ? SequenceStatus.DRAFT.name() : definition.status();
        if (named(SequenceStatus.values(), status) == null) {
            violations.add("status", "must be DRAFT, ACTIVE or PAUSED");
        }
        AudienceDefinition audience = audience(definition.audience());
        ScheduleDefinition schedule = schedule(definition.schedule(), type);
        List<StepDefinition> steps = steps(definition.steps(), type);
        ExitCriteriaDefinition exit = exitCriteria(definition.exitCriteria());
        GuardrailsDefinition guardrails = guardrails(definition.guardrails());
        violations.throwIfAny();
        return new SequenceDefinition(null, null, name, type.name(), status, Boolean.TRUE.equals(definition.exclusive()),
                audience, schedule, steps, exit, null, null, null, null, guardrails, null);
    }

    private GuardrailsDefinition guardrails(GuardrailsDefinition given) {
        GuardrailsDefinition rails = given == null ? DEFAULT_GUARDRAILS : given;
        Double bounce = rate("guardrails.maxBounceRate", rails.maxBounceRate(), DEFAULT_GUARDRAILS.maxBounceRate());
        Double complaint = rate("guardrails.maxComplaintRate", rails.maxComplaintRate(),
                DEFAULT_GUARDRAILS.maxComplaintRate());
        Integer sample = rails.minSample() == null ? DEFAULT_GUARDRAILS.minSample() : rails.minSample();
        if (sample < 1 || sample > MAX_GUARDRAIL_SAMPLE) {
            violations.add("guardrails.minSample", "must be between 1 and " + MAX_GUARDRAIL_SAMPLE);
        }
        return new GuardrailsDefinition(bounce, complaint, sample);
    }

    private Double rate(String path, Double rate, Double fallback) {
        if (rate == null) {
            return fallback;
        }
        if (rate.isNaN() || rate <= 0 || rate > 1) {
            violations.add(path, "must be a rate above 0 and at most 1 (1 never pauses), e.g. 0.05 for 5 %");
        }
        return rate;
    }

    private AudienceDefinition audience(AudienceDefinition given) {
        AudienceDefinition audience = given == null
                ? new AudienceDefinition(null, null, null, null, null) : given;
        String recordType = audience.recordType() == null ? RecordType.CONTACT.name() : audience.recordType();
        RecordType records = named(RecordType.values(), recordType);
        if (records == null) {
            violations.add("audience.recordType", "must be CONTACT or ACCOUNT");
        }
        List<String> viewIds = audience.savedViewIds() == null ? List.of() : audience.savedViewIds();
        if (viewIds.size() > MAX_SAVED_VIEWS) {
            violations.add("audience.savedViewIds", "must hold at most " + MAX_SAVED_VIEWS + " views");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < viewIds.size(); i++) {
                String path = Violations.item("audience.savedViewIds", i);
                String viewId = viewIds.get(i);
                Optional<SavedView> view = viewId == null ? Optional.empty() : context.savedViews().apply(viewId);
                if (view.isEmpty()) {
                    violations.add(path, "no saved view " + viewId + " in the host");
                } else if (records != null && view.get().recordType() != records) {
                    violations.add(path, "saved view " + viewId + " lists " + view.get().recordType()
                            + " records, not " + records);
                } else if (!seen.add(viewId)) {
                    violations.add(path, "saved view " + viewId + " is listed twice");
                }
            }
        }
        List<ConditionDefinition> conditions = conditions("audience", audience.conditions(), audience.match(), false);
        Integer daily = audience.dailyEnrollmentLimit();
        if (daily != null && (daily < 1 || daily > MAX_DAILY_ENROLLMENTS)) {
            violations.add("audience.dailyEnrollmentLimit", "must be between 1 and " + MAX_DAILY_ENROLLMENTS
                    + ", or null for no limit");
        }
        return new AudienceDefinition(recordType, new ArrayList<>(viewIds), conditions, match(audience.match()),
                audience.preventDuplicateEmails() == null || audience.preventDuplicateEmails(), daily);
    }

    private ScheduleDefinition schedule(ScheduleDefinition schedule, SequenceType type) {
        if (schedule == null) {
            violations.add("schedule", "is required: time, timezone, excludeWeekends and, for smart sequences, "
                    + "intervalDays");
            return null;
        }
        try {
            LocalTime.parse(String.valueOf(schedule.time()), TIME);
        } catch (DateTimeParseException e) {
            violations.add("schedule.time", "must be a time of day as HH:mm, e.g. 09:00");
        }
        if (schedule.timezone() == null || !ZoneId.getAvailableZoneIds().contains(schedule.timezone())) {
            violations.add("schedule.timezone", "must be an IANA time zone such as Europe/Berlin");
        }
        Integer interval = schedule.intervalDays();
        if (type == SequenceType.SMART) {
            if (interval == null) {
                violations.add("schedule.intervalDays", "is required for a smart sequence");
            } else if (interval < 1 || interval > MAX_INTERVAL_DAYS) {
                violations.add("schedule.intervalDays", "must be between 1 and " + MAX_INTERVAL_DAYS);
            }
        } else if (type == SequenceType.CLASSIC && interval != null) {
            violations.add("schedule.intervalDays", "only smart sequences have an interval; classic steps have days");
        }
        boolean recipientTimezone = Boolean.TRUE.equals(schedule.recipientTimezone());
        if (recipientTimezone && type == SequenceType.SMART) {
            violations.add("schedule.recipientTimezone", "only classic sequences send in each contact's time zone: "
                    + "a smart sequence runs for every contact at once");
        }
        return new ScheduleDefinition(schedule.time(), schedule.timezone(), Boolean.TRUE.equals(schedule.excludeWeekends()),
                interval, recipientTimezone, holidays(schedule.holidays()));
    }

    /** Country codes, upper-cased, each once, each with a known calendar. */
    private List<String> holidays(List<String> given) {
        List<String> codes = given == null ? List.of() : given;
        if (codes.size() > MAX_HOLIDAY_COUNTRIES) {
            violations.add("schedule.holidays", "must hold at most " + MAX_HOLIDAY_COUNTRIES + " countries");
            return List.of();
        }
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip().toUpperCase(Locale.ROOT);
            String path = Violations.item("schedule.holidays", i);
            if (!code.matches("[A-Z]{2}")) {
                violations.add(path, "must be an ISO 3166-1 alpha-2 country code such as DE or US");
            } else if (!context.holidayCountries().test(code)) {
                violations.add(path, "no public holiday calendar is known for " + code);
            } else if (normalised.contains(code)) {
                violations.add(path, code + " is listed twice");
            } else {
                normalised.add(code);
            }
        }
        return normalised;
    }

    private List<StepDefinition> steps(List<StepDefinition> given, SequenceType type) {
        List<StepDefinition> steps = given == null ? List.of() : given;
        if (steps.size() > MAX_STEPS) {
            violations.add("steps", "must hold at most " + MAX_STEPS + " steps, not " + steps.size());
            return List.of();
        }
        List<StepDefinition> normalised = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean emailBefore = false;
        Integer previousDay = null;
        for (int i = 0; i < steps.size(); i++) {
            String path = Violations.item("steps", i);
            StepDefinition step = steps.get(i);
            if (step == null) {
                violations.add(path, "must be a step");
                continue;
            }
            StepType stepType = named(StepType.values(), step.type());
            if (stepType == null) {
                violations.add(Violations.path(path, "type"), "must be EMAIL, EMAIL_REMINDER, FOLLOW_UP, CALL_REMINDER or SMS");
            }
            stepId(path, step.id(), stepType, ids);
            Integer day = step.day();
            if (type == SequenceType.CLASSIC) {
                if (day == null || day < 1 || day > MAX_DAY) {
                    violations.add(Violations.path(path, "day"), "must be a day between 1 and " + MAX_DAY);
                } else if (previousDay != null && day < previousDay) {
                    violations.add(Violations.path(path, "day"), "must not come before the day of the step above it ("
                            + previousDay + ")");
                } else {
                    previousDay = day;
                }
            } else if (type == SequenceType.SMART && day != null) {
                violations.add(Violations.path(path, "day"), "smart steps have no day; they run every interval");
            }
            List<ConditionDefinition> conditions = conditions(path, step.conditions(), step.match(), true);
            EmailSettings email = null;
            TaskSettings task = null;
            SmsSettings sms = null;
            if (stepType != null) {
                settingsPresence(path, stepType, step);
                if (stepType.isEmail()) {
                    email = email(Violations.path(path, "email"), step.email(), emailBefore);
                    emailBefore = true;
                } else if (stepType.isTask()) {
                    task = task(Violations.path(path, "task"), step.task());
                } else {
                    sms = sms(Violations.path(path, "sms"), step.sms());
                }
            }
            normalised.add(new StepDefinition(step.id(), i + 1, step.type(), type == SequenceType.SMART ? null : day,
                    conditions, match(step.match()), email, task, sms));
        }
        return normalised;
    }

    private void stepId(String path, String id, StepType type, Set<String> ids) {
        if (id == null) {
            return;
        }
        StepType existing = context.existingSteps().get(id);
        if (existing == null) {
            violations.add(Violations.path(path, "id"), "no step " + id + " in this sequence; leave id out for a new step");
        } else if (!ids.add(id)) {
            violations.add(Violations.path(path, "id"), "step " + id + " is listed twice");
        } else if (type != null && existing != type) {
            violations.add(Violations.path(path, "type"), "a step's type cannot change (it is " + existing
                    + "); remove the step and add a new one");
        }
    }

    private void settingsPresence(String path, StepType type, StepDefinition step) {
        if (!type.isEmail() && step.email() != null) {
            violations.add(Violations.path(path, "email"), "only EMAIL and EMAIL_REMINDER steps have email settings");
        }
        if (!type.isTask() && step.task() != null) {
            violations.add(Violations.path(path, "task"), "only FOLLOW_UP and CALL_REMINDER steps have task settings");
        }
        if (type != StepType.SMS && step.sms() != null) {
            violations.add(Violations.path(path, "sms"), "only SMS steps have sms settings");
        }
    }

    private EmailSettings email(String path, EmailSettings email, boolean emailBefore) {
        if (email == null) {
            violations.add(path, "is required: subject, body and threading");
            return null;
        }
        String threading = email.threading() == null ? NEW_THREAD : email.threading();
        if (!NEW_THREAD.equals(threading) && !REPLY_TO_PREVIOUS.equals(threading)) {
            violations.add(Violations.path(path, "threading"), "must be NEW_THREAD or REPLY_TO_PREVIOUS");
        } else if (REPLY_TO_PREVIOUS.equals(threading) && !emailBefore) {
            violations.add(Violations.path(path, "threading"),
                    "the first email step has no previous email to reply to: use NEW_THREAD");
        }
        // A reply takes "Re: " and the previous subject when it has none of its own.
        boolean subjectRequired = !REPLY_TO_PREVIOUS.equals(threading);
        String subject = template(Violations.path(path, "subject"), email.subject(), subjectRequired, MAX_SUBJECT);
        if (subject != null && subject.contains("\n")) {
            violations.add(Violations.path(path, "subject"), "must be one line");
        }
        String body = template(Violations.path(path, "body"), email.body(), true, MAX_BODY);
        String from = sender(Violations.path(path, "from"), email.from());
        String replyTo = sender(Violations.path(path, "replyTo"), email.replyTo());
        List<String> cc = addresses(Violations.path(path, "cc"), email.cc());
        List<String> bcc = addresses(Violations.path(path, "bcc"), email.bcc());
        return new EmailSettings(subject, body, threading, from, replyTo, cc, bcc,
                email.trackOpens() == null || email.trackOpens(), email.trackClicks() == null || email.trackClicks(),
                email.unsubscribeLink() == null || email.unsubscribeLink());
    }

    private TaskSettings task(String path, TaskSettings task) {
        if (task == null) {
            violations.add(path, "is required: title and note");
            return null;
        }
        return new TaskSettings(template(Violations.path(path, "title"), task.title(), true, MAX_TITLE),
                template(Violations.path(path, "note"), task.note(), false, MAX_NOTE));
    }

    private SmsSettings sms(String path, SmsSettings sms) {
        if (sms == null) {
            violations.add(path, "is required: body");
            return null;
        }
        return new SmsSettings(template(Violations.path(path, "body"), sms.body(), true, MAX_SMS));
    }

    private String template(String path, String text, boolean required, int maxLength) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(path, "must not be blank");
            }
            return text == null || text.isBlank() ? null : text;
        }
        if (text.length() > maxLength) {
            violations.add(path, "must be at most " + maxLength + " characters");
            return text;
        }
        context.templates().check(text).ifPresent(problem -> violations.add(path, problem.toString()));
        return text;
    }

    /** An address the email claims to be from (or wants replies at): it must be one the owner may use. */
    private String sender(String path, String address) {
        int before = violations.errors().size();
        String valid = address(path, address);
        if (valid != null && violations.errors().size() == before && !context.senders().test(valid)) {
            violations.add(path, "must be the sequence owner's mailbox address or an address in a domain the "
                    + "administrator allows (sequences.mail.allowed-from-domains), not \"" + valid + "\"");
        }
        return valid;
    }

    private String address(String path, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.strip();
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            if (parsed.getPersonal() != null || !trimmed.equals(parsed.getAddress())
                    || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new AddressException("not a plain address");
            }
        } catch (AddressException e) {
            violations.add(path, "must be an email address such as anna@example.com, not \"" + trimmed + "\"");
        }
        return trimmed;
    }

    private List<String> addresses(String path, List<String> addresses) {
        if (addresses == null) {
            return List.of();
        }
        if (addresses.size() > MAX_COPIES) {
            violations.add(path, "must hold at most " + MAX_COPIES + " addresses");
            return addresses;
        }
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = address(Violations.item(path, i), addresses.get(i));
            if (address == null) {
                violations.add(Violations.item(path, i), "must not be blank");
            } else {
                normalised.add(address);
            }
        }
        return normalised;
    }

    private ExitCriteriaDefinition exitCriteria(ExitCriteriaDefinition given) {
        ExitCriteriaDefinition exit = given == null
                ? new ExitCriteriaDefinition(null, null, null, null, null, null) : given;
        List<ConditionDefinition> conditions = conditions("exitCriteria", exit.conditions(), exit.match(), false);
        return new ExitCriteriaDefinition(orTrue(exit.allStepsExecuted()), orTrue(exit.replied()),
                orTrue(exit.unsubscribed()), orTrue(exit.bounced()), conditions, match(exit.match()),
                Boolean.TRUE.equals(exit.accountReplied()), Boolean.TRUE.equals(exit.meetingBooked()));
    }

    private List<ConditionDefinition> conditions(String parent, List<ConditionDefinition> conditions, String match,
                                                 boolean allowEmailActivity) {
        ConditionGroupReader.read(parent, conditions, match, allowEmailActivity, violations);
        return conditions == null ? List.of() : new ArrayList<>(conditions);
    }

    private static String match(String match) {
        Match parsed = Match.named(match);
        return parsed == null ? match : parsed.name();
    }

    private static Boolean orTrue(Boolean value) {
        return value == null || value;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
