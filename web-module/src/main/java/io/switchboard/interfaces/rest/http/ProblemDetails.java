package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What only the request knows, added to every problem on its way out: the request it is about
 * ({@code instance}) and, on the runtime's 403 for a missing role, the roles the operation needs. Throwers deep in the
 * application cannot know either.
 */
@Provider
public class ProblemDetails implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        if (problem.instance() == null) {
            problem = problem.at(request.getUriInfo().getRequestUri().getRawPath());
        }
        if (problem.status() == 403
                && problem.requiredRoles() == null
                && problem.type().endsWith("/http-403")) {
            List<String> roles = rolesOf(resource);
            if (!roles.isEmpty()) {
                problem = problem.needing(
                        roles,
                        "This operation needs the role " + String.join(" or ", roles)
                                + " (or a role that includes it); your login does not have it.");
            }
        }
        response.setEntity(problem, response.getEntityAnnotations(), Problem.MEDIA_TYPE);
    }

    /** The roles the matched operation declares (its own, else its class's); none when unmatched. */
    static List<String> rolesOf(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return List.of();
        }
        Method method = resource.getResourceMethod();
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        return roles == null ? List.of() : List.of(roles.value());
    }
}
