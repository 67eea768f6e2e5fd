package org.salessequences.infrastructure.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names this JVM among the cluster members, so runs and outbox claims say who holds them: the member's name
 * ({@code sequences.node.name}, which {@code SEQUENCES_NODE_NAME} of run.sh sets) or else the host name, and a random
 * suffix that tells a restarted member from its earlier self.
 */
@ApplicationScoped
public class NodeIdentity {

    private static final int MAX_NAME = 40;

    @Inject
    @ConfigProperty(name = "sequences.node.name")
    Optional<String> configuredName;

    private String id;

    @PostConstruct
    void name() {
        String name = configuredName.map(String::strip).filter(given -> !given.isEmpty())
                .orElseGet(NodeIdentity::hostName);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        id = (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name) + "-" + suffix;
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
