/**
 * Contract tests for plugin authors, shipped as the plugin-api test-jar: extend the one for your
 * kind ({@link io.switchboard.plugin.testing.NotifierContract} and friends) and your plugin is
 * checked against what the host relies on.
 */
package io.switchboard.plugin.testing;
