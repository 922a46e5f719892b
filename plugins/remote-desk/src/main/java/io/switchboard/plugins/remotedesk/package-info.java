/**
 * The remote-desk provider: syncs with another ticketing system's REST API, first of all another
 * Switchboard's {@code /api/v1}, which proves the sync engine generic against a real server.
 */
package io.switchboard.plugins.remotedesk;
