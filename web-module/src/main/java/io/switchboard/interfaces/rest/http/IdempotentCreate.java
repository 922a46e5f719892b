package io.switchboard.interfaces.rest.http;

import io.switchboard.application.IdempotencyService;
import io.switchboard.domain.access.IdempotencyRecord;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creating POSTs with an Idempotency-Key: the first answer is stored in the same transaction as
 * what it created; the same key and body again replay it (with its Location and ETag), the same
 * key with another body is 422. Bodies are compared as JSON, not as text: other whitespace or
 * member order is the same request.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    IdempotencyService records;

    @Inject
    Jsonb jsonb;

    /** What a create produced: the location of the new resource and its representation. */
    public record Created(URI location, Object body, String etag) {}

    @Transactional
    public Response create(
            String principal, String key, String method, String path, String body, Supplier<Created> action) {
        if (key == null) {
            return respond(action.get());
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String hash = sha256(method + " " + path + "\n" + CanonicalJson.of(body));
        Optional<IdempotencyRecord> earlier = records.find(principal, key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                throw new UnprocessableException(
                        HEADER, "was already used with a different request; use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(earlier.get().status())
                    .location(
                            earlier.get().location() == null
                                    ? null
                                    : URI.create(earlier.get().location()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotent-Replayed", "true")
                    .entity(earlier.get().body());
            if (earlier.get().etag() != null) {
                replay.tag(earlier.get().etag());
            }
            return replay.build();
        }
        Created created = action.get();
        records.record(
                principal, key, hash, 201, created.location().toString(), jsonb.toJson(created.body()), created.etag());
        return respond(created);
    }

    private static Response respond(Created created) {
        Response.ResponseBuilder answer = Response.created(created.location()).entity(created.body());
        if (created.etag() != null) {
            answer.tag(created.etag());
        }
        return answer.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
