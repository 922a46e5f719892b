package io.switchboard.infrastructure.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses are internal: loopback, private, link-local (cloud metadata), carrier-grade
 * NAT, IETF protocol assignments, benchmarking, reserved, multicast, unspecified, unique-local,
 * and IPv6 forms that carry an internal IPv4 address (mapped, compatible, NAT64, 6to4) or hide
 * one (Teredo).
 */
final class InternalAddresses {

    private InternalAddresses() {}

    /** Why an address is internal, or null for a public one. */
    static String why(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            String special = ipv6(v6.getAddress());
            if (special != null) {
                return special;
            }
        } else if (a instanceof Inet4Address) {
            String special = ipv4(a.getAddress());
            if (special != null) {
                return special;
            }
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address (such as cloud metadata)";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        return null;
    }

    private static String ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "a 'this network' address";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a carrier-grade NAT address";
        }
        if (first == 192 && second == 0 && b[2] == 0) {
            return "an IETF protocol assignment address (192.0.0.0/24)";
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return "a benchmarking network address";
        }
        if (first >= 224 && first < 240) {
            return "a multicast address";
        }
        if (first >= 240) {
            return "a reserved address";
        }
        return null;
    }

    private static String ipv6(byte[] b) {
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) {
            return "a Teredo address (it tunnels to an address the guard cannot check)";
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            InetAddress embedded = ipv4At(b, 2);
            String why = embedded == null ? null : why(embedded);
            return why == null ? null : "a 6to4 form of " + embedded.getHostAddress() + " (" + why + ")";
        }
        InetAddress embedded = embeddedAtEnd(b);
        if (embedded != null) {
            String why = why(embedded);
            return why == null ? null : "an IPv6 form of " + embedded.getHostAddress() + " (" + why + ")";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local IPv6 address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static InetAddress embeddedAtEnd(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80
                && b[10] == 0
                && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return mapped || compatible || nat64 ? ipv4At(b, 12) : null;
    }

    private static InetAddress ipv4At(byte[] b, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
