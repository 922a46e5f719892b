package io.switchboard.plugins.imap;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The IMAP extensions Jakarta Mail's API does not name (IDLE, MOVE, UID EXPUNGE, capabilities),
 * called on the server's own IMAP classes by reflection: a plugin sees only {@code jakarta.*},
 * never the implementation's packages, and must not bundle a copy of them.
 */
final class ImapExtensions {

    private ImapExtensions() {}

    static boolean hasCapability(Store store, String capability) throws MessagingException {
        Object answer = call(store, "hasCapability", new Class<?>[] {String.class}, capability);
        return Boolean.TRUE.equals(answer);
    }

    /** Blocks in IDLE until the server reports something, or another thread uses the folder. */
    static void idleOnce(Folder folder) throws MessagingException {
        call(folder, "idle", new Class<?>[] {boolean.class}, true);
    }

    /** UID MOVE, atomically on the server. */
    static void move(Folder from, Message[] messages, Folder to) throws MessagingException {
        call(from, "moveMessages", new Class<?>[] {Message[].class, Folder.class}, messages, to);
    }

    /** UID EXPUNGE of exactly these messages (UIDPLUS), leaving anything else marked deleted alone. */
    static void expunge(Folder folder, Message[] messages) throws MessagingException {
        call(folder, "expunge", new Class<?>[] {Message[].class}, (Object) messages);
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) throws MessagingException {
        Method m;
        try {
            m = target.getClass().getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new MessagingException(
                    "the server's Jakarta Mail (" + target.getClass().getName() + ") has no " + name);
        }
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MessagingException me) {
                throw me;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new MessagingException(name + " failed", (Exception) e.getCause());
        } catch (IllegalAccessException e) {
            throw new MessagingException(name + " is not accessible: " + e.getMessage());
        }
    }
}
