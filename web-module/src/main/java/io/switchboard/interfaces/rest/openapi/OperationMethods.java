package io.switchboard.interfaces.rest.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Java method behind each documented operation, found by HTTP method and path template. */
final class OperationMethods {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "GET",
            POST.class, "POST",
            PUT.class, "PUT",
            PATCH.class, "PATCH",
            DELETE.class, "DELETE",
            HEAD.class, "HEAD");

    private final Map<String, Method> byOperation = new HashMap<>();
    /** Hidden methods on an operation's path and verb that answer in another media type. */
    private final Map<String, List<Method>> alternates = new HashMap<>();

    OperationMethods(List<Class<?>> resources) {
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                verb(method).ifPresent(verb -> {
                    Path sub = method.getAnnotation(Path.class);
                    String key = key(verb, base + "/" + (sub == null ? "" : sub.value()));
                    if (isHidden(method)) {
                        alternates.computeIfAbsent(key, k -> new ArrayList<>()).add(method);
                    } else {
                        byOperation.put(key, method);
                    }
                });
            }
        }
    }

    /** The method serving {@code verb path}; the path as the document has it, with or without /api/v1. */
    Optional<Method> find(String verb, String path) {
        return Optional.ofNullable(byOperation.get(key(verb, path.replaceFirst("^/api/v1(?=/|$)", ""))));
    }

    /** The hidden methods that give the operation's answer in other media types (Accept: text/csv). */
    List<Method> alternates(String verb, String path) {
        return alternates.getOrDefault(key(verb, path.replaceFirst("^/api/v1(?=/|$)", "")), List.of());
    }

    private static boolean isHidden(Method method) {
        org.eclipse.microprofile.openapi.annotations.Operation op =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return op != null && op.hidden();
    }

    static Optional<String> verb(Method method) {
        return VERBS.entrySet().stream()
                .filter(e -> method.isAnnotationPresent(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** "GET /tickets/{ref}": slashes collapsed, regular expressions in templates dropped. */
    static String key(String verb, String path) {
        String template = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (template.endsWith("/") && template.length() > 1) {
            template = template.substring(0, template.length() - 1);
        }
        return verb + " " + (template.startsWith("/") ? template : "/" + template);
    }
}
