package org.salessequences.interfaces.rest.admin;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.salessequences.api.Permission;
import org.salessequences.api.admin.ClockChange;
import org.salessequences.api.admin.ClockView;
import org.salessequences.api.admin.FaultRequest;
import org.salessequences.application.ValidationException;
import org.salessequences.infrastructure.scheduling.SequenceScheduler;
import org.salessequences.infrastructure.testing.EnrollmentInsertBaseline;
import org.salessequences.infrastructure.testing.FaultInjector;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.interfaces.rest.WholeNumberParameter;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/admin}: the clock that lets weeks of a sequence run in seconds, and faults that make a run fail
 * once. Both exist only where {@code sequences.clock.adjustable=true}; elsewhere they answer 404.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(Permission.ADMIN)
public class AdminResource {

    private static final List<String> FAULT_STAGES = List.of("enroll", "execute");
    private static final WholeNumberParameter BASELINE_ROWS = WholeNumberParameter.of("rows", 1, 10_000_000);
    private static final WholeNumberParameter BASELINE_BATCH = WholeNumberParameter.withDefault("batch", 500, 1, 10_000);

    @Inject
    ApplicationClock clock;
    @Inject
    SequenceScheduler scheduler;
    @Inject
    FaultInjector faults;
    @Inject
    EnrollmentInsertBaseline baseline;

    @GET
    @Path("clock")
    public ClockView clock() {
        requireAdjustable();
        return new ClockView(clock.now().atOffset(ZoneOffset.UTC), true, List.of());
    }

    /** Moves the clock, then starts the scheduled runs that are due at the new time, as they would start then. */
    @PUT
    @Path("clock")
    public ClockView setClock(ClockChange change) {
        requireAdjustable();
        if (change == null || change.now() == null) {
            throw ValidationException.of("now", "is required, e.g. 2026-03-02T09:00:00Z");
        }
        clock.set(change.now().toInstant());
        List<String> started = scheduler.tick();
        return new ClockView(clock.now().atOffset(ZoneOffset.UTC), true, started);
    }

    @PUT
    @Path("faults")
    public Response injectFault(FaultRequest fault) {
        requireAdjustable();
        if (fault == null || !FAULT_STAGES.contains(fault.stage())) {
            throw ValidationException.of("stage", "must be one of " + FAULT_STAGES);
        }
        if (fault.afterChunks() == null || fault.afterChunks() < 0) {
            throw ValidationException.of("afterChunks", "must be 0 or more");
        }
        faults.arm(fault.stage(), fault.afterChunks());
        return Response.noContent().build();
    }

    /**
     * The engine benchmark's raw baseline: {@code rows} enrollment rows written with plain JDBC batch inserts into a
     * scratch table of this database; answers how long the inserts took.
     */
    @POST
    @Path("baselines/enrollment-inserts")
    public Map<String, Long> enrollmentInsertBaseline(@QueryParam("rows") String rows,
                                                      @QueryParam("batch") String batch) {
        requireAdjustable();
        int rowCount = BASELINE_ROWS.read(rows);
        long nanos = baseline.insert(rowCount, BASELINE_BATCH.read(batch));
        return Map.of("rows", (long) rowCount, "millis", nanos / 1_000_000);
    }

    private void requireAdjustable() {
        if (!clock.isAdjustable()) {
            throw new NotFoundException("the admin clock exists only where sequences.clock.adjustable=true");
        }
    }
}
