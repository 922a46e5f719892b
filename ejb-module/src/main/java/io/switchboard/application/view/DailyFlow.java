package io.switchboard.application.view;

import java.time.Instant;
import java.time.LocalDate;

/** Tickets created and resolved on one day; {@code from}/{@code to} bound the day in the zone asked for. */
public record DailyFlow(LocalDate day, Instant from, Instant to, long created, long resolved) {}
