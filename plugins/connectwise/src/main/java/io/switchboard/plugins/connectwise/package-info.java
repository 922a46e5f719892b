/**
 * The ConnectWise PSA provider: a remote adapter for the Manage REST API (v3.0) as the
 * reference documents it. Requests are built from typed parts (conditions by
 * {@link io.switchboard.plugins.connectwise.Condition}, never spliced from input), sent through
 * the host's outbound guard to the checked address, and answers parsed leniently (key casing,
 * {@code error} or {@code code}); failures become typed {@link io.switchboard.plugin.RemoteFailure}s.
 */
package io.switchboard.plugins.connectwise;
