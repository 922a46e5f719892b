package io.switchboard.plugin.testing;

import io.switchboard.plugin.psa.PsaProviderFactory;

/**
 * The PsaProvider contract. It checks what every factory owes the host; the issue that fills in
 * this kind adds its behavioural checks here, so every provider gets them.
 */
public abstract class PsaProviderContract extends PluginFactoryContract<PsaProviderFactory> {

    @Override
    protected Class<? super PsaProviderFactory> kind() {
        return PsaProviderFactory.class;
    }
}
