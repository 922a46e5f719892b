package io.switchboard.interfaces.rest.http;

import java.util.ArrayList;
import java.util.List;

/** The entity-tag list of an If-Match or If-None-Match header (RFC 9110 8.8.3). */
record EntityTags(String opaque, boolean weak) {

    /**
     * Each {@code "x"} or {@code W/"x"} of the list, in order. An unquoted tag (which RFC 9110
     * forbids but clients send) is read as the strong tag of its text.
     */
    static List<EntityTags> parse(String header) {
        List<EntityTags> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i < n && header.charAt(i) == '"') {
                int end = header.indexOf('"', i + 1);
                if (end < 0) {
                    tags.add(new EntityTags(header.substring(i + 1).strip(), weak));
                    break;
                }
                tags.add(new EntityTags(header.substring(i + 1, end), weak));
                i = end + 1;
            } else {
                int end = header.indexOf(',', i);
                end = end < 0 ? n : end;
                tags.add(new EntityTags(header.substring(i, end).strip(), weak));
                i = end;
            }
        }
        return tags;
    }
}
