package io.switchboard.application.view;

public record AgentRef(long id, String username, String name) {}
