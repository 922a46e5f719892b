package io.switchboard.application.mail;

/** Reads raw RFC 5322 bytes. Implemented in infrastructure with the server's Jakarta Mail. */
public interface MailParser {

    /** The parsed message; throws {@link UnreadableMail} when nothing useful can be read at all. */
    ParsedMail parse(byte[] raw) throws UnreadableMail;

    /** Why a message cannot be read, for the quarantine. */
    final class UnreadableMail extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableMail(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
