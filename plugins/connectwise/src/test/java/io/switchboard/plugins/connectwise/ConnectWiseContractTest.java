package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaProviderFactory;
import io.switchboard.plugin.testing.PsaProviderContract;
import java.util.Map;

class ConnectWiseContractTest extends PsaProviderContract {

    @Override
    protected PsaProviderFactory factory() {
        return new ConnectWiseProviderFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return Emulated.config();
    }

    @Override
    protected String boardId() {
        return Emulated.board("Service Desk");
    }

    @Override
    protected PsaOperation.Create sampleCreate(String key) {
        return new PsaOperation.Create(
                key,
                boardId(),
                Emulated.company("AcmeCorp"),
                null,
                "Contract create",
                "From the contract test",
                Map.of());
    }
}
