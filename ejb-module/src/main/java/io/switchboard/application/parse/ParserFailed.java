package io.switchboard.application.parse;

/** The active parser plugin gave no reading: it threw, timed out, or its circuit is open. The message is safe to show. */
public class ParserFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private final String parser;

    public ParserFailed(String parser, String reason) {
        super(reason, null, false, false);
        this.parser = parser;
    }

    /** The instance that failed. */
    public String parser() {
        return parser;
    }
}
