package io.switchboard.application.view;

public record ContactRef(long id, String name, String email) {}
