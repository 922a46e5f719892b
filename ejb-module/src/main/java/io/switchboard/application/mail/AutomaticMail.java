package io.switchboard.application.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells mail written by machines from mail written by people: auto-replies and out-of-office
 * notices, bulk and list mail, loops (our own messages coming back), and bounces. None of them
 * may open a ticket or be answered automatically.
 */
public final class AutomaticMail {

    /** What kind of automatic mail a message is. */
    public enum Kind {
        AUTO_REPLY,
        BULK,
        LOOP,
        BOUNCE
    }

    private AutomaticMail() {}

    /** Why the message is automatic, or empty for mail from a person. */
    public static Optional<Verdict> classify(ParsedMail m, OurMessageIds ours) {
        if (m.messageId() != null && ours.isOurs(m.messageId())) {
            return verdict(Kind.LOOP, "its Message-ID is one of ours");
        }
        if (m.header("x-switchboard-ticket") != null || m.header("x-switchboard-event") != null) {
            return verdict(Kind.LOOP, "it is one of our own notifications");
        }
        if (m.header("x-loop") != null) {
            return verdict(Kind.LOOP, "X-Loop: " + m.header("x-loop"));
        }
        String type = lower(m.header("content-type"));
        boolean report = type.startsWith("multipart/report") && type.contains("delivery-status");
        String from = m.from() == null ? "" : m.from().email();
        if (report || m.report() != null && m.report().action() != null) {
            return verdict(Kind.BOUNCE, "a delivery status notification");
        }
        if (from.startsWith("mailer-daemon@") || from.startsWith("postmaster@")) {
            return verdict(Kind.BOUNCE, "from " + from);
        }
        if ("".equals(m.returnPath())) {
            return verdict(Kind.BOUNCE, "an empty Return-Path (<>)");
        }
        String auto = lower(m.header("auto-submitted"));
        if (!auto.isEmpty() && !auto.equals("no")) {
            return verdict(Kind.AUTO_REPLY, "Auto-Submitted: " + auto);
        }
        String precedence = lower(m.header("precedence"));
        if (precedence.equals("bulk")
                || precedence.equals("list")
                || precedence.equals("junk")
                || precedence.equals("auto_reply")) {
            return verdict(Kind.BULK, "Precedence: " + precedence);
        }
        for (String h : new String[] {"x-auto-response-suppress", "x-autoreply", "x-autorespond", "x-autoresponder"}) {
            if (m.header(h) != null) {
                return verdict(Kind.AUTO_REPLY, h + ": " + m.header(h));
            }
        }
        return Optional.empty();
    }

    /** Why a message was judged automatic. */
    public record Verdict(Kind kind, String reason) {}

    private static Optional<Verdict> verdict(Kind kind, String reason) {
        return Optional.of(new Verdict(kind, reason));
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
