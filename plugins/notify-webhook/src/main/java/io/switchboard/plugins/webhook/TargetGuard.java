package io.switchboard.plugins.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a webhook may be sent to a URL, and to which address. Server-side request
 * forgery is refused: loopback, private, link-local (cloud metadata), carrier-grade NAT,
 * unique-local, multicast and unspecified addresses, also when written as IPv4-mapped or
 * NAT64 IPv6, or in decimal, octal, hex or shortened IPv4 forms. The host name is resolved once
 * and every address it resolves to must pass; the caller then connects to the address checked
 * here, so a DNS answer that changes between check and connect (rebinding) cannot redirect it.
 * An admin's allow-list (host names, addresses, CIDR ranges) opens specific internal targets.
 */
final class TargetGuard {

    /** Anything made of digits, hex and dots that is not a plain dotted quad: 2130706433, 0177.0.0.1, 0x7f.1, 127.1. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)^(0x[0-9a-f]+|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*\\.?$");
    private static final Pattern DOTTED_QUAD = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    /** A checked target: the URL as configured and the address to connect to. */
    record Target(URI uri, String host, int port, InetAddress address) {

        /** The URL with the checked address in place of the host name. */
        URI pinned() {
            String literal = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            return URI.create(uri.getScheme() + "://" + literal + ":" + port + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }

        /** The Host header the receiver expects. */
        String hostHeader() {
            boolean defaultPort = port == ("https".equals(uri.getScheme()) ? 443 : 80);
            String h = host.contains(":") ? "[" + host + "]" : host;
            return defaultPort ? h : h + ":" + port;
        }
    }

    /** Resolves host names; tests substitute a fixed answer to simulate DNS. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();
    private final Resolver resolver;

    TargetGuard(List<String> allowList, Resolver resolver) {
        this.resolver = resolver;
        for (String entry : allowList) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            Cidr cidr = Cidr.parse(e);
            if (cidr != null) {
                allowedRanges.add(cidr);
            } else {
                allowedHosts.add(e);
            }
        }
    }

    /** Problems with an allow-list entry, for validation; null when all entries are fine. */
    static String checkAllowList(List<String> entries) {
        for (String entry : entries) {
            String e = entry.trim();
            if (e.contains("/") && Cidr.parse(e.toLowerCase(Locale.ROOT)) == null) {
                return "'" + e + "' is not a CIDR range like 10.0.0.0/8 or fd00::/8";
            }
            if (!e.contains("/") && !e.matches("[A-Za-z0-9.:_-]+")) {
                return "'" + e + "' is not a host name, an address or a CIDR range";
            }
        }
        return null;
    }

    /** Checks the URL's form only (no DNS), for validating a configuration. */
    static String checkForm(String url) {
        try {
            form(url);
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    /** For validation: refuses an internal address written into the URL itself, without any DNS lookup. */
    String checkLiteral(String url) {
        try {
            URI uri = form(url);
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
            if (DOTTED_QUAD.matcher(host).matches() || host.contains(":")) {
                check(url); // a literal resolves to itself: no DNS involved
            }
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    Target check(String url) throws Refused {
        URI uri = form(url);
        String host = uri.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Refused("the host " + bare + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("the host " + bare + " does not resolve");
        }
        boolean hostAllowed = allowedHosts.contains(bare.toLowerCase(Locale.ROOT));
        for (InetAddress a : addresses) {
            String why = internal(a);
            if (why != null && !hostAllowed && allowedRanges.stream().noneMatch(r -> r.contains(a))) {
                throw new Refused(bare + " resolves to " + a.getHostAddress() + ", " + why
                        + "; an admin can allow it in the instance's internal allow-list");
            }
        }
        return new Target(uri, bare, port, addresses[0]);
    }

    private static URI form(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new Refused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https URLs are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("credentials in the URL are not allowed; use the signing secret");
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            host = uri.getRawAuthority().replaceFirst(":\\d*$", ""); // java.net.URI leaves forms like 127.1 without a host
        }
        if (host == null || host.isEmpty()) {
            throw new Refused("the URL has no host");
        }
        if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new Refused("the host '" + host + "' is a numeric address in an ambiguous form (decimal, octal, hex or shortened);"
                    + " write it as a dotted quad like 192.0.2.10");
        }
        if (uri.getHost() == null) {
            throw new Refused("the host '" + host + "' is not a valid host name");
        }
        return uri;
    }

    /** Why an address is internal, or null for a public one. */
    static String internal(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                String why = internal(embedded);
                return why == null ? null : "an IPv6 form of " + embedded.getHostAddress() + " (" + why + ")";
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "a unique-local IPv6 address";
            }
        } else if (a instanceof Inet4Address) {
            byte[] b = a.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "a 'this network' address";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a carrier-grade NAT address";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking network address";
            }
            if (first >= 240) {
                return "a reserved address";
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

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** A CIDR range of the allow-list. */
    private record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/");
            if (parts.length > 2) {
                return null;
            }
            boolean v4 = DOTTED_QUAD.matcher(parts[0]).matches();
            boolean v6 = parts[0].contains(":") && parts[0].matches("[0-9a-f:.]+");
            if (!v4 && !v6) {
                return null; // a host name: never resolved here
            }
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                return bits < 0 || bits > address.length * 8 ? null : new Cidr(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                return null;
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A refused target; the message is for the admin. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
