package io.switchboard.application.count;

/** The measures kept per tally cell. */
public record Counts(long tickets, long resolved, long resolvedSeconds, long slaMet) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(
                tickets + other.tickets,
                resolved + other.resolved,
                resolvedSeconds + other.resolvedSeconds,
                slaMet + other.slaMet);
    }

    public boolean isZero() {
        return tickets == 0 && resolved == 0 && resolvedSeconds == 0 && slaMet == 0;
    }
}
