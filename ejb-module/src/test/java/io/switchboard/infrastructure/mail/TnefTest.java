package io.switchboard.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.mail.MailPart;
import io.switchboard.application.mail.ParsedMail;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TnefTest {

    /** Writes TNEF as Outlook does: signature, key, then level/id/length/value/checksum attributes. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer() {
            out.writeBytes(le(4).putInt(Tnef.SIGNATURE).array());
            out.writeBytes(le(2).putShort((short) 0x1234).array());
        }

        Writer attribute(int level, int id, byte[] value) {
            out.write(level);
            out.writeBytes(le(8).putInt(id).putInt(value.length).array());
            out.writeBytes(value);
            out.writeBytes(le(2).putShort((short) Tnef.checksum(value)).array());
            return this;
        }

        Writer file(String title, String longName, byte[] data) {
            attribute(2, Tnef.ATT_ATTACH_REND_DATA, new byte[14]);
            attribute(2, Tnef.ATT_ATTACH_TITLE, (title + "\0").getBytes(StandardCharsets.ISO_8859_1));
            attribute(2, Tnef.ATT_ATTACH_DATA, data);
            if (longName != null) {
                byte[] name = (longName + "\0").getBytes(StandardCharsets.UTF_16LE);
                int padded = (name.length + 3) / 4 * 4;
                ByteBuffer props = le(4 + 4 + 4 + 4 + padded + 8)
                        .putInt(2)
                        .putShort((short) 0x0003)
                        .putShort((short) 0x0E21) // PR_ATTACH_NUM, a 4-byte value to step over
                        .putInt(7)
                        .putShort((short) 0x001F)
                        .putShort((short) 0x3707)
                        .putInt(1)
                        .putInt(name.length);
                props.put(name);
                attribute(2, Tnef.ATT_ATTACHMENT, props.array());
            }
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private static ByteBuffer le(int n) {
            return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static final byte[] REPORT = "Q3 revenue grew.\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOTES = "Call the vendor.\n".getBytes(StandardCharsets.UTF_8);

    static byte[] winmail() {
        return new Writer()
                .attribute(1, 0x00018004, "Subject\0".getBytes(StandardCharsets.ISO_8859_1))
                .file("QUARTE~1.TXT", "Quarterly report.txt", REPORT)
                .file("notes.txt", null, NOTES)
                .bytes();
    }

    @Test
    void unpacksEachFileWithItsLongNameOrItsTitle() {
        List<Tnef.File> files = Tnef.unpack(winmail(), 1_000_000).orElseThrow();
        assertEquals(2, files.size());
        assertEquals("Quarterly report.txt", files.get(0).name());
        assertArrayEquals(REPORT, files.get(0).content());
        assertEquals("notes.txt", files.get(1).name());
        assertArrayEquals(NOTES, files.get(1).content());
    }

    @Test
    void anythingItCannotReadFullyGivesNoAnswer() {
        byte[] good = winmail();
        byte[] corrupt = good.clone();
        corrupt[corrupt.length - 5] ^= 0x55; // inside the last value: the checksum no longer matches
        assertEquals(Optional.empty(), Tnef.unpack(corrupt, 1_000_000));
        assertEquals(Optional.empty(), Tnef.unpack(Arrays.copyOf(good, good.length - 7), 1_000_000));
        assertEquals(Optional.empty(), Tnef.unpack("not tnef at all".getBytes(StandardCharsets.US_ASCII), 1_000_000));
        assertEquals(Optional.empty(), Tnef.unpack(good, 10), "over the size limit");
    }

    @Test
    void theParserPutsTheFilesInsideWinmailDatOnTheMessageAndKeepsAnUnreadableOne() throws Exception {
        String b64 = Base64.getMimeEncoder().encodeToString(winmail());
        String raw = "From: Olga <olga@customer.example>\r\nSubject: Rich text\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
                + "--B\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64 + "\r\n--B\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n\r\nbroken\r\n--B--\r\n";
        ParsedMail m = new JakartaMailParser().parse(raw.getBytes(StandardCharsets.US_ASCII));
        List<String> names = m.parts().stream().map(MailPart::filename).toList();
        assertEquals(List.of("Quarterly report.txt", "notes.txt", "winmail.dat"), names);
        assertTrue(m.text().contains("See attached."));
    }
}
