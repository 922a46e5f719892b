package io.switchboard.plugins.imap;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.mail.FetchResult;
import io.switchboard.plugin.mail.FetchedMessage;
import io.switchboard.plugin.mail.MailAck;
import io.switchboard.plugin.mail.MailCursor;
import io.switchboard.plugin.mail.MailSource;
import io.switchboard.plugin.mail.MailboxInfo;
import io.switchboard.plugin.mail.MessageRef;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One IMAP mailbox as a mail source. Messages are found by UID above the host's cursor, never
 * by {@code \Seen}; handled ones are moved to the processed or failed folder, or, when they stay
 * on the server, marked with a keyword of ours so that a listing after a UIDVALIDITY change
 * skips them.
 */
final class ImapMailSource implements MailSource {

    private static final List<String> CAPABILITIES =
            List.of("IDLE", "MOVE", "UIDPLUS", "CONDSTORE", "QRESYNC", "ENABLE", "SPECIAL-USE", "UTF8=ACCEPT");

    /** The longest single IDLE before the mailbox is checked directly. */
    static final Duration SLICE = Duration.ofSeconds(4);

    private final ImapMailbox mailbox;
    private final ImapSettings settings;
    private ScheduledExecutorService watchdog;

    ImapMailSource(ImapMailbox mailbox) {
        this.mailbox = mailbox;
        this.settings = mailbox.settings();
    }

    @Override
    public synchronized List<MessageRef> list(MailCursor cursor, int max) throws Exception {
        try {
            Folder folder = mailbox.folder();
            folder.getMessageCount(); // a NOOP when the session has been quiet: new mail is announced to it
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            long from = validity == cursor.uidValidity() ? cursor.lastUid() + 1 : 1;
            Message[] found = uids.getMessagesByUID(from, UIDFolder.LASTUID);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add("Message-ID");
            List<MessageRef> refs = new ArrayList<>();
            // sizes, flags and ids of one window at a time (oldest first), not of the whole backlog
            for (int start = 0; start < found.length && refs.size() < max; start += max) {
                Message[] window = Arrays.copyOfRange(found, start, Math.min(found.length, start + max));
                folder.fetch(window, profile);
                for (Message m : window) {
                    long uid = uids.getUID(m);
                    // "n:*" always answers the last message, even when its UID is below n
                    if (uid >= from && !isOurs(m.getFlags())) {
                        refs.add(ref(m, validity, uid));
                    }
                }
            }
            refs.sort(Comparator.comparingLong(MessageRef::uid));
            return refs.size() > max ? List.copyOf(refs.subList(0, max)) : refs;
        } catch (MessagingException e) {
            mailbox.reset();
            throw ImapMailbox.failure(e);
        }
    }

    /** A ref even for a message the server cannot describe (a broken envelope): one bad message must not hide the rest. */
    private MessageRef ref(Message m, long validity, long uid) {
        String id;
        try {
            String[] ids = m.getHeader("Message-ID");
            id = ids == null || ids.length == 0 ? null : ids[0];
        } catch (MessagingException | RuntimeException e) {
            id = null;
        }
        Instant received = null;
        long size = 0;
        try {
            received = m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant();
            size = m.getSize();
        } catch (MessagingException | RuntimeException e) {
            received = null; // the host still fetches the raw bytes and judges them itself
        }
        return new MessageRef(settings.folder(), validity, uid, size, received, id);
    }

    private static boolean isOurs(Flags flags) {
        return flags.contains(ImapSettings.PROCESSED_KEYWORD) || flags.contains(ImapSettings.FAILED_KEYWORD);
    }

    @Override
    public synchronized FetchResult fetch(MessageRef ref, long maxBytes, OutputStream sink) throws Exception {
        try {
            Message m = message(ref);
            CappedStream capped = new CappedStream(sink, maxBytes);
            try {
                m.writeTo(capped);
            } catch (CappedStream.Full full) {
                return new FetchResult(ref, capped.written, true);
            }
            return new FetchResult(ref, capped.written, false);
        } catch (MessagingException e) {
            mailbox.reset();
            throw ImapMailbox.failure(e);
        }
    }

    private Message message(MessageRef ref) throws MessagingException, RemoteFailure {
        UIDFolder uids = (UIDFolder) mailbox.folder();
        if (uids.getUIDValidity() != ref.uidValidity()) {
            throw new RemoteFailure(RemoteFailure.Kind.CONFLICT, "the folder's UIDVALIDITY changed; list again");
        }
        Message m = uids.getMessageByUID(ref.uid());
        if (m == null || m.isExpunged()) {
            throw new RemoteFailure(RemoteFailure.Kind.NOT_FOUND, "message UID " + ref.uid() + " is gone");
        }
        return m;
    }

    @Override
    public synchronized void acknowledge(List<MailAck> acks) throws Exception {
        Map<MailAck.Disposition, List<MessageRef>> byOutcome = new EnumMap<>(MailAck.Disposition.class);
        acks.forEach(a -> byOutcome
                .computeIfAbsent(a.disposition(), k -> new ArrayList<>())
                .add(a.ref()));
        try {
            for (var entry : byOutcome.entrySet()) {
                boolean failed = entry.getKey() == MailAck.Disposition.FAILED;
                String target =
                        settings.keepOnServer() ? null : failed ? settings.failedFolder() : settings.processedFolder();
                Message[] messages = present(entry.getValue());
                if (messages.length == 0) {
                    continue;
                }
                if (target == null) {
                    mailbox.folder()
                            .setFlags(
                                    messages,
                                    new Flags(failed ? ImapSettings.FAILED_KEYWORD : ImapSettings.PROCESSED_KEYWORD),
                                    true);
                } else {
                    moveTo(messages, target);
                }
            }
        } catch (MessagingException e) {
            mailbox.reset();
            throw ImapMailbox.failure(e);
        }
    }

