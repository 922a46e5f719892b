package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data: three boards with their statuses, five priorities, companies with contacts,
 * members, configurations, and tickets with notes and schedule entries; the same every time.
 */
public final class CwSeed {

    private CwSeed() {}

    public static void reference(CwStore db) {
        synchronized (db) {
            board(
                    db,
                    "Service Desk",
                    List.of("New", "In Progress", "Waiting Customer", "Scheduled", "Resolved", "Closed"),
                    2);
            board(db, "Projects Intake", List.of("New", "Assigned", "Completed"), 1);
            board(db, "Alerts", List.of("New", "Acknowledged", "Closed"), 1);
            String[] pri = {
                "Priority 1 - Emergency Response",
                "Priority 2 - Quick Response",
                "Priority 3 - Normal Response",
                "Priority 4 - Scheduled Maintenance",
                "Priority 5 - Low"
            };
            String[] colors = {"Red", "Orange", "Yellow", "Blue", "Green"};
            for (int i = 0; i < pri.length; i++) {
                long id = i + 1L;
                db.priorities.put(
                        id,
                        obj(
                                "id",
                                id,
                                "name",
                                pri[i],
                                "color",
                                colors[i],
                                "sort",
                                (long) (i + 1),
                                "sortOrder",
                                (long) (i + 1),
                                "level",
                                "Level " + (i + 1),
                                "defaultFlag",
                                i == 2,
                                "_info",
                                obj("lastUpdated", "2024-01-01T00:00:00Z")));
            }
            String[][] companies = {
                {"AcmeCorp", "Acme Corp"},
                {"Globex", "Globex Corporation"},
                {"Initech", "Initech"},
                {"Umbrella", "Umbrella Health"},
                {"Hooli", "Hooli"},
                {"Stark", "Stark Industries"},
                {"Wayne", "Wayne Enterprises"},
                {"Wonka", "Wonka Industries"},
                {"Cyberdyne", "Cyberdyne Systems"},
                {"Tyrell", "Tyrell Corporation"}
            };
            String[] first = {"Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"};
            for (String[] c : companies) {
                long id = db.nextId();
                db.companies.put(
                        id,
                        obj(
                                "id",
                                id,
                                "identifier",
                                c[0],
                                "name",
                                c[1],
                                "status",
                                obj("id", 1L, "name", "Active"),
                                "_info",
                                obj("lastUpdated", "2024-01-01T00:00:00Z")));
                for (int k = 0; k < 2; k++) {
                    long cid = db.nextId();
                    String fn = first[(int) (cid % first.length)];
                    String email = fn.toLowerCase() + "." + c[0].toLowerCase() + "@example.com";
                    db.contacts.put(
                            cid,
                            obj(
                                    "id",
                                    cid,
                                    "firstName",
                                    fn,
                                    "lastName",
                                    c[0],
                                    "name",
                                    fn + " " + c[0],
                                    "company",
                                    db.companyRef(id),
                                    "defaultEmail",
                                    email,
                                    "communicationItems",
                                    List.of(obj(
                                            "type",
                                            obj("id", 1L, "name", "Email"),
                                            "value",
                                            email,
                                            "communicationType",
                                            "Email",
                                            "defaultFlag",
                                            true)),
                                    "_info",
                                    obj("lastUpdated", "2024-01-01T00:00:00Z")));
                }
                for (int k = 0; k < 2; k++) {
                    long cfg = db.nextId();
                    db.configurations.put(
                            cfg,
                            obj(
                                    "id",
                                    cfg,
                                    "name",
                                    c[0] + (k == 0 ? " Firewall" : " File Server"),
                                    "deviceIdentifier",
                                    c[0].toUpperCase() + "-" + cfg,
                                    "type",
                                    obj("id", 1L, "name", k == 0 ? "Firewall" : "Server"),
                                    "status",
                                    obj("id", 1L, "name", "Active"),
                                    "serialNumber",
                                    "SN" + cfg,
                                    "company",
                                    db.companyRef(id)));
                }
            }
            String[][] members = {
                {"jdoe", "Jane", "Doe"},
                {"bsmith", "Bob", "Smith"},
                {"agarcia", "Ana", "Garcia"},
                {"lchen", "Li", "Chen"},
                {"mkhan", "Mo", "Khan"},
                {"APIMember", "API", "Member"}
            };
            for (String[] m : members) {
                long id = db.nextId();
                db.members.put(
                        id,
                        obj(
                                "id",
                                id,
                                "identifier",
                                m[0],
                                "firstName",
                                m[1],
                                "lastName",
                                m[2],
                                "name",
                                m[1] + " " + m[2],
                                "officeEmail",
                                m[0] + "@msp.example",
                                "inactiveFlag",
                                false,
                                "dailyCapacity",
                                8L,
                                "_info",
                                obj("lastUpdated", "2024-01-01T00:00:00Z")));
            }
        }
    }

