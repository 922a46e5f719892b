package io.switchboard.application.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The To and Cc a public reply was addressed to, as its event carries them. To replaces the
 * requester (a reply can go to someone else on the requester's behalf); Cc adds to whoever hears
 * anyway. Each address hears as a requester does: the public reply, with its own reply token, so
 * an answer by email from any of them lands on the ticket.
 */
record ReplyAddresses(List<String> to, List<String> cc) {

    static ReplyAddresses of(Map<String, String> data) {
        return new ReplyAddresses(split(data.get("to")), split(data.get("cc")));
    }

    boolean any() {
        return !to.isEmpty() || !cc.isEmpty();
    }

    /** Adds the addresses to the recipients worked out so far, each address once. */
    void applyTo(List<Addressee> recipients, String requester, Function<String, Optional<String>> contactName) {
        if (!to.isEmpty() && requester != null) {
            recipients.removeIf(r -> r.isRequester() && requester.equalsIgnoreCase(r.email()));
        }
        for (String address : concat()) {
            boolean known = recipients.stream().anyMatch(r -> address.equalsIgnoreCase(r.email()));
            if (!known) {
                recipients.add(new Addressee(
                        null, contactName.apply(address).orElse(null), address, Addressee.Role.REQUESTER));
            }
        }
    }

    private List<String> concat() {
        return Stream.concat(to.stream(), cc.stream()).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(","))
                        .map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .toList();
    }
}
