package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.psa.PsaProviderFactory;
import io.switchboard.plugin.testing.PluginFactoryContract;
import java.util.Map;

/** The factory contract; the provider's behaviour against a real Switchboard is PsaRemoteDeskIT's. */
class RemoteDeskFactoryTest extends PluginFactoryContract<PsaProviderFactory> {

    @Override
    protected PsaProviderFactory factory() {
        return new RemoteDeskProviderFactory();
    }

    @Override
    protected Class<? super PsaProviderFactory> kind() {
        return PsaProviderFactory.class;
    }

    @Override
    protected PluginConfig validConfig() {
        return PluginConfig.of(Map.of(
                "url", "https://desk.example.com",
                "apiToken", "sbt_0123456789abcdef",
                "webhookSigningSecret", "whsec-0123456789"));
    }
}
