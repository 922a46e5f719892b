package io.switchboard.interfaces.rest.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;

/**
 * Completes the document the annotations produce (mp.openapi.filter): shared components, the
 * names of schemas, the domain's enum keys, path parameter examples, the roles each operation
 * needs (read from its {@code @RolesAllowed}) and the standard answers of every operation.
 */
public class ApiContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        SharedParts.addTo(api.getComponents());
        // Relative: the desk that serves this document (Liberty would name the address it was asked at).
        api.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("The desk that serves this document (paths start with /api/v1)")));
        OperationMethods methods = new OperationMethods(ResourceIndex.resources());
        if (api.getPaths() == null) {
            return;
        }
        OperationSchemas schemas = new OperationSchemas(new JavaSchemas(api.getComponents()));
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<HttpMethod, Operation> op :
                    path.getValue().getOperations().entrySet()) {
                Method method = methods.find(op.getKey().name(), path.getKey()).orElse(null);
                if (method != null) {
                    schemas.complete(op.getValue(), method);
                }
                AlternateMedia.add(op.getValue(), methods.alternates(op.getKey().name(), path.getKey()));
                OperationFacts facts = OperationFacts.of(method, op.getValue());
                describeRoles(op.getValue(), facts);
                PathParameters.complete(op.getValue());
                StandardResponses.complete(op.getKey(), path.getKey(), op.getValue(), facts);
            }
        }
        SchemaNames.apply(api);
        UnusedComponents.prune(api);
    }

    private static void describeRoles(Operation operation, OperationFacts facts) {
        operation.addExtension("x-roles", new ArrayList<>(facts.roles()));
        if (facts.roles().isEmpty() && !facts.isPublic()) {
            return;
        }
        String needs = facts.isPublic()
                ? "No login: the request is verified by its own signature."
                : "Roles: " + String.join(" or ", facts.roles()) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? needs : description + "\n\n" + needs);
        if (facts.isPublic()) {
            operation.setSecurity(List.of());
        }
    }
}
