package io.switchboard.application.mail;

/** A configured mailbox (one mail-source plugin instance): its id, its admin's name and its intake settings. */
public record Mailbox(long id, String name, MailboxSettings settings) {}
