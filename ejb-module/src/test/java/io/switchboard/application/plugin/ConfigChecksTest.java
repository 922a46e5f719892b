package io.switchboard.application.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigChecksTest {

    private static final HostedFactory WEBHOOK = new HostedFactory(
            "notify-webhook",
            "notifier",
            "webhook",
            "Webhook",
            "",
            List.of(
                    ConfigProperty.url("url", "URL", "", true),
                    ConfigProperty.integer("timeoutSeconds", "Timeout", "", false, 10),
                    ConfigProperty.secret("signingSecret", "Secret", "", false),
                    ConfigProperty.choice("format", "Format", "", "json", List.of("json", "form"))),
            null);

    @Test
    void anUpdateSetsClearsAndKeepsValues() {
        Map<String, String> update = new HashMap<>();
        update.put("url", "https://hooks.example.com/b");
        update.put("signingSecret", null);
        Map<String, String> merged = ConfigChecks.merge(
                Map.of("url", "https://hooks.example.com/a", "signingSecret", "s3cret", "format", "form"),
                update,
                WEBHOOK);
        assertEquals(Map.of("url", "https://hooks.example.com/b", "format", "form"), merged);
    }

    @Test
    void anUnknownSettingIsRefusedWithTheKnownOnes() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> ConfigChecks.merge(Map.of(), Map.of("uri", "x"), WEBHOOK));
        assertEquals(
                List.of(new FieldError(
                        "config.uri",
                        "is not a setting of webhook; settings: format, signingSecret, timeoutSeconds, url")),
                e.errors());
    }

    @Test
    void eachValueIsCheckedAgainstItsTypeAndMissingRequiredOnesAreNamed() {
        List<FieldError> errors =
                ConfigChecks.typeErrors(Map.of("timeoutSeconds", "ten", "format", "xml"), WEBHOOK.properties());
        assertEquals(
                List.of(
                        new FieldError("config.url", "is required"),
                        new FieldError("config.timeoutSeconds", "must be a whole number"),
                        new FieldError("config.format", "must be one of: json, form")),
                errors);
        assertEquals(
                List.of(new FieldError("config.url", "must be an http or https URL")),
                ConfigChecks.typeErrors(Map.of("url", "ftp://x"), WEBHOOK.properties()));
    }

    @Test
    void defaultsAreWhatThePluginSeesUnlessAValueIsGiven() {
        PluginConfig config = ConfigChecks.effective(Map.of("format", "form"), WEBHOOK.properties());
        assertEquals("10", config.get("timeoutSeconds").orElseThrow());
        assertEquals("form", config.get("format").orElseThrow());
    }

    @Test
    void theHostJudgesTheAllowListAndThePluginsOwnVerdictOnItIsDropped() {
        PluginConfig config = PluginConfig.of(Map.of(OutboundGuard.ALLOW_LIST, "bad/range"));
        List<ConfigProblem> problems = ConfigChecks.withHostProblems(
                config,
                List.of(
                        new ConfigProblem(OutboundGuard.ALLOW_LIST, "the plugin's own opinion"),
                        new ConfigProblem("url", "unreachable")));
        assertEquals(
                List.of(
                        new ConfigProblem(
                                OutboundGuard.ALLOW_LIST,
                                "'bad/range' is not a CIDR range like 10.0.0.0/8 or fd00::/8"),
                        new ConfigProblem("url", "unreachable")),
                problems);
    }
}
