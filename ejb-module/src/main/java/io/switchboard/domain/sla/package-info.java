/**
 * Service-level targets: a policy per priority, the business calendar its clock counts in, and
 * the clock each ticket carries, which pauses while the desk waits on someone else.
 */
package io.switchboard.domain.sla;
