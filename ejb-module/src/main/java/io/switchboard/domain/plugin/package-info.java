/**
 * Plugins as the database knows them: which jars an admin installed and switched on, the
 * configured instances of their factories, and the audit trail of every change to either.
 */
package io.switchboard.domain.plugin;
