package org.salessequences.infrastructure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.salessequences.api.Permission;
import org.salessequences.api.devmailbox.DevMailboxEmail;
import org.salessequences.api.event.InboundEvent;
import org.salessequences.api.run.RunView;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.application.Caller;
import org.salessequences.application.DevMailboxService;
import org.salessequences.application.InboundEventService;
import org.salessequences.application.RunService;
import org.salessequences.application.SequenceService;
import org.salessequences.domain.model.mailbox.DevMailbox;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.infrastructure.host.DemoHostSeeder;
import org.salessequences.infrastructure.scheduling.SequenceScheduler;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;

/**
 * The demo's story, told once, right after {@link DemoHostSeeder} filled an empty embedded host (the first start of
 * {@code deploy/run.sh}): the sequences of {@code demo/sequences.json} (a classic one with all five step types, a
 * smart one, one paused after a few days), created a week ago on the simulated clock and run day by day up to now by
 * the engine itself (scheduled runs, emails into the mail sink, tasks, texts), with some recipients opening,
 * clicking and replying as the dev mailbox's "reply as the contact" would. So metrics, timelines, reminders and the
 * mailbox have content at once. History needs the adjustable clock and the sink (the story never sends real email);
 * without them only the sequences are created. A story cut short by a stop is not told again: the host is no longer
 * empty then.
 */
