/** The port through which ticket lists read the ticket table: filters in, ids and list rows out. */
package io.switchboard.application.listing;
