package io.switchboard.plugins.autotask;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaProviderFactory;
import io.switchboard.plugin.testing.PsaProviderContract;
import java.util.Map;

class AutotaskContractTest extends PsaProviderContract {

    @Override
    protected PsaProviderFactory factory() {
        return new AutotaskProviderFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return Emulated.config();
    }

    @Override
    protected String boardId() {
        return Emulated.queue("Level I Support");
    }

    @Override
    protected boolean ordersByLastUpdate() {
        return false;
    }

    @Override
    protected PsaOperation.Create sampleCreate(String key) {
        return new PsaOperation.Create(
                key, boardId(), "175", null, "Contract create", "From the contract test", Map.of());
    }
}
