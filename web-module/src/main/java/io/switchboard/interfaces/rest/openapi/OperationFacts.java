package io.switchboard.interfaces.rest.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Request;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the Java method behind an operation says about it: who may call it, whether it answers
 * with an ETag, whether it evaluates If-None-Match (it takes the JAX-RS Request), paged.
 */
record OperationFacts(List<String> roles, boolean isPublic, boolean etagged, boolean conditional, boolean paged) {

    static OperationFacts of(Method method, Operation operation) {
        boolean paged = pageSchema(operation);
        if (method == null) {
            return new OperationFacts(List.of(), false, false, false, paged);
        }
        Class<?> resource = method.getDeclaringClass();
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || (roles == null && resource.isAnnotationPresent(PermitAll.class));
        return new OperationFacts(
                roles == null || open ? List.of() : List.of(roles.value()),
                open,
                method.isAnnotationPresent(ETagged.class),
                Arrays.asList(method.getParameterTypes()).contains(Request.class),
                paged);
    }

    private static boolean pageSchema(Operation operation) {
        if (operation.getResponses() == null) {
            return false;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        return ok.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null
                        && m.getSchema().getRef() != null
                        && m.getSchema().getRef().endsWith("Page"));
    }
}
