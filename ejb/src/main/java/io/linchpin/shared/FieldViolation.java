package io.linchpin.shared;

/** One invalid value: which field, and why, in words a user can act on. */
public record FieldViolation(String field, String message) {}
