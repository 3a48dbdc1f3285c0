package io.linchpin.people.application;

import java.util.Map;

/** A saved column mapping: the other system's header to the Linchpin field name. */
public record ColumnMappingView(String name, Map<String, String> columns) {}
