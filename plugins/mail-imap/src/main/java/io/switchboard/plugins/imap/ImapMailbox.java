package io.switchboard.plugins.imap;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.RemoteFailure;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One logged-in connection to the account and its configured folder, opened on first use and
 * again after a failure. Jakarta Mail connects to the address the outbound guard checked, with
 * {@code peek} on so that reading a message never sets {@code \Seen}.
 */
final class ImapMailbox implements AutoCloseable {

    private final ImapSettings settings;
    private final Supplier<OutboundGuard> guard;
    private final Logger log;
    private Store store;
    private Folder folder;

    ImapMailbox(ImapSettings settings, Supplier<OutboundGuard> guard, Logger log) {
        this.settings = settings;
        this.guard = guard;
        this.log = log;
    }

    /** The configured folder, open for reading and writing. */
    synchronized Folder folder() throws RemoteFailure {
        try {
            if (folder != null && folder.isOpen() && store.isConnected()) {
                return folder;
            }
            Store s = store();
            Folder f = named(settings.folder());
            if (!f.exists()) {
                throw new RemoteFailure(
                        RemoteFailure.Kind.INVALID, "the folder '" + settings.folder() + "' does not exist");
            }
            f.open(Folder.READ_WRITE);
            folder = f;
            return f;
        } catch (MessagingException e) {
            reset();
            throw failure(e);
        }
    }

    synchronized Store store() throws RemoteFailure {
        if (store != null && store.isConnected()) {
            return store;
        }
        OutboundGuard.Target target = target();
        try {
            Session session = Session.getInstance(properties(target));
            Store s = session.getStore(settings.protocol());
            s.connect(settings.host(), settings.port(), settings.username(), settings.password());
            store = s;
            return s;
        } catch (AuthenticationFailedException e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.UNAUTHORIZED,
                    "the server refused the login of " + settings.username() + ": " + e.getMessage());
        } catch (MessagingException e) {
            throw failure(e);
        } catch (GeneralSecurityException | IOException e) {
            throw new RemoteFailure(RemoteFailure.Kind.INVALID, "TLS cannot be set up: " + e.getMessage());
        }
    }

    private OutboundGuard.Target target() throws RemoteFailure {
        OutboundGuard g;
        try {
            g = guard.get();
        } catch (UnsupportedOperationException e) {
            g = null; // a host without a guard (plugin API 1.0): connect to what DNS says
        }
        try {
            if (g == null) {
                log.fine("This host offers no outbound guard; connecting to " + settings.host() + " unchecked");
                return new OutboundGuard.Target(
                        settings.host(), settings.port(), InetAddress.getByName(settings.host()));
            }
            return g.check(settings.host(), settings.port());
        } catch (OutboundGuard.TargetRefused e) {
            throw new RemoteFailure(RemoteFailure.Kind.FORBIDDEN, e.getMessage());
        } catch (UnknownHostException e) {
            throw new RemoteFailure(RemoteFailure.Kind.INVALID, "unknown host " + settings.host());
        }
    }

    private Properties properties(OutboundGuard.Target target) throws GeneralSecurityException, IOException {
        Properties p = new Properties();
        String proto = settings.protocol();
        String millis = Long.toString(settings.timeout().toMillis());
        p.put("mail.store.protocol", proto);
        p.put("mail." + proto + ".connectiontimeout", millis);
        p.put("mail." + proto + ".timeout", millis);
        p.put("mail." + proto + ".writetimeout", millis);
        p.put("mail." + proto + ".peek", "true"); // never set \Seen by reading
        p.put("mail." + proto + ".partialfetch", "true");
        p.put("mail." + proto + ".fetchsize", Integer.toString(256 * 1024));
        p.put("mail." + proto + ".socketFactory", PinnedSockets.plain(target.address()));
        p.put("mail." + proto + ".socketFactory.fallback", "false");
        if (settings.security() != ImapSettings.Security.NONE) {
            p.put(
                    "mail." + proto + ".ssl.socketFactory",
                    PinnedSockets.tls(target.address(), settings.host(), settings.trustedCertificate()));
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
        }
        if (settings.security() == ImapSettings.Security.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        return p;
    }

    /** A folder by the name an admin wrote, with {@code /} between levels whatever the server's separator. */
    Folder named(String name) throws MessagingException, RemoteFailure {
        Store s = store();
        char separator = s.getDefaultFolder().getSeparator();
        return s.getFolder(separator == '/' ? name : name.replace('/', separator));
    }

    /** A folder's name as an admin writes it, with {@code /} between levels. */
    static String display(Folder f) throws MessagingException {
        char separator = f.getSeparator();
        return separator == '/' ? f.getFullName() : f.getFullName().replace(separator, '/');
    }

    boolean hasCapability(String capability) throws RemoteFailure {
        try {
            return ImapExtensions.hasCapability(store(), capability);
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /**
     * Selects the folder again, so the session sees mail that arrived without the server
     * announcing it here (some announce new mail only to a session idling at that very moment).
     */
    synchronized void reselect() {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            reset();
        }
    }

    /** Forgets the connection after a failure, so the next call starts afresh. */
    synchronized void reset() {
        Folder f = folder;
        Store s = store;
        folder = null;
        store = null;
        try {
            if (f != null && f.isOpen()) {
                f.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // already broken
        }
        try {
            if (s != null) {
                s.close();
            }
        } catch (MessagingException | RuntimeException e) {
            // already broken
        }
    }

    /** The typed failure for what Jakarta Mail threw. */
    static RemoteFailure failure(Exception e) {
        if (e instanceof AuthenticationFailedException) {
            return new RemoteFailure(RemoteFailure.Kind.UNAUTHORIZED, "login refused: " + e.getMessage());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return RemoteFailure.transientFailure(
                e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (cause != e ? " (" + cause.getClass().getSimpleName() + ")" : ""),
                e);
    }

    ImapSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        reset();
    }
}
