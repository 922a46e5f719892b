package io.switchboard.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast half of the contract check (OpenApiContractIT checks the served document): every
 * operation is named, summarised and tagged, and every JSON body it reads has a published shape.
 */
class ApiContractDeclarationTest {

    private static final Set<Class<? extends Annotation>> BOUND = Set.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    private static final Set<Class<? extends Annotation>> HTTP_METHODS = Set.of(
            jakarta.ws.rs.GET.class,
            jakarta.ws.rs.POST.class,
            jakarta.ws.rs.PUT.class,
            jakarta.ws.rs.PATCH.class,
            jakarta.ws.rs.DELETE.class,
            jakarta.ws.rs.HEAD.class);

    @Test
    void everyOperationIsNamedSummarisedAndTagged() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Method method : operations()) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            Operation op = method.getAnnotation(Operation.class);
            if (op == null || op.operationId().isBlank()) {
                failures.add(name + ": add @Operation(operationId = \"verbNoun\", summary = \"...\")");
            } else if (op.summary().isBlank()) {
                failures.add(name + ": add summary = \"...\" to its @Operation");
            }
            if (!method.isAnnotationPresent(Tag.class)
                    && !method.getDeclaringClass().isAnnotationPresent(Tag.class)) {
                failures.add(name + ": add @Tag(name = \"...\") to the class (a tag described on SwitchboardApi)");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyBodyReadAsTextHasAPublishedShape() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Method method : operations()) {
            for (Parameter p : method.getParameters()) {
                boolean entity = Arrays.stream(p.getAnnotations()).noneMatch(a -> BOUND.contains(a.annotationType()));
                if (entity && p.getType() == String.class && !method.isAnnotationPresent(RequestBody.class)) {
                    failures.add(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                            + ": reads a JSON body; add @RequestBody(required = true, content = @Content(schema ="
                            + " @Schema(implementation = SomeShape.class))) with a record in"
                            + " interfaces.rest.body, and parse it with JsonInput.parse(body, SomeShape.class)");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theTicketListDocumentsExactlyTheFiltersItReads() throws NoSuchMethodException {
        Parameters declared = TicketResource.class.getMethod("list").getAnnotation(Parameters.class);
        Set<String> documented = Arrays.stream(declared.value())
                .map(org.eclipse.microprofile.openapi.annotations.parameters.Parameter::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TicketListParams.NAMES), documented);
    }

    private static List<Method> operations() throws IOException {
        List<Method> out = new ArrayList<>();
        List<Class<?>> resources = RoleDeclarationTest.resourceClasses();
        assertTrue(resources.size() >= 15, "found only " + resources.size() + " resource classes");
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                    out.add(method);
                }
            }
        }
        return out;
    }
}
