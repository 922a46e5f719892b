package io.switchboard.application.mail;

/** Keyed signatures for our own Message-IDs, under a key that never enters the database. */
public interface MessageSigner {

    /** HMAC-SHA256 of {@code text}, hex, with the server's mail key. */
    String sign(String text);
}
