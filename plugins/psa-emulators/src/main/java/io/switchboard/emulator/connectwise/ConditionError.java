package io.switchboard.emulator.connectwise;

/** A conditions string ConnectWise would refuse with 400; the message is the one it gives. */
public final class ConditionError extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    static final String LITERALS = " String values should be enclosed with double or single quotes; DateTime values"
            + " should be enclosed in square brackets; numbers should consist of only digits, and optionally a decimal"
            + " point and a negation sign; boolean values should be indicated with the keywords true or false; null"
            + " values should be indicated by the keyword null.";

    ConditionError(String message) {
        super(message);
    }
}
