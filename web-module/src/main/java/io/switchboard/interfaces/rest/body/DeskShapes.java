package io.switchboard.interfaces.rest.body;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the desk's own settings: views, canned replies, SLA targets, tokens, notification choices. */
public final class DeskShapes {

    private DeskShapes() {}

    @Schema(name = "SavedViewBody", description = "A named ticket-list query and its columns")
    public record SavedView(
            @Schema(required = true, example = "My urgent ones")
            String name,

            @Schema(
                    description = "The ticket list's query string, checked as GET /tickets checks it",
                    example = "assigned=me&priority=high,critical")
            String query,

            @Schema(example = "[\"number\", \"summary\", \"priority\"]")
            List<String> columns,

            @Schema(defaultValue = "false", description = "Shared with everybody (supervisors only)")
            Boolean shared) {}

    @Schema(name = "CannedReplyBody", description = "A reusable reply")
    public record CannedReply(
            @Schema(required = true, example = "Restart Outlook")
            String title,

            @Schema(description = "Typed as ::shortcut then Tab in the portal", example = "restart")
            String shortcut,

            @Schema(required = true, example = "Hi {{requester.first_name}}, could you restart Outlook? {{agent.name}}")
            String body,

            @Schema(defaultValue = "false", description = "Shared with everybody (supervisors only)")
            Boolean shared) {}

    @Schema(name = "SlaPolicyUpdate", description = "The SLA targets of one priority")
    public record SlaPolicy(
            @Schema(required = true, minimum = "1", maximum = "20160", example = "60")
            Long firstResponseMinutes,

            @Schema(required = true, minimum = "1", maximum = "129600", example = "480")
            Long resolutionMinutes,

            @Schema(description = "The business calendar the clocks run on", example = "24x7")
            String calendar) {}

    @Schema(name = "TokenCreate", description = "A personal API token; it never has more than the caller's roles")
    public record Token(
            @Schema(required = true, example = "CI pipeline")
            String name,

            @Schema(description = "When it stops working (default: never)", example = "2027-01-01T00:00:00Z")
            Instant expiresAt,

            @Schema(
                    description = "The token's scope: roles you have (default: all of them); at each call it"
                            + " acts with those of them you still have",
                    example = "[\"agent\"]")
            List<String> roles) {}

    @Schema(name = "NotificationPreference", description = "Whether an event reaches the caller on a channel")
    public record Preference(
            @Schema(required = true, example = "ticket.assigned")
            String event,

            @Schema(required = true, example = "email") String channel,
            @Schema(required = true, example = "true") Boolean enabled) {}

    @Schema(name = "PluginInstanceCreate", description = "A configured instance of an installed plugin's factory")
    public record InstanceCreate(
            @Schema(required = true, example = "notify-webhook")
            String plugin,

            @Schema(description = "The extension kind, when the plugin has more than one", example = "notifier")
            String kind,

            @Schema(description = "The factory id, when the plugin has more than one", example = "webhook")
            String factory,

            @Schema(required = true, example = "Ops webhook")
            String name,

            @Schema(defaultValue = "true") Boolean enabled,

            @Schema(description = "Event types it receives", example = "[\"ticket.created\"]")
            List<String> events,

            RetrySettings retry,
            DeliverySettings delivery,

            @Schema(
                    description = "Settings by name (the factory's configProperties): strings, numbers or"
                            + " booleans; null clears",
                    example = "{\"url\": \"https://hooks.example.com/desk\"}")
            Map<String, Object> config) {}

    @Schema(name = "PluginInstancePatch", description = "Only the fields given change")
    public record InstancePatch(
            @Schema(example = "Ops webhook") String name,
            @Schema(example = "true") Boolean enabled,

            @Schema(example = "[\"ticket.created\", \"ticket.assigned\"]")
            List<String> events,

            RetrySettings retry,
            DeliverySettings delivery,

            @Schema(example = "{\"url\": \"https://hooks.example.com/desk\"}")
            Map<String, Object> config) {}

    @Schema(name = "PluginSwitch", description = "Whether an installed plugin is loaded and receives events")
    public record PluginSwitch(
            @Schema(required = true, example = "false") Boolean enabled) {}

    @Schema(name = "RetrySettings", description = "Redelivery of failed events with exponential backoff")
    public record RetrySettings(
            @Schema(example = "8") Integer maxAttempts,
            @Schema(example = "30") Integer baseSeconds,
            @Schema(example = "3600") Integer maxSeconds) {}

    @Schema(name = "DeliverySettings", description = "How events reach the instance")
    public record DeliverySettings(
            @Schema(
                    minimum = "1",
                    maximum = "32",
                    description = "Deliveries at once; null for the server's default",
                    example = "4")
            Integer concurrency,

            @Schema(description = "Keep the events of one ticket in order", example = "true")
            Boolean ticketOrder) {}
}
