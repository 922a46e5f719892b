package io.switchboard.application.command;

/** A canned reply as written; {@code shared} ones are for everybody (supervisors only). */
public record SaveCannedReply(String title, String shortcut, String body, boolean shared) {}
