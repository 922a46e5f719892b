/** Read models the application hands out: immutable records, never entities. */
package io.switchboard.application.view;
