package io.switchboard.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation says who may call it. The companion integration test (SecurityIT) calls
 * every operation of the published API document without credentials and expects 401.
 */
class RoleDeclarationTest {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class);

    /** Operations that may be called without a role, with the reason. None today. */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("PsaWebhookResource.receive");

    static List<Class<?>> resourceClasses() throws IOException {
        java.nio.file.Path root = Paths.get("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, RoleDeclarationTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return resources;
    }

    @Test
    void everyOperationDeclaresItsRoles() throws IOException {
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() >= 15, "found only " + resources.size() + " resource classes");
        List<String> undeclared = new ArrayList<>();
        int operations = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                operations++;
                String name = resource.getSimpleName() + "." + method.getName();
                boolean declared = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(DenyAll.class)
                        || resource.isAnnotationPresent(RolesAllowed.class)
                        || resource.isAnnotationPresent(DenyAll.class);
                boolean open =
                        method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class);
                if ((!declared && !open) || (open && !PUBLIC_OPERATIONS.contains(name))) {
                    undeclared.add(name);
                }
            }
        }
        assertTrue(operations > 40, "found only " + operations + " operations");
        assertEquals(List.of(), undeclared, "operations without a role declaration (or unexpectedly public)");
    }

    @Test
    void rolesNamedOnOperationsExist() throws IOException {
        Set<String> known = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN);
        for (Class<?> resource : resourceClasses()) {
            List<RolesAllowed> declarations = new ArrayList<>();
            if (resource.isAnnotationPresent(RolesAllowed.class)) {
                declarations.add(resource.getAnnotation(RolesAllowed.class));
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(RolesAllowed.class)) {
                    declarations.add(method.getAnnotation(RolesAllowed.class));
                }
            }
            for (RolesAllowed roles : declarations) {
                for (String role : roles.value()) {
                    assertTrue(known.contains(role), resource.getSimpleName() + " names unknown role " + role);
                }
            }
        }
    }
}
