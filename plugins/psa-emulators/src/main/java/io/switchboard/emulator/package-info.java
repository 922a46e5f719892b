/**
 * Emulators of the PSA REST APIs Switchboard syncs with: real HTTP servers on 127.0.0.1 that
 * behave as the reference documents (envelopes, paging, validation) and can be told to fail
 * (throttle, 5xx, slow, drop a connection after commit, malformed bodies, a budget running out).
 * Tests start them in-process; {@code bench/emulator.sh} starts one alone with demo data.
 */
package io.switchboard.emulator;
