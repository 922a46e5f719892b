package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/** Who a public reply goes to: To (the requester unless told otherwise) and Cc. */
public record ReplyRecipients(List<Email> to, List<Email> cc) {

    public static final int MAX = 20;
    public static final ReplyRecipients NONE = new ReplyRecipients(List.of(), List.of());

    public ReplyRecipients {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        if (to.size() > MAX || cc.size() > MAX) {
            throw new InvalidInputException(to.size() > MAX ? "to" : "cc", "at most " + MAX + " addresses");
        }
    }

    /** Addresses from text ("a@x.com, b@y.org"); each is checked, an unreadable one names its field. */
    public static List<Email> parse(String field, List<String> addresses) {
        try {
            return addresses == null
                    ? List.of()
                    : addresses.stream()
                            .flatMap(a -> java.util.Arrays.stream(a.split("[,;\\s]+")))
                            .filter(a -> !a.isBlank())
                            .map(Email::of)
                            .distinct()
                            .toList();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, "has an address that is not one: " + e.getMessage());
        }
    }

    public boolean isEmpty() {
        return to.isEmpty() && cc.isEmpty();
    }

    static String joined(List<Email> list) {
        return list.stream().map(Email::value).collect(Collectors.joining(","));
    }
}
