package org.salessequences.infrastructure.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.log.LogId;

/**
 * Names this JVM among the cluster members, so runs and outbox claims say who holds them. The name stays the same
 * when the member restarts, so that it recognises its own unfinished work at once: the member's configured name
 * ({@code sequences.node.name}, which {@code SEQUENCES_NODE_NAME} of run.sh sets), or else an id made once and kept
 * in the server's instance directory (run.sh keeps it in its data directory). Two members must never share a name.
 */
@ApplicationScoped
public class NodeIdentity implements LocalMember {

    private static final Logger LOG = Logger.getLogger(NodeIdentity.class.getName());
    private static final int MAX_NAME = 64;
    /** The file in the instance directory that keeps the id of a member without a configured name. */
    static final String ID_FILE = "sequences-node-id";

    @Inject
    @ConfigProperty(name = "sequences.node.name")
    Optional<String> configuredName;

    private String id;
    /** Before this deployment first used the id, so before any claim or run it stamped with it. */
    private final Instant startedAt = Instant.now();

    @PostConstruct
    void name() {
        id = configuredName.map(String::strip).filter(given -> !given.isEmpty()).map(NodeIdentity::bounded)
                .orElseGet(() -> kept(instanceDirectory()));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    /** The id kept in {@code directory}, made (host name and a random part) on the first start. */
    static String kept(Path directory) {
        if (directory == null) {
            return fresh();
        }
        Path file = directory.resolve(ID_FILE);
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return bounded(kept);
                }
            }
            String made = fresh();
            Files.createDirectories(directory);
            Files.writeString(file, made + "\n", StandardCharsets.UTF_8);
            return made;
        } catch (IOException e) {
            String made = fresh();
            LOG.warning(() -> LogId.MEMBER_ID_NOT_KEPT + " the member id could not be kept in " + file + " ("
                    + e.getMessage() + "); this start is " + made
                    + ", and its unfinished work is taken over only once it counts as"
                    + " stopped. Set SEQUENCES_NODE_NAME to name the member");
            return made;
        }
    }

    private static Path instanceDirectory() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        return root == null || root.isBlank() ? null : Path.of(root);
    }

    private static String fresh() {
        return bounded(hostName() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String bounded(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
