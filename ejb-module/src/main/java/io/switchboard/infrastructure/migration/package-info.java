/**
 * The schema at startup: Liquibase brings it up to date, and is skipped when the changelogs are
 * byte for byte those of the last successful run against this database.
 */
package io.switchboard.infrastructure.migration;
