package io.switchboard.application.command;

/** A reply or note; {@code html} says whether {@code body} is HTML (sanitised on the way in) or plain text. */
public record AddComment(String body, boolean html, boolean internal, boolean solution) {}
