/**
 * Ticket parsers for Quick Create: natural language in, a pre-filled draft out. Declared only:
 * the portal's built-in parser lives in the core; a plugin may offer another.
 */
package io.switchboard.plugin.parse;
