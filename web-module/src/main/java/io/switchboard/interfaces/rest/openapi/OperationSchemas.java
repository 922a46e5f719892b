package io.switchboard.interfaces.rest.openapi;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The schemas of an operation's body and answers, from its Java method: the shape named in its
 * {@code @RequestBody}, the types named in its {@code @APIResponse}s, or else its return type.
 */
final class OperationSchemas {

    private final JavaSchemas schemas;

    OperationSchemas(JavaSchemas schemas) {
        this.schemas = schemas;
    }

    void complete(Operation operation, Method method) {
        parameters(operation, method);
        requestBody(operation, method);
        answers(operation, method);
    }

    /** Parameters declared with @Parameter and a Java type: their schema from that type (enums by key). */
    private void parameters(Operation operation, Method method) {
        if (operation.getParameters() == null) {
            return;
        }
        for (var declared :
                method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class)) {
            Class<?> type = declared.schema().implementation();
            if (type == Void.class) {
                continue;
            }
            for (var p : operation.getParameters()) {
                if (declared.name().equals(p.getName()) && p.getSchema() != null) {
                    Schema typed = schemas.of(type);
                    if (p.getSchema().getType() == Schema.SchemaType.ARRAY) {
                        p.getSchema().setItems(typed);
                    } else {
                        p.setSchema(typed);
                    }
                }
            }
        }
    }

    private void requestBody(Operation operation, Method method) {
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        if (declared != null && declared.content().length > 0) {
            var schema = declared.content()[0].schema();
            if (schema.implementation() != Void.class) {
                Schema body = schemas.of(schema.implementation());
                if (schema.type() == SchemaType.ARRAY) {
                    body = OASFactory.createSchema()
                            .type(Schema.SchemaType.ARRAY)
                            .items(body);
                }
                RequestBody request = operation.getRequestBody();
                if (request.getContent() == null || request.getContent().getMediaTypes() == null) {
                    request.setContent(content(MediaType.APPLICATION_JSON, body));
                } else {
                    for (var media : request.getContent().getMediaTypes().values()) {
                        media.setSchema(body);
                    }
                }
            }
        }
        Upload upload = method.getAnnotation(Upload.class);
        if (upload != null) {
            Schema form = OASFactory.createSchema()
                    .type(Schema.SchemaType.OBJECT)
                    .required(List.of(upload.part()))
                    .properties(Map.of(
                            upload.part(),
                            OASFactory.createSchema()
                                    .type(Schema.SchemaType.STRING)
                                    .format("binary")
                                    .description("The file; its name may be UTF-8 or RFC 5987 (filename*)")));
            operation.setRequestBody(OASFactory.createRequestBody()
                    .required(true)
                    .content(content(MediaType.MULTIPART_FORM_DATA, form)));
        }
    }

    private void answers(Operation operation, Method method) {
        APIResponses responses = operation.getResponses();
        APIResponse[] declared = method.getAnnotationsByType(APIResponse.class);
        boolean described = false;
        for (APIResponse answer : declared) {
            if (answer.content().length == 0) {
                continue;
            }
            var content = answer.content()[0];
            var schema = content.schema();
            if (schema.implementation() == Void.class) {
                continue;
            }
            described = true;
            var target = responses.getAPIResponse(answer.responseCode());
            String media = content.mediaType().isBlank() ? produced(method) : content.mediaType();
            Schema body = schemas.of(schema.implementation(), schema.name().isBlank() ? null : schema.name());
            if (schema.type() == SchemaType.ARRAY) {
                body = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(body);
            }
            target.setContent(content(media, body));
        }
        if (described || declared.length > 0 && method.getReturnType() == Response.class) {
            return;
        }
        if (method.getReturnType() == Response.class || method.getReturnType() == void.class) {
            return;
        }
        for (String code : List.of("200", "201")) {
            var target = responses.getAPIResponse(code);
            if (target != null) {
                target.setContent(content(produced(method), schemas.of(method.getGenericReturnType())));
                return;
            }
        }
    }

    private static String produced(Method method) {
        Produces p = method.getAnnotation(Produces.class);
        if (p == null) {
            p = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return p == null || p.value().length == 0 ? MediaType.APPLICATION_JSON : p.value()[0];
    }

    private static Content content(String media, Schema schema) {
        return OASFactory.createContent()
                .addMediaType(media, OASFactory.createMediaType().schema(schema));
    }
}
