/**
 * The leased tickers behind {@link io.switchboard.application.schedule.LeasedTickers}: one row per
 * name in {@code ticker_lease}, claimed and renewed with conditional updates that read the
 * database's clock, so servers whose clocks disagree still agree on who holds a name.
 */
package io.switchboard.infrastructure.schedule;
