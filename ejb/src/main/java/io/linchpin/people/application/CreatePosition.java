package io.linchpin.people.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds a position. */
public record CreatePosition(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[A-Za-z0-9._-]+",
            message = "may only contain letters, digits, '.', '_' and '-'")
        String code,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 100) String jobFamily) {}
