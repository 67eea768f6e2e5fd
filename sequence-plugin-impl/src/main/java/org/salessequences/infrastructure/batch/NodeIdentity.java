package org.salessequences.infrastructure.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Names this JVM among the cluster members, so runs and outbox claims say who holds them. */
@ApplicationScoped
public class NodeIdentity {

    private final String id = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 40 ? name.substring(0, 40) : name;
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
