package io.switchboard.plugins.webhook;

import io.switchboard.plugin.OutboundGuard;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The configured URL: http or https, a host, no credentials. Where it may go is the host's
 * {@link OutboundGuard}'s decision; this only rewrites it to the address the guard checked.
 */
record WebhookUrl(URI uri) {

    /** Parses and checks the URL's form, without any DNS lookup. */
    static WebhookUrl parse(String url) throws OutboundGuard.TargetRefused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new OutboundGuard.TargetRefused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundGuard.TargetRefused("only http and https URLs are allowed");
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundGuard.TargetRefused("credentials in the URL are not allowed; use the signing secret");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new OutboundGuard.TargetRefused(
                    "the URL has no valid host; write a numeric address as a dotted quad like 192.0.2.10");
        }
        return new WebhookUrl(uri);
    }

    /** The form problem of a URL, or null, for validating a configuration. */
    static String problem(String url) {
        try {
            parse(url);
            return null;
        } catch (OutboundGuard.TargetRefused e) {
            return e.getMessage();
        }
    }

    boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    OutboundGuard.Target check(OutboundGuard guard) throws OutboundGuard.TargetRefused {
        return guard.check(uri);
    }

    /** The URL with the checked address in place of the host name. */
    URI pinned(OutboundGuard.Target target) {
        return URI.create(uri.getScheme() + "://" + target.addressLiteral() + ":" + target.port()
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The Host header the receiver expects. */
    String hostHeader(OutboundGuard.Target target) {
        boolean defaultPort = target.port() == (https() ? 443 : 80);
        String h = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        return defaultPort ? h : h + ":" + target.port();
    }
}
