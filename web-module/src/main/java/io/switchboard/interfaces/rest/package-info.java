/**
 * The REST API under {@code /api/v1}. Resources parse bodies with {@link io.switchboard.interfaces.rest.json.JsonInput}
 * (so a wrong type, an unknown field or an unknown value gets a precise per-field error, and a PATCH
 * can tell "absent" from "null"), call one session bean, and answer with the application's records.
 */
package io.switchboard.interfaces.rest;
