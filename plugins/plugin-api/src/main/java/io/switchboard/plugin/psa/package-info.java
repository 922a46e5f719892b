/**
 * PSA providers (ConnectWise, Autotask, another desk): remote adapters only. Since 1.1 a
 * provider pulls typed remote tickets per board ({@link io.switchboard.plugin.psa.PsaTicket},
 * {@link io.switchboard.plugin.psa.PullCursor}), applies typed operations with typed outcomes
 * ({@link io.switchboard.plugin.psa.PsaOperation}, {@link io.switchboard.plugin.psa.PushOutcome}),
 * finds a create whose answer was lost, lists catalogues for the mapping editors, reports its
 * rate budget, and verifies and registers callbacks. Mapping, upsert, conflicts, ordering,
 * retries and the sync log belong to the host. The 1.0 records stay, deprecated.
 */
package io.switchboard.plugin.psa;
