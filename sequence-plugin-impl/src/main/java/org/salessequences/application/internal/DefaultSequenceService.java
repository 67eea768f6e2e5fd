package org.salessequences.application.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.FieldError;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.application.Caller;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.SequenceService;
import org.salessequences.application.ValidationException;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.infrastructure.time.ApplicationClock;

@ApplicationScoped
@Transactional
public class DefaultSequenceService implements SequenceService {

    @Inject
    SequenceRepository sequences;
    @Inject
    JsonDocuments json;
    @Inject
    ApplicationClock clock;

    @Override
    public SequenceDefinition create(Caller caller, SequenceDefinition definition) {
        validate(definition);
        Instant now = clock.now();
        Sequence sequence = new Sequence(Ids.newId(), caller.userId(), now);
        ScheduleDefinition schedule = definition.schedule();
        sequence.define(definition.name().strip(), SequenceType.valueOf(definition.type()),
                SequenceStatus.valueOf(definition.status() == null ? "DRAFT" : definition.status()),
                Boolean.TRUE.equals(definition.exclusive()), schedule.time(), schedule.timezone(),
                Boolean.TRUE.equals(schedule.excludeWeekends()), schedule.intervalDays(),
                json.write(definition), now);
        sequences.add(sequence);
        return view(sequence);
    }

    @Override
    public SequenceDefinition get(Caller caller, String id) {
        return view(visible(caller, id));
    }

    @Override
    public List<SequenceDefinition> list(Caller caller, int page, int size) {
        return sequences.list(caller.isAdmin() ? null : caller.userId(), page * size, size).stream()
                .map(this::view).toList();
    }

    @Override
    public long count(Caller caller) {
        return sequences.count(caller.isAdmin() ? null : caller.userId());
    }

    private Sequence visible(Caller caller, String id) {
        return sequences.find(id).filter(sequence -> caller.canSee(sequence.ownerId()))
                .orElseThrow(() -> new NotFoundException("sequence", id));
    }

    private static void validate(SequenceDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        if (definition == null) {
            throw ValidationException.of("", "a sequence is required");
        }
        if (definition.name() == null || definition.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (definition.name().strip().length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        if (!isOneOf(definition.type(), SequenceType.values())) {
            errors.add(new FieldError("type", "must be CLASSIC or SMART"));
        }
        if (definition.status() != null && !isOneOf(definition.status(), SequenceStatus.values())) {
            errors.add(new FieldError("status", "must be DRAFT, ACTIVE or PAUSED"));
        }
        ScheduleDefinition schedule = definition.schedule();
        if (schedule == null) {
            errors.add(new FieldError("schedule", "is required"));
        } else {
            try {
                LocalTime.parse(String.valueOf(schedule.time()));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("schedule.time", "must be a time of day as HH:mm"));
            }
            try {
                ZoneId.of(String.valueOf(schedule.timezone()));
            } catch (DateTimeException e) {
                errors.add(new FieldError("schedule.timezone", "must be an IANA time zone such as Europe/Berlin"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean isOneOf(String value, Enum<?>[] constants) {
        for (Enum<?> constant : constants) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private SequenceDefinition view(Sequence sequence) {
        SequenceDefinition stored = json.read(sequence.definition(), SequenceDefinition.class);
        return new SequenceDefinition(sequence.id(), sequence.ownerId(), sequence.name(), sequence.type().name(),
                sequence.status().name(), sequence.exclusive(), stored.audience(), stored.schedule(), stored.steps(),
                stored.exitCriteria(), sequence.version(), time(sequence.createdAt()), time(sequence.updatedAt()),
                time(sequence.nextRunAt()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
