package io.switchboard.plugin.mail;

import io.switchboard.plugin.PluginFactory;

/** Creates one {@link MailSource} per mailbox. Listed in {@code META-INF/services/io.switchboard.plugin.mail.MailSourceFactory}. */
public interface MailSourceFactory extends PluginFactory<MailSource> {}
