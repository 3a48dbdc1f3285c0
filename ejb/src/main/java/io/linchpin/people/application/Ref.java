package io.linchpin.people.application;

/** A reference to another record with the label a person reads. */
public record Ref(long id, String label) {}
