package io.linchpin.people.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A file to import, with the saved column mapping to read it by (if its headers are foreign). */
public record SubmitImport(
    @NotBlank @Size(max = 255) String fileName,
    @NotNull @Size(min = 1, message = "the file is empty") byte[] content,
    @Size(max = 100) String mappingName) {}
