package io.switchboard.plugin;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

/**
 * The host's guard against server-side request forgery. Every outbound connection a plugin
 * makes (HTTP, SMTP, IMAP, a PSA's API) goes to an address this guard returned: it resolves the
 * host once, refuses loopback, private, link-local, multicast and other internal ranges (unless
 * an admin allowed them), and the plugin then connects to the checked address, so a DNS answer
 * that changes between check and connect cannot redirect it.
 *
 * <p>The guard a plugin gets from {@link PluginContext#outbound()} already knows its instance's
 * allow-list: a factory that lets admins open internal targets declares
 * {@link #allowListProperty()} among its config properties, and the host reads and checks it.
 *
 * @since 1.1
 */
public interface OutboundGuard {

    /** The name of the config property that holds an instance's allowed internal targets. */
    String ALLOW_LIST = "allowInternal";

    /**
     * The standard allow-list setting: host names, addresses or CIDR ranges, one per line, that
     * may be internal. The host validates it and applies it to the instance's guard.
     */
    static ConfigProperty allowListProperty() {
        return ConfigProperty.text(
                ALLOW_LIST,
                "Allowed internal targets",
                "Host names, addresses or CIDR ranges (one per line) that may be internal, such as 10.20.0.0/16."
                        + " Leave empty to allow public addresses only.",
                false,
                null);
    }

    /**
     * A target the guard allowed. Connect to {@code address}; use {@code host} for the Host
     * header, the TLS server name and certificate checks.
     */
    record Target(String host, int port, InetAddress address) {

        public Target {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(address, "address");
        }

        /** The address as a URI authority literal: {@code 192.0.2.7} or {@code [2001:db8::7]}. */
        public String addressLiteral() {
            return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        }
    }

    /** Why a target was refused, in words an admin can act on ("127.0.0.1 is a loopback address"). */
    final class TargetRefused extends Exception {

        private static final long serialVersionUID = 1L;

        public TargetRefused(String message) {
            super(message, null, false, false);
        }
    }

    /** Resolves {@code host} and checks every address it resolves to. */
    Target check(String host, int port) throws TargetRefused;

    /** The same for an http(s) URL; the port defaults by scheme. */
    default Target check(URI url) throws TargetRefused {
        if (url == null || url.getHost() == null || url.getScheme() == null) {
            throw new TargetRefused("'" + url + "' is not an absolute URL with a host");
        }
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TargetRefused("only http and https URLs are allowed, not " + scheme);
        }
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String host = url.getHost().startsWith("[")
                ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        return check(host, port);
    }

    /**
     * TLS for a connection to {@code target.address()} on behalf of {@code target.host()}: the
     * handshake sends the host name (SNI) and the certificate is verified against the host name,
     * so pinning the address costs nothing in certificate checking. For JAX-RS clients, with
     * {@link #hostnameVerifier(Target)}; for Jakarta Mail, its socket factory.
     */
    default SSLContext tls(Target target) {
        throw new UnsupportedOperationException("this guard offers no pinned TLS");
    }

    /** Accepts a TLS session only when its handshake was made, and verified, for the target's host name. */
    default HostnameVerifier hostnameVerifier(Target target) {
        return (address, session) -> target.host().equalsIgnoreCase(session.getPeerHost());
    }
}
