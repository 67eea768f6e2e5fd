package org.salessequences.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time every schedule, due date and record stamp is taken from. With {@code sequences.clock.adjustable=true}
 * an admin can move it (weeks of a sequence run in seconds in a test); it then keeps ticking from the time set.
 * Security checks (token expiry, webhook freshness) use the real clock instead. Application code sees it as a plain
 * {@link Clock} (its bean types include it), so only the admin endpoint that moves it knows it is adjustable.
 */
@ApplicationScoped
public class ApplicationClock extends Clock {

    @Inject
    @ConfigProperty(name = "sequences.clock.adjustable")
    boolean adjustable;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Now, to the millisecond: the precision instants are stored with, so what is written reads back equal. */
    public Instant now() {
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Instant instant() {
        return now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, told in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        ApplicationClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /**
     * Moves the clock so that {@link #now()} answers {@code target} at this moment.
     *
     * @throws IllegalStateException when the clock is not adjustable
     */
    public void set(Instant target) {
        if (!adjustable) {
            throw new IllegalStateException("the clock is not adjustable");
        }
        offset.set(Duration.between(Instant.now(), target));
    }
}
