package io.linchpin.people.application;

import java.time.Instant;

/** An attachment's metadata. */
public record AttachmentView(
    String id,
    String fileName,
    String contentType,
    long size,
    Instant uploadedAt,
    String uploadedBy) {}
