package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.ApiError;
import java.util.List;
import java.util.Map;

/** ConnectWise's error envelope, {@code {code, message, errors}}, with the documented messages. */
final class CwErrors {

    private CwErrors() {}

    static ApiError notFound(String entity, Object id) {
        return new ApiError(404, obj("code", "NotFound", "message", entity + " " + id + " not found"));
    }

    static ApiError noEndpoint() {
        return new ApiError(404, obj("code", "ConnectWiseApi", "message", "The endpoint does not exist."));
    }

    static ApiError invalid(String resource, String code, String field, String message) {
        return new ApiError(
                400,
                obj(
                        "code",
                        "InvalidObject",
                        "message",
                        resource + " object is invalid",
                        "errors",
                        List.of(error(code, message, resource, field))));
    }

    static ApiError invalid(String resource, List<Map<String, Object>> errors) {
        return new ApiError(
                400, obj("code", "InvalidObject", "message", resource + " object is invalid", "errors", errors));
    }

    static Map<String, Object> error(String code, String message, String resource, String field) {
        return obj("code", code, "message", message, "resource", resource, "field", field);
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, obj("code", code, "message", message, "errors", null));
    }

    static ApiError unauthorized() {
        return new ApiError(401, obj("code", "Unauthorized", "message", "UserNotAuthenticated", "errors", null));
    }
}
