/**
 * Administering plugins and their instances: the use cases behind the Plugins page, the mailbox
 * and PSA pages and {@code /api/v1/plugins}. The host that loads and contains plugin code is
 * infrastructure, reached through {@link io.switchboard.application.plugin.PluginHost}.
 */
package io.switchboard.application.plugin;
