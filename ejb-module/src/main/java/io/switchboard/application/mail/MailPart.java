package io.switchboard.application.mail;

/** A file in a message: an attachment, an inline image (with its Content-ID), an invite, a forwarded message. */
public record MailPart(String filename, String contentType, byte[] content, String contentId, boolean inline) {}
