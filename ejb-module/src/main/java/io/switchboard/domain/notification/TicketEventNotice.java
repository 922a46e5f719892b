package io.switchboard.domain.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who hears about one ticket event, and what they read. The assignee and the watchers hear about
 * every change; people @mentioned in a reply or note hear about that one; the person who acted
 * never hears about their own change.
 */
public final class TicketEventNotice {

    /** "@name", but not the middle of an email address. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9._-]*[A-Za-z0-9_])");

    private TicketEventNotice() {}

    /** The event as the outbox keeps it, with what the ticket looks like now. */
    public record Event(String type, String ticketNumber, String actor, Map<String, String> data, String assignee,
            Collection<String> watchers, String commentText) {}

    /**
     * Recipient login → message. {@code knownUsers} are the logins of active staff: a mention of
     * anybody else is just text. {@code statusName} turns a status key into its display name.
     */
    public static Map<String, String> messages(Event e, Set<String> knownUsers, UnaryOperator<String> statusName) {
        Map<String, String> out = new LinkedHashMap<>();
        String newAssignee = e.type().equals("ticket.assigned") ? blankToNull(e.data().get("assignee")) : e.assignee();
        if (isComment(e.type())) {
            for (String mentioned : mentions(e.commentText(), knownUsers)) {
                out.put(mentioned, who(e) + " mentioned you in " + e.ticketNumber());
            }
        }
        Set<String> audience = new LinkedHashSet<>();
        if (newAssignee != null && !e.type().equals("ticket.created")) {
            audience.add(newAssignee);
        }
        audience.addAll(e.watchers());
        for (String user : audience) {
            out.putIfAbsent(user, text(e, user.equals(newAssignee), statusName));
        }
        out.keySet().removeIf(user -> user.equals(e.actor()) || !knownUsers.contains(user));
        return out;
    }

    static Set<String> mentions(String text, Set<String> knownUsers) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Map<String, String> byLower = new LinkedHashMap<>();
        knownUsers.forEach(u -> byLower.put(u.toLowerCase(Locale.ROOT), u));
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String user = byLower.get(m.group(1).toLowerCase(Locale.ROOT));
            if (user != null) {
                found.add(user);
            }
        }
        return found;
    }

    private static String text(Event e, boolean toAssignee, UnaryOperator<String> statusName) {
        String n = e.ticketNumber();
        Map<String, String> d = e.data();
        return switch (e.type()) {
            case "ticket.created" -> e.actor() + " opened " + n;
            case "ticket.assigned" -> blankToNull(d.get("assignee")) == null
                    ? e.actor() + " unassigned " + n
                    : toAssignee ? e.actor() + " assigned " + n + " to you" : e.actor() + " assigned " + n + " to " + d.get("assignee");
            case "ticket.status_changed" -> e.actor() + " moved " + n + " to " + statusName.apply(d.getOrDefault("to", "?"));
            case "ticket.priority_changed" -> e.actor() + " changed the priority of " + n + " to " + d.getOrDefault("to", "?");
            case "ticket.reply_added" -> who(e) + ("true".equals(d.get("solution")) ? " posted the solution on " : " replied on ") + n;
            case "ticket.note_added" -> who(e) + " added an internal note to " + n;
            case "ticket.task_changed" -> e.actor() + " changed a task on " + n;
            case "ticket.linked" -> e.actor() + " linked " + n + " to " + d.getOrDefault("other", "another ticket");
            case "ticket.attachment_added" -> e.actor() + " attached " + d.getOrDefault("filename", "a file") + " to " + n;
            case "ticket.deleted" -> e.actor() + " deleted " + n;
            case "ticket.restored" -> e.actor() + " restored " + n;
            case "ticket.updated" -> e.actor() + " changed " + fields(d.get("fields")) + " on " + n;
            default -> e.actor() + " changed " + n;
        };
    }

    private static String who(Event e) {
        String author = e.data().get("author");
        return author == null || author.isBlank() ? e.actor() : author;
    }

    private static String fields(String fields) {
        if (fields == null || fields.isBlank()) {
            return "details";
        }
        return String.join(", ", fields.split(",")).replace("dueAt", "due date");
    }

    private static boolean isComment(String type) {
        return type.equals("ticket.reply_added") || type.equals("ticket.note_added");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
