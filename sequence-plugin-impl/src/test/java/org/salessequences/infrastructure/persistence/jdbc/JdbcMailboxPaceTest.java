package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.mailbox.MailboxPace.Turn;
import org.salessequences.domain.model.mailbox.SendLimits;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/**
 * The turns of a limited mailbox on H2 and PostgreSQL: the hourly limit and the spacing as the clock passes, waiting
 * emails keeping their order, and two members taking turns on one mailbox at once sharing one budget.
 */
class JdbcMailboxPaceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoAnHourSendTwoInTheFirstHourAndTheRestInOrderLater(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-hourly";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(2, null);
        List<String> emails = queued(dataSource, owner, 5);

        assertTrue(granted(pace, owner, limits, emails.get(0), T0));
        assertTrue(granted(pace, owner, limits, emails.get(1), T0));
        Turn third = pace.take(owner, limits, emails.get(2), T0);
        Turn fourth = pace.take(owner, limits, emails.get(3), T0.plusSeconds(1));
        Turn fifth = pace.take(owner, limits, emails.get(4), T0.plusSeconds(2));
        assertFalse(third.granted());
        assertEquals(ExecutionReason.MAILBOX_HOURLY_LIMIT, third.reason());
        assertEquals(T0.plus(HOUR), third.retryAt(), "the third goes when the first two are an hour old");
        assertEquals(T0.plus(HOUR), fourth.retryAt(), "the fourth with it: two an hour");
        assertEquals(T0.plus(HOUR).plus(HOUR), fifth.retryAt(), "the fifth an hour after those");

        // An hour on, the fourth asks first: the third is ahead of it in line.
        assertFalse(pace.take(owner, limits, emails.get(3), T0.plus(HOUR)).granted());
        assertTrue(granted(pace, owner, limits, emails.get(2), T0.plus(HOUR)));
        assertTrue(granted(pace, owner, limits, emails.get(3), T0.plus(HOUR)));
        Turn early = pace.take(owner, limits, emails.get(4), T0.plus(HOUR));
        assertFalse(early.granted(), "two went in this hour");
        assertEquals(T0.plus(HOUR).plus(HOUR), early.retryAt());
        assertTrue(granted(pace, owner, limits, emails.get(4), T0.plus(HOUR).plus(HOUR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSpacingCountsFromWhenTheServerHadTheLastEmail(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-spacing";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(null, 10);
        List<String> emails = queued(dataSource, owner, 3);

        Turn first = pace.take(owner, limits, emails.get(0), T0);
        assertTrue(first.granted());
        pace.sent(owner, limits, first.turnId(), T0.plusSeconds(2));
        Turn second = pace.take(owner, limits, emails.get(1), T0.plusSeconds(5));
        assertFalse(second.granted());
        assertEquals(ExecutionReason.MAILBOX_SPACING, second.reason());
        assertEquals(T0.plusSeconds(12), second.retryAt());
        Turn third = pace.take(owner, limits, emails.get(2), T0.plusSeconds(6));
        assertEquals(T0.plusSeconds(22), third.retryAt(), "in line behind the second, ten seconds later");
        assertFalse(pace.take(owner, limits, emails.get(1), T0.plusSeconds(11)).granted());
        assertTrue(granted(pace, owner, limits, emails.get(1), T0.plusSeconds(12)));
    }

    /**
     * Five emails reach a two-an-hour mailbox at once, the first still being sent: the second waits for the spacing,
     * the rest for the hour, including the fourth, whose place is set by the third's (it was EmailIT's SPACING).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void emailsInLineBehindTheHoursLimitWaitForTheHour(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-behind";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(2, 1);
        List<String> emails = queued(dataSource, owner, 5);

        assertTrue(pace.take(owner, limits, emails.get(0), T0).granted(), "the first is being sent");
        Turn second = pace.take(owner, limits, emails.get(1), T0);
        assertEquals(ExecutionReason.MAILBOX_SPACING, second.reason());
        assertEquals(T0.plusSeconds(1), second.retryAt());
        for (int i = 2; i < 5; i++) {
            Turn later = pace.take(owner, limits, emails.get(i), T0);
            assertFalse(later.granted());
            assertEquals(ExecutionReason.MAILBOX_HOURLY_LIMIT, later.reason(), "email " + i + " waits for " + later);
            assertTrue(later.retryAt().compareTo(T0.plus(HOUR)) >= 0, "email " + i + " at " + later.retryAt());
        }
    }

    /**
     * Ten emails wait one second apart and the line runs late (the mailbox sends slower than its spacing): an email
     * behind others asks again when the ones ahead of it can have gone, not every moment; the first one goes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmailBehindALateLineAsksAgainWhenTheOnesAheadCanHaveGone(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-late";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(null, 1);
        List<String> emails = lineOneSecondApart(dataSource, pace, owner, limits, 10);

        // Four seconds on, nothing more has gone: the first waiting is four seconds late, and so is the line.
        Instant late = T0.plusSeconds(5);
        Turn fifth = pace.take(owner, limits, emails.get(5), late);
        assertFalse(fifth.granted());
        assertEquals(ExecutionReason.MAILBOX_SPACING, fifth.reason());
        assertEquals(T0.plusSeconds(9), fifth.retryAt(), "four ahead of it, one second each");
        assertEquals(T0.plusSeconds(13), pace.take(owner, limits, emails.get(9), late).retryAt());
        assertEquals(T0.plusSeconds(6), pace.take(owner, limits, emails.get(2), late).retryAt(),
                "the second in line asks again a moment after the first is expected to go");
        assertTrue(granted(pace, owner, limits, emails.get(1), late), "the first in line goes");
        assertTrue(granted(pace, owner, limits, emails.get(2), late.plusSeconds(1)));
    }

    /**
     * The first email in line waits a quarter of an hour (its sequence was paused: the outbox holds it), the others
     * behind it ask again after it and one spacing after another, whatever their places say.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void emailsBehindOneThatWaitsLongerAskAgainAfterIt(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-held";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(null, 1);
        List<String> emails = lineOneSecondApart(dataSource, pace, owner, limits, 4);
        Instant held = T0.plus(Duration.ofMinutes(15));
        // As the ledger holds an email of a paused sequence: pending, due again later, its place kept.
        new Sql(dataSource).update("UPDATE seq_outbox SET next_attempt_at = ? WHERE id = ?", held, emails.get(1));

        Turn third = pace.take(owner, limits, emails.get(3), T0.plusSeconds(3));
        assertEquals(held.plusSeconds(2), third.retryAt(), "after the held one and the one between");
        assertEquals(held.plusSeconds(1), pace.take(owner, limits, emails.get(2), T0.plusSeconds(3)).retryAt());
    }

    /**
     * While one member holds the mailbox (its row locked, as while it gives a turn), an email behind others in line gets
     * its answer at once: telling it to wait gives nothing out and needs no lock; the one at the head waits for it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmailBehindOthersIsAnsweredWithoutWaitingForTheMailboxsLock(String name, Supplier<DataSource> database)
            throws Exception {
        ThreadBoundTransactions transactions = new ThreadBoundTransactions(database.get());
        DataSource dataSource = transactions.dataSource();
        String owner = "rep-" + name + "-unlocked";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(null, 1);
        List<String> emails = queued(dataSource, owner, 3);
        assertTrue(transactions.call(() -> granted(pace, owner, limits, emails.get(0), T0)));
        transactions.call(() -> pace.take(owner, limits, emails.get(1), T0));
        transactions.call(() -> pace.take(owner, limits, emails.get(2), T0));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        ExecutorService asker = Executors.newSingleThreadExecutor();
        Future<?> holder = other.submit(() -> transactions.call(() -> {
            new Sql(dataSource).query("SELECT owner_id FROM seq_mailbox_pace WHERE owner_id = ? FOR UPDATE",
                    row -> row.getString(1), owner);
            locked.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }));
        try {
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            // Answered while the lock is still held (it is held until release, after this): waiting for the lock
            // would end in the lock's timeout or the deadline here.
            Turn behind = asker.submit(() -> transactions.call(() -> pace.take(owner, limits, emails.get(2),
                    T0.plusSeconds(2)))).get(10, TimeUnit.SECONDS);
            assertFalse(behind.granted());
            assertEquals(T0.plusSeconds(3), behind.retryAt(), "a second late, behind the one a second ahead");
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            other.shutdown();
            asker.shutdown();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmailThatNoLongerWaitsDoesNotHoldTheLine(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        String owner = "rep-" + name + "-gone";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits limits = new SendLimits(1, null);
        List<String> emails = queued(dataSource, owner, 3);
        assertTrue(granted(pace, owner, limits, emails.get(0), T0));
        assertFalse(pace.take(owner, limits, emails.get(1), T0).granted());
        assertFalse(pace.take(owner, limits, emails.get(2), T0).granted());
        // The second's address unsubscribed meanwhile: its entry is done, and the third goes at its own turn.
        new Sql(dataSource).update("UPDATE seq_outbox SET status = 'DONE' WHERE id = ?", emails.get(1));
        assertTrue(granted(pace, owner, limits, emails.get(2), T0.plus(HOUR).plus(HOUR)));
    }

    /**
     * Two members take turns for one mailbox at once, each in its own transactions: the spacing holds between every
     * two sends, counted from when the one before was handed over, and neither member sends while the other does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoMembersShareOneMailboxsBudget(String name, Supplier<DataSource> database) throws Exception {
        ThreadBoundTransactions transactions = new ThreadBoundTransactions(database.get());
        DataSource dataSource = transactions.dataSource();
        String owner = "rep-" + name + "-shared";
        JdbcMailboxPace pace = JdbcMailboxPace.on(dataSource);
        SendLimits spaced = new SendLimits(1000, 1);
        // Spacing in whole seconds is too coarse for a quick test: the clock given to the pace runs 20 times faster
        // (to the millisecond, as the application's clock and the stored instants are).
        Instant start = Instant.now();
        Supplier<Instant> clock = () -> start.plus(Duration.between(start, Instant.now()).multipliedBy(20))
                .truncatedTo(ChronoUnit.MILLIS);
        List<String> emails = queued(dataSource, owner, 60);
        List<Instant[]> sends = Collections.synchronizedList(new ArrayList<>());
        ExecutorService members = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int member = 0; member < 2; member++) {
            List<String> mine = new ArrayList<>();
            for (int i = member; i < emails.size(); i += 2) {
                mine.add(emails.get(i));
            }
            done.add(members.submit(() -> {
                go.await();
                for (String email : mine) {
                    while (true) {
                        Instant now = clock.get();
                        Turn turn = transactions.call(() -> pace.take(owner, spaced, email, now));
                        if (turn.granted()) {
                            Thread.sleep(3);
                            Instant handed = clock.get();
                            transactions.call(() -> {
                                pace.sent(owner, spaced, turn.turnId(), handed);
                                return null;
                            });
                            sends.add(new Instant[]{now, handed});
                            break;
                        }
                        Thread.sleep(Math.max(1, Duration.between(clock.get(), turn.retryAt()).toMillis() / 20));
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> member : done) {
            member.get(120, TimeUnit.SECONDS);
        }
        members.shutdown();
        assertEquals(60, sends.size(), "every email went once");
        List<Instant[]> ordered = new ArrayList<>(sends);
        ordered.sort((a, b) -> a[0].compareTo(b[0]));
        for (int i = 1; i < ordered.size(); i++) {
            Duration gap = Duration.between(ordered.get(i - 1)[1], ordered.get(i)[0]);
            assertFalse(gap.isNegative() || gap.compareTo(Duration.ofSeconds(1)) < 0,
                    "send " + i + " began " + gap + " after the one before was handed over");
        }
    }

    private static boolean granted(JdbcMailboxPace pace, String owner, SendLimits limits, String entry, Instant now) {
        Turn turn = pace.take(owner, limits, entry, now);
        if (turn.granted()) {
            pace.sent(owner, limits, turn.turnId(), now);
        }
        return turn.granted();
    }

    /** {@code count} emails of a mailbox spaced a second apart: the first goes at T0, the others wait in line. */
    private static List<String> lineOneSecondApart(DataSource dataSource, JdbcMailboxPace pace, String owner,
                                                   SendLimits limits, int count) {
        List<String> emails = queued(dataSource, owner, count);
        assertTrue(granted(pace, owner, limits, emails.get(0), T0));
        for (int i = 1; i < count; i++) {
            assertEquals(T0.plusSeconds(i), pace.take(owner, limits, emails.get(i), T0).retryAt(), "email " + i);
        }
        return emails;
    }

    /** Pending outbox entries of emails for {@code owner}, in order. */
    private static List<String> queued(DataSource dataSource, String owner, int count) {
        List<OutboxEntry> entries = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = owner + "-" + String.format("%03d", i);
            ids.add(id);
            entries.add(new OutboxEntry(id, OutboxKind.EMAIL, null, "contact-" + i, "{}", 0, T0));
        }
        JdbcOutboxRepository.on(dataSource).add(entries);
        // Saving a mailbox's limits creates its pace row (JdbcMailboxLimits.save); the test starts from there.
        new Sql(dataSource).update("INSERT INTO seq_mailbox_pace (owner_id, next_allowed_at, tail_at) VALUES (?, 0, 0)",
                owner);
        return ids;
    }
}
