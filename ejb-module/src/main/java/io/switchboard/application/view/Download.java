package io.switchboard.application.view;

/** An attachment's metadata and bytes, for streaming to the client. */
public record Download(AttachmentView attachment, byte[] content) {}
