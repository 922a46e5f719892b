/**
 * Who tickets are for and who works them: companies and their contacts (requesters), agents
 * (staff), boards (teams and queues) and categories.
 */
package io.switchboard.domain.directory;
