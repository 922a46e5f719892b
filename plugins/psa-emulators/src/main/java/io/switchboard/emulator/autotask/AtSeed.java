package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;
import static io.switchboard.emulator.autotask.AtStore.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Demo data: picklists, three queues, roles, resources, companies with contacts, and tickets with notes. */
final class AtSeed {

    static final long API_RESOURCE = 29_682_885;
    static final long TECHNICIAN = 29_683_461;
    static final long ENGINEER = 29_683_462;
    static final List<Long> QUEUES = List.of(29_682_833L, 29_682_969L, 29_683_354L);

    private static final String[] SUBJECTS = {
        "Outlook keeps asking for the password",
        "Printer on floor 2 is offline",
        "VPN drops every ten minutes",
        "New starter needs a laptop",
        "Backup job failed on FS01",
        "Disk space low on SQL02",
        "Cannot open the shared calendar",
        "Phone handset has no dial tone"
    };

    private AtSeed() {}

    static void reference(AtStore db) {
        db.picklist(
                "Tickets",
                "status",
                List.of(
                        pick(1, "New", true, 1),
                        pick(8, "In Progress", false, 2),
                        pick(7, "Waiting Customer", false, 3),
                        pick(12, "On Hold", false, 4),
                        pick(5, "Complete", false, 5)));
        db.picklist(
                "Tickets",
                "priority",
                List.of(
                        pick(4, "Critical", false, 1),
                        pick(1, "High", false, 2),
                        pick(2, "Medium", true, 3),
                        pick(3, "Low", false, 4)));
        db.picklist(
                "Tickets",
                "queueID",
                List.of(
                        pick(QUEUES.get(0), "Level I Support", true, 1),
                        pick(QUEUES.get(1), "Level II Support", false, 2),
                        pick(QUEUES.get(2), "Monitoring Alert", false, 3)));
        db.picklist(
                "Tickets",
                "ticketType",
                List.of(
                        pick(1, "Service Request", true, 1),
                        pick(2, "Incident", false, 2),
                        pick(3, "Problem", false, 3),
                        pick(4, "Change Request", false, 4),
                        pick(5, "Alert", false, 5)));
        db.picklist(
                "Tickets",
                "source",
                List.of(pick(2, "Phone", false, 1), pick(4, "Email", true, 2), pick(6, "Web Portal", false, 3)));
        db.picklist("Tickets", "issueType", List.of(pick(10, "Hardware", false, 1), pick(11, "Software", false, 2)));
        db.picklist(
                "TicketNotes",
                "noteType",
                List.of(
                        pick(1, "Task Detail", true, 1),
                        pick(2, "Task Notes", false, 2),
                        pick(3, "Task Summary", false, 3)));
        db.picklist(
                "TicketNotes",
                "publish",
                List.of(pick(1, "All Autotask Users", true, 1), pick(2, "Internal Only", false, 2)));

        db.insert("Roles", role(TECHNICIAN, "Technician"));
        db.insert("Roles", role(ENGINEER, "Engineer"));
        db.insert("Resources", resource(API_RESOURCE, "API", "User", AtAccess.USER, TECHNICIAN));
        db.insert("Resources", resource(29_682_886, "John", "Smith", "jsmith@demo.example", TECHNICIAN));
        db.insert("Resources", resource(29_682_887, "Ana", "Lopez", "alopez@demo.example", ENGINEER));
        db.insert("Resources", resource(29_682_888, "Kim", "Nguyen", "knguyen@demo.example", TECHNICIAN));
        db.insert("Resources", resource(29_682_889, "Raj", "Patel", "rpatel@demo.example", ENGINEER));

        String[] companies = {"Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics"};
        for (int i = 0; i < companies.length; i++) {
            long id = 174 + i;
            db.insert(
                    "Companies",
                    obj(
                            "id",
                            id,
                            "companyName",
                            companies[i],
                            "companyNumber",
                            "C" + (1000 + i),
                            "companyType",
                            1,
                            "isActive",
                            true,
                            "phone",
                            "+1 555 010" + i,
                            "userDefinedFields",
                            List.of(obj("name", "CustomerRanking", "value", i == 0 ? "Golden" : "Silver"))));
            for (String first : new String[] {"Chris", "Pat"}) {
                String last = companies[i].split(" ")[0];
                db.insert(
                        "Contacts",
                        obj(
                                "id",
                                null,
                                "companyID",
                                id,
                                "firstName",
                                first,
                                "lastName",
                                last,
                                "emailAddress",
                                first.toLowerCase() + "@" + last.toLowerCase() + ".example",
                                "isActive",
                                1,
                                "userDefinedFields",
                                List.of()));
            }
        }
    }

