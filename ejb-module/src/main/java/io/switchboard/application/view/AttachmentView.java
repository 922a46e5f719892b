package io.switchboard.application.view;

import java.time.Instant;

public record AttachmentView(
        long id,
        String filename,
        String contentType,
        long size,
        String sha256,
        Instant createdAt,
        String createdBy,
        Long commentId) {}
