/**
 * Running ticket counts, so that dashboard numbers and list totals cost the same at a million
 * tickets as at ten. Each ticket transaction appends a delta row (insert only, never contended);
 * a folder merges deltas into the tally table every few seconds; readers add the two.
 */
package io.switchboard.infrastructure.tally;
