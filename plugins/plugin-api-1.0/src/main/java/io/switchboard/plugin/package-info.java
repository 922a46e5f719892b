/**
 * The Switchboard plugin SPI: the only types a plugin author compiles against. Interfaces and
 * immutable records of JDK types only, so a plugin never sees JPA, EJB or Faces.
 *
 * <p>A plugin jar holds one or more {@link io.switchboard.plugin.PluginFactory} implementations,
 * each listed in {@code META-INF/services/<kind interface>} (for example
 * {@code io.switchboard.plugin.notify.NotifierFactory}), and declares itself in its manifest with
 * {@code Plugin-Id}, {@code Plugin-Version} and {@code Plugin-Api-Version}. See
 * docs/writing-a-plugin.md.
 */
package io.switchboard.plugin;
