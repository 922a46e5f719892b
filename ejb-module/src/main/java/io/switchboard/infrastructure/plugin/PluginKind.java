package io.switchboard.infrastructure.plugin;

import io.switchboard.domain.shared.Origin;
import io.switchboard.plugin.PluginFactory;
import io.switchboard.plugin.mail.MailSourceFactory;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.parse.TicketParserFactory;
import io.switchboard.plugin.psa.PsaProviderFactory;
import java.util.Arrays;
import java.util.Optional;

/** The extension kinds of the SPI, each found through its factory interface. */
public enum PluginKind {
    NOTIFIER("notifier", NotifierFactory.class),
    PSA("psa", PsaProviderFactory.class),
    MAIL("mail", MailSourceFactory.class),
    PARSER("parser", TicketParserFactory.class);

    private final String key;
    private final Class<? extends PluginFactory<?>> factoryType;

    PluginKind(String key, Class<? extends PluginFactory<?>> factoryType) {
        this.key = key;
        this.factoryType = factoryType;
    }

    public String key() {
        return key;
    }

    /** The channel what a plugin of this kind changes on a ticket came through, for its history. */
    public Origin channel() {
        return this == PSA ? Origin.PSA : this == MAIL ? Origin.EMAIL : Origin.API;
    }

    Class<? extends PluginFactory<?>> factoryType() {
        return factoryType;
    }

    public static Optional<PluginKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