@Singleton
@Startup
@DependsOn("DemoHostSeeder")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoStory {

    /** The simulated days the story covers, ending now. */
    static final int DAYS = 7;
    private static final Logger LOG = Logger.getLogger(DemoStory.class.getName());
    private static final ZoneId DEMO_ZONE = ZoneId.of("Europe/Berlin");
    /** How long after a sequence's time of day the clock is set for its run: the run is due then. */
    private static final Duration PAST_DUE = Duration.ofSeconds(30);
    /** After deployment, so that the batch runtime takes jobs. */
    private static final long START_DELAY_SECONDS = 5;
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Of every hundred emails: so many are opened, clicked (of the opened) and answered. */
    private static final int OPENED = 45;
    private static final int CLICKED = 18;
    private static final int REPLIED = 5;

    /** One sequence of the story: its owner, how many days it runs, and whether it is paused then. */
    public record Chapter(String owner, int daysRun, boolean pauseAfter, SequenceDefinition sequence) {
    }

    @Inject
    DemoHostSeeder seeder;
    @Inject
    ApplicationClock clock;
    @Inject
    SequenceScheduler scheduler;
    @Inject
    SequenceService sequences;
    @Inject
    RunService runs;
    @Inject
    OutboxRepository outbox;
    @Inject
    DevMailbox sink;
    @Inject
    DevMailboxService mailbox;
    @Inject
    InboundEventService events;
    @Resource
    ManagedScheduledExecutorService executor;

    @PostConstruct
    void tellAfterTheFirstStart() {
        if (seeder.loadedDemoData()) {
            executor.schedule(this::tell, START_DELAY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The story's sequences, as the file tells them. */
    static List<Chapter> chapters() {
        try (InputStream json = DemoStory.class.getResourceAsStream("/demo/sequences.json");
             Jsonb jsonb = JsonbBuilder.create()) {
            Chapter[] chapters = jsonb.fromJson(json, Chapter[].class);
            return List.of(chapters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("demo/sequences.json cannot be read", e);
        }
    }

    void tell() {
        boolean history = clock.isAdjustable() && sink.active();
        Instant now = clock.now();
        ZonedDateTime firstDay = now.atZone(DEMO_ZONE).truncatedTo(ChronoUnit.DAYS).minusDays(DAYS);
        try {
            if (history) {
                clock.set(firstDay.plusHours(8).toInstant());
            }
            List<String> created = new ArrayList<>();
            List<Chapter> chapters = chapters();
            for (Chapter chapter : chapters) {
                created.add(sequences.create(caller(chapter.owner()), chapter.sequence()).id());
            }
            if (!history) {
                LOG.info(LogId.DEMO_STORY_WITHOUT_HISTORY + " demo sequences created without history: the story needs "
                        + "the adjustable clock and the mail sink (run.sh's defaults on the embedded database)");
                return;
            }
            for (int day = 0; day < DAYS; day++) {
                ZonedDateTime date = firstDay.plusDays(day);
                for (Instant due : dueTimes(chapters, date)) {
                    clock.set(due);
                    scheduler.tick();
                    awaitRunsOf(created);
                }
                awaitOutbox();
                engage(date.toInstant());
                for (int i = 0; i < chapters.size(); i++) {
                    if (chapters.get(i).pauseAfter() && chapters.get(i).daysRun() == day + 1) {
                        pause(chapters.get(i).owner(), created.get(i));
                    }
                }
            }
            LOG.info(() -> LogId.DEMO_STORY_TOLD + " demo story told: " + created.size() + " sequences run for " + DAYS
                    + " simulated days; " + mailbox.page(null, 0, 1).total() + " emails in the demo mailbox");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.DEMO_STORY_STOPPED + " the demo story stopped early; the demo works without "
                    + "the rest of it", e);
        } finally {
            if (history) {
                clock.set(Instant.now());
            }
        }
    }

    /** When the chapters' runs of the day are due (each at its schedule's time and zone), in order. */
    static List<Instant> dueTimes(List<Chapter> chapters, ZonedDateTime date) {
        return chapters.stream().map(chapter -> chapter.sequence().schedule())
                .map(schedule -> ZonedDateTime.of(date.toLocalDate(), LocalTime.parse(schedule.time()),
                        ZoneId.of(schedule.timezone())).toInstant().plus(PAST_DUE))
                .distinct().sorted().toList();
    }

    /** The demo users as their run.sh tokens name them. */
    private static Caller caller(String owner) {
        Set<Permission> permissions = "demo-admin".equals(owner)
                ? Set.of(Permission.VIEW, Permission.CREATE, Permission.ADMIN) : Set.of(Permission.VIEW, Permission.CREATE);
        return new Caller(owner, "demo-admin".equals(owner) ? "Demo Admin" : "Demo Rep",
                "demo-admin".equals(owner) ? "admin@demo.example" : "rep@demo.example", permissions);
    }

    private void awaitRunsOf(List<String> sequenceIds) {
        Caller admin = caller("demo-admin");
        await("the runs of the demo sequences", () -> sequenceIds.stream().allMatch(id -> {
            List<RunView> latest = runs.list(admin, id, 0, 1);
            return latest.isEmpty() || Set.of("COMPLETED", "FAILED").contains(latest.get(0).status());
        }));
    }

    private void awaitOutbox() {
        await("the demo's emails, tasks and texts", () -> outbox.open() == 0);
    }

    private static void await(String what, BooleanSupplier done) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(what + " did not end within " + WAIT);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Some of the day's recipients open, click and reply: the same ones on every machine (by Message-ID). */
    private void engage(Instant dayStart) {
        for (int page = 0; ; page++) {
            List<DevMailboxEmail> emails = mailbox.page(null, page, 100).items();
            List<DevMailboxEmail> ofTheDay = emails.stream()
                    .filter(email -> !email.sentAt().toInstant().isBefore(dayStart)).toList();
            for (DevMailboxEmail email : ofTheDay) {
                int chance = Math.floorMod(email.messageId().hashCode(), 100);
                if (chance < OPENED) {
                    event("OPENED", email);
                }
                if (chance < CLICKED) {
                    event("CLICKED", email);
                }
                if (chance < REPLIED) {
                    mailbox.replyAsContact(email.id());
                }
            }
            if (ofTheDay.size() < emails.size() || emails.size() < 100) {
                return;
            }
        }
    }

    private void event(String type, DevMailboxEmail email) {
        events.apply(new InboundEvent("demo-" + type.toLowerCase(java.util.Locale.ROOT) + "-" + email.messageId(),
                type, null, null, email.messageId(), null, null, clock.now().toString(), null));
    }

    private void pause(String owner, String sequenceId) {
        Caller caller = caller(owner);
        SequenceDefinition current = sequences.get(caller, sequenceId);
        sequences.update(caller, sequenceId, new SequenceDefinition(current.id(), current.ownerId(), current.name(),
                current.type(), "PAUSED", current.exclusive(), current.audience(), current.schedule(), current.steps(),
                current.exitCriteria(), current.version(), current.createdAt(), current.updatedAt(),
                current.nextRunAt(), current.guardrails(), current.pausedReason()));
    }
}
