package io.switchboard.domain.plugin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The internal targets an admin opened for outbound calls: host names, addresses and CIDR
 * ranges. Names are compared as written and never resolved here; ranges match resolved addresses.
 */
public final class AllowList {

    public static final AllowList NONE = new AllowList(List.of(), List.of());

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private final List<String> hosts;
    private final List<Cidr> ranges;

    private AllowList(List<String> hosts, List<Cidr> ranges) {
        this.hosts = List.copyOf(hosts);
        this.ranges = List.copyOf(ranges);
    }

    /** Parses entries, skipping blank ones; an entry that is neither a name nor a range is refused. */
    public static AllowList of(List<String> entries) {
        List<String> hosts = new ArrayList<>();
        List<Cidr> ranges = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            Optional<String> problem = problem(e);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
            Cidr cidr = Cidr.parse(e);
            if (cidr != null) {
                ranges.add(cidr);
            } else {
                hosts.add(e);
            }
        }
        return new AllowList(hosts, ranges);
    }

    /** The first entry that is not a host name, an address or a CIDR range, in words for the admin. */
    public static Optional<String> problem(List<String> entries) {
        return entries.stream()
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(AllowList::problem)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> problem(String entry) {
        if (entry.contains("/")) {
            return Cidr.parse(entry.toLowerCase(Locale.ROOT)) == null
                    ? Optional.of("'" + entry + "' is not a CIDR range like 10.0.0.0/8 or fd00::/8")
                    : Optional.empty();
        }
        return entry.matches("[A-Za-z0-9.:_-]+")
                ? Optional.empty()
                : Optional.of("'" + entry + "' is not a host name, an address or a CIDR range");
    }

    public AllowList plus(AllowList other) {
        List<String> h = new ArrayList<>(hosts);
        h.addAll(other.hosts);
        List<Cidr> r = new ArrayList<>(ranges);
        r.addAll(other.ranges);
        return new AllowList(h, r);
    }

    public boolean allowsHost(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    public boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** A CIDR range, or a single address written without a prefix length. */
    private record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", -1);
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
}
