package org.salessequences.infrastructure.scheduling;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.salessequences.application.RetentionService;
import org.salessequences.log.LogId;

/**
 * Asks for the day's retention pass every hour; the first member to ask on a day runs it (a conditional claim), the
 * others find it done.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionPump {

    private static final Logger LOG = Logger.getLogger(RetentionPump.class.getName());

    @Inject
    RetentionService retention;

    @Schedule(minute = "23", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        try {
            retention.runDaily();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.RETENTION_FAILED + " the retention pass failed; the next hour tries again", e);
        }
    }
}