    /**
     * {@code count} tickets over the three queues, changed over the last days; every seventh was
     * changed again lately, so modification order differs from id order as in a real database.
     */
    static void tickets(AtStore db, int count, int notes, Instant now) {
        List<Map<String, Object>> contacts = db.all("Contacts");
        List<Long> technicians = List.of(29_682_886L, 29_682_887L, 29_682_888L, 29_682_889L);
        int[] statuses = {1, 8, 7, 12, 5};
        int[] priorities = {4, 1, 2, 3};
        for (int i = 0; i < count; i++) {
            Instant created =
                    now.minus(Duration.ofMinutes(20L * (count - i) + 60)).truncatedTo(ChronoUnit.SECONDS);
            Instant changed = i % 7 == 3 ? now.minus(Duration.ofMinutes(i % 50 + 1)) : created.plusSeconds(90);
            Map<String, Object> contact = contacts.get(i % contacts.size());
            long technician = technicians.get(i % technicians.size());
            boolean assigned = i % 3 != 0;
            Map<String, Object> t = obj(
                    "id",
                    null,
                    "ticketNumber",
                    "T" + DateTimeFormatter.BASIC_ISO_DATE.format(created.atOffset(ZoneOffset.UTC)) + "."
                            + String.format("%04d", i + 1),
                    "title",
                    SUBJECTS[i % SUBJECTS.length] + " (" + (i + 1) + ")",
                    "description",
                    "Reported by " + contact.get("firstName") + ": " + SUBJECTS[i % SUBJECTS.length] + ".",
                    "status",
                    statuses[i % statuses.length],
                    "priority",
                    priorities[i % priorities.length],
                    "companyID",
                    contact.get("companyID"),
                    "contactID",
                    contact.get("id"),
                    "queueID",
                    QUEUES.get(i % QUEUES.size()),
                    "assignedResourceID",
                    assigned ? technician : null,
                    "assignedResourceRoleID",
                    assigned ? roleOf(db, technician) : null,
                    "ticketType",
                    1 + i % 2,
                    "source",
                    4,
                    "issueType",
                    null,
                    "subIssueType",
                    null,
                    "ticketCategory",
                    3,
                    "createDate",
                    created.toString(),
                    "dueDateTime",
                    created.plus(Duration.ofDays(2)).toString(),
                    "completedDate",
                    statuses[i % statuses.length] == 5 ? changed.toString() : null,
                    "lastActivityDate",
                    changed.toString(),
                    "lastTrackedModificationDateTime",
                    changed.toString(),
                    "externalID",
                    null,
                    "resolution",
                    null,
                    "estimatedHours",
                    1.0,
                    "userDefinedFields",
                    List.of());
            long id = ((Number) db.insert("Tickets", t).get("id")).longValue();
            for (int n = 0; n < notes; n++) {
                Map<String, Object> note = db.note(
                        id,
                        "Update " + (n + 1),
                        "Worked on it: step " + (n + 1) + ".",
                        1,
                        n % 2 == 0 ? 1 : 2,
                        technician);
                note.put("createDateTime", created.plusSeconds(30L + n).toString());
                note.put("lastActivityDate", created.plusSeconds(30L + n).toString());
                db.insert("TicketNotes", note);
            }
            if (i % 5 == 1) {
                long other = technicians.get((i + 1) % technicians.size());
                db.insert(
                        "TicketSecondaryResources",
                        obj(
                                "id",
                                null,
                                "resourceID",
                                other,
                                "roleID",
                                roleOf(db, other),
                                "ticketID",
                                id,
                                "userDefinedFields",
                                List.of()));
            }
        }
    }

    static long roleOf(AtStore db, long resource) {
        return ((Number) db.rows("Resources").get(resource).get("defaultServiceDeskRoleID")).longValue();
    }

    private static Map<String, Object> role(long id, String name) {
        return obj(
                "id",
                id,
                "name",
                name,
                "description",
                name,
                "isActive",
                true,
                "isSystemRole",
                false,
                "hourlyRate",
                120.0,
                "roleType",
                1);
    }

    private static Map<String, Object> resource(long id, String first, String last, String email, long role) {
        List<Object> none = new ArrayList<>();
        return obj(
                "id", id,
                "firstName", first,
                "lastName", last,
                "email", email,
                "userName", email.split("@")[0],
                "isActive", true,
                "resourceType", "Employee",
                "defaultServiceDeskRoleID", role,
                "userDefinedFields", none);
    }
}
