package io.switchboard.infrastructure.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This server's name in the lease table. Stable across restarts of the same server, so a server
 * that crashed takes its own leases back at once instead of waiting for them to run out.
 */
final class ServerName {

    static final String OWN = compute();

    private ServerName() {}

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        // Liberty runs each server with its output directory as the working directory: unique per server on a host.
        String owner = host + ":" + System.getProperty("user.dir");
        return owner.length() <= 200 ? owner : owner.substring(owner.length() - 200);
    }
}