    private Message[] present(List<MessageRef> refs) throws MessagingException, RemoteFailure {
        UIDFolder uids = (UIDFolder) mailbox.folder();
        long validity = uids.getUIDValidity();
        List<Message> out = new ArrayList<>();
        for (MessageRef r : refs) {
            if (r.uidValidity() != validity) {
                continue; // the folder was rebuilt; the host dedupes what it sees again
            }
            Message m = uids.getMessageByUID(r.uid());
            if (m != null && !m.isExpunged()) {
                out.add(m);
            }
        }
        return out.toArray(Message[]::new);
    }

    private void moveTo(Message[] messages, String name) throws MessagingException, RemoteFailure {
        Folder from = mailbox.folder();
        Folder to = mailbox.named(name);
        if (!to.exists() && !to.create(Folder.HOLDS_MESSAGES)) {
            throw new RemoteFailure(RemoteFailure.Kind.FORBIDDEN, "cannot create the folder '" + name + "'");
        }
        if (mailbox.hasCapability("MOVE")) {
            ImapExtensions.move(from, messages, to);
            return;
        }
        from.copyMessages(messages, to);
        from.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
        if (mailbox.hasCapability("UIDPLUS")) {
            ImapExtensions.expunge(from, messages);
        } else {
            from.expunge();
        }
    }

    @Override
    public MailboxInfo describe() throws Exception {
        try {
            var store = mailbox.store();
            List<String> folders = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    folders.add(ImapMailbox.display(f));
                }
            }
            folders.sort(String.CASE_INSENSITIVE_ORDER);
            Set<String> caps = new LinkedHashSet<>();
            for (String c : CAPABILITIES) {
                if (mailbox.hasCapability(c)) {
                    caps.add(c);
                }
            }
            Folder folder = mailbox.folder();
            return new MailboxInfo(
                    folders,
                    ImapMailbox.display(folder),
                    ((UIDFolder) folder).getUIDValidity(),
                    folder.getMessageCount(),
                    caps);
        } catch (MessagingException e) {
            mailbox.reset();
            throw ImapMailbox.failure(e);
        }
    }

    /**
     * IDLE until the server reports a change or {@code max} has passed, in slices of at most
     * {@link #SLICE}: after each, a listing checks for mail the server did not announce (some
     * announce new mail only to a session that is idling at that very moment). A slice ends when
     * the watchdog uses the folder, which makes Jakarta Mail end the IDLE.
     */
    @Override
    public boolean awaitChange(MailCursor cursor, Duration max) throws Exception {
        if (!settings.idle() || !mailbox.hasCapability("IDLE")) {
            return false;
        }
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Folder folder;
            synchronized (this) {
                mailbox.reselect();
                if (!list(cursor, 1).isEmpty()) {
                    return true; // something to read already
                }
                folder = mailbox.folder();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (idleOnce(folder, Math.min(left, SLICE.toNanos()))) {
                return true;
            }
        }
    }

    private boolean idleOnce(Folder folder, long nanos) throws Exception {
        AtomicBoolean changed = new AtomicBoolean();
        MessageCountAdapter listener = new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent e) {
                changed.set(true);
            }
        };
        folder.addMessageCountListener(listener);
        // Jakarta Mail aborts an IDLE for a command only once the connection has been quiet for a second: keep poking
        ScheduledFuture<?> wake = watchdog()
                .scheduleWithFixedDelay(
                        () -> poke(folder), nanos, TimeUnit.MILLISECONDS.toNanos(250), TimeUnit.NANOSECONDS);
        try {
            ImapExtensions.idleOnce(folder);
            return changed.get();
        } catch (MessagingException e) {
            mailbox.reset();
            throw ImapMailbox.failure(e);
        } finally {
            wake.cancel(false);
            folder.removeMessageCountListener(listener);
        }
    }

    private static void poke(Folder folder) {
        try {
            folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            // the IDLE ends either way: the connection is gone
        }
    }

    private synchronized ScheduledExecutorService watchdog() {
        if (watchdog == null) {
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "imap-idle-watchdog");
                t.setDaemon(true);
                return t;
            });
        }
        return watchdog;
    }

    // ---- plugin API 1.0 ----

    @Override
    public List<FetchedMessage> fetch(MailCursor cursor, int max) throws Exception {
        List<FetchedMessage> out = new ArrayList<>();
        for (MessageRef ref : list(cursor, max)) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            fetch(ref, Long.MAX_VALUE, raw);
            out.add(new FetchedMessage(ref.uidValidity(), ref.uid(), ref.receivedAt(), raw.toByteArray()));
        }
        return out;
    }

    @Override
    public void acknowledge(FetchedMessage message) throws Exception {
        acknowledge(List.of(new MailAck(
                new MessageRef(settings.folder(), message.uidValidity(), message.uid(), 0, message.receivedAt(), null),
                MailAck.Disposition.PROCESSED)));
    }

    @Override
    public void close() {
        ScheduledExecutorService w;
        synchronized (this) {
            w = watchdog;
            watchdog = null;
        }
        if (w != null) {
            w.shutdownNow();
        }
        mailbox.close();
    }

    /** Passes bytes on until the cap, then stops the download. */
    private static final class CappedStream extends OutputStream {
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("cap reached", null);
            }
        }

        private final OutputStream out;
        private final long cap;
        long written;

        CappedStream(OutputStream out, long cap) {
            this.out = out;
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = cap - written;
            int n = (int) Math.min(room, len);
            if (n > 0) {
                out.write(b, off, n);
                written += n;
            }
            if (n < len) {
                throw new Full();
            }
        }
    }
}
