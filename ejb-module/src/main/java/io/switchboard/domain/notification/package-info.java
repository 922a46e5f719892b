/**
 * In-app notifications: one per user and ticket event, read or unread, and the rules for who is
 * told about what (the assignee, watchers, people @mentioned in a note; never the one who acted).
 */
package io.switchboard.domain.notification;
