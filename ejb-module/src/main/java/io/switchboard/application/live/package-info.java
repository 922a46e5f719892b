/**
 * Live queues: how a page learns that something changed since it last looked (the outbox's
 * newest event), and who is writing a reply on which ticket right now.
 */
package io.switchboard.application.live;
