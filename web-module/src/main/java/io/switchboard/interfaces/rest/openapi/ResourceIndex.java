package io.switchboard.interfaces.rest.openapi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Collects the JAX-RS resource classes as CDI discovers them, so the OpenAPI filter can read the
 * roles and headers each operation really has from the classes that serve it.
 */
public class ResourceIndex implements Extension {

    private static final Set<Class<?>> RESOURCES = new CopyOnWriteArraySet<>();

    void found(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> type) {
        Class<?> java = type.getAnnotatedType().getJavaClass();
        if (java.isAnnotationPresent(Path.class)) {
            RESOURCES.add(java);
        }
    }

    static List<Class<?>> resources() {
        return List.copyOf(RESOURCES);
    }
}
