package io.linchpin.people.application;

/** A position. */
public record PositionView(long id, String code, String title, String jobFamily) {}
