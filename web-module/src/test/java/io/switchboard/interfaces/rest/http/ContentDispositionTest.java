package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void readsNameAndQuotedFilename() {
        ContentDisposition d = ContentDisposition.parse("form-data; name=\"file\"; filename=\"a \\\"b\\\".txt\"");
        assertEquals("file", d.name());
        assertEquals("a \"b\".txt", d.filename());
    }

    @Test
    void theExtendedFilenameWinsAndIsDecoded() {
        ContentDisposition d = ContentDisposition.parse(
                "form-data; name=file; filename=\"Ubersicht.txt\"; filename*=UTF-8''%C3%9Cbersicht%20%E5%A0%B1.txt");
        assertEquals("Übersicht 報.txt", d.filename());
    }

    @Test
    void rawUtf8ReadAsLatin1IsRepaired() {
        String misread = new String("Übersicht 報告.txt".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(
                "Übersicht 報告.txt",
                ContentDisposition.parse("form-data; name=\"file\"; filename=\"" + misread + "\"")
                        .filename());
        assertEquals("Übersicht.txt", ContentDisposition.utf8("Übersicht.txt"), "real Latin-1 stays");
    }
}
