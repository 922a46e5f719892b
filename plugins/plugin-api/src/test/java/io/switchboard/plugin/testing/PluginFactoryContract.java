package io.switchboard.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginFactory;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the host relies on from every factory, whatever its kind: a stable id, a form it can
 * render, validation that accepts a good configuration, creation without I/O, and a listing in
 * META-INF/services so the host finds it.
 */
public abstract class PluginFactoryContract<F extends PluginFactory<?>> {

    /** A fresh factory under test. */
    protected abstract F factory();

    /** The kind interface the factory is listed under, such as {@code NotifierFactory.class}. */
    protected abstract Class<? super F> kind();

    /** A configuration the factory must accept. */
    protected abstract PluginConfig validConfig();

    protected TestPluginContext context(PluginConfig config) {
        return TestPluginContext.of(config);
    }

    @Test
    void idIsStableAndLowercase() {
        F factory = factory();
        assertTrue(factory.id().matches("[a-z][a-z0-9.-]{0,62}"), "id: " + factory.id());
        assertEquals(factory.id(), factory().id());
    }

    @Test
    void configPropertiesHaveUniqueNamesAndSecretsHaveNoDefault() {
        Set<String> names = new HashSet<>();
        for (ConfigProperty p : factory().configProperties()) {
            assertTrue(names.add(p.name()), "duplicate property " + p.name());
            assertFalse(p.secret() && p.defaultValue() != null, "secret with a default: " + p.name());
        }
    }

    @Test
    void acceptsTheValidConfiguration() {
        List<ConfigProblem> problems = factory().validate(validConfig());
        assertTrue(problems.isEmpty(), "problems: " + problems);
    }

    @Test
    void createsAnObjectAndClosesIt() throws Exception {
        F factory = factory();
        PluginConfig config = validConfig();
        AutoCloseable created = factory.create(context(config), config);
        assertNotNull(created);
        assertDoesNotThrow(created::close);
        assertDoesNotThrow(factory::close);
    }

    @Test
    void configToStringShowsNoValues() {
        PluginConfig config = validConfig();
        config.asMap().values().stream()
                .filter(v -> v.length() > 3)
                .forEach(v -> assertFalse(config.toString().contains(v)));
    }

    @Test
    void isListedInMetaInfServices() {
        Class<?> type = factory().getClass();
        boolean listed = ServiceLoader.load(kind(), type.getClassLoader()).stream()
                .anyMatch(p -> p.type().equals(type));
        assertTrue(listed, type.getName() + " is not listed in META-INF/services/" + kind().getName());
    }
}
