/**
 * Use cases. Session beans here are the only way state changes: each loads an aggregate, calls
 * it, stores it (history and outbox events in the same transaction) and answers with records.
 */
package io.switchboard.application;
