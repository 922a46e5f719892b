package io.switchboard.plugin.mail;

/**
 * What {@link MailSource#fetch(MessageRef, long, java.io.OutputStream)} wrote: how many bytes,
 * and whether it stopped at the cap before the end of the message.
 *
 * @since 1.1
 */
public record FetchResult(MessageRef ref, long bytes, boolean truncated) {}
