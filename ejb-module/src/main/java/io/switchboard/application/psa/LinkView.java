package io.switchboard.application.psa;

import io.switchboard.domain.psa.PsaTicketLink;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A local ticket's link to its remote one: where it is, how fresh, who works on it there. */
public record LinkView(
        long ticketId,
        long connectionId,
        String provider,
        String remoteId,
        String remoteBoardId,
        String remoteVersion,
        Instant remoteUpdatedAt,
        Instant pulledAt,
        String webUrl,
        List<Resource> resources) {

    /** A member working the remote ticket (a ConnectWise schedule entry, an Autotask resource). */
    public record Resource(String id, String memberId, String member, boolean primary) {}

    static LinkView of(PsaTicketLink l) {
        return new LinkView(
                l.ticketId(),
                l.connectionId(),
                l.provider(),
                l.remoteId(),
                l.remoteBoardId(),
                l.remoteVersion(),
                l.remoteUpdatedAt(),
                l.pulledAt(),
                l.webUrl(),
                resources(l.assignments()));
    }

    private static List<Resource> resources(String json) {
        List<Resource> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new Resource(
                        o.getString("id", ""),
                        o.getString("memberId", ""),
                        o.getString("member", ""),
                        o.getBoolean("primary", false)));
            }
        }
        return out;
    }
}
