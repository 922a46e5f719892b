package io.switchboard.plugin.testing;

import io.switchboard.plugin.mail.MailSourceFactory;

/**
 * The MailSource contract. It checks what every factory owes the host; the issue that fills in
 * this kind adds its behavioural checks here, so every provider gets them.
 */
public abstract class MailSourceContract extends PluginFactoryContract<MailSourceFactory> {

    @Override
    protected Class<? super MailSourceFactory> kind() {
        return MailSourceFactory.class;
    }
}
