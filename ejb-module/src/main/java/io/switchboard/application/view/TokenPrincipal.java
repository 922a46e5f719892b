package io.switchboard.application.view;

import java.util.Set;

/** Who a valid API token speaks for, and with which roles. */
public record TokenPrincipal(long tokenId, String username, Set<String> roles) {}
