package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two things about an upload the sender does not get to decide: where it lands and what it is. */
class AttachmentServiceTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd | passwd",
                "..\\..\\Windows\\win.ini | win.ini",
                "/var/lib/switchboard/report.pdf | report.pdf",
                "C:\\Users\\dana\\Desktop\\screenshot.png | screenshot.png",
                "  invoice 2025.pdf  | invoice 2025.pdf",
                "quote\"d.txt | quoted.txt",
            })
    void keepsOnlyTheLastPathSegment(String uploaded, String stored) {
        assertEquals(stored, AttachmentService.safeName(uploaded));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"..", ".", "../", "a/b/..", "/", "\\", "   ", "\u0000\u0007"})
    void anEmptyOrRelativeNameBecomesAttachment(String uploaded) {
        assertEquals("attachment", AttachmentService.safeName(uploaded));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("evilname.txt", AttachmentService.safeName("evil\r\nname\u0000.txt"));
    }

    @Test
    void longNamesKeepTheirEnd() {
        String name = AttachmentService.safeName("a".repeat(300) + ".pdf");

        assertEquals(255, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void pngIsRecognisedByItsMagicBytesWhateverItIsCalled() {
        assertEquals("image/png", AttachmentService.sniff("invoice.pdf", PNG));
        assertEquals("image/png", AttachmentService.sniff("noname", PNG));
    }

    @Test
    void pdfIsRecognisedByItsMagicBytesWhateverItIsCalled() {
        assertEquals("application/pdf", AttachmentService.sniff("noname", PDF));
        assertEquals("application/pdf", AttachmentService.sniff("notes.txt", PDF));
    }

    @Test
    void withoutMagicBytesTheNameDecides() {
        assertEquals("text/plain", AttachmentService.sniff("notes.txt", "just words".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownContentIsPlainBytes() {
        assertEquals("application/octet-stream", AttachmentService.sniff("blob", new byte[] {1, 2, 3, 4, 5}));
    }

    @Test
    void theChecksumIsSha256InHex() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                AttachmentService.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
