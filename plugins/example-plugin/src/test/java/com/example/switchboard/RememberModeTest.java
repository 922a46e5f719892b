package com.example.switchboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.testing.HttpReceiver;
import io.switchboard.plugin.testing.NotifierContract;
import io.switchboard.plugin.testing.TestPluginContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "remember" mode keeps its count in the instance's state, which outlives the notifier object. */
class RememberModeTest {

    @Test
    void theDeliveryCountLivesInTheInstanceStateAndTheSessionIsStoredAsASecret() throws Exception {
        try (HttpReceiver receiver = HttpReceiver.start(9393)) {
            PluginConfig config = PluginConfig.of(Map.of("url", receiver.url("/remember"), "mode", "remember"));
            TestPluginContext context = TestPluginContext.of(config);
            RecorderNotifierFactory factory = new RecorderNotifierFactory();
            try (Notifier first = factory.create(context, config)) {
                first.deliver(NotifierContract.sample(Notification.TICKET_CREATED));
                first.deliver(NotifierContract.sample(Notification.REPLY_ADDED));
            }
            try (Notifier second = factory.create(context, config)) { // a new object, as after an upgrade
                second.deliver(NotifierContract.sample(Notification.NOTE_ADDED));
            }
            assertEquals("3", context.state().get("deliveries").orElseThrow());
            assertTrue(context.state().isSecret("session"));
            assertTrue(
                    receiver.received().get(2).body().contains("\"remembered\":3"),
                    receiver.received().toString());
        }
    }
}
