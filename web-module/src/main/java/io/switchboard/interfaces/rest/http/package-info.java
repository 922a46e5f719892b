/** HTTP concerns shared by the resources: body limits, preconditions, idempotent creation, the caller. */
package io.switchboard.interfaces.rest.http;
