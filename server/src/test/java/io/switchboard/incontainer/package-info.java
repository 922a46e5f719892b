/**
 * In-container tests: Arquillian deploys the core, as built into the EAR, to a Liberty server of
 * its own and runs these tests inside it, with transactions under the test's control.
 */
package io.switchboard.incontainer;
