package io.switchboard.infrastructure.mail;

import io.switchboard.application.mail.DeliveryReport;
import io.switchboard.application.mail.MailAddress;
import io.switchboard.application.mail.MailParser;
import io.switchboard.application.mail.MailPart;
import io.switchboard.application.mail.ParsedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses raw mail with the server's Jakarta Mail, leniently: broken MIME yields what can be read
 * plus a note of what could not; limits on parts, nesting and sizes keep a hostile message from
 * costing more than it should. Nothing here decides what the message means.
 */
@ApplicationScoped
public class JakartaMailParser implements MailParser {

    static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 20;
    /** What a winmail.dat may unpack to in all; each file then meets the attachment limit too. */
    static final long MAX_TNEF_BYTES = 100L * 1024 * 1024;

    static final List<String> AUTOMATIC_HEADERS = List.of(
            "auto-submitted",
            "precedence",
            "x-auto-response-suppress",
            "x-autoreply",
            "x-autorespond",
            "x-autoresponder",
            "x-loop",
            "x-switchboard-ticket",
            "x-switchboard-event",
            "list-id",
            "x-ms-exchange-generated-message-source");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,300}>");
    private static final Pattern UUENCODE =
            Pattern.compile("(?m)^begin [0-7]{3,4} ([^\\r\\n]+)\\r?\\n(.*?)^end\\s*$", Pattern.DOTALL);

    private final Session session;

    public JakartaMailParser() {
        Properties p = new Properties();
        p.put("mail.mime.address.strict", "false");
        p.put("mail.mime.decodeparameters", "true");
        p.put("mail.mime.decodefilename", "true");
        p.put("mail.mime.multipart.allowempty", "true");
        p.put("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        session = Session.getInstance(p);
    }

    @Override
    public ParsedMail parse(byte[] raw) throws UnreadableMail {
        MimeMessage m;
        try {
            m = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMail("not a readable message: " + e.getMessage(), e);
        }
        Walk walk = new Walk();
        try {
            walk.part(m, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            walk.problems.add("part of the body could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the raw message is kept");
        }
        try {
            return new ParsedMail(
                    first(ids(header(m, "Message-ID"))),
                    ids(header(m, "In-Reply-To")),
                    ids(header(m, "References")),
                    text(header(m, "Subject")),
                    address(header(m, "From")),
                    address(header(m, "Reply-To")),
                    addresses(header(m, "To")),
                    addresses(header(m, "Cc")),
                    returnPath(header(m, "Return-Path")),
                    automatic(m),
                    walk.report,
                    walk.text == null ? null : walk.text.toString(),
                    walk.html,
                    walk.parts,
                    walk.problems);
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMail("the headers cannot be read: " + e.getMessage(), e);
        }
    }

    /** Collects text, HTML, files and a delivery report while walking the MIME tree. */
    private final class Walk {
        StringBuilder text;
        String html;
        DeliveryReport report;
        final List<MailPart> parts = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int count;

        void part(Part p, int depth) throws MessagingException, IOException {
            if (++count > MAX_PARTS) {
                if (count == MAX_PARTS + 1) {
                    problems.add("more than " + MAX_PARTS + " parts; the rest are in the raw message only");
                }
                return;
            }
            if (depth > MAX_DEPTH) {
                problems.add(
                        "nested deeper than " + MAX_DEPTH + " levels; the deeper parts are in the raw message only");
                return;
            }
            ContentType type = contentType(p);
            String base = type.getBaseType().toLowerCase(Locale.ROOT);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(p)) || filename(p) != null;
            if (base.startsWith("multipart/")) {
                Object content = p.getContent();
                if (content instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        BodyPart child = mp.getBodyPart(i);
                        part(child, depth + 1);
                    }
                } else {
                    problems.add("a " + base + " part has no readable parts");
                }
                return;
            }
            if (base.equals("message/delivery-status")) {
                report = deliveryStatus(bytes(p));
                return;
            }
            if (base.equals("text/rfc822-headers") || base.equals("message/rfc822-headers")) {
                report = withOriginal(report, headersMessageId(bytes(p)));
                return;
            }
            if (base.equals("message/rfc822") && !attachment) {
                byte[] forwarded = bytes(p);
                report = withOriginal(report, headersMessageId(forwarded));
                parts.add(new MailPart("forwarded-message.eml", "message/rfc822", forwarded, null, false));
                return;
            }
            if (!attachment && base.equals("text/plain")) {
                String body = Charsets.decode(bytes(p), type.getParameter("charset"));
                body = uudecode(body);
                if (text == null) {
                    text = new StringBuilder(body);
                } else {
                    text.append("\n\n").append(body);
                }
                return;
            }
            if (!attachment && base.equals("text/html") && html == null) {
                html = Charsets.decode(bytes(p), type.getParameter("charset"));
                return;
            }
            String name = filename(p);
            if (base.equals("application/ms-tnef") || "winmail.dat".equalsIgnoreCase(name)) {
                tnef(bytes(p), name, base);
                return;
            }
            if (base.equals("text/calendar") && name == null) {
                name = "invite.ics";
            }
            if (name == null) {
                name = base.equals("application/ms-tnef") ? "winmail.dat" : "part-" + count;
            }
            String cid = p instanceof jakarta.mail.internet.MimePart mp ? mp.getContentID() : null;
            parts.add(new MailPart(
                    name,
                    base,
                    bytes(p),
                    cid == null ? null : cid.replaceAll("[<>\\s]", ""),
                    Part.INLINE.equalsIgnoreCase(disposition(p)) || cid != null && !attachment));
        }

        /** Outlook's winmail.dat: the files inside it, or the winmail.dat itself when it cannot be read. */
        private void tnef(byte[] content, String name, String base) {
            Optional<List<Tnef.File>> files = Tnef.unpack(content, MAX_TNEF_BYTES);
            if (files.isEmpty()) {
                parts.add(new MailPart(name == null ? "winmail.dat" : name, base, content, null, false));
                return;
            }
            for (Tnef.File f : files.get()) {
                String type = URLConnection.guessContentTypeFromName(f.name());
                parts.add(new MailPart(
                        f.name(), type == null ? "application/octet-stream" : type, f.content(), null, false));
            }
        }

        private String uudecode(String body) {
            Matcher m = UUENCODE.matcher(body);
            if (!m.find()) {
                return body;
            }
            StringBuilder rest = new StringBuilder();
            int last = 0;
            do {
                try (InputStream in = MimeUtility.decode(
                        new ByteArrayInputStream(m.group().getBytes(StandardCharsets.ISO_8859_1)), "uuencode")) {
                    parts.add(new MailPart(
                            m.group(1).strip(), "application/octet-stream", in.readAllBytes(), null, false));
                    rest.append(body, last, m.start());
                    last = m.end();
                } catch (IOException | MessagingException e) {
                    problems.add("a uuencoded file could not be decoded: " + e.getMessage());
                }
            } while (m.find());
            rest.append(body.substring(last));
            return rest.toString().strip();
        }
    }

    private static ContentType contentType(Part p) {
        try {
            String declared = p.getContentType();
            return new ContentType(declared == null ? "text/plain" : declared);
        } catch (MessagingException | RuntimeException e) {
            try {
                return new ContentType("application/octet-stream");
            } catch (MessagingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static String disposition(Part p) {
        try {
            return p.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String filename(Part p) {
        try {
            String name = p.getFileName();
            return name == null || name.isBlank() ? null : text(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The decoded content bytes; a broken transfer encoding falls back to the bytes as sent. */
    static byte[] bytes(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            if (p instanceof jakarta.mail.internet.MimeBodyPart mbp) {
                try (InputStream rawIn = mbp.getRawInputStream()) {
                    return rawIn.readAllBytes();
                }
            }
            throw e;
        }
    }

    private static DeliveryReport deliveryStatus(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        return new DeliveryReport(
                field(s, "Action"), field(s, "Status"), addressField(field(s, "Final-Recipient")), null);
    }

    private static DeliveryReport withOriginal(DeliveryReport report, String originalId) {
        if (originalId == null) {
            return report;
        }
        if (report == null) {
            return new DeliveryReport(null, null, null, originalId);
        }
        return report.originalMessageId() != null
                ? report
                : new DeliveryReport(report.action(), report.status(), report.finalRecipient(), originalId);
    }

    private static String headersMessageId(byte[] headers) {
        try {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(headers));
            return first(ids(h.getHeader("Message-ID", ",")));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String field(String block, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + "\\s*:\\s*(.+)$")
                .matcher(block);
        return m.find() ? m.group(1).strip() : null;
    }

    /** "rfc822; someone@example.com" becomes someone@example.com. */
    private static String addressField(String value) {
        if (value == null) {
            return null;
        }
        int semi = value.indexOf(';');
        String a = (semi >= 0 ? value.substring(semi + 1) : value).strip().toLowerCase(Locale.ROOT);
        return a.contains("@") ? a.replaceAll("[<>]", "") : null;
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String v = m.getHeader(name, ",");
        return v == null ? null : Charsets.eightBitHeader(v);
    }

    private static Map<String, String> automatic(MimeMessage m) throws MessagingException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : AUTOMATIC_HEADERS) {
            String v = header(m, name);
            if (v != null) {
                out.put(name, v.strip());
            }
        }
        String type = header(m, "Content-Type");
        if (type != null) {
            out.put("content-type", type.strip());
        }
        return out;
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String unfolded = value.replaceAll("\\r?\\n[ \\t]+", " ");
        try {
            return MimeUtility.decodeText(unfolded).strip();
        } catch (IOException | RuntimeException e) {
            return unfolded.strip();
        }
    }

    static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find() && out.size() < 100) {
            String id = io.switchboard.domain.mail.MessageKey.normalise(m.group());
            if (id != null) {
                out.add(id);
            }
        }
        if (out.isEmpty() && !header.isBlank()) {
            String bare = io.switchboard.domain.mail.MessageKey.normalise(header);
            if (bare != null && bare.contains("@")) {
                out.add(bare); // a Message-ID without its angle brackets
            }
        }
        return out;
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String returnPath(String header) {
        if (header == null) {
            return null;
        }
        String s = header.strip();
        return s.equals("<>") || s.isEmpty() ? "" : s.replaceAll("[<>]", "");
    }

    private static MailAddress address(String header) {
        List<MailAddress> all = addresses(header);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<MailAddress> addresses(String header) {
        List<MailAddress> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        try {
            for (Address a : InternetAddress.parseHeader(header, false)) {
                if (a instanceof InternetAddress ia
                        && ia.getAddress() != null
                        && ia.getAddress().contains("@")) {
                    String email = ia.getAddress().strip();
                    if (email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+")) {
                        out.add(new MailAddress(email, text(ia.getPersonal())));
                    }
                }
                if (out.size() >= 100) {
                    break;
                }
            }
        } catch (MessagingException | RuntimeException e) {
            Matcher m = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+").matcher(header);
            while (m.find() && out.size() < 100) {
                out.add(new MailAddress(m.group(), null));
            }
        }
        return out;
    }
}
