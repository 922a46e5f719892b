package io.switchboard.application.live;

/** A port: the position of the newest change to any ticket, which grows with every change. */
public interface ChangeFeed {

    long latest();
}
