package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.testing.HttpReceiver;
import io.switchboard.plugin.testing.NotifierContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What the server relies on, checked by the plugin API's contract: ids, settings, creation, delivery, redelivery. */
class HelloNotifierContractTest extends NotifierContract {

    private static HttpReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = HttpReceiver.start(0);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Override
    protected NotifierFactory factory() {
        return new HelloNotifierFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return PluginConfig.of(Map.of("url", receiver.url("/hello"), "token", "s3cret"));
    }

    @Override
    protected void assertArrived(Notification n) {
        assertTrue(
                receiver.received().stream().anyMatch(r -> r.body().contains(n.eventId())
                        && "Bearer s3cret".equals(r.headers().get("authorization"))),
                receiver.received().toString());
    }
}
