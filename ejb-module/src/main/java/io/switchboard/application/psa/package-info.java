/**
 * The PSA sync engine's use cases: connections with their boards and mappings, the pull that
 * upserts remote tickets by their external ref, and the sync log. Providers are reached only
 * through the {@link io.switchboard.application.psa.PsaConnector} port.
 */
package io.switchboard.application.psa;
