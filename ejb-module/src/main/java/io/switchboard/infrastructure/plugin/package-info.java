/**
 * The plugin host: scans the plugins directory, gives each jar its own class loader whose parent
 * shows only the SPI, {@code java.*} and {@code jakarta.*}, swaps versions at runtime while calls
 * in flight finish on the old one, and runs every call into a plugin off the caller's thread
 * with a timeout, a per-instance bulkhead and circuit breaker, catching everything it can throw.
 */
package io.switchboard.infrastructure.plugin;
