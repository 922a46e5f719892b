package io.switchboard.plugins.webhook;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.util.ArrayList;
import java.util.List;

/** Creates one {@link WebhookNotifier} per target URL. */
public class WebhookNotifierFactory implements NotifierFactory {

    static final List<String> PRESETS = List.of("json", "slack", "teams");

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public String displayName() {
        return "Webhook";
    }

    @Override
    public String description() {
        return "Posts each event to a URL: signed Switchboard JSON, or a message for a Slack or Microsoft Teams incoming webhook.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.url(
                        "url",
                        "URL",
                        "Where events are posted. Internal addresses are refused unless allowed below.",
                        true),
                ConfigProperty.choice(
                        "preset",
                        "Format",
                        "json: Switchboard's signed JSON; slack or teams: an incoming-webhook message",
                        "json",
                        PRESETS),
                ConfigProperty.secret(
                        "secret",
                        "Signing secret",
                        "Signs each JSON body (HMAC-SHA256 over timestamp.body) in the " + Signature.HEADER
                                + " header; see docs/writing-a-plugin.md",
                        false),
                OutboundGuard.allowListProperty(),
                ConfigProperty.integer(
                        "timeoutSeconds", "Timeout (seconds)", "How long to wait for the receiver", false, 8));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        // Where the URL may go is the host's guard's decision (at the connection test and every delivery).
        config.get("url").map(WebhookUrl::problem).ifPresent(p -> problems.add(new ConfigProblem("url", p)));
        int timeout = config.integer("timeoutSeconds", 8);
        if (timeout < 1 || timeout > 60) {
            problems.add(new ConfigProblem("timeoutSeconds", "must be between 1 and 60"));
        }
        if ("json".equals(config.string("preset", "json"))
                && config.get("secret").map(String::length).orElse(16) < 16) {
            problems.add(new ConfigProblem("secret", "must be at least 16 characters"));
        }
        return problems;
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new WebhookNotifier(config, context.outbound(), context.clock());
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        try {
            OutboundGuard.Target target =
                    WebhookUrl.parse(config.required("url")).check(context.outbound());
            return ConnectionCheck.ok(
                    target.host() + " resolves to " + target.address().getHostAddress() + ", which is allowed");
        } catch (OutboundGuard.TargetRefused e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }
}
