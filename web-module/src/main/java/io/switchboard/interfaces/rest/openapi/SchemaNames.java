package io.switchboard.interfaces.rest.openapi;

import io.switchboard.domain.shared.Keyed;
import io.switchboard.interfaces.rest.json.KeyedAdapters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schemas named as a client developer expects (Ticket, not TicketView) and the domain's enums
 * listed by the keys the JSON carries, not by their Java constant names.
 */
final class SchemaNames {

    /** Java name (canonical, or simple) -> published name. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("TicketView", "Ticket"),
            Map.entry("PageTicketListItem", "TicketPage"),
            Map.entry("TicketListItem", "TicketSummary"),
            Map.entry("CommentView", "Comment"),
            Map.entry("TaskView", "Task"),
            Map.entry("LinkView", "Link"),
            Map.entry("AttachmentView", "Attachment"),
            Map.entry("HistoryView", "HistoryEntry"),
            Map.entry("PageHistoryView", "HistoryPage"),
            Map.entry("TicketStats", "Stats"),
            Map.entry("CompanyView", "Company"),
            Map.entry("ContactView", "Contact"),
            Map.entry("AgentView", "Agent"),
            Map.entry("NotificationView", "Notification"),
            Map.entry("PageNotificationView", "NotificationPage"),
            Map.entry("ApiTokenView", "Token"),
            Map.entry("PluginView", "Plugin"),
            Map.entry("InstanceView", "Instance"),
            Map.entry("DeliveryView", "Delivery"),
            Map.entry("PageDeliveryView", "DeliveryPage"),
            Map.entry("EntryView", "Entry"),
            Map.entry("InboundMailView", "InboundMail"),
            Map.entry("PageInboundMailView", "InboundMailPage"),
            Map.entry("AuditView", "PluginAudit"),
            Map.entry("PageAuditView", "PluginAuditPage"),
            Map.entry("SavedViewView", "SavedView"),
            Map.entry("CannedReplyView", "CannedReply"),
            Map.entry("TimeEntryView", "TimeEntry"),
            Map.entry("SlaPolicyView", "SlaPolicy"),
            Map.entry("SyncRunView", "SyncRun"),
            Map.entry("DiagnosticsView", "PluginDiagnostics"),
            Map.entry("InstallView", "PluginInstall"),
            Map.entry("WorkflowView", "Workflow"),
            Map.entry("SlaView", "Sla"),
            Map.entry("StatusView", "TicketStatus"),
            Map.entry("ExternalView", "ExternalRef"),
            Map.entry("MappingView", "PsaMappingEntry"),
            Map.entry("AttemptView", "DeliveryAttempt"),
            Map.entry("ErrorView", "PluginError"),
            Map.entry("FactoryView", "PluginFactory"),
            Map.entry("PropertyView", "PluginProperty"),
            Map.entry("RetryView", "RetrySchedule"),
            Map.entry("AgentRef", "AgentSummary"),
            Map.entry("ContactRef", "ContactSummary"),
            Map.entry("Ref", "NamedRef"),
            Map.entry("io.switchboard.application.psa.ConnectionView", "PsaConnection"),
            Map.entry("io.switchboard.application.psa.LinkView", "PsaTicketLink"),
            Map.entry("io.switchboard.application.psa.LinkView.Resource", "PsaTicketResource"),
            Map.entry("io.switchboard.application.view.PluginViews.ConnectionView", "ConnectionTest"),
            Map.entry("io.switchboard.application.view.WorkflowView.Status", "WorkflowStatus"),
            Map.entry("io.switchboard.application.view.BulkResult.Item", "BulkItem"),
            Map.entry("io.switchboard.application.mail.Undeliverable.View", "UndeliverableAddress"),
            Map.entry("BoardView", "PsaBoard"),
            Map.entry("CatalogEntry", "PsaCatalogEntry"));

    /** The published name of a Java type's schema. */
    static String published(Class<?> type) {
        String canonical = type.getCanonicalName();
        if (canonical != null && NAMES.containsKey(canonical)) {
            return NAMES.get(canonical);
        }
        return NAMES.getOrDefault(type.getSimpleName(), type.getSimpleName());
    }

    private SchemaNames() {}

    static void apply(OpenAPI api) {
        Map<Set<String>, List<Object>> keys = keyedEnums();
        SchemaWalk.each(api, schema -> {
            if (schema.getEnumeration() != null) {
                Set<String> names =
                        schema.getEnumeration().stream().map(String::valueOf).collect(Collectors.toSet());
                List<Object> byKey = keys.get(names);
                if (byKey != null) {
                    schema.setEnumeration(byKey);
                }
            }
        });
        rename(api);
    }

    private static void rename(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, Schema> out = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            String published = NAMES.getOrDefault(name, name);
            if (!published.equals(name) && schemas.containsKey(published)) {
                published = name;
            }
            renamed.put(name, published);
            out.put(published, schema);
        });
        api.getComponents().setSchemas(out);
        String prefix = "#/components/schemas/";
        SchemaWalk.each(api, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(prefix)) {
                String target = renamed.get(ref.substring(prefix.length()));
                if (target != null) {
                    schema.setRef(prefix + target);
                }
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Set<String>, List<Object>> keyedEnums() {
        Map<Set<String>, List<Object>> out = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : KeyedAdapters.types()) {
            Enum<?>[] constants = type.getEnumConstants();
            Set<String> names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
            List<Object> byKey = Arrays.stream(constants)
                    .map(c -> (Object) ((Keyed) c).key())
                    .toList();
            out.put(names, byKey);
        }
        return out;
    }
}
