package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.ApiError;
import java.util.List;

/** Autotask's error answers: {@code {"errors": ["message", ...]}}, an array of strings, and mostly HTTP 500. */
final class AtErrors {

    private AtErrors() {}

    static Object body(String... messages) {
        return obj("errors", List.of(messages));
    }

    /** Validation and bad credentials: Autotask answers them with 500 and its message. */
    static ApiError rejected(String message) {
        return new ApiError(500, body(message));
    }

    static ApiError notFound() {
        return new ApiError(404, body("The requested resource was not found."));
    }

    static ApiError unauthorized() {
        return new ApiError(401, body("Unauthorized. The user name or secret was not accepted."));
    }

    static ApiError noEndpoint() {
        return new ApiError(404, body("No HTTP resource was found that matches the request URI."));
    }

    static ApiError methodNotAllowed() {
        return new ApiError(405, body("The requested resource does not support this HTTP method."));
    }
}
