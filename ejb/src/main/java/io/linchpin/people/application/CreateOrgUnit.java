package io.linchpin.people.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds a unit under a parent (or as a root when no parent is named). */
public record CreateOrgUnit(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[A-Za-z0-9._-]+",
            message = "may only contain letters, digits, '.', '_' and '-'")
        String code,
    @NotBlank @Size(max = 200) @Pattern(regexp = "[^/]+", message = "must not contain '/'")
        String name,
    Long parentId) {}
