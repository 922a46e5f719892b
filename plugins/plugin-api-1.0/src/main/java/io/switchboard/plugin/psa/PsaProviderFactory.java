package io.switchboard.plugin.psa;

import io.switchboard.plugin.PluginFactory;

/** Creates one {@link PsaProvider} per PSA connection. Listed in {@code META-INF/services/io.switchboard.plugin.psa.PsaProviderFactory}. */
public interface PsaProviderFactory extends PluginFactory<PsaProvider> {}
