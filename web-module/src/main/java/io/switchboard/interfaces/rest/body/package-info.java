/**
 * The shapes of the JSON request bodies: each record is what the API document publishes for a
 * body, and its components are the only fields the resource accepts (JsonInput.parse(body,
 * Shape.class)), so the document cannot promise a field the server refuses, or the reverse.
 */
package io.switchboard.interfaces.rest.body;
