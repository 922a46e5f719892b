package io.switchboard.application.view;

import java.time.Instant;

/** A failed sign-in as an admin sees it. */
public record LoginFailureView(
        String username, String address, String channel, String outcome, int attempts, Instant at) {}
