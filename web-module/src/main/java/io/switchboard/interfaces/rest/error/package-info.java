/** One exception mapper per exception family; each answers with the same problem+json shape and nothing internal. */
package io.switchboard.interfaces.rest.error;
