/**
 * What the PSA sync engine remembers about each connection (a plugin instance of kind psa): the
 * remote boards it pulls and their watermarks, the value mappings, the links between local and
 * remote tickets and notes, and the sync log.
 */
package io.switchboard.domain.psa;
