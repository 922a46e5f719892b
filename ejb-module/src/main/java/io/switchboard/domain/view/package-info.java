/** Saved views of the ticket list: filters, order, columns and page size under a name. */
package io.switchboard.domain.view;
