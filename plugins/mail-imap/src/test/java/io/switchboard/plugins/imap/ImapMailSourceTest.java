package io.switchboard.plugins.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.mail.MailAck;
import io.switchboard.plugin.mail.MailCursor;
import io.switchboard.plugin.mail.MailSource;
import io.switchboard.plugin.mail.MailboxInfo;
import io.switchboard.plugin.mail.MessageRef;
import io.switchboard.plugin.testing.TestPluginContext;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the IMAP source does beyond the contract: IDLE, pinned addresses, \Seen left alone, keywords, folders. */
class ImapMailSourceTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP);

    private GreenMailUser user;
    private final ImapMailSourceFactory factory = new ImapMailSourceFactory();

    @BeforeEach
    void account() {
        user = MAIL.setUser("desk@example.com", "desk", "secret");
    }

    private void deliver(String subject) throws Exception {
        byte[] raw = ("From: a@example.com\r\nTo: desk@example.com\r\nSubject: " + subject + "\r\nMessage-ID: <"
                        + subject.replace(' ', '-') + "@t>\r\n\r\nbody\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private MailSource source(Map<String, String> overrides, OutboundGuard guard) throws Exception {
        PluginConfig config = ImapFixtures.config(MAIL.getImap().getPort(), overrides);
        return factory.create(new GuardedContext(TestPluginContext.of(config), guard), config);
    }

    private static OutboundGuard pinnedToLoopback() {
        return (host, port) -> new OutboundGuard.Target(host, port, InetAddress.getLoopbackAddress());
    }

    @Test
    void connectsToTheAddressTheGuardCheckedNotToWhatTheNameResolvesTo() throws Exception {
        deliver("pinned");
        try (MailSource source = source(Map.of("host", "imap.does-not-resolve.invalid"), pinnedToLoopback())) {
            assertEquals(1, source.list(MailCursor.START, 10).size());
        }
    }

    @Test
    void aRefusedTargetIsNeverConnectedTo() throws Exception {
        OutboundGuard refusing = (host, port) -> {
            throw new OutboundGuard.TargetRefused(host + " is a loopback address");
        };
        try (MailSource source = source(Map.of(), refusing)) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> source.list(MailCursor.START, 10));
            assertEquals(RemoteFailure.Kind.FORBIDDEN, f.kind());
        }
    }

    @Test
    void readingNeverSetsSeenAndKeepOnServerMarksWithAKeyword() throws Exception {
        deliver("keep me");
        try (MailSource source = source(Map.of("keepOnServer", "true"), pinnedToLoopback())) {
            MessageRef ref = source.list(MailCursor.START, 10).get(0);
            source.fetch(ref, Long.MAX_VALUE, new ByteArrayOutputStream());
            source.acknowledge(List.of(new MailAck(ref, MailAck.Disposition.PROCESSED)));
            assertTrue(
                    source.list(MailCursor.START, 10).isEmpty(), "a handled message is skipped after a reset cursor");
        }
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), "desk", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message m = inbox.getMessage(1);
            assertFalse(m.isSet(Flags.Flag.SEEN), "\\Seen belongs to the people reading the mailbox");
            assertTrue(m.getFlags().contains(ImapSettings.PROCESSED_KEYWORD));
        }
    }

    @Test
    void acknowledgedMailMovesToTheProcessedFolderWhichTheDescriptionLists() throws Exception {
        deliver("move me");
        try (MailSource source = source(Map.of(), pinnedToLoopback())) {
            MessageRef ref = source.list(MailCursor.START, 10).get(0);
            source.acknowledge(List.of(new MailAck(ref, MailAck.Disposition.IGNORED)));
            MailboxInfo info = source.describe();
            assertTrue(
                    info.folders().contains("Switchboard/Processed"),
                    info.folders().toString());
            assertTrue(info.uidValidity() > 0);
        }
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), "desk", "secret");
            assertEquals(0, store.getFolder("INBOX").getMessageCount(), "moved out of the inbox");
            assertEquals(1, store.getFolder("Switchboard.Processed").getMessageCount(), "into the processed folder");
        }
        ConnectionCheck check = factory.testConnection(
                new GuardedContext(
                        TestPluginContext.of(ImapFixtures.config(MAIL.getImap().getPort(), Map.of())),
                        pinnedToLoopback()),
                ImapFixtures.config(MAIL.getImap().getPort(), Map.of()));
        assertEquals(ConnectionCheck.Outcome.OK, check.outcome(), check.message());
        assertTrue(check.message().contains("Switchboard/Processed"), check.message());
    }

    @Test
    void aWrongPasswordIsUnauthorizedNotTransient() throws Exception {
        try (MailSource source = source(Map.of("password", "wrong"), pinnedToLoopback())) {
            RemoteFailure f = assertThrows(RemoteFailure.class, () -> source.list(MailCursor.START, 10));
            assertEquals(RemoteFailure.Kind.UNAUTHORIZED, f.kind(), f.getMessage());
        }
    }

    @Test
    void idleReturnsWhenMailArrivesAndOtherwiseAtTheDeadline() throws Exception {
        try (MailSource source = source(Map.of(), pinnedToLoopback())) {
            source.list(MailCursor.START, 1); // connected; the folder is empty
            long t0 = System.nanoTime();
            assertFalse(source.awaitChange(new MailCursor(0, 0), Duration.ofMillis(700)), "nothing arrived");
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(waited >= 600, "IDLE waited " + waited + " ms, not until the deadline");

            CompletableFuture<Boolean> woke =
                    CompletableFuture.supplyAsync(() -> await(source, Duration.ofSeconds(20)));
            Thread.sleep(300); // let the IDLE start before the mail arrives; either order must wake it
            deliver("pushed");
            long t1 = System.nanoTime();
            assertTrue(woke.get(20, TimeUnit.SECONDS), "IDLE reported the new message");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1) < 5_000);
        }
    }

    private static boolean await(MailSource source, Duration max) {
        try {
            return source.awaitChange(new MailCursor(0, 0), max);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void idleAfterMovingMailAwayStillEndsAtTheDeadlineAndWakesOnNewMail() throws Exception {
        deliver("before idle");
        try (MailSource source = source(Map.of(), pinnedToLoopback())) {
            MessageRef ref = source.list(MailCursor.START, 10).get(0);
            source.fetch(ref, Long.MAX_VALUE, new ByteArrayOutputStream());
            source.acknowledge(List.of(new MailAck(ref, MailAck.Disposition.PROCESSED)));
            MailCursor cursor = new MailCursor(ref.uidValidity(), ref.uid());
            long t0 = System.nanoTime();
            assertFalse(source.awaitChange(cursor, Duration.ofMillis(1500)));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 6_000, "IDLE ended near its deadline");
            CompletableFuture<Boolean> woke = CompletableFuture.supplyAsync(() -> {
                try {
                    return source.awaitChange(cursor, Duration.ofSeconds(20));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500); // the IDLE is under way when the mail arrives
            deliver("during idle");
            assertTrue(woke.get(20, TimeUnit.SECONDS));
            assertEquals(1, source.list(cursor, 10).size());
        }
    }
}
