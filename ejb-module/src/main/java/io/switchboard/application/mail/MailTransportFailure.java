package io.switchboard.application.mail;

/**
 * A mail server call that did not work. {@code gone}: the message is no longer there (someone
 * moved it); {@code lasting}: retrying as is cannot help (refused login, refused target).
 */
public class MailTransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean gone;
    private final boolean lasting;

    public MailTransportFailure(String message, boolean gone, boolean lasting) {
        super(message, null, false, false);
        this.gone = gone;
        this.lasting = lasting;
    }

    public boolean isGone() {
        return gone;
    }

    public boolean isLasting() {
        return lasting;
    }
}
