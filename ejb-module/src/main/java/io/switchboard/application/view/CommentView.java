package io.switchboard.application.view;

import io.switchboard.domain.shared.Origin;
import java.time.Instant;
import java.util.List;

/** {@code bodyHtml} has been sanitised; it is still to be rendered as HTML only where HTML is expected. */
public record CommentView(
        long id,
        String bodyHtml,
        String bodyText,
        boolean internal,
        boolean solution,
        Origin origin,
        String author,
        Instant createdAt,
        List<String> to,
        List<String> cc) {}
