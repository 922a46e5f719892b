package io.switchboard.domain.shared;

import java.util.Arrays;
import java.util.List;

/** An enum whose external spelling (in JSON, URLs and the database) is a lower-case key. */
public interface Keyed {

    String key();

    /** Parses a key, or fails with the list of allowed values so the caller can correct the input. */
    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return constant;
            }
        }
        throw new InvalidInputException(field, "must be one of: " + String.join(", ", keys(type)));
    }

    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
