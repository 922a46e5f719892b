package io.switchboard.plugin.psa;

/**
 * A verified callback: which remote ticket changed and how ({@code added}, {@code updated},
 * {@code deleted}). The host turns it into a targeted pull; {@code messageId} lets it drop a
 * redelivery.
 *
 * @since 1.1
 */
public record CallbackEvent(String messageId, String remoteId, String action, String entityType) {}
