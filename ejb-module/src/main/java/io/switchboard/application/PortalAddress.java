package io.switchboard.application;

/** The portal's public address, for links that leave the server (notifications, plugins). */
public interface PortalAddress {

    /** Without a trailing slash. */
    String portalUrl();
}
