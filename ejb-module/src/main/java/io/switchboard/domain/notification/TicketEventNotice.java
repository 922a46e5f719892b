package io.switchboard.domain.notification;

import java.util.Map;
import java.util.function.UnaryOperator;

/** What a person reads about one ticket event in their notifications. */
public final class TicketEventNotice {

    private TicketEventNotice() {}

    /**
     * The message for one recipient. {@code toAssignee} says the reader is the ticket's (new)
     * assignee; {@code statusName} turns a status key into its display name.
     */
    public static String message(
            String type,
            String number,
            String actor,
            Map<String, String> data,
            boolean toAssignee,
            UnaryOperator<String> statusName) {
        String who = blankToNull(data.get("author")) == null ? actor : data.get("author");
        return switch (type) {
            case "ticket.created" -> actor + " opened " + number;
            case "ticket.assigned" ->
                blankToNull(data.get("assignee")) == null
                        ? actor + " unassigned " + number
                        : toAssignee
                                ? actor + " assigned " + number + " to you"
                                : actor + " assigned " + number + " to " + data.get("assignee");
            case "ticket.status_changed" ->
                actor + " moved " + number + " to " + statusName.apply(data.getOrDefault("to", "?"));
            case "ticket.priority_changed" ->
                actor + " changed the priority of " + number + " to " + data.getOrDefault("to", "?");
            case "ticket.reply_added" ->
                who + ("true".equals(data.get("solution")) ? " posted the solution on " : " replied on ") + number;
            case "ticket.note_added" -> who + " added an internal note to " + number;
            case "ticket.mentioned" -> who + " mentioned you in " + number;
            case "ticket.task_changed" -> actor + " changed a task on " + number;
            case "ticket.linked" -> actor + " linked " + number + " to " + data.getOrDefault("other", "another ticket");
            case "ticket.attachment_added" ->
                actor + " attached " + data.getOrDefault("filename", "a file") + " to " + number;
            case "ticket.deleted" -> actor + " deleted " + number;
            case "ticket.restored" -> actor + " restored " + number;
            case "ticket.updated" -> actor + " changed " + fields(data.get("fields")) + " on " + number;
            case "sla.warning" -> number + " is close to its SLA deadline";
            case "sla.breached" -> number + " has breached its SLA";
            default -> actor + " changed " + number;
        };
    }

    private static String fields(String fields) {
        if (fields == null || fields.isBlank()) {
            return "details";
        }
        return String.join(", ", fields.split(",")).replace("dueAt", "due date");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
