/**
 * The one guard against server-side request forgery: every outbound connection (plugins through
 * {@code PluginContext.outbound()}, the core's own calls) resolves its target here once, is
 * refused for internal addresses unless an admin allowed them, and connects to the checked address.
 */
package io.switchboard.infrastructure.outbound;
