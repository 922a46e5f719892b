package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of each entity as {@code entityInformation/fields} describes them: data type,
 * required, read-only, reference, and the picklist values the store holds.
 */
final class AtFields {

    record Field(String name, String dataType, boolean required, boolean readOnly, String referenceEntity) {}

    record Entity(String name, List<Field> fields) {

        Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(
                "Tickets",
                List.of(
                        "id",
                        "ticketNumber",
                        "title",
                        "description",
                        "status",
                        "priority",
                        "companyID",
                        "contactID",
                        "queueID",
                        "assignedResourceID",
                        "assignedResourceRoleID",
                        "ticketType",
                        "source",
                        "issueType",
                        "subIssueType",
                        "ticketCategory",
                        "createDate",
                        "dueDateTime",
                        "completedDate",
                        "lastActivityDate",
                        "lastTrackedModificationDateTime",
                        "externalID",
                        "resolution",
                        "estimatedHours"));
        NAMES.put(
                "TicketNotes",
                List.of(
                        "id",
                        "createDateTime",
                        "creatorResourceID",
                        "description",
                        "impersonatorCreatorResourceID",
                        "impersonatorUpdaterResourceID",
                        "lastActivityDate",
                        "noteType",
                        "publish",
                        "ticketID",
                        "title"));
        NAMES.put("TicketSecondaryResources", List.of("id", "resourceID", "roleID", "ticketID"));
        NAMES.put(
                "TicketAttachments",
                List.of(
                        "id",
                        "attachDate",
                        "attachedByResourceID",
                        "attachmentType",
                        "contentType",
                        "fileSize",
                        "fullPath",
                        "parentID",
                        "parentType",
                        "publish",
                        "title"));
        NAMES.put(
                "TimeEntries",
                List.of(
                        "id",
                        "createDateTime",
                        "dateWorked",
                        "startDateTime",
                        "endDateTime",
                        "hoursWorked",
                        "hoursToBill",
                        "isNonBillable",
                        "resourceID",
                        "roleID",
                        "summaryNotes",
                        "internalNotes",
                        "ticketID",
                        "timeEntryType"));
        NAMES.put("Companies", List.of("id", "companyName", "companyNumber", "companyType", "isActive", "phone"));
        NAMES.put("Contacts", List.of("id", "companyID", "firstName", "lastName", "emailAddress", "isActive"));
        NAMES.put(
                "Resources",
                List.of(
                        "id",
                        "firstName",
                        "lastName",
                        "email",
                        "userName",
                        "isActive",
                        "resourceType",
                        "defaultServiceDeskRoleID"));
        NAMES.put("Roles", List.of("id", "name", "description", "isActive", "isSystemRole", "hourlyRate", "roleType"));
    }

    private static final Set<String> REQUIRED_ON_TICKETS = Set.of("title", "companyID", "status", "priority");
    private static final Map<String, String> REFERENCES = Map.of(
            "companyID", "Company",
            "contactID", "Contact",
            "assignedResourceID", "Resource",
            "creatorResourceID", "Resource",
            "resourceID", "Resource",
            "assignedResourceRoleID", "Role",
            "roleID", "Role",
            "ticketID", "Ticket",
            "parentID", "Ticket");

    private AtFields() {}

    static Optional<Entity> entity(String name) {
        return NAMES.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .findFirst()
                .map(e -> new Entity(
                        e.getKey(),
                        e.getValue().stream().map(f -> field(e.getKey(), f)).toList()));
    }

    private static Field field(String entity, String name) {
        String type;
        if (name.equals("id")
                || name.endsWith("ID")
                || Set.of(
                                "status",
                                "priority",
                                "ticketType",
                                "source",
                                "issueType",
                                "subIssueType",
                                "ticketCategory",
                                "noteType",
                                "publish",
                                "companyType",
                                "roleType",
                                "timeEntryType",
                                "fileSize")
                        .contains(name)) {
            type = "integer";
        } else if (name.startsWith("is") && !(entity.equals("Contacts") && name.equals("isActive"))) {
            type = "boolean";
        } else if (name.contains("Date") || name.endsWith("DateTime")) {
            type = "datetime";
        } else if (Set.of("estimatedHours", "hoursWorked", "hoursToBill", "hourlyRate")
                .contains(name)) {
            type = "double";
        } else {
            type = "string";
        }
        boolean readOnly = name.equals("id")
                || name.equals("ticketNumber")
                || name.equals("createDate")
                || name.startsWith("lastActivity")
                || name.startsWith("lastTracked")
                || name.equals("createDateTime");
        boolean required = entity.equals("Tickets") && REQUIRED_ON_TICKETS.contains(name);
        String reference = name.equals("externalID") ? null : REFERENCES.get(name);
        return new Field(name, type, required, readOnly, reference);
    }

    /** The {@code {"fields": [...]}} answer, with the picklists of the entity. */
    static Map<String, Object> describe(Entity entity, AtStore db) {
        Map<String, List<Map<String, Object>>> picklists = db.picklists(entity.name());
        List<Object> out = new ArrayList<>();
        for (Field f : entity.fields()) {
            List<Map<String, Object>> values = picklists.get(f.name());
            out.add(obj(
                    "name",
                    f.name(),
                    "dataType",
                    f.dataType(),
                    "length",
                    f.dataType().equals("string") ? 8000 : 0,
                    "isRequired",
                    f.required(),
                    "isReadOnly",
                    f.readOnly(),
                    "isQueryable",
                    true,
                    "isReference",
                    f.referenceEntity() != null,
                    "referenceEntityType",
                    f.referenceEntity() == null ? "" : f.referenceEntity(),
                    "isPickList",
                    values != null,
                    "picklistValues",
                    values == null ? null : List.copyOf(values),
                    "picklistParentValueField",
                    "",
                    "isSupportedWebhookField",
                    entity.name().equals("Tickets")));
        }
        return obj("fields", out);
    }
}
