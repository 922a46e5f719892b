package io.switchboard.interfaces.rest;

/** The roles of the application. They nest: every supervisor is an agent, every admin a supervisor. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private Roles() {}
}
