package io.switchboard.infrastructure.outbound;

import io.switchboard.domain.plugin.AllowList;
import io.switchboard.plugin.OutboundGuard;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The host's {@link OutboundGuard}. It refuses numeric hosts in ambiguous forms (decimal, octal,
 * hex, shortened) before any lookup, resolves a name once, and lets a target through only when
 * every address it resolves to is public, or the admin's allow-list opens the name or the range.
 */
public final class HostOutboundGuard implements OutboundGuard {

    /** Anything made of digits, hex and dots that is not a plain dotted quad: 2130706433, 0177.0.0.1, 0x7f.1, 127.1. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)^(0x[0-9a-f]+|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*\\.?$");

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    /** Resolves host names; tests substitute a fixed answer to simulate DNS. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final AllowList allowed;
    private final Resolver resolver;

    public HostOutboundGuard(AllowList allowed, Resolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /** A guard over the real DNS. */
    public static HostOutboundGuard of(AllowList allowed) {
        return new HostOutboundGuard(allowed, InetAddress::getAllByName);
    }

    @Override
    public Target check(String host, int port) throws TargetRefused {
        if (host == null || host.isBlank()) {
            throw new TargetRefused("no host is configured");
        }
        if (port < 1 || port > 65535) {
            throw new TargetRefused("port " + port + " is not between 1 and 65535");
        }
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (NUMERIC_HOST.matcher(bare).matches() && !DOTTED_QUAD.matcher(bare).matches()) {
            throw new TargetRefused("the host '" + bare
                    + "' is a numeric address in an ambiguous form (decimal, octal, hex or shortened);"
                    + " write it as a dotted quad like 192.0.2.10");
        }
        if (!bare.matches("[A-Za-z0-9._:%-]+")) {
            throw new TargetRefused("'" + bare + "' is not a host name or an address");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new TargetRefused("the host " + bare + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new TargetRefused("the host " + bare + " does not resolve");
        }
        boolean hostAllowed = allowed.allowsHost(bare);
        for (InetAddress a : addresses) {
            String why = InternalAddresses.why(a);
            if (why != null && !hostAllowed && !allowed.allowsAddress(a)) {
                throw new TargetRefused(bare + " resolves to " + a.getHostAddress() + ", " + why
                        + "; an admin can allow it in the instance's internal allow-list");
            }
        }
        return new Target(bare, port, addresses[0]);
    }

    @Override
    public SSLContext tls(Target target) {
        return PinnedTls.context(target.host());
    }
}
