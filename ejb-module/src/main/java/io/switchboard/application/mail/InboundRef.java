package io.switchboard.application.mail;

import io.switchboard.domain.mail.MailLocation;

/** A message a listing found, before download: where it is, and its Message-ID when the listing had it. */
public record InboundRef(MailLocation location, String messageIdHeader) {}
