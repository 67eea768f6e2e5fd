package org.salessequences.domain.model.mailbox;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Addresses a rep's mailbox server may not be on unless the administrator listed it: this machine, the private
 * networks around it and the cloud metadata endpoints. The JDK's own tests (loopback, wildcard, site-local,
 * link-local, multicast) are used first; the blocks it does not know (IPv6 unique local, carrier-grade NAT,
 * "this network", reserved) come from the IANA special-purpose registries (RFC 6890). IPv6 forms that carry an
 * IPv4 address (compatible, mapped, NAT64, 6to4) are judged by that address.
 */
public final class RestrictedAddresses {

    /** One CIDR block. */
    private record Block(byte[] prefix, int bits) {
        static Block of(int bits, int... octets) {
            byte[] prefix = new byte[octets.length];
            for (int i = 0; i < octets.length; i++) {
                prefix[i] = (byte) octets[i];
            }
            return new Block(prefix, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> IPV4 = List.of(
            Block.of(8, 0, 0, 0, 0),          // "this network"
            Block.of(10, 100, 64, 0, 0),      // carrier-grade NAT (some clouds' metadata lives here)
            Block.of(24, 192, 0, 0, 0),       // IETF protocol assignments
            Block.of(15, 198, 18, 0, 0),      // benchmarking
            Block.of(4, 240, 0, 0, 0));       // reserved, and the limited broadcast address
    private static final List<Block> IPV6 = List.of(
            Block.of(7, 0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),   // unique local
            Block.of(64, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)); // discard-only
    private static final Block IPV4_COMPATIBLE = Block.of(96, new int[16]);
    private static final Block IPV4_MAPPED = Block.of(96, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0);
    private static final Block NAT64 = Block.of(96, 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final Block SIX_TO_FOUR = Block.of(16, 0x20, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private RestrictedAddresses() {
    }

    /** Whether the address is loopback, private, link-local, multicast or otherwise not a public host. */
    public static boolean isRestricted(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().anyMatch(block -> block.contains(bytes));
        }
        if (IPV4_COMPATIBLE.contains(bytes) || IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return isRestricted(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isRestricted(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return IPV6.stream().anyMatch(block -> block.contains(bytes));
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
