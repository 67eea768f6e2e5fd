package org.salessequences.infrastructure.host;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostContext;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostCrmFactory;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.SavedView;

/** A third adapter that impl does not know, found only through the test class path's META-INF/services. */
public class RecordingHostCrmFactory implements HostCrmFactory {

    static volatile String lastGreeting;
    static volatile HostCrmException probeFailure;

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public String displayName() {
        return "Recording CRM";
    }

    @Override
    public Set<HostCapability> capabilities() {
        return EnumSet.of(HostCapability.SEARCH);
    }

    @Override
    public HostCrm create(HostContext context) {
        lastGreeting = context.config("greeting").orElse(null);
        return new HostCrm() {
            @Override
            public void probe() {
                if (probeFailure != null) {
                    throw probeFailure;
                }
            }

            @Override
            public Optional<HostContact> findContact(String contactId) {
                return Optional.empty();
            }

            @Override
            public Optional<HostAccount> findAccount(String accountId) {
                return Optional.empty();
            }

            @Override
            public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
                return new Page<>(List.of(), null);
            }

            @Override
            public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
                return new Page<>(List.of(), null);
            }

            @Override
            public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
                return new Page<>(List.of(), null);
            }

            @Override
            public List<SavedView> savedViews() {
                return List.of();
            }

            @Override
            public void updateContact(String contactId, ContactUpdate update) {
            }

            @Override
            public void logActivity(String contactId, HostActivity activity) {
            }

            @Override
            public String createTask(HostTask task) {
                return "1";
            }
        };
    }
}
