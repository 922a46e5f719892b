package io.switchboard.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.mail.MailParser;
import io.switchboard.application.mail.ParsedMail;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JakartaMailParserTest {

    private final JakartaMailParser parser = new JakartaMailParser();

    private ParsedMail parse(String raw) throws MailParser.UnreadableMail {
        return parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsIdentityThreadingAndPeople() throws Exception {
        ParsedMail m = parse("From: =?UTF-8?Q?J=C3=BCrgen?= <Juergen@Example.COM>\nReply-To: real@example.com\n"
                + "To: desk@example.com\nCc: a@example.com, B <b@example.com>\nSubject: Hello\n"
                + "Message-ID: <ABC@mx.example>\nIn-Reply-To: <p1@x>\nReferences: <p0@x> <p1@x>\n\nbody\n");
        assertEquals("abc@mx.example", m.messageId());
        assertEquals("juergen@example.com", m.from().email());
        assertEquals("Jürgen", m.from().name());
        assertEquals("real@example.com", m.requester().email(), "Reply-To is honoured");
        assertEquals(
                List.of("a@example.com", "b@example.com"),
                m.cc().stream().map(a -> a.email()).toList());
        assertEquals(List.of("p1@x", "p0@x"), m.thread(), "most recent first");
        assertEquals("body", m.text().strip());
    }

    @Test
    void decodesCharsetsEncodedWordsAndEightBitHeaders() throws Exception {
        String jp = Base64.getEncoder().encodeToString("件名".getBytes(Charset.forName("ISO-2022-JP")));
        ParsedMail m = parse("From: a@example.com\nSubject: =?ISO-2022-JP?B?" + jp + "?=\n"
                + "Content-Type: text/plain; charset=ISO-2022-JP\n\n"
                + new String("本文".getBytes(Charset.forName("ISO-2022-JP")), StandardCharsets.ISO_8859_1) + "\n");
        assertEquals("件名", m.subject());
        assertEquals("本文", m.text().strip());

        ParsedMail raw8 = parse("From: a@example.com\nSubject: "
                + new String("Grüße".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + "\nContent-Type: text/plain; charset=x-unknown\n\n"
                + new String("Zürich".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\n");
        assertEquals("Grüße", raw8.subject(), "raw UTF-8 in a header");
        assertEquals("Zürich", raw8.text().strip(), "unknown charset: valid UTF-8 is read as UTF-8");

        ParsedMail cp = parse("From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=windows-1252\n\n"
                + new String(
                        "\u201cquoted\u201d".getBytes(Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1)
                + "\n");
        assertEquals("\u201cquoted\u201d", cp.text().strip());
    }

    @Test
    void findsFilesByRfc2231NamesInvitesAndUuencode() throws Exception {
        ParsedMail m = parse("From: a@example.com\nSubject: files\nContent-Type: multipart/mixed; boundary=B\n\n"
                + "--B\nContent-Type: text/plain\n\nSee the files.\n\nbegin 644 hi.txt\n#:&D*\n`\nend\n"
                + "--B\nContent-Type: application/octet-stream\n"
                + "Content-Disposition: attachment; filename*=UTF-8''Gr%C3%BC%C3%9Fe.txt\n\nhello\n"
                + "--B\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--B--\n");
        List<String> names = m.parts().stream().map(p -> p.filename()).toList();
        assertTrue(names.containsAll(List.of("hi.txt", "Grüße.txt", "invite.ics")), names.toString());
        assertEquals(
                "hi\n",
                new String(
                        m.parts().stream()
                                .filter(p -> p.filename().equals("hi.txt"))
                                .findFirst()
                                .orElseThrow()
                                .content(),
                        StandardCharsets.US_ASCII));
        assertTrue(m.text().startsWith("See the files.") && !m.text().contains("begin 644"), m.text());
    }

    @Test
    void readsADeliveryReportAndItsOriginalMessage() throws Exception {
        ParsedMail m = parse("From: MAILER-DAEMON@mx.example\nSubject: Undelivered\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=R\n\n"
                + "--R\nContent-Type: text/plain\n\nSorry.\n"
                + "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
                + "Final-Recipient: rfc822; Gone@Example.com\nAction: failed\nStatus: 5.1.1\n"
                + "--R\nContent-Type: text/rfc822-headers\n\nMessage-ID: <ours@desk.example>\nSubject: x\n\n--R--\n");
        assertEquals("failed", m.report().action());
        assertEquals("gone@example.com", m.report().finalRecipient());
        assertEquals("ours@desk.example", m.report().originalMessageId());
        assertTrue(m.report().isPermanent());
    }

    @Test
    void manyPartsAndDeepNestingAreCutWithANoteNotAFailure() throws Exception {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            parts.append("--P\nContent-Type: text/plain; name=p")
                    .append(i)
                    .append(".txt\nContent-Disposition: attachment\n\nx\n");
        }
        ParsedMail many = parse("From: a@example.com\nSubject: many\nContent-Type: multipart/mixed; boundary=P\n\n"
                + parts + "--P--\n");
        assertTrue(many.parts().size() < 300 && many.problems().stream().anyMatch(p -> p.contains("parts")));
        String nested = "Content-Type: text/plain\n\ndeep\n";
        for (int d = 0; d < 30; d++) {
            nested = "Content-Type: multipart/mixed; boundary=N" + d + "\n\n--N" + d + "\n" + nested + "\n--N" + d
                    + "--\n";
        }
        ParsedMail deep = parse("From: a@example.com\nSubject: deep\n" + nested);
        assertNull(deep.text());
        assertTrue(
                deep.problems().stream().anyMatch(p -> p.contains("nested")),
                deep.problems().toString());
    }
}
