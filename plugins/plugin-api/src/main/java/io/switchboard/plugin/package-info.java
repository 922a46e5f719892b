/**
 * The Switchboard plugin SPI: the only types a plugin author compiles against. Interfaces and
 * immutable records of JDK types only, so a plugin never sees JPA, EJB or Faces.
 */
package io.switchboard.plugin;
