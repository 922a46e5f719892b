/**
 * The new-ticket dialog: a page bean for Quick Create and the Full Form, and the form object both
 * tabs fill and turn into one {@code CreateTicket} command.
 */
package io.switchboard.interfaces.web.create;
