package org.salessequences.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salessequences.domain.model.mailbox.MailHostPolicy.Field;
import org.salessequences.domain.model.mailbox.MailHostPolicy.Refusal;

/** Where reps' mailboxes may connect: public mail servers on mail ports, or what the administrator lists. */
class MailHostPolicyTest {

    private static final String PUBLIC = "93.184.215.14";

    /** Names of the test resolve from this map; address literals and "localhost" as the system resolves them. */
    private static final MailHostPolicy.Resolver RESOLVER = host -> {
        Map<String, List<String>> names = Map.of("smtp.example.com", List.of(PUBLIC),
                "rebound.example.com", List.of(PUBLIC, "127.0.0.1"),
                "metadata.example.com", List.of("169.254.169.254"),
                "mail.internal", List.of("10.1.2.3"));
        if (names.containsKey(host)) {
            List<InetAddress> addresses = new java.util.ArrayList<>();
            for (String address : names.get(host)) {
                addresses.add(InetAddress.getByName(address));
            }
            return addresses.toArray(InetAddress[]::new);
        }
        if (host.matches("[0-9.]+|\\[.*\\]|.*:.*|localhost")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    };

    private static MailHostPolicy policy(String... allowed) {
        return MailHostPolicy.of(List.of(allowed), RESOLVER);
    }

    private static Optional<Refusal> smtp(MailHostPolicy policy, String host, int port) {
        return policy.refusal(MailProtocol.SMTP, host, port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.10", "169.254.169.254", "[::1]",
        "::1", "::ffff:127.0.0.1", "[::ffff:10.0.0.1]", "127.0.0.2", "0.0.0.0", "[::]", "fc00::1", "fd12:3456::1",
        "fe80::1", "224.0.0.1", "239.255.255.250", "ff02::1", "100.64.0.1", "255.255.255.255", "::127.0.0.1",
        "64:ff9b::a00:1", "2002:7f00:1::", "localhost", "metadata.example.com", "mail.internal", "rebound.example.com"})
    void serversOnLoopbackPrivateLinkLocalOrMulticastAddressesAreRefused(String host) {
        Refusal refusal = smtp(policy(), host, 587).orElseThrow(() -> new AssertionError(host + " was allowed"));
        assertEquals(Field.HOST, refusal.field());
        assertTrue(refusal.reason().contains("sequences.mail.allowed-hosts"), refusal.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {PUBLIC, "smtp.example.com", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1",
        "192.169.0.1", "100.128.0.1"})
    void publicServersOnMailPortsAreAllowed(String host) {
        assertEquals(Optional.empty(), smtp(policy(), host, 587));
    }

    @Test
    void onlyTheMailPortsOfEachProtocolAreAllowedByDefault() {
        for (int port : new int[] {25, 465, 587, 2525}) {
            assertEquals(Optional.empty(), smtp(policy(), "smtp.example.com", port));
        }
        for (int port : new int[] {143, 993}) {
            assertEquals(Optional.empty(), policy().refusal(MailProtocol.IMAP, "smtp.example.com", port));
        }
        for (int port : new int[] {22, 80, 143, 6379, 8080}) {
            assertEquals(Field.PORT, smtp(policy(), "smtp.example.com", port).orElseThrow().field(), "port " + port);
        }
        assertEquals(Field.PORT, policy().refusal(MailProtocol.IMAP, "smtp.example.com", 587).orElseThrow().field());
    }

    @Test
    void aListedHostOrAddressMayUseAnyPortAndAListedPortOnlyThatOne() {
        assertEquals(Optional.empty(), smtp(policy("127.0.0.1"), "127.0.0.1", 3025));
        assertEquals(Optional.empty(), smtp(policy(" 127.0.0.1 ", "[::1]"), "[::1]", 3025));
        assertEquals(Optional.empty(), smtp(policy("mail.internal"), "mail.internal", 2526), "a listed name");
        assertEquals(Optional.empty(), smtp(policy("MAIL.INTERNAL."), "mail.internal", 25));
        assertEquals(Optional.empty(), smtp(policy("10.1.2.3"), "mail.internal", 25), "a listed address");
        assertEquals(Optional.empty(), smtp(policy("smtp.example.com:8025"), "smtp.example.com", 8025));
        assertEquals(Field.PORT, smtp(policy("smtp.example.com:8025"), "smtp.example.com", 8026).orElseThrow()
                .field());
        assertEquals(Field.HOST, smtp(policy("127.0.0.1:3025"), "127.0.0.1", 3026).orElseThrow().field());
        assertEquals(Field.HOST, smtp(policy("127.0.0.1"), "127.0.0.2", 25).orElseThrow().field(),
                "one loopback address listed allows only that one");
        assertEquals(Optional.empty(), smtp(policy("127.0.0.1"), "rebound.example.com", 25),
                "every address of the name is public or listed");
        assertEquals(Field.HOST, smtp(policy("10.1.2.3"), "rebound.example.com", 25).orElseThrow().field(),
                "one public address does not make up for an inside one beside it");
    }

    @Test
    void anAddressAboutToBeConnectedIsJudgedWithTheOthers() throws Exception {
        InetAddress inside = InetAddress.getByName("10.9.9.9");
        MailHostRefusedException refused = assertThrows(MailHostRefusedException.class,
                () -> policy().check(MailProtocol.SMTP, "smtp.example.com", 587, inside));
        assertEquals(Field.HOST, refused.refusal().field());
        InetAddress outside = InetAddress.getByName(PUBLIC);
        assertEquals(outside, policy().check(MailProtocol.SMTP, "smtp.example.com", 587, outside));
        assertEquals(outside, policy().check(MailProtocol.SMTP, "smtp.example.com", 587, null));
    }

    @Test
    void aHostWithoutAddressIsRefusedAtSaveAndUnknownAtConnect() {
        assertEquals(Field.HOST, smtp(policy(), "nowhere.invalid", 587).orElseThrow().field());
        assertThrows(UnknownHostException.class, () -> policy().check(MailProtocol.SMTP, "nowhere.invalid", 587,
                null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"host:port", "host:0", "[::1", "[::1]x", ":25", "host:70000"})
    void aMalformedEntryIsRefusedNamingTheSetting(String entry) {
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> policy(entry));
        assertTrue(invalid.getMessage().contains("sequences.mail.allowed-hosts"), invalid.getMessage());
    }
}