    private static void board(CwStore db, String name, List<String> statuses, int closedAtEnd) {
        long id = db.nextId();
        db.boards.put(
                id,
                obj(
                        "id",
                        id,
                        "name",
                        name,
                        "inactiveFlag",
                        false,
                        "projectFlag",
                        false,
                        "_info",
                        obj("lastUpdated", "2024-01-01T00:00:00Z")));
        for (int i = 0; i < statuses.size(); i++) {
            long sid = db.nextId();
            db.statuses.put(
                    sid,
                    obj(
                            "id",
                            sid,
                            "name",
                            statuses.get(i),
                            "board",
                            obj("id", id, "name", name),
                            "sortOrder",
                            (long) i,
                            "displayOnBoard",
                            true,
                            "inactive",
                            false,
                            "closedStatus",
                            i >= statuses.size() - closedAtEnd,
                            "timeEntryNotAllowed",
                            false,
                            "defaultFlag",
                            i == 0,
                            "_info",
                            obj("lastUpdated", "2024-01-01T00:00:00Z")));
        }
    }

    /** {@code count} tickets spread over the boards, each with {@code notes} notes, last updated over the past days. */
    public static void tickets(CwStore db, int count, int notes, Instant now) {
        Random random = new Random(42);
        String[] subjects = {
            "Outlook not syncing",
            "VPN drops every hour",
            "Printer offline on 3rd floor",
            "New starter laptop",
            "Password reset",
            "Backup job failed",
            "Firewall alert: port scan",
            "Disk space low on FS01",
            "Teams calls choppy",
            "License renewal for Office"
        };
        synchronized (db) {
            List<Map<String, Object>> boards = new ArrayList<>(db.boards.values());
            List<Map<String, Object>> companies = new ArrayList<>(db.companies.values());
            List<Map<String, Object>> members = new ArrayList<>(db.members.values());
            List<Map<String, Object>> priorities = new ArrayList<>(db.priorities.values());
            for (int i = 0; i < count; i++) {
                Map<String, Object> board = boards.get(i % boards.size());
                long boardId = CwStore.id(board);
                List<Map<String, Object>> statuses = db.statusesOf(boardId);
                Map<String, Object> status = statuses.get(random.nextInt(statuses.size()));
                Map<String, Object> company = companies.get(random.nextInt(companies.size()));
                Map<String, Object> contact = db.contacts.values().stream()
                        .filter(c -> CwStore.id(c.get("company")) == CwStore.id(company))
                        .findFirst()
                        .orElseThrow();
                Map<String, Object> owner = members.get(random.nextInt(members.size() - 1));
                long id = db.nextTicketId();
                String entered = now.minus(count - i + 60L, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
                String updated = now.minus(count - i, ChronoUnit.SECONDS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
                Map<String, Object> t = obj(
                        "id",
                        id,
                        "summary",
                        subjects[i % subjects.length] + " #" + (i + 1),
                        "recordType",
                        "ServiceTicket",
                        "board",
                        db.boardRef(boardId),
                        "status",
                        db.statusRef(CwStore.id(status)),
                        "company",
                        db.companyRef(CwStore.id(company)),
                        "contact",
                        db.contactRef(CwStore.id(contact)),
                        "contactName",
                        contact.get("name"),
                        "contactEmailAddress",
                        contact.get("defaultEmail"),
                        "priority",
                        db.priorityRef(CwStore.id(priorities.get(random.nextInt(priorities.size())))),
                        "owner",
                        db.memberRef(CwStore.id(owner)),
                        "severity",
                        "Medium",
                        "impact",
                        "Medium",
                        "externalXRef",
                        null,
                        "closedFlag",
                        Boolean.TRUE.equals(status.get("closedStatus")),
                        "closedDate",
                        null,
                        "closedBy",
                        null,
                        "resources",
                        null,
                        "customFields",
                        List.of(),
                        "_info",
                        obj(
                                "dateEntered",
                                entered,
                                "enteredBy",
                                owner.get("identifier"),
                                "lastUpdated",
                                updated,
                                "updatedBy",
                                owner.get("identifier")));
                db.tickets.put(id, t);
                for (int n = 0; n < notes; n++) {
                    long nid = db.nextId();
                    Map<String, Object> note = db.note(
                            nid,
                            id,
                            (n == 0 ? "Customer reports: " : "Update " + n + ": ")
                                    + subjects[i % subjects.length].toLowerCase() + ".",
                            n != 1,
                            n == 1,
                            false,
                            db.memberRef(CwStore.id(owner)),
                            (String) owner.get("identifier"));
                    note.put("dateCreated", entered);
                    db.notes.put(nid, note);
                }
                if (i % 3 == 0) {
                    long eid = db.nextId();
                    db.scheduleEntries.put(
                            eid,
                            obj(
                                    "id",
                                    eid,
                                    "objectId",
                                    id,
                                    "name",
                                    t.get("summary"),
                                    "member",
                                    db.memberRef(CwStore.id(owner)),
                                    "type",
                                    obj("id", 4L, "identifier", "S"),
                                    "doneFlag",
                                    false,
                                    "dateStart",
                                    entered,
                                    "_info",
                                    obj("lastUpdated", entered)));
                    db.refreshResources(t);
                }
                if (i % 5 == 0) {
                    db.configurations.values().stream()
                            .filter(c -> CwStore.id(c.get("company")) == CwStore.id(company))
                            .findFirst()
                            .ifPresent(c -> db.ticketConfigurations
                                    .computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(CwStore.id(c)));
                }
            }
        }
    }
}
