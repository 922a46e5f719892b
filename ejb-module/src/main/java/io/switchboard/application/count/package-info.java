/**
 * Ticket counts as the application sees them: a snapshot of per-cell measures (status, priority,
 * category, board, assignee) and the port that reads it. How the counts are kept is infrastructure's.
 */
package io.switchboard.application.count;
