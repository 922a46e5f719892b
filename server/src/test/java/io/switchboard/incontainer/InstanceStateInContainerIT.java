package io.switchboard.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.infrastructure.plugin.InstanceStateStore;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plugin instance state (plugin API 1.1) as stored: plain values as written, secret ones sealed
 * and bound to their instance and key, every write visible to the next read, and all of it gone
 * with the instance.
 */
@ExtendWith(ArquillianExtension.class)
class InstanceStateInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("instance-state.war", InstanceStateInContainerIT.class, StateProbe.class);
    }

    @Inject
    InstanceStateStore state;

    @Inject
    StateProbe probe;

    @Resource
    UserTransaction transaction;

    @Test
    void aPlainValueIsStoredAsWrittenAndASecretOneOnlySealed() throws Exception {
        long instance = inTransaction(() -> probe.newInstance("state-plain"));
        state.put(instance, "cursor", "uid:4711", false);
        state.put(instance, "refresh-token", "rt-very-secret-123", true);

        assertEquals(Optional.of("uid:4711"), state.get(instance, "cursor"));
        assertEquals(Optional.of("rt-very-secret-123"), state.get(instance, "refresh-token"));
        String cursorRow = inTransaction(() -> probe.storedValue(instance, "cursor"));
        String tokenRow = inTransaction(() -> probe.storedValue(instance, "refresh-token"));
        assertEquals("uid:4711", cursorRow);
        assertTrue(tokenRow.startsWith("v1:"), tokenRow);
        assertFalse(tokenRow.contains("rt-very-secret"), "the secret is not in the database as plain text");
    }

    @Test
    void aSealedValueCopiedToAnotherKeyOrInstanceDoesNotOpen() throws Exception {
        long one = inTransaction(() -> probe.newInstance("state-one"));
        long other = inTransaction(() -> probe.newInstance("state-other"));
        state.put(one, "token", "tok-of-one", true);
        String sealed = inTransaction(() -> probe.storedValue(one, "token"));
        inTransaction(() -> probe.storeRaw(other, "token", sealed, true));
        inTransaction(() -> probe.storeRaw(one, "another-key", sealed, true));
        assertEquals(Optional.empty(), state.get(other, "token"));
        assertEquals(Optional.empty(), state.get(one, "another-key"));
        assertEquals(Optional.of("tok-of-one"), state.get(one, "token"));
    }

    @Test
    void writesReplaceRemoveAndAreGoneWithTheInstance() throws Exception {
        long instance = inTransaction(() -> probe.newInstance("state-gone"));
        state.put(instance, "codebase", "v4_6_release/", false);
        state.put(instance, "codebase", "v2025_1/", false);
        assertEquals(Optional.of("v2025_1/"), state.get(instance, "codebase"));
        state.remove(instance, "codebase");
        assertEquals(Optional.empty(), state.get(instance, "codebase"));
        state.put(instance, "a", "1", false);
        state.put(instance, "b", "2", true);
        assertEquals(2L, (long) inTransaction(() -> probe.keys(instance)));
        inTransaction(() -> probe.deleteInstance(instance));
        assertEquals(0L, (long) inTransaction(() -> probe.keys(instance)), "the state went with the instance");
    }

    private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
