package io.switchboard.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.mail.FetchResult;
import io.switchboard.plugin.mail.IntakeSettings;
import io.switchboard.plugin.mail.MailAck;
import io.switchboard.plugin.mail.MailCursor;
import io.switchboard.plugin.mail.MailSource;
import io.switchboard.plugin.mail.MailSourceFactory;
import io.switchboard.plugin.mail.MessageRef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The MailSource contract: what the host's intake relies on from every transport. A listing is
 * cheap, ordered by UID and continues after the cursor; a fetch returns the message's bytes as
 * stored, and stops at the cap saying so; an acknowledged message is never listed again; and the
 * factory offers the intake's own settings.
 */
public abstract class MailSourceContract extends PluginFactoryContract<MailSourceFactory> {

    @Override
    protected Class<? super MailSourceFactory> kind() {
        return MailSourceFactory.class;
    }

    /** Puts one raw RFC 5322 message into the mailbox {@link #validConfig()} reads. */
    protected abstract void deliver(byte[] raw) throws Exception;

    protected static byte[] message(String subject, int bodyBytes) {
        String head = "From: Requester <requester@example.com>\r\nTo: desk@example.com\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + subject.replace(' ', '.') + "@contract.example>\r\n"
                + "Date: Sun, 22 Nov 2026 14:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n";
        return (head + "x".repeat(bodyBytes) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void offersTheIntakeSettings() {
        Set<String> names =
                factory().configProperties().stream().map(p -> p.name()).collect(Collectors.toSet());
        IntakeSettings.properties().forEach(p -> assertTrue(names.contains(p.name()), p.name()));
    }

    @Test
    void listsFetchesAndAcknowledgesInUidOrder() throws Exception {
        for (int i = 1; i <= 3; i++) {
            deliver(message("contract " + i, 100 * i));
        }
        try (MailSource source = factory().create(context(validConfig()), validConfig())) {
            List<MessageRef> refs = source.list(MailCursor.START, 10);
            assertEquals(3, refs.size(), refs.toString());
            assertTrue(refs.get(0).uid() < refs.get(1).uid()
                    && refs.get(1).uid() < refs.get(2).uid());
            assertTrue(refs.get(2).size() > refs.get(0).size(), "sizes come with the listing");

            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            FetchResult full = source.fetch(refs.get(1), Long.MAX_VALUE, whole);
            assertFalse(full.truncated());
            assertEquals(whole.size(), full.bytes());
            String text = whole.toString(StandardCharsets.US_ASCII);
            assertTrue(text.contains("Subject: contract 2"), text);
            assertTrue(text.contains("x".repeat(200)), "the body comes whole");

            ByteArrayOutputStream head = new ByteArrayOutputStream();
            FetchResult capped = source.fetch(refs.get(2), 64, head);
            assertTrue(capped.truncated(), "a fetch stops at the cap and says so");
            assertEquals(64, head.size());
            assertArrayEquals(java.util.Arrays.copyOf(head.toByteArray(), 64), head.toByteArray());

            MailCursor after1 =
                    new MailCursor(refs.get(0).uidValidity(), refs.get(0).uid());
            assertEquals(
                    List.of(refs.get(1).uid(), refs.get(2).uid()),
                    source.list(after1, 10).stream().map(MessageRef::uid).toList(),
                    "the listing continues after the cursor");

            source.acknowledge(List.of(
                    new MailAck(refs.get(0), MailAck.Disposition.PROCESSED),
                    new MailAck(refs.get(1), MailAck.Disposition.FAILED)));
            assertEquals(
                    List.of(refs.get(2).uid()),
                    source.list(MailCursor.START, 10).stream()
                            .map(MessageRef::uid)
                            .toList(),
                    "acknowledged messages are not listed again, even from the start");
        }
    }
}
