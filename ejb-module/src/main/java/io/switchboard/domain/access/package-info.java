/** API access: personal tokens and the idempotency records that make retried creates safe. */
package io.switchboard.domain.access;
