/** Inputs of the use cases: immutable records with references as ids, already typed. */
package io.switchboard.application.command;
