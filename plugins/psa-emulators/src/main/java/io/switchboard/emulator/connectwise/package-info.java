/**
 * The ConnectWise PSA (Manage) REST API emulator: company info, service tickets with the full
 * conditions grammar, orderBy, navigable and forward-only paging with Link headers, counts,
 * JSON Patch, notes with their display flags, schedule entries, time entries, documents,
 * boards and statuses, priorities, companies, contacts, members, configurations, and signed
 * callbacks, with ConnectWise's error envelopes.
 */
package io.switchboard.emulator.connectwise;
