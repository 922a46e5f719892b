package io.switchboard.application.schedule;

/** What a ticker runs on each tick. Anything it throws is logged; the next tick runs as planned. */
@FunctionalInterface
public interface TickWork {

    void run(Tick tick) throws Exception;
}
