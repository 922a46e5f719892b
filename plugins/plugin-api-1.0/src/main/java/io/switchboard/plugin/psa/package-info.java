/**
 * PSA providers (ConnectWise, Autotask): pull remote tickets by watermark, push local changes
 * from the outbox, verify inbound callbacks. Declared here so the PSA sync issue fills it in; it
 * may still grow within this major version.
 */
package io.switchboard.plugin.psa;
