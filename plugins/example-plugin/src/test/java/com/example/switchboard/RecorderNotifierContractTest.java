package com.example.switchboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.testing.HttpReceiver;
import io.switchboard.plugin.testing.NotifierContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RecorderNotifierContractTest extends NotifierContract {

    private static HttpReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = HttpReceiver.start(9394); // this project's test servers use 9390-9399
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Override
    protected NotifierFactory factory() {
        return new RecorderNotifierFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return PluginConfig.of(Map.of("url", receiver.url("/events"), "token", "t0ken-value"));
    }

    @Override
    protected void assertArrived(Notification n) {
        assertTrue(
                receiver.received().stream()
                        .anyMatch(r -> r.body().contains(n.eventId())
                                && "Bearer t0ken-value".equals(r.headers().get("authorization"))),
                receiver.received().toString());
    }
}
