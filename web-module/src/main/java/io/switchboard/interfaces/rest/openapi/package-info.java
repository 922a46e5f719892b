/**
 * The OpenAPI contract: what the annotations on the resources cannot say by themselves (roles,
 * shared problems and headers, the domain's enum keys, names of schemas) is derived here from the
 * same classes the server runs, so the document and the server cannot drift.
 */
package io.switchboard.interfaces.rest.openapi;
