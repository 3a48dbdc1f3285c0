package io.linchpin.people.application;

/** An org unit with its place in the tree. */
public record OrgUnitView(long id, String code, String name, String path, Long parentId) {}
