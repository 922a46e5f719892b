/**
 * Test fixtures for the domain unit tests: a clock the test moves by hand, the default workflow
 * read from its seed changelog, and the one place that gives entities the ids a database would.
 */
package io.switchboard.testsupport;
