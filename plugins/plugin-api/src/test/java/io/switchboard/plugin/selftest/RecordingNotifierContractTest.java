package io.switchboard.plugin.selftest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.testing.NotifierContract;
import java.util.Map;

class RecordingNotifierContractTest extends NotifierContract {

    @Override
    protected NotifierFactory factory() {
        return new RecordingNotifierFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return PluginConfig.of(Map.of("label", "ops", "token", "s3cr3t-value"));
    }

    @Override
    protected void assertArrived(Notification n) {
        assertTrue(RecordingNotifierFactory.RECEIVED.stream()
                .anyMatch(r -> r.eventId().equals(n.eventId())));
    }
}
