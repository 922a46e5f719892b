/**
 * Shared by the PSA providers (connectwise, autotask, remote-desk) and shaded into each of their
 * jars: lenient JSON reading ({@link io.switchboard.plugins.psasupport.JsonValues}) and HTTP through
 * the host's outbound guard ({@link io.switchboard.plugins.psasupport.GuardedClient}). It depends on
 * the SPI and the Jakarta APIs only, like the providers themselves.
 */
package io.switchboard.plugins.psasupport;
