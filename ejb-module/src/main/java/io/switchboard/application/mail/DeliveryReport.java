package io.switchboard.application.mail;

/**
 * What a delivery status notification (RFC 3464) says: the action ({@code failed}, {@code delayed},
 * ...), the status code, the address it is about, and the Message-ID of the message that bounced.
 */
public record DeliveryReport(String action, String status, String finalRecipient, String originalMessageId) {

    /** A permanent failure: the address will not work if we try again. */
    public boolean isPermanent() {
        return "failed".equalsIgnoreCase(action) || status != null && status.startsWith("5");
    }
}
