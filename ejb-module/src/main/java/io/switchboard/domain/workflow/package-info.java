/**
 * The ticket workflow as data: statuses, each in a category that drives the SLA clock and the
 * open/closed views, and the table of allowed transitions between them.
 */
package io.switchboard.domain.workflow;
